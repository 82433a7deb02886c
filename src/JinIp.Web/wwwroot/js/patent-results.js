// Result list: row selection kept across pages (this tab only), and export of all results or the selection
// with the chosen fields, streamed with a progress bar driven by X-Total-Count and the rows received.
(function () {
  'use strict';
  var bar = document.getElementById('selection-bar');
  var panel = document.getElementById('export-panel');
  if (!bar || !panel) {
    return;
  }

  var storageKey = 'jinip.patents.selected';
  var max = parseInt(bar.dataset.max, 10);
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.hit-select'));
  var pageBox = document.getElementById('select-page');
  var count = bar.querySelector('[data-role="count"]');
  var message = bar.querySelector('[data-role="message"]');

  function load() {
    try { return JSON.parse(sessionStorage.getItem(storageKey) || '[]'); } catch (e) { return []; }
  }

  function save(keys) {
    sessionStorage.setItem(storageKey, JSON.stringify(keys));
    count.textContent = keys.length.toLocaleString();
  }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (_, i) { return values[parseInt(i, 10)]; });
  }

  function refresh() {
    var keys = load();
    boxes.forEach(function (b) { b.checked = keys.indexOf(b.value) >= 0; });
    pageBox.checked = boxes.length > 0 && boxes.every(function (b) { return b.checked; });
    save(keys);
  }

  function toggle(key, on) {
    var keys = load();
    var at = keys.indexOf(key);
    message.textContent = '';
    if (on && at < 0) {
      if (keys.length >= max) {
        message.textContent = bar.dataset.tooMany;
        return false;
      }
      keys.push(key);
    } else if (!on && at >= 0) {
      keys.splice(at, 1);
    }
    save(keys);
    return true;
  }

  boxes.forEach(function (b) {
    b.addEventListener('change', function () {
      if (!toggle(b.value, b.checked)) {
        b.checked = false;
      }
      refresh();
    });
  });
  pageBox.addEventListener('change', function () {
    boxes.forEach(function (b) { toggle(b.value, pageBox.checked); });
    refresh();
  });
  bar.querySelector('[data-role="clear"]').addEventListener('click', function () {
    save([]);
    message.textContent = '';
    refresh();
  });
  refresh();

  // Export
  var button = panel.querySelector('[data-role="export"]');
  var progress = panel.querySelector('[data-role="progress"]');
  var status = panel.querySelector('[data-role="status"]');

  function checked(name) {
    return Array.prototype.slice.call(panel.querySelectorAll('input[name="' + name + '"]:checked')).map(function (i) { return i.value; });
  }

  function fileName(disposition, fallback) {
    var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
    if (star) {
      return decodeURIComponent(star[1]);
    }
    var plain = /filename="?([^";]+)"?/i.exec(disposition || '');
    return plain ? plain[1] : fallback;
  }

  button.addEventListener('click', function () {
    var scope = checked('export-scope')[0];
    var fmt = checked('export-format')[0];
    var params = new URLSearchParams({ format: fmt, fields: checked('export-field').join(','), sort: panel.dataset.sort });
    if (scope === 'selected') {
      var keys = load();
      if (keys.length === 0) {
        status.textContent = panel.dataset.noneSelected;
        return;
      }
      params.set('keys', keys.join(','));
    } else {
      params.set('q', panel.dataset.query);
    }

    button.disabled = true;
    progress.hidden = false;
    progress.removeAttribute('value');
    status.textContent = '';
    fetch('/api/v1/patents/export?' + params.toString(), { headers: { Accept: fmt === 'csv' ? 'text/csv' : 'application/octet-stream' } })
      .then(function (response) {
        if (!response.ok) {
          return response.json().then(function (problem) {
            var details = problem.errors ? Object.keys(problem.errors).map(function (k) { return problem.errors[k].join(' '); }).join(' ') : '';
            throw new Error(details || problem.detail || problem.title || response.status);
          });
        }
        var total = parseInt(response.headers.get('X-Total-Count') || '0', 10);
        var reader = response.body.getReader();
        var chunks = [];
        var bytes = 0;
        var lines = 0;
        function pump() {
          return reader.read().then(function (step) {
            if (step.done) {
              return;
            }
            chunks.push(step.value);
            bytes += step.value.length;
            if (fmt === 'csv') {
              for (var i = 0; i < step.value.length; i++) {
                if (step.value[i] === 10) { lines++; }
              }
              var rows = Math.max(0, lines - 1);
              progress.value = total > 0 ? Math.min(1, rows / total) : 0;
              status.textContent = format(panel.dataset.rows, [rows.toLocaleString(), total.toLocaleString()]);
            } else {
              status.textContent = format(panel.dataset.bytes, [Math.round(bytes / 1024).toLocaleString(), total.toLocaleString()]);
            }
            return pump();
          });
        }
        return pump().then(function () {
          var blob = new Blob(chunks, { type: response.headers.get('Content-Type') || 'application/octet-stream' });
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = fileName(response.headers.get('Content-Disposition'), 'patents.' + fmt);
          document.body.appendChild(link);
          link.click();
          setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
          progress.value = 1;
          status.textContent = format(panel.dataset.done, [total.toLocaleString()]);
        });
      })
      .catch(function (error) {
        progress.hidden = true;
        status.textContent = format(panel.dataset.failed, [error.message]);
      })
      .finally(function () { button.disabled = false; });
  });
})();
