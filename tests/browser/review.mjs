// Defects of the stand's review (issue 13, item 6) that only a browser
// shows. Run by tests/stand_review.rs with a JSON config it writes:
// { chromium, site, office, artifacts }. Prints one line per failure and
// ends with "N passed, M failed".

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed += 1; return; }
  failed += 1;
  console.log(`FAILED ${name}${detail ? `: ${detail}` : ''}`);
}

fs.mkdirSync(config.artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: config.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(pathToFileURL(path.join(config.site, config.office, 'index.html')).href, { waitUntil: 'load' });

// ---- "Larger text" shows its state, in words and to a screen reader ----
{
  const button = page.locator('[data-text-size]');
  const state = async () => ({
    pressed: await button.getAttribute('aria-pressed'),
    shown: (await button.locator('.switch-state').textContent().catch(() => null)),
    name: (await button.evaluate((b) => {
      // The accessible name: the button's text without aria-hidden parts.
      const copy = b.cloneNode(true);
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent.trim();
    })),
  });
  const before = await state();
  check('the switch says it is off, in words and by aria-pressed', before.pressed === 'false' && before.shown === config.off, JSON.stringify(before));
  await button.click();
  const after = await state();
  check('pressed, the switch says it is on, in words and by aria-pressed', after.pressed === 'true' && after.shown === config.on, JSON.stringify(after));
  check('the switch keeps its name while its state changes', before.name === after.name && before.name === config.name, `${before.name} / ${after.name}`);
  await page.screenshot({ path: path.join(config.artifacts, 'review-larger-text-on.png') });
  await button.click();
}

// ---- A phone's first screen is not all title ----
{
  const h = await page.evaluate(() => document.querySelector('.service-name').getBoundingClientRect().height);
  const line = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.service-name')).lineHeight) || 20);
  check('on a phone the header names the service in at most three lines', h <= 3 * line + 1, `${h} px, line ${line} px`);
  await page.screenshot({ path: path.join(config.artifacts, 'review-phone-first-screen.png') });
}

// ---- A phone's first screen reaches the page's content ----
// The header and the pages' list once filled 959 px before the heading.
{
  const screen = 844;
  for (const name of ['index', 'applicants', 'documents', 'terms', 'self-check', 'forms', 'information', 'legal-acts', 'regulation']) {
    await page.goto(pathToFileURL(path.join(config.site, config.office, `${name}.html`)).href, { waitUntil: 'load' });
    const m = await page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      // The first thing after the heading that takes room: the page's own start.
      let next = h1.nextElementSibling;
      while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
      const first = document.querySelector('.question:not([hidden]) legend, .question:not([hidden]) label');
      return {
        h1: h1.getBoundingClientRect().bottom,
        content: next ? next.getBoundingClientRect().top : null,
        question: first ? first.getBoundingClientRect().bottom : null,
      };
    });
    check(`${name}: on a phone the content starts on the first screen, under its heading`,
      m.h1 < screen / 2 && m.content !== null && m.content < screen - 120, JSON.stringify(m));
    if (name === 'self-check') {
      check('self-check: on a phone the first question is on the first screen', m.question !== null && m.question < screen, JSON.stringify(m));
    }
    await page.screenshot({ path: path.join(config.artifacts, `review-phone-${name}.png`) });
  }
  // The pages' list is behind "Menu", which says whether it is open.
  const toggle = page.locator('[data-nav-toggle]');
  const links = page.locator('.site-nav ul a');
  check('on a phone the pages are behind a Menu button, closed', await toggle.isVisible()
    && (await toggle.getAttribute('aria-expanded')) === 'false' && !(await links.first().isVisible()));
  await toggle.click();
  check('Menu opens the list of pages and says so', (await toggle.getAttribute('aria-expanded')) === 'true'
    && await links.first().isVisible() && await links.last().isVisible());
  await page.screenshot({ path: path.join(config.artifacts, 'review-phone-menu-open.png') });
  await page.setViewportSize({ width: 1080, height: 1920 });
  check('on a kiosk the pages are listed without a Menu button', !(await toggle.isVisible()) && await links.first().isVisible());
}

await browser.close();
console.log(`review: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
