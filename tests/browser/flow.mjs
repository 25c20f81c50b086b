// The self-check as a visitor meets it: the guided flow, walked with clicks
// and keys only, at phone (390 px) and portrait kiosk (1080x1920) sizes.
// Run by tests/site_browser.rs with a JSON config it writes; it writes back
// (config.results) what each walk answered and what the answer page showed,
// and the Rust side checks that against the interpreter (`explain`).
//
// One browser, one page per size, reused for every example. axe runs on
// every distinct question screen and on every answer page. Prints one line
// per failed check and ends with "N passed, M failed".

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed += 1; return; }
  failed += 1;
  console.log(`FAILED ${name}${detail ? `: ${detail}` : ''}`);
}

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'kiosk', width: 1080, height: 1920 },
];
const selfCheck = (site, query = '') => `${pathToFileURL(path.join(site, config.office, 'self-check.html')).href}${query}`;

fs.mkdirSync(config.artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath: config.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
});

async function newPage(size, options = {}) {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith('file://')) problems.push(`network request to ${r.url()}`); });
  return { page, problems };
}

async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    preload: false,
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

// The screen shown: a question's fact id, or "result".
const step = (page) => page.evaluate(() => {
  const form = document.querySelector('[data-self-check]');
  if (form.hidden) return 'result';
  const q = [...form.querySelectorAll('.question')].find((x) => !x.hidden);
  return q ? q.getAttribute('data-fact') : null;
});

// Whom the application is for, as a visitor in the example would answer.
function forWhom(given) {
  const g = new Map(given);
  return (typeof g.get('age') === 'number' && g.get('age') < 18) || g.get('incapacitated') === true || g.get('limited_capacity') === true ? 'other' : 'self';
}
const dmy = (iso) => iso.split('-').reverse().join('.');

// Answers the question on screen by clicking (or typing into) it.
async function answerByMouse(page, fact, value) {
  if (value === undefined) return;
  if (typeof value === 'boolean') await page.click(`input[name="${fact}"][value="${value ? 'yes' : 'no'}"]`);
  else if (await page.locator(`input[type="radio"][name="${fact}"]`).count()) await page.click(`input[name="${fact}"][value="${value}"]`);
  else if (await page.locator(`select[name="${fact}"]`).count()) await page.selectOption(`select[name="${fact}"]`, String(value));
  else if (/^\d{4}-\d{2}-\d{2}$/.test(String(value))) await page.fill(`input[name="${fact}"]`, dmy(value));
  else await page.fill(`input[name="${fact}"]`, String(value));
}

// Answers the question on screen with the keyboard only: focus starts on
// the question's answer; arrows choose, digits type, Tab reaches Continue.
async function answerByKeys(page, fact, value) {
  if (value !== undefined) {
    const kind = await page.evaluate(() => document.activeElement.tagName + ':' + (document.activeElement.type || ''));
    if (kind === 'INPUT:radio') {
      const want = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
      for (let i = 0; i < 12; i++) {
        if (await page.evaluate((w) => document.activeElement.value === w, want)) break;
        await page.keyboard.press('ArrowDown');
      }
    } else if (kind === 'SELECT:select-one') {
      for (let i = 0; i < 40; i++) {
        if (await page.evaluate((w) => document.activeElement.value === w, String(value))) break;
        await page.keyboard.press('ArrowDown');
      }
    } else {
      await page.keyboard.type(/^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? dmy(value) : String(value));
    }
  }
  await page.keyboard.press('Tab');
  check(`keyboard: Tab from ${fact} reaches Continue`, await page.evaluate(() => document.activeElement.hasAttribute('data-flow-next')));
  await page.keyboard.press('Enter');
}

async function shown(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-results] > div');
    const deadlines = {};
    root.querySelectorAll('li[data-category]').forEach((li) => {
      const d = li.querySelector('.deadline[data-ends]');
      deadlines[li.getAttribute('data-category')] = d ? d.getAttribute('data-ends') : null;
    });
    const amounts = {};
    root.querySelectorAll('li[data-document] .amounts').forEach((p) => {
      amounts[p.closest('li').getAttribute('data-document')] = [p.getAttribute('data-copies'), p.getAttribute('data-count')];
    });
    return {
      categories: root.getAttribute('data-categories'),
      undetermined: root.getAttribute('data-undetermined'),
      documents: root.getAttribute('data-documents'),
      representative: root.querySelector('[data-representative]').getAttribute('data-representative'),
      deadlines,
      amounts,
      none: !!root.querySelector('[data-none]'),
      applicationTermEnds: (root.querySelector('.application-term .deadline[data-ends]') || { getAttribute: () => null }).getAttribute('data-ends'),
    };
  });
}

