// The Russian stand (`build --lang ru`) read in Chromium: no interface word
// in Latin script. Run by tests/russian_stand.rs with a JSON config it
// writes: { chromium, profile, site, office, artifacts }.
//
// Every page's text nodes (and the attributes a reader hears: aria-label,
// title, placeholder, alt) are walked; text inside an element whose
// language is not Russian (lang="en": the source's own words, quoted) is
// skipped, and so are <code> (field names, codes), <script>, <style>,
// <template> and <noscript>. What is left must hold no Latin-script word
// but a few codes (PDF, A4, A3). Then the guided self-check is walked for a
// few steps with the mouse and the same check runs on each screen and on
// the answer page the script writes. Prints one line per failure and ends
// with "N passed, M failed".

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

function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (p.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

// The Latin-script words of the interface on the page now, each with a
// little of where it stands.
const latinWords = (page) => page.evaluate(() => {
  const CODES = new Set(['PDF', 'A4', 'A3']);
  const SKIP = 'script, style, template, noscript, code';
  const foreign = (el) => {
    const l = el.closest('[lang]');
    return l && !/^ru\b/i.test(l.getAttribute('lang'));
  };
  const out = [];
  const look = (text, el, where) => {
    for (const word of text.match(/[A-Za-z][A-Za-z0-9'’-]*/g) || []) {
      if (CODES.has(word)) continue;
      out.push(`${word} (${where}: “${text.trim().slice(0, 80)}”)`);
    }
  };
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(SKIP) || foreign(el)) continue;
    look(n.textContent, el, el.tagName.toLowerCase());
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (el.closest(SKIP) || foreign(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      if (el.hasAttribute(a)) look(el.getAttribute(a), el, `${el.tagName.toLowerCase()}[${a}]`);
    }
  }
  return out;
});

fs.mkdirSync(config.artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: config.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'ru-RU' });
const page = await context.newPage();
const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));

for (const file of htmlFiles(config.site)) {
  const name = path.relative(config.site, file);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  check(`${name} is marked Russian`, (await page.getAttribute('html', 'lang')) === 'ru');
  const words = await latinWords(page);
  check(`${name}: no Latin-script interface word`, words.length === 0, [...new Set(words)].slice(0, 12).join('; '));
}

// ---- The guided self-check, a few steps in, and its answer page ----
{
  await page.goto(`${pathToFileURL(path.join(config.site, config.office, 'self-check.html')).href}`, { waitUntil: 'load' });
  const screen = () => page.evaluate(() => {
    const form = document.querySelector('[data-self-check]');
    if (form.hidden) return 'result';
    const q = [...form.querySelectorAll('.question')].find((x) => !x.hidden);
    return q ? q.getAttribute('data-fact') : null;
  });
  const seen = [];
  // The first answer offered after "do not know" on each screen, and
  // "for someone I represent" where asked, so that the words around a
  // question about another person are shown too.
  for (let i = 0; i < 4; i++) {
    const s = await screen();
    seen.push(s);
    if (s === null || s === 'result') break;
    await page.screenshot({ path: path.join(config.artifacts, `russian-flow-${i + 1}-${s}.png`) });
    const words = await latinWords(page);
    check(`self-check step ${i + 1} (${s}): no Latin-script interface word`, words.length === 0, [...new Set(words)].slice(0, 12).join('; '));
    const progress = await page.textContent('[data-progress]');
    check(`self-check step ${i + 1}: the progress line is Russian`, /Вопрос/.test(progress || ''), progress);
    if (s === 'for') await page.click('input[name="for"][value="other"]');
    else {
      const radios = page.locator(`input[type="radio"][name="${s}"]`);
      if (await radios.count() > 1) await radios.nth(1).click();
    }
    await page.click('[data-flow-next]');
  }
  check('the self-check shows question after question', seen.length >= 3 && !seen.includes(null), seen.join(' > '));
  if (await screen() !== 'result') await page.click('[data-flow-answer]');
  check('the self-check reaches its answer page', (await screen()) === 'result');
  const accepted = page.locator('[data-accepted]');
  if (await accepted.isVisible()) await accepted.fill('05.04.2027');
  await page.screenshot({ path: path.join(config.artifacts, 'russian-flow-result.png'), fullPage: true });
  const words = await latinWords(page);
  check('the answer page: no Latin-script interface word', words.length === 0, [...new Set(words)].slice(0, 12).join('; '));
  const buttons = await page.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.offsetParent).map((b) => b.textContent.trim()));
  check('the answer page\'s buttons are Russian', buttons.length > 0 && buttons.every((b) => /[А-Яа-яЁё]/.test(b)), buttons.join(' | '));
}
check('no script error', problems.length === 0, problems.join('; '));

await browser.close();
console.log(`russian: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
