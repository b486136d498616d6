// Measures what the closing notes report, against the release build in dist/:
//   node scripts/measure.mjs [cpu-slowdown=6] [hash=#matrix]
// Prints, under CDP CPU throttling, the time from navigation start to the
// first render of the app shell and of the section's content (for #matrix:
// the full grid with all 77 statements), and for #matrix how long the grid
// takes to respond to typing in Find.
import { startServer, launchBrowser } from '../tests/e2e/harness.mjs';

const rate = Number(process.argv[2] ?? 6);
const hash = process.argv[3] ?? '#matrix';
const runs = 5;

const server = await startServer();
const browser = await launchBrowser();
const results = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    const seen = {};
    new MutationObserver(() => {
      if (!seen.shell && document.querySelector('.app-header')) seen.shell = performance.now();
      const content = location.hash.startsWith('#matrix')
        ? document.querySelectorAll('.mx-grid tbody tr').length >= 10
        : document.querySelector('main h2');
      if (!seen.content && content) seen.content = performance.now();
      window.__render = seen;
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(server.url + hash);
  await page.waitForFunction(() => window.__render?.shell && window.__render?.content);
  const result = await page.evaluate(() => window.__render);
  if (hash.startsWith('#matrix')) {
    const start = Date.now();
    await page.getByLabel('Find text').fill('budget');
    await page.getByText(/of 77 statements match/).waitFor();
    result.filter = Date.now() - start;
  }
  results.push(result);
  await context.close();
}
await browser.close();
server.close();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`CPU slowdown ${rate}x, ${runs} cold loads of ${hash}, median:`);
console.log(`  app shell rendered after ${median(results.map((r) => r.shell)).toFixed(0)} ms`);
console.log(`  section content rendered after ${median(results.map((r) => r.content)).toFixed(0)} ms`);
if (hash.startsWith('#matrix')) {
  console.log(`  Find re-filtered the grid in ${median(results.map((r) => r.filter))} ms (typing to updated count, via Playwright)`);
}
