// Undo and redo for every edit: buttons that name the action, the editor
// keys, the browser's own undo inside text boxes, and the history never
// reaching behind another tab's newer copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, stopAll, openApp, checkClean, waitSaved, storedPlan } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const undoButton = (page) => page.locator('.undo-redo .undo');
const redoButton = (page) => page.locator('.undo-redo .redo');
const title = (page) => page.getByLabel('Plan title', { exact: true });

/** Moves focus out of any text box, so the editor keys reach the app. */
async function focusPage(page) {
  await page.evaluate(() => document.activeElement?.blur());
}

test('undo and redo by button and by keyboard across several kinds of edit', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix/structure');
  assert.equal(await undoButton(page).isDisabled(), true, 'nothing to undo on a fresh page');

  // Typing in one field is one step, however many keystrokes.
  await title(page).fill('');
  await title(page).pressSequentially('Lincoln');
  await focusPage(page);
  assert.equal((await undoButton(page).textContent()).trim(), '↶ Undo: edit the plan title');

  // A delete is its own step, named for what it deleted.
  await page.getByRole('button', { name: 'Delete role Finance Officer', exact: true }).click();
  assert.equal((await undoButton(page).textContent()).trim(), '↶ Undo: delete role Finance Officer');

  // A rename committed on change.
  const area = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Area 1 of / }) })
    .getByRole('textbox', { name: 'Name' });
  const areaName = await area.inputValue();
  await area.fill('Equity');
  await area.press('Tab');
  assert.match(await undoButton(page).textContent(), /Undo: rename area /);

  // Ctrl+Z outside a text box takes back the rename, then the delete.
  await focusPage(page);
  await page.keyboard.press('Control+z');
  assert.equal(await area.inputValue(), areaName);
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: 'Delete role Finance Officer', exact: true }).waitFor();
  assert.equal((await redoButton(page).textContent()).trim(), '↷ Redo: delete role Finance Officer');

  // Ctrl+Y and Ctrl+Shift+Z do them again.
  await page.keyboard.press('Control+y');
  await page.getByRole('button', { name: 'Delete role Finance Officer', exact: true }).waitFor({ state: 'detached' });
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await area.inputValue(), 'Equity');
  assert.equal(await redoButton(page).isDisabled(), true);

  // The buttons walk the same history: back to the title before typing.
  for (let i = 0; i < 3; i += 1) await undoButton(page).click();
  assert.equal(await title(page).inputValue(), 'STEM leadership plan');
  await page.getByRole('button', { name: 'Delete role Finance Officer', exact: true }).waitFor();
  assert.equal(await undoButton(page).isDisabled(), true);
  await redoButton(page).click();
  assert.equal(await title(page).inputValue(), 'Lincoln');

  // Inside a text box Ctrl+Z is the browser's own: the app's history is untouched.
  const district = page.getByLabel('District', { exact: true });
  await district.click();
  await district.pressSequentially('Lincoln USD');
  await district.press('Control+z');
  assert.notEqual(await district.inputValue(), 'Lincoln USD', "the text box's own undo took back typing");
  assert.equal(await page.getByRole('button', { name: 'Delete role Finance Officer', exact: true }).count(), 1);
  assert.equal(await title(page).inputValue(), 'Lincoln', 'the app did not undo the title');

  // History is kept across sections and cleared on reload.
  await page.getByRole('link', { name: 'Teacher-leader roles' }).click();
  await page.locator('.undo-redo .undo:not([disabled])').waitFor();
  await waitSaved(page);
  await page.reload();
  await page.locator('.app-header').waitFor();
  assert.equal(await undoButton(page).isDisabled(), true, 'a reload starts a new history');
  assert.equal(await title(page).inputValue(), 'Lincoln');
  checkClean(page);
  await context.close();
});

test("undo in a tab that followed another tab's save never brings back the older plan", async () => {
  const context = await browser.newContext();
  const tabA = await openApp(context, server, '#matrix/structure');
  const tabB = await openApp(context, server, '#matrix');

  // Tab A deletes a role and saves; B follows.
  await tabA.getByRole('button', { name: 'Delete role Finance Officer', exact: true }).click();
  await waitSaved(tabA);
  await tabB.waitForFunction(
    () => ![...document.querySelectorAll('.mx-rolename')].some((n) => n.textContent === 'Finance Officer'),
  );

  // Tab B edits the title and saves; A, with nothing unsaved, follows.
  await title(tabB).fill("B's title");
  await waitSaved(tabB);
  await tabA.waitForFunction(() => document.querySelector('.plan-title input')?.value === "B's title");

  // A's history was cleared: neither the button nor the keys can undo past B's copy.
  assert.equal(await undoButton(tabA).isDisabled(), true);
  await focusPage(tabA);
  await tabA.keyboard.press('Control+z');
  assert.equal(await title(tabA).inputValue(), "B's title");
  assert.equal(await tabA.getByRole('button', { name: 'Delete role Finance Officer', exact: true }).count(), 0);

  // Storage keeps B's edit and A's delete.
  await waitSaved(tabA);
  const stored = await storedPlan(tabA);
  assert.equal(stored.document.title, "B's title");
  assert.ok(!stored.document.matrix.roles.some((r) => r.name === 'Finance Officer'));

  // A's own next edit is undoable again, back to B's copy and no further.
  await title(tabA).fill("A's title");
  await focusPage(tabA);
  await tabA.keyboard.press('Control+z');
  assert.equal(await title(tabA).inputValue(), "B's title");
  assert.equal(await undoButton(tabA).isDisabled(), true);
  checkClean(tabA);
  checkClean(tabB);
  await context.close();
});
