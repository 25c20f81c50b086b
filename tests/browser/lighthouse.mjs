// Lighthouse on every page of a built stand, run by tests/lighthouse.rs
// with a JSON config it writes: the folder of the built sites, the pages
// (paths under it) and Chromium's path.
//
// The pages are served over HTTP on the loopback interface (Lighthouse
// does not audit file:// pages), one Chromium serves every audit, and
// each page must score 100 for accessibility and best practices, and at
// least 95 for performance (the self-check, the one page that runs a
// script as the visitor answers, is reported, and must reach 90).
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
    const interactive = page.endsWith('/self-check.html');
    const wanted = { accessibility: 100, 'best-practices': 100, performance: interactive ? 90 : 95 };
    const short = Object.entries(wanted).filter(([id, min]) => scores[id] < min);
    if (short.length === 0) {
      passed += 1;
      console.log(`ok ${page} ${JSON.stringify(scores)}`);
    } else {
      failed += 1;
      // The audits that cost the points, so the failure says what to mend.
      const lost = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      console.log(`FAILED ${page} ${JSON.stringify(scores)}: ${lost.join(', ')}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
