// Age-friendly mode (适老化): larger text and high contrast, remembered in localStorage. Loaded in <head>
// without defer so the class is set before the first paint; the button is wired once the page is parsed.
(function () {
  'use strict';
  var key = 'govsites-elder';
  var root = document.documentElement;

  function stored() {
    try {
      return window.localStorage.getItem(key) === '1';
    } catch (e) {
      return false;
    }
  }

  function remember(on) {
    try {
      window.localStorage.setItem(key, on ? '1' : '0');
    } catch (e) {
      // Private mode without storage: the mode still applies to this page.
    }
  }

  function apply(on) {
    root.classList.toggle('elder', on);
    var buttons = document.querySelectorAll('[data-elder-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', on ? 'true' : 'false');
      buttons[i].textContent = on ? '退出适老化模式' : '适老化模式';
    }
  }

  root.classList.toggle('elder', stored());

  document.addEventListener('DOMContentLoaded', function () {
    root.classList.add('js');
    apply(stored());
    document.addEventListener('click', function (event) {
      var target = event.target;
      if (!(target instanceof Element)) {
        return;
      }
      if (target.closest('[data-elder-toggle]')) {
        var on = !root.classList.contains('elder');
        remember(on);
        apply(on);
      } else if (target.closest('[data-print]')) {
        window.print();
      }
    });
  });
})();
