// Accessibility and layout: axe-core (WCAG 2.1 A/AA) finds no violations in
// any section, and no section scrolls sideways at 360 px or 1366x768.
import { test, before, after } from 'node:test';
import { startAll, stopAll, openApp, checkClean, checkLayoutAndAxe } from './harness.mjs';

const SECTIONS = ['#matrix', '#roles', '#data', '#about'];

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 740 }]) {
  for (const hash of SECTIONS) {
    test(`${hash} at ${viewport.width}px: no axe violations, no sideways scroll`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await openApp(context, server, hash);
      await page.locator('main h2').first().waitFor();
      await checkLayoutAndAxe(page, hash);
      checkClean(page);
      await context.close();
    });
  }
}
