// Runs the stand's own explainer (window.ReglamentStand.explain, in the
// self-check page's script) on given facts, for tests/stand_dates.rs: the
// config names the page, Chromium and the cases; the answers are printed
// as one JSON array. With `visits` it answers the page's own questions
// instead, as a visitor would, and prints what the answer page shows.

import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const browser = await chromium.launch({
  executablePath: config.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(config.page).href);
  if (config.visits) {
    // As a visitor: answer the questions by their fields (DD.MM.YYYY
    // dates), go to the answer, type the acceptance date, read the page.
    const seen = [];
    for (const visit of config.visits) {
      await page.goto(pathToFileURL(config.page).href);
      await page.evaluate((fields) => {
        const form = document.querySelector('[data-self-check]');
        for (const [name, value] of Object.entries(fields)) {
          const input = form.elements.namedItem(name);
          input.value = value;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }, visit.fields);
      await page.click('[data-flow-answer]');
      await page.fill('#accepted-on', visit.accepted);
      seen.push(await page.evaluate(() => {
        const text = (sel) => [...document.querySelectorAll(sel)].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
        return {
          questions: text('.question label, .question legend'),
          terms: text('[data-results] .term'),
          deadlines: [...document.querySelectorAll('[data-results] .deadline')].map((n) => ({
            ends: n.getAttribute('data-ends'), needs: n.getAttribute('data-needs-date'), text: n.textContent,
          })),
          links: [...document.querySelectorAll('[data-results] a[href^="#q-"]')].map((a) => a.getAttribute('href')),
          validity: text('[data-results] .validity'),
          outside: [...document.querySelectorAll('[data-results] [data-outside]')].map((n) => n.getAttribute('data-outside')),
          limits: [...document.querySelectorAll('[data-results] [data-limit]')].map((n) => ({
            id: n.getAttribute('data-limit'), text: n.textContent.replace(/\s+/g, ' ').trim(),
          })),
        };
      }));
    }
    console.log(JSON.stringify(seen));
  } else {
    const answers = await page.evaluate(
      (cases) => cases.map((c) => window.ReglamentStand.explain(c.facts, { accepted: c.accepted })),
      config.cases,
    );
    console.log(JSON.stringify(answers));
  }
} finally {
  await browser.close();
}
