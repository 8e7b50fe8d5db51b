// Template editor: shows the line and column of the cursor, so an error "第 12 行" is easy to find.
(function () {
  'use strict';
  document.querySelectorAll('textarea[data-line-numbers]').forEach(function (area) {
    var out = document.getElementById(area.getAttribute('aria-describedby'));
    function show() {
      var before = area.value.slice(0, area.selectionStart).split('\n');
      out.textContent = '光标位于第 ' + before.length + ' 行第 ' + (before[before.length - 1].length + 1) + ' 列，共 ' + area.value.split('\n').length + ' 行。';
    }
    ['keyup', 'click', 'focus', 'input'].forEach(function (e) { area.addEventListener(e, show); });
  });
})();
