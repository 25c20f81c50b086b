// Runs the stand's own explainer (window.ReglamentStand.explain, in the
// self-check page's script) on given facts, for tests/stand_dates.rs: the
// config names the page, Chromium and the cases; the answers are printed
// as one JSON array.

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
  const answers = await page.evaluate(
    (cases) => cases.map((c) => window.ReglamentStand.explain(c.facts, { accepted: c.accepted })),
    config.cases,
  );
  console.log(JSON.stringify(answers));
} finally {
  await browser.close();
}
