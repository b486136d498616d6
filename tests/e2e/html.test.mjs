// The Nu HTML checker (vnu.jar from npm `vnu-jar`, on Java) on the page as it is served and as
// each section renders it: no errors and no warnings (one h1 per page, a heading order it
// accepts, valid attributes). Its notes ("info") are left out. Java: scripts/setup.sh --test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startAll, stopAll, openApp, checkClean, DIST } from './harness.mjs';

const VNU = createRequire(import.meta.url)('vnu-jar');

/** What the checker finds in `html` that is an error or a warning, as lines to read. */
function check(html) {
  return new Promise((resolve, reject) => {
    const child = execFile('java', ['-jar', VNU, '--format', 'json', '--stdout', '-'], { maxBuffer: 1 << 24 }, (error, stdout) => {
      // vnu exits 1 when it reports anything; its report is on stdout either way.
      let report;
      try {
        report = JSON.parse(stdout);
      } catch {
        reject(error ?? new Error(`vnu printed no report: ${stdout.slice(0, 200)}`));
        return;
      }
      resolve(report.messages
        .filter((m) => m.type === 'error' || m.subType === 'warning')
        // Checked from stdin, the page has no origin for the policy's 'self', and the checker
        // does not compute script hashes: it would call every file and the loader blocked.
        // The browser enforces the policy in every journey (harness `watch`).
        .filter((m) => !/violates Content Security Policy/.test(m.message))
        .map((m) => `${m.subType ?? m.type}: ${m.message} (line ${m.lastLine}: ${(m.extract ?? '').trim().slice(0, 80)})`));
    });
    child.stdin.end(html);
  });
}

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

test('the page as served (the shell shown while the app loads) passes the Nu checker', async () => {
  assert.deepEqual(await check(await readFile(`${DIST}/index.html`, 'utf8')), []);
});

test('every section as rendered passes the Nu checker', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server, '#matrix');
  const sections = [
    ['plans', 'Plans'], ['matrix', 'Leadership matrix'], ['matrix/people', 'Leadership matrix'], ['roles', 'Teacher-leader roles'],
    ['implementation', 'Implementation'], ['district', 'District'], ['data', 'Data'], ['about', 'About this planner'],
  ];
  const found = [];
  for (const [hash, heading] of sections) {
    await page.goto(`${server.url}#${hash}`);
    await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    await page.waitForTimeout(300);
    const html = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);
    for (const problem of await check(html)) found.push(`#${hash}: ${problem}`);
  }
  assert.deepEqual(found, []);
  checkClean(page);
  await context.close();
});
