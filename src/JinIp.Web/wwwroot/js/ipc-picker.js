// IPC picker for the form search: browse the scheme level by level or find classes by title, and put the chosen
// code into the IPC box. Reads /api/v1/ipc; all text comes from the page (data-* attributes) in the UI language.
(function () {
  'use strict';
  var picker = document.getElementById('ipc-picker');
  if (!picker) {
    return;
  }

  var target = document.getElementById(picker.dataset.target);
  var list = picker.querySelector('[data-role="list"]');
  var path = picker.querySelector('[data-role="path"]');
  var find = document.getElementById('ipc-find');
  var loaded = false;
  var timer = null;

  function button(text, className, onClick, label) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = className;
    b.textContent = text;
    if (label) {
      b.setAttribute('aria-label', label);
    }
    b.addEventListener('click', onClick);
    return b;
  }

  function use(code) {
    target.value = code.replace('/00', '');
    target.focus();
    picker.open = false;
  }

  function show(entries) {
    list.replaceChildren();
    if (entries.length === 0) {
      var none = document.createElement('li');
      none.className = 'text-body-secondary';
      none.textContent = picker.dataset.none;
      list.appendChild(none);
      return;
    }
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      item.className = 'd-flex gap-2 align-items-baseline py-1 border-bottom';
      item.dataset.code = entry.code;
      var code = document.createElement('code');
      code.textContent = entry.code;
      item.appendChild(code);
      var title = document.createElement('span');
      title.className = 'flex-grow-1';
      title.textContent = entry.title;
      item.appendChild(title);
      if (entry.hasChildren) {
        item.appendChild(button(picker.dataset.open, 'btn btn-link btn-sm p-0', function () { browse(entry.code); }, picker.dataset.open + ' ' + entry.code));
      }
      item.appendChild(button(picker.dataset.use, 'btn btn-outline-primary btn-sm py-0', function () { use(entry.code); }, picker.dataset.use + ' ' + entry.code));
      list.appendChild(item);
    });
  }

  function crumbs(entries) {
    path.replaceChildren();
    var all = [{ code: null, title: picker.dataset.root }].concat(entries);
    all.forEach(function (entry, index) {
      var li = document.createElement('li');
      li.className = 'breadcrumb-item';
      if (index === all.length - 1) {
        li.textContent = entry.code || entry.title;
        li.setAttribute('aria-current', 'location');
      } else {
        li.appendChild(button(entry.code || entry.title, 'btn btn-link btn-sm p-0 align-baseline', function () { browse(entry.code); }));
      }
      path.appendChild(li);
    });
  }

  function browse(code) {
    fetch('/api/v1/ipc/' + (code ? '?parent=' + encodeURIComponent(code) : ''), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { path: [], children: [] }; })
      .then(function (level) { crumbs(level.path); show(level.children); });
  }

  function search(text) {
    fetch('/api/v1/ipc/search?take=50&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (entries) { crumbs([]); show(entries); });
  }

  picker.addEventListener('toggle', function () {
    if (picker.open && !loaded) {
      loaded = true;
      var current = (target.value || '').trim().toUpperCase();
      browse(current.length === 4 ? current : null);
    }
  });

  find.addEventListener('input', function () {
    clearTimeout(timer);
    var text = find.value.trim();
    timer = setTimeout(function () { if (text) { search(text); } else { browse(null); } }, 250);
  });
})();
