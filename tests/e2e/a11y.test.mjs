// Accessibility and layout: axe-core (WCAG 2.1 A/AA) finds no violations in
// any section, and no section scrolls sideways at 360 px or 1366x768.
import { test, before, after } from 'node:test';
import { readFile } from 'node:fs/promises';
import { startAll, stopAll, openApp, checkClean, checkLayoutAndAxe } from './harness.mjs';

const SECTIONS = ['#plans', '#matrix', '#roles', '#data', '#about'];

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

// The District section with a school's plan shown read only below the roll-up.
for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 740 }]) {
  test(`a school's plan in the District section at ${viewport.width}px: no axe violations, no sideways scroll`, async () => {
    const plan = JSON.parse(await readFile(new URL('../fixtures/schema/every-field-plan.json', import.meta.url), 'utf8'));
    const context = await browser.newContext({ viewport });
    const page = await openApp(context, server, '#district');
    await page.getByLabel('Open plan files…').setInputFiles({
      name: 'roosevelt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan), 'utf8'),
    });
    await page.getByRole('button', { name: plan.organization.school }).click();
    await page.getByRole('region', { name: plan.organization.school, exact: true }).waitFor();
    await checkLayoutAndAxe(page, `${plan.organization.school} at ${viewport.width}px`);
    checkClean(page);
    await context.close();
  });
}
