// Lighthouse on every page of a built stand, run by tests/lighthouse.rs
// with a JSON config it writes: the folder of the built sites, the pages
// (paths under it) and Chromium's path.
//
// The pages are served over HTTP on the loopback interface (Lighthouse
// does not audit file:// pages), one Chromium serves every audit, and
// each page must score 100 for accessibility and best practices. The
// performance score is only held to a floor (70) that catches a page made
// slow, such as a script that blocks it for a second (46-52), and stays far
// below what load does to it: Lighthouse times the page's work on the
// machine that runs it, and under other builds a page scored 89 that
// scores 100 on an idle machine. What makes a page fast on a kiosk is
// required as well, measured in what the page is: its bytes, its elements,
// how far it shifts while it loads, and no request that blocks the first
// paint beyond its own stylesheet and assets/nav.js (see `budget` below).
// Prints a line per page and ends with "N passed, M failed"; exits 1 on
// any failure.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
};

const root = path.resolve(config.root);
const server = http.createServer((req, res) => {
  const file = path.resolve(root, '.' + decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

fs.mkdirSync(config.profile, { recursive: true });
const chrome = await chromeLauncher.launch({
  chromePath: config.chromium,
  userDataDir: config.profile,
  chromeFlags: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

// Budgets a page of the stand keeps, whatever the load. Bytes: the
// largest page, the self-check with its answers' data, is about 185 KB.
// Elements: under Lighthouse's limit for an excessive DOM (1,400; the
// self-check has about 1,200). Layout shift: the pages shift 0 (0.009 on
// the self-check, as its script takes over the form); 0.047 on every
// page, when the large-text switch was unhidden late, must fail. The two
// requests before the first paint are the stylesheet and assets/nav.js,
// both on purpose. (Lighthouse lists a blocking request only when its
// simulated download costs 50 ms or more, which under its default mobile
// throttling, used here, every request does: with the desktop preset or
// unthrottled, the count would read 0 whatever the page.)
const budget = { kilobytes: 250, elements: 1400, 'layout-shift': 0.02, 'blocking-requests': 2 };

let passed = 0;
let failed = 0;
try {
  for (const page of config.pages) {
    const result = await lighthouse(`${base}/${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'best-practices', 'performance'],
    });
    const lhr = result.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const scores = {
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      performance: score('performance'),
    };
    const audit = (id) => lhr.audits[id]?.numericValue ?? Infinity;
    const measured = {
      kilobytes: Math.round(audit('total-byte-weight') / 1024),
      elements: audit('dom-size'),
      'layout-shift': Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
      'blocking-requests': lhr.audits['render-blocking-resources']?.details?.items?.length ?? Infinity,
    };
    const short = [
      ...Object.entries({ accessibility: 100, 'best-practices': 100, performance: 70 })
        .filter(([id, min]) => scores[id] < min)
        .map(([id, min]) => `${id} ${scores[id]} (at least ${min})`),
      ...Object.entries(budget)
        .filter(([id, max]) => !(measured[id] <= max))
        .map(([id, max]) => `${id} ${measured[id]} (at most ${max})`),
    ];
    if (short.length === 0) {
      passed += 1;
      console.log(`ok ${page} ${JSON.stringify({ ...scores, ...measured })}`);
    } else {
      failed += 1;
      // The audits that cost the points, so the failure says what to mend.
      const lost = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      console.log(`FAILED ${page} ${JSON.stringify({ ...scores, ...measured })}: ${short.join(', ')}; audits short of full marks: ${lost.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
