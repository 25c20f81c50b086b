// The pages' list, folded behind "Menu" on a phone. Nine links of 44 px
// each filled a phone's first screen before the page's own heading; the
// stylesheet folds the list only on a narrow screen and only with the
// `nav-folds` class, so without scripts it is shown. This file is loaded
// in the head, not deferred, so the class is there before the first paint:
// set later, the fold moved every page's content up (a layout shift of
// 0.38 that Lighthouse counts against the stand). For the same reason
// the large-text switch, which only works with scripts, is shown by the
// `has-script` class set here, and a visitor's stored choice of large
// text is applied here: unhidden by the deferred script, the switch moved
// every page's content down (a shift of 0.05, 0.09 on the self-check).
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('nav-folds', 'has-script');
  try {
    if (window.localStorage.getItem('reglament-stand-large-text') === '1') { root.classList.add('large-text'); }
  } catch (e) { /* storage off: the switch, in stand.js, still works */ }
  document.addEventListener('click', function (e) {
    var toggle = e.target.closest && e.target.closest('[data-nav-toggle]');
    if (!toggle) { return; }
    var list = document.getElementById(toggle.getAttribute('aria-controls'));
    if (!list) { return; }
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    list.classList.toggle('open', open);
  });
}());
