// Attachments partial (Content/Shared/_Attachments): uploads the chosen file in place, so the article
// form on the same page keeps what was typed. Without JavaScript the form posts and the page comes back.
// Needs upload.js. Images uploaded in the editor (editor.js) join the list too.
(function () {
  'use strict';

  function showErrors(box, messages) {
    box.textContent = '';
    if (messages.length === 0) {
      return;
    }
    var list = document.createElement('ul');
    messages.forEach(function (m) {
      var li = document.createElement('li');
      li.textContent = m;
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  function sizeText(bytes) {
    if (bytes < 1024) {
      return bytes + ' B';
    }
    return bytes < 1024 * 1024 ? (bytes / 1024).toFixed(1) + ' KB' : (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function cell(row, label, content) {
    var td = document.createElement('td');
    td.setAttribute('data-label', label);
    if (typeof content === 'string') {
      td.textContent = content;
    } else {
      td.appendChild(content);
    }
    row.appendChild(td);
  }

  function addRow(panel, data) {
    var list = panel.querySelector('[data-attachments-list]');
    var empty = panel.querySelector('[data-attachments-empty]');
    if (empty) {
      empty.remove();
    }
    var row = document.createElement('tr');
    var link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.name;
    cell(row, '文件名', link);
    cell(row, '类型', data.kind || '');
    cell(row, '大小', sizeText(data.size));
    cell(row, '上传时间', '刚刚');
    list.insertBefore(row, list.firstChild);
  }

  document.querySelectorAll('[data-attachments] form').forEach(function (form) {
    var panel = form.closest('[data-attachments]');
    var errors = panel.querySelector('[data-attachments-errors]');
    var input = form.querySelector('input[type=file]');
    var button = form.querySelector('button[type=submit]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = input.files && input.files[0];
      if (!file) {
        showErrors(errors, ['请选择要上传的文件。']);
        return;
      }
      var image = /^image\//.test(file.type);
      var limit = Number(form.getAttribute(image ? 'data-max-image-bytes' : 'data-max-bytes'));
      if (limit && file.size > limit) {
        showErrors(errors, ['“' + file.name + '”超过 ' + sizeText(limit) + ' 的大小上限，不能上传。']);
        return;
      }
      var body = new FormData();
      body.append('File', file, file.name);
      var token = form.querySelector('input[name="__RequestVerificationToken"]').value;
      button.disabled = true;
      button.textContent = '正在上传……';
      window.GovSitesUpload(form.getAttribute('action'), body, token).then(function (result) {
        button.disabled = false;
        button.textContent = '上传';
        if (result.errno === 0) {
          showErrors(errors, []);
          addRow(panel, result.data);
          form.reset();
        } else {
          showErrors(errors, [result.message || '上传失败，请稍后重试。']);
        }
      });
    });
  });

  document.addEventListener('attachment-uploaded', function (event) {
    var panel = document.querySelector('[data-attachments]');
    if (panel) {
      addRow(panel, event.detail);
    }
  });
}());