// Walks the flow for one example; returns the facts answered, the steps
// and what the answer page shows.
async function walk(page, example, { keys = false, size, axeSeen, shots = null }) {
  const given = new Map(example.given);
  given.set('for', forWhom(example.given));
  const answered = {};
  const steps = [];
  for (let i = 0; i < 60; i++) {
    const s = await step(page);
    if (s === null) { check(`${example.name} (${size.name}): a question is on screen`, false, `after ${steps.join(' > ')}`); break; }
    steps.push(s);
    const forOther = given.get('for') === 'other';
    const key = `${size.name} ${s === 'result' ? `result ${example.name}` : `${s} ${forOther}`}`;
    if (!axeSeen.has(key)) {
      axeSeen.add(key);
      const v = await axe(page);
      check(`axe at ${key}`, v.length === 0, v.join('; '));
    }
    if (shots) await page.screenshot({ path: path.join(config.artifacts, `flow-${shots}-${String(i + 1).padStart(2, '0')}-${s}.png`) });
    if (s === 'result') break;
    // The question is worded for the one answering: for someone they
    // represent in the fact's wording for a representative, when it has one.
    const wordingKey = `wording ${s} ${forOther}`;
    if (!['status', 'application', 'for'].includes(s) && !axeSeen.has(wordingKey)) {
      axeSeen.add(wordingKey);
      const w = await page.evaluate((fact) => {
        const words = document.querySelector(`.question[data-fact="${fact}"]`).querySelector('legend, label');
        const copy = words.cloneNode(true);
        copy.querySelectorAll('[hidden], .hint').forEach((n) => n.remove());
        const f = JSON.parse(document.getElementById('stand-data').textContent).facts.find((x) => x.id === fact);
        return { text: copy.textContent.trim().replace(/\s+/g, ' '), question: f.question, rep: f.for_representative || null };
      }, s);
      const ok = !forOther ? w.text === w.question
        : (w.rep ? w.text === w.rep : w.text.endsWith(w.question) && w.text !== w.question);
      check(`${s} is worded for ${forOther ? 'a representative' : 'the applicant'}`, ok, JSON.stringify(w));
    }
    const value = given.get(s);
    if (value !== undefined && s !== 'for') answered[s] = value;
    if (keys) await answerByKeys(page, s, value);
    else { await answerByMouse(page, s, value); await page.click('[data-flow-next]'); }
  }
  return { answered, steps, shown: await shown(page) };
}

const results = [];
const axeSeen = new Set();
for (const size of SIZES) {
  const { page, problems } = await newPage(size);
  for (const example of config.examples) {
    await page.clock.setFixedTime(new Date(`${example.today}T12:00:00`));
    await page.goto(selfCheck(config.site), { waitUntil: 'load' });
    const shots = config.screenshots.includes(example.name) ? `${size.name}-${example.name}` : null;
    const r = await walk(page, example, { size, axeSeen, shots });
    results.push({ name: example.name, size: size.name, today: example.today, ...r });
    check(`${example.name} (${size.name}) asks status, application, whom for, then the rest`,
      r.steps.slice(0, 3).join(' ') === 'status application for', r.steps.join(' > '));
  }
  check(`the flow at ${size.name} size without errors`, problems.length === 0, problems.slice(0, 5).join('; '));
  await page.context().close();
}

// ---- Keyboard alone, Back, the date field, print, on one example ----
{
  const size = SIZES[1];
  const example = config.examples.find((e) => e.name === config.keyboard_example);
  const { page, problems } = await newPage(size);
  await page.clock.setFixedTime(new Date(`${example.today}T12:00:00`));
  await page.goto(selfCheck(config.site), { waitUntil: 'load' });
  // From the top of the page: Tab to the first answer of the first question.
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement.name === 'status')); i++) await page.keyboard.press('Tab');
  const r = await walk(page, example, { keys: true, size, axeSeen });
  results.push({ name: example.name, size: 'keyboard', today: example.today, ...r });
  check('the whole flow is done with the keyboard alone', r.steps[r.steps.length - 1] === 'result', r.steps.join(' > '));
  check('the answer page takes the focus', await page.evaluate(() => document.activeElement.id === 'results-section'));

  // The date field reads and writes DD.MM.YYYY whatever the locale.
  check('the acceptance date is shown as DD.MM.YYYY', (await page.inputValue('[data-accepted]')) === dmy(example.today));
  await page.fill('[data-accepted]', '25.12.2025');
  const deadlineText = await page.locator('li[data-category] .deadline').first().textContent();
  check('a date typed as DD.MM.YYYY moves the deadline', deadlineText.includes('25.12.2025') && !deadlineText.includes('-'), deadlineText);
  await page.fill('[data-accepted]', '12/05/2026');
  check('a date in another format is refused with a message', (await page.textContent('[data-accepted-error]')).includes('DD.MM.YYYY'));
  await page.fill('[data-accepted]', dmy(example.today));

  // Print my checklist: one A4 page with the answers given.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ path: path.join(config.artifacts, 'flow-checklist-a4.pdf'), format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  check('"Print my checklist" prints one A4 page', pages === 1, `${pages} pages`);
  check('the printout lists the answers given', await page.evaluate(() => getComputedStyle(document.querySelector('[data-answers-given]')).display !== 'none'
    && document.querySelector('[data-answers-given]').textContent.includes('12')));
  await page.emulateMedia({ media: 'screen' });

  // Back: "Change my answers", then the browser's back button.
  await page.click('[data-flow-change]');
  const last = r.steps[r.steps.length - 2];
  check('"Change my answers" goes back to the last question', (await step(page)) === last, await step(page));
  await page.goBack();
  check('the browser\'s back button goes to the question before', (await step(page)) === r.steps[r.steps.length - 3], await step(page));
  await page.click('[data-flow-back]');
  check('the Back button goes back one question', (await step(page)) === r.steps[r.steps.length - 4], await step(page));
  check('going back keeps the answers given', await page.evaluate(() => document.querySelector('input[name="status"]:checked').value !== ''));
  check('keyboard flow without errors', problems.length === 0, problems.join('; '));
  await page.context().close();
}

