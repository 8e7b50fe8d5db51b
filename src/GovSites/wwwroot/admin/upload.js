// Posts a file to the attachments endpoint (/admin/sites/{id}/attachments) with the anti-forgery header,
// for editor.js and attachments.js. Always resolves to the endpoint's JSON shape:
// {errno: 0, data: {url, name, size, kind}} or {errno: 1, message} with a Chinese message.
(function () {
  'use strict';

  // An answer that is not JSON: the denial or sign-in page, a 404, or a proxy's size limit.
  function messageFor(response) {
    if (response.redirected && /\/admin\/signin/.test(response.url)) {
      return '登录已过期，请重新登录后再上传。';
    }
    if (response.status === 403 || (response.redirected && /\/admin\/denied/.test(response.url))) {
      return '您没有在该站点上传文件的权限。';
    }
    switch (response.status) {
      case 404: return '站点或稿件不存在，或您无权访问。';
      case 413: return '文件超过大小上限，不能上传。';
      default: return '上传失败（' + response.status + '），请稍后重试。';
    }
  }

  window.GovSitesUpload = function (url, body, token) {
    return fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'RequestVerificationToken': token || '' }
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      return type.indexOf('application/json') >= 0
        ? response.json()
        : { errno: 1, message: messageFor(response) };
    }, function () {
      return { errno: 1, message: '网络中断，文件没有上传成功，请重试。' };
    });
  };
}());
