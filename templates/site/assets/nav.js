// What every page sets up before its first paint, loaded in the head and
// not deferred, so nothing moves once the page is painted.
//
// The pages' list, folded behind "Menu" on a phone: nine links of 44 px
// each filled a phone's first screen before the page's own heading; the
// stylesheet folds the list only on a narrow screen and only with the
// `nav-folds` class, so without scripts it is shown. Set later, the fold
// moved every page's content up (a layout shift of 0.38 that Lighthouse
// counts against the stand).
//
// The large-text switch, which only works with scripts: shown by the
// `has-script` class, with a visitor's stored choice applied at once.
// Unhidden by the deferred stand.js, the switch moved every page's
// content down (a shift of 0.05, 0.09 on the self-check); and it is all
// here, so a page whose stand.js fails still has a switch that works.
(function () {
  'use strict';
  var KEY = 'reglament-stand-large-text';
  var root = document.documentElement;
  root.classList.add('nav-folds', 'has-script');
  var large = false;
  try { large = window.localStorage.getItem(KEY) === '1'; } catch (e) { large = false; }
  root.classList.toggle('large-text', large);

  // The switch's state in its words and for a screen reader (aria-pressed).
  function show(button) {
    button.setAttribute('aria-pressed', large ? 'true' : 'false');
    var state = button.querySelector('.switch-state');
    if (state) { state.textContent = state.getAttribute(large ? 'data-state-on' : 'data-state-off'); }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-text-size]');
    if (button) { show(button); }
  });

  document.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target : null;
    if (!target) { return; }
    var toggle = target.closest('[data-nav-toggle]');
    if (toggle) {
      var list = document.getElementById(toggle.getAttribute('aria-controls'));
      if (!list) { return; }
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      list.classList.toggle('open', open);
      return;
    }
    var button = target.closest('[data-text-size]');
    if (button) {
      large = !large;
      root.classList.toggle('large-text', large);
      show(button);
      try { window.localStorage.setItem(KEY, large ? '1' : '0'); } catch (err) { /* storage off: the switch still works */ }
    }
  });
}());
