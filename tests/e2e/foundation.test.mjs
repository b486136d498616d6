// Foundation journeys: autosave and reload, export and import, bad files,
// unreadable saved data, sections in the URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, exportPlan, chooseImportFile, planKey,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

test('an edited title is kept after reload', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server);
  const title = page.getByLabel('Plan title', { exact: true });
  await title.fill('Lincoln USD STEM plan');
  await page.getByLabel('District', { exact: true }).fill('Lincoln USD');
  await waitSaved(page);
  await page.reload();
  await assert.doesNotReject(title.waitFor());
  assert.equal(await title.inputValue(), 'Lincoln USD STEM plan');
  assert.equal(await page.getByLabel('District', { exact: true }).inputValue(), 'Lincoln USD');
  assert.match(await page.title(), /^Lincoln USD STEM plan/);
  checkClean(page);
  await context.close();
});

test('the current section is kept in the URL across reloads', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#about');
  await page.getByRole('heading', { name: 'About this planner' }).waitFor();
  await page.getByRole('link', { name: 'Data' }).click();
  assert.match(page.url(), /#data$/);
  await page.reload();
  await page.getByRole('heading', { name: 'Data', exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Data' }).getAttribute('aria-current'), 'page');
  checkClean(page);
  await context.close();
});

test('export, reset, import the exported file: the same plan comes back, and undo works', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(context, server);
  await page.getByLabel('Plan title', { exact: true }).fill('Roosevelt STEM plan');
  await page.getByLabel('School', { exact: true }).fill('Roosevelt Elementary');
  await waitSaved(page);

  const exported = await exportPlan(page);
  assert.match(exported.name, /^roosevelt-stem-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(exported.text);
  assert.equal(doc.format, 'stem-leadership-plan');
  assert.equal(doc.version, 3);
  assert.equal(doc.title, 'Roosevelt STEM plan');

  await page.getByRole('button', { name: 'Reset to the default plan…' }).click();
  await page.getByRole('button', { name: 'Reset plan' }).click();
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'STEM leadership plan');
  assert.equal(await page.getByLabel('School', { exact: true }).inputValue(), '');

  await chooseImportFile(page, exported.name, exported.text);
  await page.getByText(`with “Roosevelt STEM plan” from ${exported.name}?`).waitFor();
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'Roosevelt STEM plan');
  assert.equal(await page.getByLabel('School', { exact: true }).inputValue(), 'Roosevelt Elementary');
  const again = await exportPlan(page);
  assert.equal(again.text, exported.text, 'the re-exported plan is identical');

  // One click undoes the import.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'STEM leadership plan');
  checkClean(page);
  await context.close();
});

test('a broken file shows a specific message and leaves the plan unchanged', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server);
  await page.getByLabel('Plan title', { exact: true }).fill('Keep me');
  await waitSaved(page);

  await chooseImportFile(page, 'broken.json', '{\n  "format": "stem-leadership-plan",\n  "version": 1,,\n}');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /“broken\.json” was not imported.*line 3, column 16/);
  assert.equal(await page.getByRole('button', { name: 'Replace current plan' }).count(), 0);

  await chooseImportFile(page, 'future.json', '{"format": "stem-leadership-plan", "version": 7}');
  await page.getByText('made by a newer version of the planner').waitFor();

  await chooseImportFile(page, 'other.json', '{"format": "stem-leadership-plan", "version": 1, "title": 5}');
  await page.getByText('problem at title').waitFor();

  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'Keep me');
  await page.reload();
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'Keep me');
  checkClean(page);
  await context.close();
});

test('unreadable saved data: the app still starts, says so, and keeps the text for download', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const corrupt = '{"revision": 4, "document": {"format": "stem-leadership-plan", "version": 1, "title": tru';
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('stem-leadership-planner/plan', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, corrupt);
  const page = await openApp(context, server);
  const banner = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await banner.waitFor();
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'STEM leadership plan');

  // An edit autosaves, but the backup of the unreadable text stays.
  await page.getByLabel('Plan title', { exact: true }).fill('Fresh start');
  await waitSaved(page);
  // The one plan of earlier versions moved into the list, its unreadable text with it.
  const backupKey = await planKey(page, 'unreadable');
  const backup = await page.evaluate((k) => localStorage.getItem(k), backupKey);
  assert.equal(backup, corrupt);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the unreadable saved text' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^unreadable-saved-plan-.*\.txt$/);
  checkClean(page);
  await context.close();
});

test('a plan file dropped on the page is checked and imported after confirmation', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(context, server, '#matrix');
  const drop = async (name, text) => {
    const transfer = await page.evaluateHandle(([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      return data;
    }, [name, text]);
    await page.dispatchEvent('.app', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
  };

  await drop('notes.json', '{"hello": "world"}');
  await page.getByRole('alert').filter({ hasText: '“notes.json” was not imported' }).waitFor();
  assert.match(page.url(), /#data$/, 'a dropped file opens Data, where the result is shown');
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'STEM leadership plan');

  await page.getByLabel('Plan title', { exact: true }).fill('Dropped plan');
  await waitSaved(page);
  const exported = await exportPlan(page);
  await page.getByLabel('Plan title', { exact: true }).fill('Changed after export');
  await drop(exported.name, exported.text);
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'Dropped plan');
  checkClean(page);
  await context.close();
});

test('the content security policy runs the app and blocks injected scripts and styles, and a journey sees it', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  // The app itself (Trunk's hashed loader, the wasm, the section chunks) runs under the policy.
  for (const [link, heading] of [['Teacher-leader roles', 'Teacher-leader roles'], ['District', 'District'], ['Leadership matrix', 'Leadership matrix']]) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
  }
  checkClean(page);
  // What the policy must block, added as an attacker's text would be: nothing of it runs, and
  // each block is reported to the journey, which `checkClean` then fails.
  const ran = await page.evaluate(async () => {
    window.__ran = false;
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true;';
    document.head.append(script);
    const styled = document.createElement('div');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    await new Promise((resolve) => { setTimeout(resolve, 200); });
    return window.__ran;
  });
  assert.equal(ran, false, 'an injected inline script ran');
  const violations = page.problems.filter((p) => p.startsWith('content security policy violation'));
  assert.ok(violations.some((v) => v.includes('script-src')), `the blocked script is reported: ${page.problems.join(' | ')}`);
  assert.ok(violations.some((v) => v.includes('style-src')), `the blocked style is reported: ${page.problems.join(' | ')}`);
  assert.throws(() => checkClean(page), /console errors|foreign/);
  await context.close();
});
