// Autosave of the article form (form[data-autosave]): every 30 seconds, when the form differs from what
// was last saved, posts it with the anti-forgery header to the form's data-autosave URL, which keeps it as
// an autosave revision. The result is announced in the #autosave-status live region.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form) {
    return;
  }

  var status = document.getElementById('autosave-status');
  var token = form.querySelector('input[name="__RequestVerificationToken"]');
  var busy = false;
  var submitting = false;

  // The rich-text editor listens for this event to copy its content into the Body field first.
  function fields() {
    form.dispatchEvent(new CustomEvent('govsites:before-autosave'));
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string') {
        params.append(name, value);
      }
    });
    return params;
  }

  function withoutToken(params) {
    var copy = new URLSearchParams(params);
    copy.delete('__RequestVerificationToken');
    return copy.toString();
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  var last = withoutToken(fields());

  function tick() {
    if (busy || submitting) {
      return;
    }

    var params = fields();
    var current = withoutToken(params);
    if (current === last) {
      return;
    }

    busy = true;
    fetch(form.getAttribute('data-autosave'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'RequestVerificationToken': token ? token.value : '' },
      body: params
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (result) {
        if (!response.ok) {
          throw { text: result.message };
        }

        last = current;
        if (result.saved) {
          say(result.message);
        }
      });
    }).catch(function (error) {
      // Network errors carry English browser text; only the server's own message is shown as it is.
      say(error && error.text ? error.text : '自动保存未成功，请及时点击“保存”。');
    }).then(function () {
      busy = false;
    });
  }

  form.addEventListener('submit', function () {
    submitting = true;
  });
  window.setInterval(tick, 30000);
})();
