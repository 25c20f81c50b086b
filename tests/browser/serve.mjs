// Browser test of `reglament serve`, run by tests/serve.rs with a JSON
// config: the preview's URL and the source file to edit (a temporary copy
// of a synthetic regulation). Debian's Chromium, headless, driven by
// playwright-core. The page is never reloaded by the test: every change
// must reach it through the preview's own script. Prints one line per
// check that fails and ends with "N passed, M failed"; exits 1 on any
// failure.

import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

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

function edit(from, to) {
  const text = fs.readFileSync(config.source, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in the source`);
  fs.writeFileSync(config.source, text.replace(from, to));
}

fs.mkdirSync(config.artifacts, { recursive: true });
const context = await chromium.launchPersistentContext(config.profile, {
  executablePath: config.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-gpu'],
  viewport: { width: 1100, height: 800 },
});
const page = await context.newPage();
const problems = [];
page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('request', (r) => { if (!r.url().startsWith(config.url)) problems.push(`request to ${r.url()}`); });
let loads = 0;
page.on('load', () => { loads += 1; });

const wait = { timeout: 20000 };
const body = () => page.evaluate(() => document.body.innerText);

try {
  await page.goto(config.url, { waitUntil: 'load' });
  check('the preview opens on the stand', page.url().endsWith('/site/mini/index.html'), page.url());
  check('the stand shows the regulation', (await body()).includes(config.title));
  await page.waitForSelector('[data-reglament=bar]', wait);
  check('the preview bar has a date picker',
    await page.evaluate(() => document.querySelector('[data-reglament=as-of]').type === 'date'));

  // A save reloads the page by itself.
  const loadsBefore = loads;
  const saved = Date.now();
  edit(config.title, 'Mini regulation, edited in the browser test');
  await page.waitForFunction(() => document.body.innerText.includes('edited in the browser test'), null, wait);
  const reloadMs = Date.now() - saved;
  console.log(`save to reloaded page: ${reloadMs} ms (debug build, file watcher included)`);
  // The new page's text can show before its load event reaches this
  // script (on a loaded machine it did): wait for the event, a while.
  for (let i = 0; i < 100 && loads === loadsBefore; i++) await new Promise((r) => setTimeout(r, 100));
  check('the page reloaded by itself after the save', loads > loadsBefore, `loads ${loadsBefore} -> ${loads}`);

  // An error: the overlay with the code, over the last good preview.
  edit('  for category minors\n', '  for category minorz\n');
  const overlay = page.locator('[data-reglament=overlay]');
  await overlay.waitFor({ state: 'visible', ...wait });
  const text = await overlay.innerText();
  check('the overlay names the code', /R\d{4}/.test(text), text);
  check('the overlay names the file and line', /mini\.rgl:\d+:\d+/.test(text), text);
  check('the overlay gives the message and the hint', text.includes('minorz') && text.includes('hint:'), text);
  check('the last good preview stays under it', (await body()).includes('edited in the browser test'));
  await page.screenshot({ path: path.join(config.artifacts, 'serve-overlay.png') });

  // Fixed (with another edit): the overlay goes and the page reloads.
  const loadsBeforeFix = loads;
  edit('  for category minorz\n', '  for category minors\n');
  edit('edited in the browser test', 'fixed in the browser test');
  await page.waitForFunction(() => document.body.innerText.includes('fixed in the browser test'), null, wait);
  await overlay.waitFor({ state: 'hidden', ...wait });
  check('the overlay went once the error was fixed', !(await overlay.isVisible()));
  check('the page reloaded after the fix', loads > loadsBeforeFix);

  // The date picker rebuilds the preview for the day chosen.
  await page.fill('[data-reglament=as-of]', '2024-01-15');
  await page.waitForFunction(() => document.querySelector('[data-reglament=as-of]').value === '2024-01-15'
    && !document.querySelector('.reglament-bar-state').textContent.includes('rebuilding'), null, wait);
  check('the day chosen stays chosen', (await page.inputValue('[data-reglament=as-of]')) === '2024-01-15');
  await page.screenshot({ path: path.join(config.artifacts, 'serve-preview.png') });

  check('no console error, no request elsewhere', problems.length === 0, problems.join('; '));
} catch (e) {
  check('the run finished', false, e.stack || String(e));
}

await context.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