// ---- Kiosk mode: a warning, then the answers are cleared ----
{
  const size = SIZES[1];
  const { page, problems } = await newPage(size);
  await page.goto(selfCheck(config.site, '?kiosk=1&idle=4'), { waitUntil: 'load' });
  await page.click('input[name="status"][value="foreign_citizen"]');
  await page.click('[data-flow-next]');
  await page.click('input[name="application"][value="issue"]');
  await page.waitForSelector('[data-kiosk-warning]:not([hidden])', { timeout: 8000 });
  check('kiosk: a warning comes before the answers are cleared', await page.evaluate(() => document.querySelector('input[name="status"]:checked').value === 'foreign_citizen'));
  await page.screenshot({ path: path.join(config.artifacts, 'flow-kiosk-warning.png') });
  await page.waitForSelector('[data-kiosk-warning][hidden]', { state: 'attached', timeout: 8000 });
  check('kiosk: after the idle time the answers are cleared and the flow starts again', (await step(page)) === 'status'
    && await page.evaluate(() => document.querySelector('input[name="status"]:checked').value === ''
      && document.querySelector('input[name="application"]:checked').value === ''), await step(page));
  // Without kiosk mode nothing is cleared.
  await page.goto(selfCheck(config.site, '?idle=1'), { waitUntil: 'load' });
  await page.click('input[name="status"][value="foreign_citizen"]');
  await page.waitForTimeout(1500);
  check('outside kiosk mode the answers stay', await page.evaluate(() => document.querySelector('input[name="status"]:checked').value === 'foreign_citizen'));
  check('kiosk without errors', problems.length === 0, problems.join('; '));
  await page.context().close();
}

// ---- Without JavaScript the page is still the whole form ----
{
  const { page } = await newPage(SIZES[0], { javaScriptEnabled: false });
  await page.goto(selfCheck(config.site), { waitUntil: 'load' });
  const visible = await page.evaluate(() => [...document.querySelectorAll('.question')].filter((q) => !q.hidden).length);
  const all = await page.evaluate(() => document.querySelectorAll('.question:not([data-flow-only])').length);
  check('without JavaScript every question is on the page', visible === all && all > 10, `${visible} of ${all}`);
  await page.context().close();
}

// ---- The Russian stand walks the same flow ----
{
  const { page, problems } = await newPage(SIZES[0]);
  const example = config.examples.find((e) => e.name === config.keyboard_example);
  await page.clock.setFixedTime(new Date(`${example.today}T12:00:00`));
  await page.goto(selfCheck(config.ru_site), { waitUntil: 'load' });
  const progress = await page.textContent('[data-progress]');
  const r = await walk(page, example, { size: { name: 'ru' }, axeSeen });
  results.push({ name: example.name, size: 'ru', today: example.today, ...r });
  const text = await page.locator('#results-section').innerText();
  check('the Russian flow speaks Russian', progress.startsWith('Вопрос 1') && text.includes('Кто подаёт заявление') && text.includes('4 месяца'), `${progress} / ${text.slice(0, 200)}`);
  await page.locator('#results-section').screenshot({ path: path.join(config.artifacts, 'flow-answer-ru.png') });
  check('Russian flow without errors', problems.length === 0, problems.join('; '));
  await page.context().close();
}

await browser.close();
fs.writeFileSync(config.results, JSON.stringify(results));
console.log(`flow: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
