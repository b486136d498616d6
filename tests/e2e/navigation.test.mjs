// The URL says where the user is: links, Back and Forward within a section
// show that place, and the place survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, stopAll, openApp, checkClean } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const selectedTab = (page) => page.locator('[role="tab"][aria-selected="true"]').textContent();

test('a link or Back within the matrix shows that view', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  assert.equal(await selectedTab(page), 'Grid');

  // A link to a view inside the section (as in a shared URL or a bookmark).
  await page.evaluate(() => { window.location.hash = '#matrix/summary'; });
  await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Summary');
  await page.evaluate(() => { window.location.hash = '#matrix/people'; });
  await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'People');

  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Summary');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Grid');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Summary');

  // Choosing a tab keeps the view in the URL without a history entry per click.
  await page.getByRole('tab', { name: 'Roles & areas' }).click();
  assert.match(page.url(), /#matrix\/structure$/);
  await page.reload();
  await page.locator('.app-header').waitFor();
  assert.equal(await selectedTab(page), 'Roles & areas');
  checkClean(page);
  await context.close();
});
