// Upload page: drag and drop, upload with a progress bar (XHR upload events), check first, then store the same file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('upload-form');
    if (!form) { return; }
    var input = document.getElementById('upload-file');
    var drop = document.getElementById('drop');
    var bar = document.getElementById('progress');
    var text = document.getElementById('progress-text');
    var report = document.getElementById('report');
    var lang = document.documentElement.lang;
    var words = lang === 'en'
      ? { sending: 'Uploading… ', checking: 'Checking the file…', failed: 'The upload failed. Try again.' }
      : { sending: 'Đang tải lên… ', checking: 'Đang kiểm tra tệp…', failed: 'Tải lên không thành công. Hãy thử lại.' };

    function showName() {
      document.getElementById('file-name').textContent = input.files.length ? input.files[0].name : '';
    }
    input.addEventListener('change', showName);
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      if (e.dataTransfer.files.length) { input.files = e.dataTransfer.files; showName(); }
    });

    function progress(percent) {
      bar.classList.remove('hidden');
      bar.firstElementChild.style.width = percent + '%';
      bar.setAttribute('aria-valuenow', String(percent));
    }

    function send(mode) {
      if (!input.files.length) { input.reportValidity(); return; }
      var data = new FormData(form);
      data.set('che-do', mode);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('X-CSRF-Token', window.dvk.csrfToken());
      xhr.setRequestHeader('Accept', 'text/html');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          var percent = Math.round(e.loaded * 100 / e.total);
          progress(percent);
          text.textContent = words.sending + percent + '%';
        }
      });
      xhr.upload.addEventListener('load', function () { progress(100); text.textContent = words.checking; });
      xhr.addEventListener('load', function () {
        text.textContent = '';
        bar.classList.add('hidden');
        report.classList.remove('hidden');
        report.innerHTML = xhr.responseText.indexOf('report-body') >= 0 ? xhr.responseText : '<p class="alert error">' + words.failed + '</p>';
        var body = report.querySelector('#report-body');
        if (body && body !== report.firstElementChild) { report.replaceChildren(body); }
        report.querySelectorAll('button[data-mode]').forEach(function (button) {
          button.addEventListener('click', function () { send(button.getAttribute('data-mode')); });
        });
        // a stored batch joins the history below without a reload
        if (mode !== 'kiem-tra' && xhr.status < 300 && window.htmx) {
          htmx.ajax('GET', window.location.href, { target: '#history-section', select: '#history-section', swap: 'outerHTML' });
        }
        var summary = report.querySelector('#report-summary');
        if (summary) { summary.setAttribute('tabindex', '-1'); summary.focus(); }
      });
      xhr.addEventListener('error', function () { text.textContent = words.failed; });
      progress(0);
      xhr.send(data);
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); send('kiem-tra'); });
  });
})();
