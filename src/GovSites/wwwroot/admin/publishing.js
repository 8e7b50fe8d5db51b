// The publishing page (/admin/publishing): asks before a rollback or a rebuild of every site
// (form[data-confirm]), and while a job is queued or running polls the progress endpoint every second to
// move the <progress> bars. When the set of active jobs changes (one finished, failed or was added), the
// page reloads so the release and job tables show the new state. Without JavaScript the page is static.
(function () {
  'use strict';

  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });

  var section = document.getElementById('publish-progress');
  if (!section || section.getAttribute('data-active') !== 'true') {
    return;
  }

  var url = section.getAttribute('data-progress-url');
  var shown = Array.prototype.map.call(section.querySelectorAll('li[data-job]'), function (li) {
    return li.getAttribute('data-job');
  }).sort().join(',');

  function update(job) {
    var item = section.querySelector('li[data-job="' + job.id + '"]');
    if (!item) {
      return;
    }

    var bar = item.querySelector('progress');
    if (job.total > 0) {
      bar.max = job.total;
      bar.value = job.done;
    }

    item.querySelector('.job-status').textContent = job.state + (job.total > 0 ? '：' + job.done + ' / ' + job.total : '');
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (result) {
        var ids = result.active.map(function (job) { return String(job.id); }).sort().join(',');
        if (ids !== shown) {
          window.location.reload();
          return;
        }
        result.active.forEach(update);
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        // A failed poll (network, signed out) leaves the page as it is; try again a little later.
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
})();
