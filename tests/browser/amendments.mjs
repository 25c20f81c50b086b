// Browser tests of how the stand presents versions, run by
// tests/amendments_site.rs with a JSON config: pages of stands built as of
// given days, and what each must show (the office's name, the version line,
// the notice of a change adopted but not yet in force, removed and added
// words on the "What changed" page, a note to follow to its entry).
//
// Every page loads without errors or requests leaving file://, passes
// axe-core (WCAG 2.1 AA), has links that resolve, and fits a phone's width
// without scrolling sideways. Prints one line per failed check and ends
// with "N passed, M failed"; exits 1 on any failure.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`FAILED ${name}${detail ? `: ${detail}` : ''}`);
  }
}

fs.mkdirSync(config.artifacts, { recursive: true });
const context = await chromium.launchPersistentContext(config.profile, {
  executablePath: config.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-gpu', '--disable-quic'],
  viewport: { width: 1280, height: 900 },
});

// Visible text of the elements matching `selector`, without the words said
// only to screen readers.
const shownText = (page, selector) => page.$$eval(selector, (els) => els.map((el) => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
  return copy.textContent.trim();
}));

for (const spec of config.pages) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed to load ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith('file://')) problems.push(`network request to ${r.url()}`); });
  await page.goto(pathToFileURL(spec.file).href, { waitUntil: 'load' });
  const name = spec.name;
  check(`${name}: loads without errors`, problems.length === 0, problems.join('; '));

  await page.evaluate(axeSource);
  const axe = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    preload: false,
  }));
  check(`${name}: axe`, axe.violations.length === 0,
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; '));

  // Links to local files and anchors resolve.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  for (const href of hrefs) {
    if (!href.startsWith('file://')) continue;
    const url = new URL(href);
    const file = fileURLToPath(url);
    if (!fs.existsSync(file)) { check(`${name}: link ${href}`, false, 'no such file'); continue; }
    if (url.hash && file.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      check(`${name}: link ${href}`, fs.readFileSync(file, 'utf8').includes(` id="${id}"`), 'no such anchor');
    }
  }

  const body = await page.evaluate(() => document.body.innerText);
  if (spec.office) {
    const office = await shownText(page, '.office-name');
    check(`${name}: names the office`, office[0] === spec.office, JSON.stringify(office));
  }
  for (const text of spec.absent ?? []) check(`${name}: does not say "${text}"`, !body.includes(text));
  for (const text of spec.contains ?? []) check(`${name}: says "${text}"`, body.includes(text));
  if (spec.version) {
    const line = await shownText(page, '.version-line');
    check(`${name}: version line`, line.length === 1 && line[0].startsWith(spec.version), JSON.stringify(line));
  }
  if (spec.notice) {
    const notices = await shownText(page, '.pending-change');
    check(`${name}: notice`, notices.some((n) => n.startsWith(spec.notice)), JSON.stringify(notices));
  }
  // Removed and added words: marked by more than colour.
  for (const [tag, line] of [['del', 'line-through'], ['ins', 'underline']]) {
    for (const words of spec[tag] ?? []) {
      const found = await shownText(page, tag);
      check(`${name}: <${tag}> ${words}`, found.includes(words), JSON.stringify(found));
    }
    if ((spec[tag] ?? []).length) {
      const deco = await page.$eval(tag, (el) => getComputedStyle(el).textDecorationLine);
      check(`${name}: <${tag}> is drawn ${line}`, deco.includes(line), deco);
      const hidden = await page.$$eval(`${tag} .visually-hidden`, (els) => els.length);
      check(`${name}: <${tag}> is announced in words`, hidden > 0);
    }
  }
  if (spec.follow) {
    const link = page.locator('a', { hasText: spec.follow }).first();
    await link.click();
    await page.waitForLoadState('load');
    const url = new URL(page.url());
    const target = await page.evaluate((id) => {
      const el = document.getElementById(id);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { text: el.innerText, top: r.top };
    }, decodeURIComponent(url.hash.slice(1)));
    check(`${name}: "${spec.follow}" leads to its entry`, path.basename(url.pathname) === 'changes.html' && target !== null && target.top < 900,
      `${page.url()} ${JSON.stringify(target)}`);
  }
  if (spec.screenshot) {
    await page.screenshot({ path: path.join(config.artifacts, `${spec.screenshot}.png`), fullPage: true });
  }
  // A phone: nothing wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(pathToFileURL(spec.file).href, { waitUntil: 'load' });
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(`${name}: fits a phone's width`, widths[0] <= widths[1], JSON.stringify(widths));
  if (spec.screenshot) {
    await page.screenshot({ path: path.join(config.artifacts, `${spec.screenshot}-phone.png`), fullPage: true });
  }
  await page.close();
}

await context.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
