// Keeps the progress of running imports current on /imports without a reload: every two seconds
// each active row asks /imports/{id}/progress and updates its bar and counts. A separate file (no
// inline script) so that a strict Content-Security-Policy (script-src 'self') allows it.
(function () {
  'use strict';
  var ACTIVE = ['RECEIVING', 'QUEUED', 'RUNNING'];

  function set(row, field, value) {
    var el = row.querySelector('[data-field="' + field + '"]');
    if (el) { el.textContent = value; }
  }

  function update(row, job) {
    var bar = row.querySelector('progress');
    if (bar) { bar.value = job.percent; bar.textContent = job.percent + ' %'; }
    set(row, 'status', job.status + (job.error ? ': ' + job.error : ''));
    ['percent', 'processed', 'linesRead', 'ingested', 'duplicates', 'failed'].forEach(function (f) {
      set(row, f, String(job[f]));
    });
    set(row, 'eta', job.etaSeconds == null ? '–' : job.etaSeconds + ' s');
    if (ACTIVE.indexOf(job.status) < 0) {
      row.setAttribute('data-active', 'false');
      var cancel = row.querySelector('[data-field="cancel"]');
      if (cancel) { cancel.remove(); }
    }
  }

  function poll() {
    var rows = document.querySelectorAll('tr[data-import][data-active="true"]');
    if (rows.length === 0) { return; }
    var pending = rows.length;
    rows.forEach(function (row) {
      fetch('/imports/' + row.getAttribute('data-import') + '/progress', {
        credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (r) { return r.ok ? r.json() : null; })
        .then(function (job) { if (job) { update(row, job); } })
        .catch(function () { /* a missed poll is retried on the next tick */ })
        .then(function () { if (--pending === 0) { window.setTimeout(poll, 2000); } });
    });
  }

  window.setTimeout(poll, 2000);
}());
