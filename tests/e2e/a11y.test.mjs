// Accessibility and layout: axe-core (WCAG 2.1 A/AA) finds no violations in
// any section, and no section scrolls sideways at 360 px or 1366x768.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openApp, checkClean } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const SECTIONS = ['#matrix', '#roles', '#data', '#about'];

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function axeViolations(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  });
}

for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 740 }]) {
  for (const hash of SECTIONS) {
    test(`${hash} at ${viewport.width}px: no axe violations, no sideways scroll`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await openApp(context, server, hash);
      await page.locator('main h2').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      assert.deepEqual(await axeViolations(page), []);
      checkClean(page);
      await context.close();
    });
  }
}
