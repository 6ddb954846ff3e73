// DVK pages: small progressive enhancements. Every page works without them except the upload progress and charts.
(function () {
  'use strict';

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  }

  // htmx requests that change something carry the CSRF token in a header
  document.addEventListener('htmx:configRequest', function (e) {
    e.detail.headers['X-CSRF-Token'] = csrfToken();
  });

  // pickers reload the page when changed; changing the campaign drops the period of the previous one
  function autoSubmit(root) {
    root.querySelectorAll('form.auto-submit select').forEach(function (select) {
      select.addEventListener('change', function () {
        var reset = select.getAttribute('data-resets');
        if (reset) {
          var other = select.form.querySelector('[name="' + reset + '"]');
          if (other) { other.disabled = true; }
        }
        select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit();
      });
    });
  }

  // a click anywhere on a drill-down row follows the row's link; the link itself stays the keyboard target
  function drillRows(root) {
    root.querySelectorAll('tr.drill').forEach(function (row) {
      row.addEventListener('click', function (e) {
        if (e.target.closest('a, button')) { return; }
        var link = row.querySelector('a');
        if (link) { link.click(); }
      });
    });
  }

  // sortable tables: numbers written 1.234, dates dd/mm/yyyy, text in Vietnamese collation
  function sortValue(cell) {
    var text = (cell.getAttribute('data-sort') || cell.textContent).trim();
    var date = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
    if (date) { return { n: Number(date[3] + date[2] + date[1]) }; }
    if (/^-?[\d.]+(,\d+)?%?$/.test(text)) { return { n: Number(text.replace(/\./g, '').replace(',', '.').replace('%', '')) }; }
    return { s: text };
  }
  var collator = new Intl.Collator('vi');
  function sortable(root) {
    root.querySelectorAll('table.sortable').forEach(function (table) {
      table.querySelectorAll('thead th').forEach(function (th, index) {
        if (th.querySelector('button')) { return; }
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = th.textContent;
        th.textContent = '';
        th.appendChild(button);
        th.setAttribute('aria-sort', 'none');
        button.addEventListener('click', function () {
          var ascending = th.getAttribute('aria-sort') !== 'ascending';
          table.querySelectorAll('thead th').forEach(function (o) { o.setAttribute('aria-sort', 'none'); });
          th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = sortValue(a.cells[index]), y = sortValue(b.cells[index]);
            var r = (x.n !== undefined && y.n !== undefined) ? x.n - y.n : collator.compare(a.cells[index].textContent, b.cells[index].textContent);
            return ascending ? r : -r;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  // filter boxes: <input data-filter="tableId"> hides rows without the text; <select data-filter-status> by status
  function filters(root) {
    root.querySelectorAll('[data-filter]').forEach(function (control) {
      var table = document.getElementById(control.getAttribute('data-filter'));
      if (!table) { return; }
      var apply = function () {
        var controls = document.querySelectorAll('[data-filter="' + table.id + '"]');
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var show = true;
          controls.forEach(function (c) {
            var value = c.value.trim().toLowerCase();
            if (!value) { return; }
            var key = c.getAttribute('data-filter-on');
            var text = key ? (row.getAttribute('data-' + key) || '') : row.textContent.toLowerCase();
            if (key ? text.split(' ').indexOf(value) < 0 : text.indexOf(value) < 0) { show = false; }
          });
          row.hidden = !show;
        });
      };
      control.addEventListener('input', apply);
      control.addEventListener('change', apply);
    });
  }

  function enhance(root) {
    autoSubmit(root);
    drillRows(root);
    sortable(root);
    filters(root);
  }

  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:afterSwap', function (e) { enhance(e.detail.target); });
  window.dvk = { csrfToken: csrfToken, enhance: enhance };
})();
