// Rich-text editor of the admin (wangEditor-next, vendored in /lib/wangeditor by scripts/vendor-editor.sh).
// Every <textarea data-editor> becomes an editor; the textarea stays in the form, hidden, and always
// holds the editor's HTML, so the page posts as it would without JavaScript. Images go to the
// attachments endpoint in data-upload-url with the anti-forgery header. Text pasted from Word or WPS is
// cleaned here for a tidy body; the server's BodySanitizer remains the real guard.
//
// The admin CSP (style-src 'self', no 'unsafe-inline') is kept: wangEditor draws alignment, indent and
// table widths through the CSSOM (element.style), which the CSP allows. Where it parses HTML that has
// style attributes (the body it starts with, pasted text) Chromium logs a style-src-attr report, yet the
// attribute text is kept and read, so nothing is lost. Videos from other hosts do not preview in the
// editor (frame-src is 'self'); they show on the published page if their host is allowed.
(function () {
  'use strict';

  var E = window.wangEditor;
  if (!E) {
    return; // without the editor the plain textarea still works
  }

  E.i18nChangeLanguage('zh-CN');

  // A toolbar for government articles: headings, emphasis, lists, alignment, indent (首行缩进),
  // tables, links, uploaded images and videos from the allowed hosts.
  var toolbarKeys = [
    'headerSelect', '|',
    'bold', 'italic', 'underline', 'through', 'sup', 'sub', 'clearStyle', '|',
    'bulletedList', 'numberedList', '|',
    'justifyLeft', 'justifyCenter', 'justifyRight', 'justifyJustify', 'indent', 'delIndent', '|',
    'insertTable', 'insertLink', 'uploadImage', 'insertVideo', 'divider', 'blockquote', '|',
    'undo', 'redo', 'fullScreen'
  ];

  // Styles a pasted document may keep: the ones an article needs and the server allows.
  var keptStyles = ['text-align', 'text-indent', 'font-weight', 'font-style', 'text-decoration', 'vertical-align'];
  var keptAttributes = {
    A: ['href', 'title'],
    IMG: ['src', 'alt', 'title'],
    TD: ['colspan', 'rowspan'],
    TH: ['colspan', 'rowspan', 'scope']
  };
  var droppedElements = 'script, style, meta, link, title, xml, object, embed, iframe, form, input, button, select, textarea';
  var unwrappedElements = ['FONT', 'DIV', 'SECTION', 'ARTICLE', 'CENTER', 'SPAN'];

  // Style attributes are renamed while the pasted HTML is parsed and cleaned: the admin CSP
  // (style-src 'self') reports every style attribute the browser parses, even in an inert document.
  var pastedStyle = 'data-govsites-pasted-style';

  // Cleans HTML from the clipboard (Word, WPS, web pages): no comments, Office markup (o:p, v:*,
  // mso-* styles), classes, fonts or empty spans; paragraphs, headings, lists, tables and links stay.
  // Returns the clean HTML and how many images were dropped (local files Word cannot hand over).
  function cleanPastedHtml(html) {
    var quiet = html
      .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
      .replace(/(<[a-z][^<>]*?\s)style(\s*=)/gi, '$1' + pastedStyle + '$2');
    // DOMParser gives an inert document: nothing in it loads or runs.
    var doc = new DOMParser().parseFromString(quiet, 'text/html');
    var droppedImages = 0;
    var walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
    var comments = [];
    while (walker.nextNode()) {
      comments.push(walker.currentNode);
    }
    comments.forEach(function (c) { c.remove(); });
    doc.body.querySelectorAll(droppedElements).forEach(function (el) { el.remove(); });

    // Deepest first, so unwrapping a parent never skips its children.
    var elements = Array.prototype.slice.call(doc.body.querySelectorAll('*')).reverse();
    elements.forEach(function (el) {
      var tag = el.tagName.toUpperCase();
      if (tag === 'IMG' && !/^(https?:|\/|data:image\/)/i.test(el.getAttribute('src') || '')) {
        droppedImages += 1;
        el.remove();
        return;
      }

      if (tag.indexOf(':') >= 0) { // o:p, v:shape, w:sdt …
        if (/^V:/.test(tag)) {
          el.remove();
        } else {
          unwrap(el);
        }
        return;
      }

      cleanAttributes(el, tag);
      if (unwrappedElements.indexOf(tag) >= 0 && el.attributes.length === 0) {
        unwrap(el);
      }
    });

    var clean = doc.body.innerHTML.split(' ' + pastedStyle + '="').join(' style="').trim();
    return { html: clean, droppedImages: droppedImages };
  }

  function cleanAttributes(el, tag) {
    var allowed = keptAttributes[tag] || [];
    var style = keptStyle(el.getAttribute(pastedStyle) || el.getAttribute('style'));
    Array.prototype.slice.call(el.attributes).forEach(function (a) {
      if (allowed.indexOf(a.name.toLowerCase()) < 0) {
        el.removeAttribute(a.name);
      }
    });
    if (style && tag !== 'SPAN' && tag !== 'FONT') {
      el.setAttribute(pastedStyle, style);
    }
    if (tag === 'A' && /^\s*(javascript|vbscript|data|file):/i.test(el.getAttribute('href') || '')) {
      el.removeAttribute('href');
    }
  }

  function keptStyle(style) {
    if (!style) {
      return '';
    }
    return style.split(';').map(function (d) {
      var i = d.indexOf(':');
      return i < 0 ? null : { name: d.slice(0, i).trim().toLowerCase(), value: d.slice(i + 1).trim() };
    }).filter(function (d) {
      return d && d.value && keptStyles.indexOf(d.name) >= 0 && !/expression|url\(/i.test(d.value);
    }).map(function (d) { return d.name + ': ' + d.value; }).join('; ');
  }

  function unwrap(el) {
    var parent = el.parentNode;
    if (!parent) {
      return;
    }
    while (el.firstChild) {
      parent.insertBefore(el.firstChild, el);
    }
    parent.removeChild(el);
  }

  function antiForgeryToken(textarea) {
    var form = textarea.form || document;
    var input = form.querySelector('input[name="__RequestVerificationToken"]') ||
      document.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : '';
  }

  function say(status, message, kind) {
    if (!status) {
      return;
    }
    status.textContent = message;
    status.className = 'notice ' + (kind || 'warning');
    status.hidden = !message;
  }

  // Uploads one image through upload.js; the answer is {errno, message, data: {url, name}}.
  function uploader(textarea, status) {
    return function (file, insert) {
      var url = textarea.getAttribute('data-upload-url');
      var limit = Number(textarea.getAttribute('data-max-image-bytes'));
      if (!url || !window.GovSitesUpload) {
        say(status, '请先保存稿件，再上传图片。');
        return Promise.resolve();
      }
      if (limit && file.size > limit) {
        say(status, '图片“' + file.name + '”超过 ' + Math.round(limit / 1024 / 1024) + ' MB 的大小上限，请压缩后再上传。', 'error');
        return Promise.resolve();
      }
      var body = new FormData();
      body.append('File', file, file.name);
      body.append('ImageOnly', 'true');
      say(status, '正在上传“' + file.name + '”……', 'info');
      return window.GovSitesUpload(url, body, antiForgeryToken(textarea)).then(function (result) {
        if (result.errno === 0) {
          insert(result.data.url, result.data.name || '', '');
          say(status, '');
          textarea.dispatchEvent(new CustomEvent('attachment-uploaded', { bubbles: true, detail: result.data }));
        } else {
          say(status, result.message || '上传失败，请稍后重试。', 'error');
        }
      });
    };
  }

  function mount(textarea) {
    var holder = document.createElement('div');
    holder.className = 'rich-editor';
    var toolbar = document.createElement('div');
    toolbar.className = 'rich-editor-toolbar';
    var text = document.createElement('div');
    text.className = 'rich-editor-text';
    var status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.hidden = true;
    holder.appendChild(toolbar);
    holder.appendChild(text);
    textarea.parentNode.insertBefore(status, textarea);
    textarea.parentNode.insertBefore(holder, textarea);
    textarea.hidden = true;

    var sync = function (editor) {
      textarea.value = editor.isEmpty() ? '' : editor.getHtml();
    };

    var editor = E.createEditor({
      selector: text,
      html: textarea.value || '<p><br></p>',
      mode: 'default',
      config: {
        placeholder: textarea.getAttribute('placeholder') || '请输入正文……',
        onChange: sync,
        customPaste: function (ed, event) {
          var html = event.clipboardData && event.clipboardData.getData('text/html');
          if (!html) {
            return true; // plain text: the editor's own handling
          }
          var clean = cleanPastedHtml(html);
          event.preventDefault();
          ed.dangerouslyInsertHtml(clean.html);
          if (clean.droppedImages > 0) {
            say(status, '粘贴内容中有 ' + clean.droppedImages + ' 张图片无法直接带入，请用“上传图片”逐张上传。');
          }
          return false;
        },
        MENU_CONF: {
          uploadImage: { customUpload: uploader(textarea, status) },
          insertLink: { checkLink: checkLink },
          editLink: { checkLink: checkLink },
          insertVideo: { checkVideo: checkVideo }
        }
      }
    });

    E.createToolbar({ editor: editor, selector: toolbar, mode: 'default', config: { toolbarKeys: toolbarKeys } });

    var label = textarea.id && document.querySelector('label[for="' + textarea.id + '"]');
    var editable = text.querySelector('[contenteditable]');
    if (label && editable) {
      // A contenteditable div has no role of its own: name it and say it is a multi-line text box,
      // so screen readers (and role locators) find the body as they found the textarea.
      editable.setAttribute('role', 'textbox');
      editable.setAttribute('aria-multiline', 'true');
      editable.setAttribute('aria-label', label.textContent.trim());
    }
    if (label) {
      label.addEventListener('click', function () { editor.focus(); });
    }
    if (textarea.form) {
      textarea.form.addEventListener('submit', function () { sync(editor); });
    }
    textarea.editor = editor;
  }

  function checkLink(text, url) {
    return /^\s*(javascript|vbscript|data|file):/i.test(url) ? '不能插入该类型的链接。' : true;
  }

  function checkVideo(src) {
    return /^https:\/\//i.test(src) || /^<iframe\s[^>]*src="https:\/\//i.test(src)
      ? true
      : '请填写 https 开头的视频地址；只有平台允许的视频网站才能嵌入。';
  }

  document.querySelectorAll('textarea[data-editor]').forEach(mount);
  window.GovSitesEditor = { cleanPastedHtml: cleanPastedHtml };
}());
