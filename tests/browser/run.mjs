// Browser tests of the information-stand site, run by tests/site_browser.rs
// with a JSON config it writes: the built sites, the deadline vectors and
// the interpreter's answers to reproduce, and where to keep screenshots.
//
// Debian's Chromium, headless, driven by playwright-core. Prints one line
// per check that fails and ends with "N passed, M failed"; exits 1 on any
// failure.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

let passed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
  } else {
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
    console.log(`FAILED ${name}${detail ? `: ${detail}` : ''}`);
  }
}

function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (p.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

// The interpreter's and the script's answers, made comparable: a deadline
// error is only "there is one" (the words differ), a step without its
// English sentence.
function normalize(value) {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      if (key === 'deadline_error') out[key] = true;
      else if (key === 'steps') out[key] = value[key].map((s) => ({ kind: s.kind, from: s.from, to: s.to, rule: s.rule }));
      else out[key] = normalize(value[key]);
    }
    return out;
  }
  return value;
}
const same = (a, b) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

fs.mkdirSync(config.artifacts, { recursive: true });
const context = await chromium.launchPersistentContext(config.profile, {
  executablePath: config.chromium,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
  ],
  viewport: { width: 1280, height: 900 },
});

// A page with its console errors, failed loads and requests leaving file://.
async function open(file, { today } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed to load ${r.url()}`));
  page.on('request', (r) => { if (!r.url().startsWith('file://')) problems.push(`network request to ${r.url()}`); });
  page.on('dialog', (d) => { problems.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
  if (today) await page.clock.setFixedTime(new Date(`${today}T12:00:00`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems };
}

// ---- Every page of every site: loads cleanly, passes axe, links resolve ----

const idsOf = new Map();
function idsIn(file) {
  if (!idsOf.has(file)) {
    const text = fs.readFileSync(file, 'utf8');
    idsOf.set(file, new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])));
  }
  return idsOf.get(file);
}

for (const site of config.sites) {
  for (const file of htmlFiles(site)) {
    const name = path.relative(path.dirname(site), file);
    const { page, problems } = await open(file);
    check(`${name} loads without errors`, problems.length === 0, problems.join('; '));
    await page.evaluate(axeSource);
    // No preload: axe would fetch the stylesheet itself, which the page's
    // Content-Security-Policy (rightly) refuses.
    const axe = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      preload: false,
    }));
    check(`${name} has no axe violations`, axe.violations.length === 0,
      axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; '));
    check(`${name}: no script of the sources ran`, await page.evaluate(() => window.__pwned === undefined));
    // On a phone the page never scrolls sideways: a wide table scrolls in its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    check(`${name} fits a 390 px phone without scrolling sideways`, wide <= 390, `${wide} px wide`);
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    const broken = [];
    for (const href of hrefs) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const [target, fragment] = href.split('#');
      const targetFile = target ? path.resolve(path.dirname(file), target) : file;
      if (!fs.existsSync(targetFile)) broken.push(href);
      else if (fragment && targetFile.endsWith('.html') && !idsIn(targetFile).has(decodeURIComponent(fragment))) broken.push(href);
    }
    check(`${name}: every link resolves`, broken.length === 0, [...new Set(broken)].slice(0, 10).join(', '));
    await page.close();
  }
}

const [enSite] = config.sites;
const stand = (site, page) => path.join(site, config.office, `${page}.html`);

// ---- Deadlines: the script against templates/rust/deadline.rs ----
{
  const { page } = await open(stand(enSite, 'self-check'));
  const mismatches = await page.evaluate((vectors) => {
    const out = [];
    for (const v of vectors) {
      const got = window.ReglamentStand.deadline(v.accepted, v.amount, v.unit);
      const norm = got.error ? { error: true } : got;
      if (JSON.stringify(norm) !== JSON.stringify(v.expected)) out.push({ v, got: norm });
    }
    return out;
  }, config.vectors);
  check(`${config.vectors.length} deadlines agree with the Rust implementation`, mismatches.length === 0,
    JSON.stringify(mismatches.slice(0, 3)));

  // ---- The self-check's logic: the script against the interpreter ----
  const answers = await page.evaluate((cases) => cases.map((c) => window.ReglamentStand.explain(c.facts, { accepted: c.accepted })), config.cases);
  const wrong = config.cases.filter((c, i) => !same(c.expected, answers[i]));
  check(`${config.cases.length} explanations (every example and generated applicants) agree with the interpreter`,
    wrong.length === 0,
    wrong.slice(0, 2).map((c) => `${c.name}: expected ${JSON.stringify(normalize(c.expected))} got ${JSON.stringify(normalize(answers[config.cases.indexOf(c)]))}`).join('\n'));
  await page.close();
}

// The self-check as a visitor uses it (the guided flow, with clicks and
// keys, at phone and kiosk sizes) is tests/browser/flow.mjs.

// ---- Keyboard, large text, print, Russian ----
{
  const { page, problems } = await open(stand(enSite, 'index'));
  await page.screenshot({ path: path.join(config.artifacts, 'site-home.png'), fullPage: false });
  await page.keyboard.press('Tab');
  check('the first Tab reaches the skip link', await page.evaluate(() => document.activeElement.classList.contains('skip-link')));
  await page.keyboard.press('Enter');
  check('the skip link moves focus to the main content', await page.evaluate(() => document.activeElement.id === 'main'));
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await page.focus('[data-text-size]');
  await page.keyboard.press('Enter');
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  check('the large-text switch works from the keyboard', after >= before * 1.3,
    `${before}px -> ${after}px`);
  check('the switch says it is on', (await page.getAttribute('[data-text-size]', 'aria-pressed')) === 'true');
  await page.screenshot({ path: path.join(config.artifacts, 'site-home-large-text.png'), fullPage: false });
  // The choice is kept: the next page opens in large text, and the switch
  // says so from the start (assets/nav.js, before the first paint).
  await page.reload({ waitUntil: 'domcontentloaded' });
  check('the next page opens in large text, the switch on',
    await page.evaluate(() => document.documentElement.classList.contains('large-text')
      && document.querySelector('[data-text-size]').getAttribute('aria-pressed') === 'true'
      && document.querySelector('[data-text-size] .switch-state').textContent === document.querySelector('[data-text-size] .switch-state').getAttribute('data-state-on')));
  await page.focus('[data-text-size]');
  await page.keyboard.press('Space');
  check('the switch turns large text off again',
    await page.evaluate(() => !document.documentElement.classList.contains('large-text')
      && document.querySelector('[data-text-size]').getAttribute('aria-pressed') === 'false'));
  await page.emulateMedia({ media: 'print' });
  check('print hides the navigation', await page.evaluate(() => getComputedStyle(document.querySelector('.site-nav')).display === 'none'));
  await page.pdf({ path: path.join(config.artifacts, 'site-home-a4.pdf'), format: 'A4', printBackground: true });
  check('home page without errors', problems.length === 0, problems.join('; '));
  await page.close();
}
{
  const { page, problems } = await open(stand(enSite, 'terms'), { today: '2025-12-25' });
  const ends = await page.evaluate(() => [...document.querySelectorAll('[data-calc-results] output')].map((o) => o.textContent));
  check('the deadline calculator counts from today', ends.includes('27.04.2026') && ends.includes('15.01.2026'), ends.join(', '));
  check('the calculator\'s date reads DD.MM.YYYY whatever the locale', (await page.inputValue('#calc-accepted')) === '25.12.2025');
  await page.fill('#calc-accepted', '31.10.2025');
  const typed = await page.evaluate(() => [...document.querySelectorAll('[data-calc-results] output')].map((o) => o.textContent));
  check('a date typed as DD.MM.YYYY is counted from', typed.includes('02.03.2026'), typed.join(', '));
  check('terms page without errors', problems.length === 0, problems.join('; '));
  await page.close();
}
await context.close();
console.log(`browser: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
