// Merge a copy of the plan that someone else edited (issue 20): two copies of one plan, edited in
// different parts and on one common statement, merged with the conflict resolved by hand, checked,
// undone and redone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, exportPlan, chooseImportFile, checkLayoutAndAxe, PD_CELL,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const editor = (page) => page.getByRole('dialog');
const statement = (page, n) => editor(page).getByRole('group', { name: `Statement ${n}`, exact: true });

/** Sets statement `n` of the PD cell to `status` in the matrix grid. */
async function setPdStatus(page, n, status) {
  await page.goto(page.url().replace(/#.*$/, '') + '#matrix');
  await page.getByRole('button', { name: PD_CELL }).click();
  await statement(page, n).getByLabel('Status').selectOption(status);
  await editor(page).getByRole('button', { name: 'Close' }).click();
}

async function pdStatus(page, n) {
  await page.goto(page.url().replace(/#.*$/, '') + '#matrix');
  await page.getByRole('button', { name: PD_CELL }).click();
  const value = await statement(page, n).getByLabel('Status').inputValue();
  await editor(page).getByRole('button', { name: 'Close' }).click();
  return value;
}

async function firstActionStatus(page) {
  await page.goto(page.url().replace(/#.*$/, '') + '#implementation');
  return page.locator('.im-heading').first().locator('.im-action').first().getByLabel('Status');
}

test('two edited copies of one plan merge, the conflict chosen by hand; one Undo takes the merge back', async () => {
  // Mine: a plan saved to a file and sent to a colleague.
  const mine = await browser.newContext({ acceptDownloads: true, viewport: { width: 1366, height: 768 } });
  const page = await openApp(mine, server, '#matrix');
  await page.getByLabel('Plan title', { exact: true }).fill('Lincoln STEM plan');
  await waitSaved(page);
  const sent = await exportPlan(page);

  // The colleague's browser: opens the file, sets the common statement to Gap and marks an
  // action done (a part I do not touch), and sends it back.
  const theirs = await browser.newContext({ acceptDownloads: true });
  const colleague = await openApp(theirs, server, '#matrix');
  await chooseImportFile(colleague, sent.name, sent.text);
  await colleague.getByRole('button', { name: 'Replace current plan' }).click();
  await setPdStatus(colleague, 1, 'gap');
  await (await firstActionStatus(colleague)).selectOption('done');
  await waitSaved(colleague);
  const back = await exportPlan(colleague);
  await theirs.close();

  // Meanwhile, mine: the common statement In progress, and another statement In place.
  await setPdStatus(page, 1, 'in_progress');
  await setPdStatus(page, 2, 'in_place');
  await waitSaved(page);

  // Merge their file.
  await page.goto(page.url().replace(/#.*$/, '') + '#data');
  await page.getByLabel('Merge changes from a file…').setInputFiles({
    name: 'lincoln-from-coach.json', mimeType: 'application/json', buffer: Buffer.from(back.text, 'utf8'),
  });
  const summary = page.locator('.merge-summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), /1 conflict/);
  const conflict = page.locator('li.merge-conflict');
  assert.equal(await conflict.count(), 1, 'only the common statement is a conflict');
  assert.match(await conflict.textContent(), /Conflict: changed in this plan and in the file/);
  const changedIn = (side) => page.locator('li.merge-item', { has: page.locator('.merge-state', { hasText: new RegExp(`^Changed in ${side}$`) }) });
  const theirAction = changedIn('the file').first();
  assert.equal(await theirAction.getByRole('radio', { name: "Take the file's" }).isChecked(), true, 'their change is taken by default');
  const myStatement = changedIn('this plan').first();
  assert.equal(await myStatement.getByRole('radio', { name: "Keep this plan's" }).isChecked(), true, 'my change is kept by default');
  await checkLayoutAndAxe(page, 'the merge choices at 1366 px');
  await page.setViewportSize({ width: 360, height: 740 });
  await checkLayoutAndAxe(page, 'the merge choices at 360 px');
  await page.setViewportSize({ width: 1366, height: 768 });

  // Nothing is chosen for the conflict: Apply says so and changes nothing.
  await page.getByRole('button', { name: 'Apply the merge' }).click();
  await page.getByText(/Not merged yet: choose this plan's version or the file's for 1 conflict/).waitFor();
  // Resolved by hand: the file's Gap.
  await conflict.getByRole('radio', { name: "Take the file's" }).check();
  await page.getByRole('button', { name: 'Apply the merge' }).click();
  await page.getByText('Merged “lincoln-from-coach.json”.').first().waitFor();

  // Checked: their Gap and their action, my In place.
  assert.equal(await pdStatus(page, 1), 'gap');
  assert.equal(await pdStatus(page, 2), 'in_place');
  assert.equal(await (await firstActionStatus(page)).inputValue(), 'done');

  // One Undo takes the whole merge back; Redo makes it again.
  const undo = page.getByRole('button', { name: /^Undo: merge \d+ changes? from the file/ });
  await undo.click();
  assert.equal(await (await firstActionStatus(page)).inputValue(), 'not_started');
  assert.equal(await pdStatus(page, 1), 'in_progress');
  await page.getByRole('button', { name: /^Redo: merge/ }).click();
  assert.equal(await pdStatus(page, 1), 'gap');
  assert.equal(await (await firstActionStatus(page)).inputValue(), 'done');
  checkClean(page);
  await mine.close();
});

test('a file of another plan is refused unless the user insists; a bad file changes nothing', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(context, server, '#data');
  const merge = page.getByLabel('Merge changes from a file…');
  await merge.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "stem-', 'utf8') });
  await page.getByText('“broken.json” was not merged, and your plan is unchanged. The file is not valid JSON').waitFor();

  const { text } = await exportPlan(page);
  const other = { ...JSON.parse(text), title: 'Bryant plan', lineage: 'ln-00000000000000bb' };
  await merge.setInputFiles({ name: 'bryant.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other), 'utf8') });
  await page.getByText('“bryant.json” is not a copy of this plan').waitFor();
  await page.getByRole('button', { name: 'Compare it anyway' }).click();
  await page.locator('.merge-summary').waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'STEM leadership plan');
  checkClean(page);
  await context.close();
});
