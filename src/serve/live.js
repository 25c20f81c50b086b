// reglament serve: the preview's own script, added to pages only as the
// preview serves them (never written into out/). It listens to the
// preview's event stream, reloads the page when a new build is served,
// shows the problems of the sources over the last good preview while there
// are any, and lets the reader choose the day the stand is shown as of.
// Every text from the sources is set as text, never as markup.
(function () {
  'use strict';
  var me = document.querySelector('script[data-reglament-generation]');
  var generation = me ? me.getAttribute('data-reglament-generation') : '0';

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  var bar = el('div', 'reglament-bar');
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Preview');
  bar.setAttribute('data-reglament', 'bar');
  var label = el('label', 'reglament-bar-label', 'Preview as of ');
  var picker = el('input');
  picker.type = 'date';
  picker.setAttribute('data-reglament', 'as-of');
  label.appendChild(picker);
  var latest = el('button', 'reglament-bar-button', 'Latest');
  latest.type = 'button';
  var state = el('span', 'reglament-bar-state', '');
  state.setAttribute('role', 'status');
  bar.appendChild(label);
  bar.appendChild(latest);
  bar.appendChild(state);

  var overlay = el('div', 'reglament-overlay');
  overlay.setAttribute('role', 'alert');
  overlay.setAttribute('data-reglament', 'overlay');
  overlay.hidden = true;

  function choose(day) {
    state.textContent = 'rebuilding…';
    var request = new XMLHttpRequest();
    request.open('POST', '/__reglament/as-of');
    request.setRequestHeader('Content-Type', 'text/plain');
    request.onload = function () {
      if (request.status !== 200) state.textContent = request.responseText;
    };
    request.send(day);
  }
  picker.addEventListener('change', function () { choose(picker.value); });
  latest.addEventListener('click', function () { picker.value = ''; choose(''); });

  function place(p) {
    if (!p.file) return '';
    var at = p.file;
    if (p.line) at += ':' + p.line + (p.column ? ':' + p.column : '');
    return at;
  }

  function showProblems(problems) {
    overlay.textContent = '';
    var errors = problems.filter(function (p) { return p.severity === 'error'; }).length;
    var warnings = problems.length - errors;
    var title = (errors === 1 ? '1 error' : errors + ' errors') +
      (warnings ? ' (and ' + (warnings === 1 ? '1 warning' : warnings + ' warnings') + ')' : '');
    overlay.appendChild(el('h2', 'reglament-overlay-title',
      'The sources have ' + title + ': this is the last good preview'));
    var list = el('ul', 'reglament-overlay-list');
    problems.forEach(function (p) {
      var item = el('li', 'reglament-problem reglament-' + p.severity);
      var head = el('p', 'reglament-problem-head');
      head.appendChild(el('strong', 'reglament-problem-code', p.code || p.severity));
      head.appendChild(document.createTextNode(' '));
      head.appendChild(el('span', 'reglament-problem-message', p.message));
      item.appendChild(head);
      var at = place(p);
      if (at) item.appendChild(el('p', 'reglament-problem-place', at));
      if (p.hint) item.appendChild(el('p', 'reglament-problem-hint', 'hint: ' + p.hint));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    overlay.hidden = false;
  }

  function onStatus(status) {
    if (String(status.generation) !== generation) {
      location.reload();
      return;
    }
    if (document.activeElement !== picker) picker.value = status.as_of || '';
    state.textContent = status.as_of ? '' : '(latest version)';
    if (status.problems.length) {
      showProblems(status.problems);
    } else {
      overlay.hidden = true;
      overlay.textContent = '';
    }
  }

  function start() {
    document.body.appendChild(overlay);
    document.body.appendChild(bar);
    var events = new EventSource('/__reglament/events');
    events.onmessage = function (e) { onStatus(JSON.parse(e.data)); };
  }
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
