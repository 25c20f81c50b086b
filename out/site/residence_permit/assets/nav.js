// The pages' list, folded behind "Menu" on a phone. Nine links of 44 px
// each filled a phone's first screen before the page's own heading; the
// stylesheet folds the list only on a narrow screen and only with the
// `nav-folds` class, so without scripts it is shown. This file is loaded
// in the head, not deferred, so the class is there before the first paint:
// set later, the fold moved every page's content up (a layout shift of
// 0.38 that Lighthouse counts against the stand).
(function () {
  'use strict';
  document.documentElement.classList.add('nav-folds');
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
