// Saved work survives two tabs, a full quota and storage the browser refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, stopAll, openApp, checkClean, waitSaved, exportPlan, planKey, storedPlan } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

test('two tabs edit in turn and both edits survive a reload', async () => {
  const context = await browser.newContext();
  const tabA = await openApp(context, server);
  const tabB = await openApp(context, server);

  await tabA.getByLabel('Plan title', { exact: true }).fill('Edited in tab A');
  await waitSaved(tabA);
  // Tab B had nothing unsaved, so it follows A's save.
  await tabB.waitForFunction(() => document.querySelector('.plan-title input')?.value === 'Edited in tab A');

  await tabB.getByLabel('District', { exact: true }).fill('Edited in tab B');
  await waitSaved(tabB);
  await tabA.waitForFunction(() => [...document.querySelectorAll('.field input')].some((i) => i.value === 'Edited in tab B'));

  await tabA.reload();
  assert.equal(await tabA.getByLabel('Plan title', { exact: true }).inputValue(), 'Edited in tab A');
  assert.equal(await tabA.getByLabel('District', { exact: true }).inputValue(), 'Edited in tab B');
  checkClean(tabA);
  checkClean(tabB);
  await context.close();
});

test('a stale tab never saves over newer work', async () => {
  const context = await browser.newContext();
  const tabB = await openApp(context, server);
  await tabB.getByLabel('Plan title', { exact: true }).fill('First version');
  await waitSaved(tabB);
  // Another tab saves newer work that tab B has not heard about yet: the
  // write lands between B's edit and B's debounced save (a tab never gets
  // storage events for its own writes, so B stays unaware).
  const key = await planKey(tabB);
  const stored = await storedPlan(tabB);
  stored.revision += 5;
  stored.document.title = 'Newer work from A';
  const newer = JSON.stringify(stored);
  await tabB.getByLabel('School', { exact: true }).fill('Stale edit in B');
  await tabB.evaluate(([k, text]) => localStorage.setItem(k, text), [key, newer]);
  await tabB.locator('.save-status[data-state="conflict"]').waitFor();
  await tabB.getByText('This plan was changed in another tab').waitFor();

  const kept = await storedPlan(tabB);
  assert.equal(kept.document.title, 'Newer work from A', 'the newer work was not overwritten');
  assert.equal(kept.document.organization.school, '');

  await tabB.getByRole('button', { name: 'Load the newer copy' }).click();
  assert.equal(await tabB.getByLabel('Plan title', { exact: true }).inputValue(), 'Newer work from A');
  await tabB.locator('.save-status[data-state="saved"]').waitFor();
  checkClean(tabB);
  await context.close();
});

test('a full quota shows the banner, and export still returns the latest edit', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const page = await openApp(context, server);
  await page.evaluate(() => { window.__quotaFull = true; });
  await page.getByLabel('Plan title', { exact: true }).fill('Latest edit while full');
  const banner = page.getByRole('alert').filter({ hasText: 'Your changes could not be saved in this browser; its storage may be full' });
  await banner.waitFor();
  await page.locator('.save-status[data-state="failed"]').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export a file now' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(doc.title, 'Latest edit while full');

  // Leaving now asks first.
  let asked = false;
  page.on('dialog', async (dialog) => {
    asked = dialog.type() === 'beforeunload';
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(asked, 'closing with unsaved work asks first');

  const again = await openApp(context, server);
  await again.evaluate(() => { window.__quotaFull = false; });
  await again.getByLabel('Plan title', { exact: true }).fill('Saved once space is free');
  await waitSaved(again);
  assert.equal(await again.getByRole('alert').count(), 0);
  checkClean(again);
  await context.close();
});

test('storage the browser refuses: the app starts, says nothing is kept, and export works', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  const page = await openApp(context, server);
  await page.getByText('nothing will be kept after you close this tab').waitFor();
  await page.getByLabel('Plan title', { exact: true }).fill('Only in memory');
  const exported = await exportPlan(page);
  assert.equal(JSON.parse(exported.text).title, 'Only in memory');
  checkClean(page);
  await context.close();
});
