// Teacher-leader role journeys: a role from a template, every dimension
// edited by keyboard, the overview following, the portfolio's card actions,
// the printable description and plain-text copy, reload, export and import
// (including a file from another district with values of its own).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, exportPlan, chooseImportFile,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const COACH_SUMMARY =
  'Science teacher serves as district STEM instructional coach, providing resources and working with classroom teachers through modeling and coaching.';

/** Polls until `check()` is truthy (or fails after `ms`). */
async function until(check, message, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) assert.fail(message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const notice = (page) => page.locator('.notice[role="status"]');

/** Adds a role from the picker by keyboard: `steps` ArrowDowns from "Blank role". */
async function addByKeyboard(page, steps) {
  const picker = page.getByRole('combobox', { name: 'Start from' });
  await picker.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add role');
  await page.keyboard.press('Enter');
  await until(async () => (await focusedId(page)) === 'tl-title', 'focus moves to the new role title');
}

async function press(page, locator, ...keys) {
  await locator.focus();
  for (const key of keys) await page.keyboard.press(key);
}

/** The overview grid cell for a sphere row and a career stage column. */
async function gridCell(page, sphere, stage) {
  const table = page.locator('table.tl-grid');
  const headers = await table.locator('thead th').allTextContents();
  const col = headers.indexOf(stage);
  assert.ok(col > 0, `no column ${stage} in ${headers}`);
  const row = table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: sphere, exact: true }) });
  return (await row.locator('th, td').nth(col).textContent()).trim();
}

async function purposeCount(page, purpose) {
  const item = page.locator('.tl-coverage li').filter({ hasText: purpose });
  return (await item.locator('.tl-count').textContent()).trim();
}

test('a role from a template, every dimension edited by keyboard, and the overview follows', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#roles');
  await page.getByRole('heading', { name: 'Teacher-leader roles', level: 2 }).waitFor();
  await page.getByText('No roles yet').first().waitFor();

  // The picker previews the source's sentence before adding.
  await press(page, page.getByRole('combobox', { name: 'Start from' }), 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
  await page.locator('#tl-template-preview blockquote').filter({ hasText: COACH_SUMMARY }).waitFor();
  await press(page, page.getByRole('combobox', { name: 'Start from' }), 'Home');

  await addByKeyboard(page, 4);
  assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'District STEM instructional coach');
  assert.equal(await page.getByLabel('Summary').inputValue(), COACH_SUMMARY);
  const stage = page.getByRole('combobox', { name: 'Career stage' });
  const formality = page.getByRole('combobox', { name: 'Formality' });
  assert.equal(await stage.inputValue(), 'veteran');
  assert.equal(await formality.inputValue(), 'formal');
  assert.equal(await page.getByRole('combobox', { name: 'How the role is arranged' }).inputValue(), '');
  assert.equal(await page.getByRole('checkbox', { name: 'District', exact: true }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Instructional improvement' }).isChecked(), true);
  // The source's guidance describes each dimension.
  assert.match(
    await stage.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent),
    /Career stage: Where does the role fit on a teacher’s career development continuum\?/,
  );
  assert.equal(await gridCell(page, 'District', 'Veteran'), '1');

  // Title, holder, summary: typed, committed on leaving the field.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Middle school STEM coach');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End');
  await page.keyboard.type(' Works across grades 6-8.');
  await page.keyboard.press('Tab');
  await page.getByRole('heading', { name: 'Edit role: Middle school STEM coach' }).waitFor();

  // Career stage, formality, arrangement: arrow keys on the selects.
  await press(page, stage, 'ArrowDown');
  assert.equal(await stage.inputValue(), 'master_teacher');
  await press(page, formality, 'ArrowUp');
  assert.equal(await formality.inputValue(), 'informal');
  const arrangement = page.getByRole('combobox', { name: 'How the role is arranged' });
  await press(page, arrangement, 'ArrowDown', 'ArrowDown');
  assert.equal(await arrangement.inputValue(), 'hybrid');

  // Spheres, purposes, responsibilities: Space on checkboxes, Enter to add own values.
  await press(page, page.getByRole('checkbox', { name: 'School', exact: true }), 'Space');
  await press(page, page.getByLabel('Add another sphere of influence'), ...'Regional consortium'.split(''), 'Enter');
  await page.getByRole('button', { name: 'Remove sphere: Regional consortium' }).waitFor();
  await press(page, page.getByRole('checkbox', { name: 'Coaching peers' }), 'Space');
  await press(page, page.getByRole('checkbox', { name: 'Instructional improvement' }), 'Space');
  await page.getByLabel('Add another purpose').focus();
  await page.keyboard.type('Family engagement');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove purpose: Family engagement' }).waitFor();
  await press(page, page.getByRole('checkbox', { name: 'Coaching fellow teachers and modeling effective STEM instructional practices' }), 'Space');
  await press(page, page.getByRole('checkbox', { name: 'Developing STEM instructional materials' }), 'Space');
  await page.getByLabel('Add another responsibility').focus();
  await page.keyboard.type('Runs the STEM night');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Remove responsibility: Runs the STEM night' }).waitFor();

  // STEM focus.
  await press(page, page.getByRole('checkbox', { name: 'Integrated STEM' }), 'Space');
  await press(page, page.getByRole('checkbox', { name: 'Middle' }), 'Space');

  // Time and compensation; an out-of-range share is refused with a message.
  const share = page.getByLabel('Share of time leading (%)');
  await share.focus();
  await page.keyboard.type('140');
  await page.keyboard.press('Tab');
  assert.equal(await share.getAttribute('aria-invalid'), 'true');
  await page.getByText('Enter a whole number from 0 to 100').waitFor();
  await share.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  await page.getByText('40% leading, 60% teaching.').waitFor();
  assert.equal(await share.getAttribute('aria-invalid'), null);
  await page.keyboard.type('Stipend $3,000 a year');
  await page.keyboard.press('Tab');

  // The matrix role it serves, by name.
  const matrixRole = page.getByRole('combobox', { name: 'Matrix role' });
  await press(page, matrixRole, 'ArrowDown');
  const linkedId = await matrixRole.inputValue();
  assert.notEqual(linkedId, '', 'a matrix role is chosen');
  const linkedName = (await matrixRole.locator('option:checked').textContent()).trim();

  // Development plan: statuses by arrow keys, and an item of our own.
  const roleAlike = page.getByRole('combobox', { name: 'Status: Regular role-alike meetings of STEM teacher leaders' });
  await press(page, roleAlike, 'ArrowDown', 'ArrowDown');
  assert.equal(await roleAlike.inputValue(), 'in_progress');
  await page.getByLabel('Add another development item').focus();
  await page.keyboard.type('Summer institute');
  await page.keyboard.press('Enter');
  const own = page.getByRole('combobox', { name: 'Status: Summer institute' });
  await press(page, own, 'End');
  assert.equal(await own.inputValue(), 'done');

  // The overview follows every change.
  assert.equal(await gridCell(page, 'District', 'Veteran'), '–');
  assert.equal(await gridCell(page, 'District', 'Master teacher'), '1');
  assert.equal(await gridCell(page, 'School', 'Master teacher'), '1');
  assert.equal(await gridCell(page, 'Regional consortium', 'Master teacher'), '1');
  assert.equal(await purposeCount(page, 'Coaching peers'), '1 role');
  assert.equal(await purposeCount(page, 'Instructional improvement'), 'no role');
  assert.equal(await purposeCount(page, 'Family engagement'), '1 role');
  const uncovered = await page.locator('.tl-uncovered li').allTextContents();
  assert.equal(uncovered.length, 5);
  assert.ok(!uncovered.includes('Developing STEM instructional materials'));
  const card = page.locator('.tl-card').first();
  assert.match(await card.textContent(), /Held by Ana Ruiz/);
  assert.match(await card.textContent(), /Master teacher · Informal · School, District, Regional consortium/);

  // Everything is kept across a reload, selection included.
  await waitSaved(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Edit role: Middle school STEM coach' }).waitFor();
  assert.equal(await page.getByLabel('Holder (optional name)').inputValue(), 'Ana Ruiz');
  assert.equal(await stage.inputValue(), 'master_teacher');
  assert.equal(await formality.inputValue(), 'informal');
  assert.equal(await arrangement.inputValue(), 'hybrid');
  assert.equal(await share.inputValue(), '40');
  assert.equal(await page.getByLabel('Stipend or position notes').inputValue(), 'Stipend $3,000 a year');
  assert.equal(await matrixRole.inputValue(), linkedId);
  assert.equal(await roleAlike.inputValue(), 'in_progress');
  assert.equal(await own.inputValue(), 'done');
  assert.equal(await page.getByRole('checkbox', { name: 'Integrated STEM' }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Middle' }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Coaching fellow teachers and modeling effective STEM instructional practices' }).isChecked(), true);
  await page.getByRole('button', { name: 'Remove responsibility: Runs the STEM night' }).waitFor();

  // The description shows every dimension, with the matrix role by name.
  await page.getByRole('button', { name: 'View role description' }).click();
  const description = page.locator('article.tl-desc');
  const text = await description.textContent();
  for (const expected of [
    'Middle school STEM coach', 'Holder: Ana Ruiz', 'Works across grades 6-8.', 'Master teacher', 'Informal',
    '40% leading, 60% teaching', 'School; District; Regional consortium', 'Coaching peers; Family engagement',
    linkedName, 'Runs the STEM night', 'Integrated STEM', 'Middle', 'Stipend $3,000 a year',
    'Regular role-alike meetings of STEM teacher leaders — In progress', 'Summer institute — Done',
  ]) {
    assert.ok(text.includes(expected), `description lacks ${expected}`);
  }
  checkClean(page);
  await context.close();
});

test('portfolio cards: duplicate, reorder and delete with undo, by keyboard', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#roles');
  await addByKeyboard(page, 3); // Math teacher blogging on social justice in STEM
  await addByKeyboard(page, 6); // District TOSA
  await addByKeyboard(page, 0); // Blank role
  const titles = () => page.locator('.tl-card-title').allTextContents();
  assert.deepEqual(await titles(), [
    'Math teacher blogging on social justice in STEM',
    'District Teacher on Special Assignment (TOSA)',
    'Untitled role',
  ]);
  assert.equal(await page.getByRole('heading', { name: 'Edit role: Untitled role' }).count(), 1);

  // Duplicate puts a copy right after the original and selects it.
  await press(page, page.getByRole('button', { name: 'Duplicate: District Teacher on Special Assignment (TOSA)' }), 'Enter');
  await page.getByRole('heading', { name: 'Edit role: District Teacher on Special Assignment (TOSA) (copy)' }).waitFor();
  assert.equal((await titles())[2], 'District Teacher on Special Assignment (TOSA) (copy)');
  assert.equal(
    await page.getByRole('combobox', { name: 'Career stage' }).inputValue(),
    'master_teacher',
  );

  // Move the blank role to the top; focus stays on the card's buttons.
  const up = page.getByRole('button', { name: 'Move up: Untitled role' });
  const focusOn = (prefix) => until(async () => (await focusedId(page)).startsWith(prefix), `focus on ${prefix}…`);
  await press(page, up, 'Enter');
  await until(async () => (await titles())[2] === 'Untitled role', 'moved up once');
  await focusOn('tl-up-');
  await page.keyboard.press('Enter');
  await until(async () => (await titles())[1] === 'Untitled role', 'moved up twice');
  await focusOn('tl-up-');
  await page.keyboard.press('Enter');
  await until(async () => (await titles())[0] === 'Untitled role', 'moved to the top');
  assert.equal(await up.isDisabled(), true);
  await focusOn('tl-down-');
  await until(async () => /position 1 of 4/.test(await notice(page).textContent()), 'the move is announced');

  // Selecting a card by keyboard opens it in the editor.
  await press(page, page.getByRole('button', { name: 'Math teacher blogging on social justice in STEM', exact: true }), 'Enter');
  await page.getByRole('heading', { name: 'Edit role: Math teacher blogging on social justice in STEM' }).waitFor();

  // Delete, then undo.
  await press(page, page.getByRole('button', { name: 'Delete: Math teacher blogging on social justice in STEM' }), 'Enter');
  await page.getByText('Deleted role Math teacher blogging on social justice in STEM').waitFor();
  assert.equal((await titles()).length, 3);
  assert.equal(await gridCell(page, 'National networks', 'Veteran'), '–');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await until(async () => (await titles()).length === 4, 'undo brings the role back');
  assert.equal((await titles())[1], 'Math teacher blogging on social justice in STEM');
  assert.equal(await gridCell(page, 'National networks', 'Veteran'), '1');
  checkClean(page);
  await context.close();
});

test('role description: prints alone on one page, and copies as plain text', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await openApp(context, server, '#roles');
  await page.getByRole('textbox', { name: 'District', exact: true }).fill('Lincoln USD');
  await addByKeyboard(page, 4);
  for (const name of [
    'Coaching fellow teachers and modeling effective STEM instructional practices',
    'Designing and delivering STEM professional development',
    'Serving as peer observers and/or evaluators',
    'Interpreting data and facilitating school improvement',
    'Managing STEM program implementation',
    'Developing STEM instructional materials',
    'Conducting outreach to stakeholders and partners',
  ]) {
    await page.getByRole('checkbox', { name }).check();
  }
  await page.getByText('Every one of the seven example responsibilities is covered').waitFor();
  await page.getByRole('button', { name: 'Description: District STEM instructional coach' }).click();
  await page.getByRole('button', { name: 'Print' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'District STEM instructional coach', level: 3 }).count(), 1);
  assert.match(await page.locator('.tl-desc-org').textContent(), /Lincoln USD/);

  // In print, only the description is shown, and it fits on one page.
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.app-header', '.app-nav', '.tl-side', '.tl-overview', '.tl-desc-actions', '.tl-lead']) {
    assert.equal(await page.locator(selector).isVisible(), false, `${selector} is hidden in print`);
  }
  assert.equal(await page.locator('article.tl-desc').isVisible(), true);
  // page.pdf() prints with print media (unless screen media is emulated).
  await page.emulateMedia({ media: null });
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  const counts = [...pdf.matchAll(/\/Type\s*\/Pages[^>]*?\/Count (\d+)|\/Count (\d+)[^>]*?\/Type\s*\/Pages/g)]
    .map((m) => Number(m[1] ?? m[2]));
  assert.deepEqual(counts.length > 0 ? Math.max(...counts) : -1, 1, 'the description prints on one page');

  // Copy as plain text puts the description on the clipboard.
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await until(async () => /Copied/.test(await notice(page).textContent()), 'copy is confirmed');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^District STEM instructional coach\n=+\n/);
  for (const expected of [
    COACH_SUMMARY, 'Career stage: Veteran', 'Formality: Formal', 'Spheres of influence: District',
    'Purposes: Instructional improvement', '- Conducting outreach to stakeholders and partners',
  ]) {
    assert.ok(copied.includes(expected), `copied text lacks ${expected}`);
  }
  checkClean(page);
  await context.close();
});

test('without the Clipboard API the text is shown selected in a textarea', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  const page = await openApp(context, server, '#roles');
  await addByKeyboard(page, 1);
  await page.getByRole('button', { name: 'View role description' }).click();
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  const fallback = page.getByLabel('Role description as plain text');
  await fallback.waitFor();
  assert.match(await fallback.inputValue(), /^Preservice NSTA student chapter organizer\n/);
  await until(async () => /Copied|press Ctrl\+C/.test(await notice(page).textContent()), 'the outcome is announced');
  const selected = await fallback.evaluate((el) => el.selectionEnd - el.selectionStart);
  assert.equal(selected, (await fallback.inputValue()).length);
  checkClean(page);
  await context.close();
});

test('export and import keep roles; another district’s file shows its own values; matrix links follow renames', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(context, server, '#roles');
  await addByKeyboard(page, 5); // National Board Certified Teacher, statewide STEM network
  await page.getByRole('checkbox', { name: 'Associations' }).check();
  const matrixRole = page.getByRole('combobox', { name: 'Matrix role' });
  await matrixRole.selectOption({ index: 1 });
  const linkedId = await matrixRole.inputValue();
  await waitSaved(page);

  const exported = await exportPlan(page);
  const doc = JSON.parse(exported.text);
  const role = doc.teacher_roles.roles[0];
  assert.equal(role.career_stage, 'master_teacher');
  assert.equal(role.formality, 'formal');
  assert.deepEqual(role.spheres, ['state', 'associations']);
  assert.deepEqual(role.purposes, ['advocacy']);
  assert.equal(role.matrix_role, linkedId);

  // The same file imports back unchanged.
  await chooseImportFile(page, exported.name, exported.text);
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  const again = await exportPlan(page);
  assert.equal(again.text, exported.text);

  // Another district's file: its own sphere, purpose, responsibility and
  // development item, a sparse role, a renamed matrix role, a cleared link.
  const other = structuredClone(doc);
  const linked = other.matrix.roles.find((r) => r.id === linkedId);
  linked.name = 'Renamed coordinator role';
  other.teacher_roles.roles = [
    {
      ...role,
      title: 'Makerspace lead',
      spheres: ['school', 'County library system'],
      purposes: ['Family engagement'],
      responsibilities: ['outreach', 'Runs the maker fair'],
      development: [{ item: 'Fab lab certification', status: 'in_progress' }],
    },
    { id: 'r-77', title: 'Robotics club mentor', matrix_role_cleared: true },
  ];
  await chooseImportFile(page, 'other-district.json', JSON.stringify(other));
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  await page.goto(page.url().replace(/#.*$/, '') + '#roles');
  await page.getByRole('heading', { name: 'Edit role: Makerspace lead' }).waitFor();
  await page.getByRole('button', { name: 'Remove sphere: County library system' }).waitFor();
  await page.getByRole('button', { name: 'Remove purpose: Family engagement' }).waitFor();
  await page.getByRole('button', { name: 'Remove responsibility: Runs the maker fair' }).waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Status: Fab lab certification' }).inputValue(), 'in_progress');
  assert.equal(await page.getByRole('checkbox', { name: 'School', exact: true }).isChecked(), true);
  assert.equal((await matrixRole.locator('option:checked').textContent()).trim(), 'Renamed coordinator role');
  assert.equal(await gridCell(page, 'County library system', 'Master teacher'), '1');
  assert.equal(await purposeCount(page, 'Family engagement'), '1 role');

  // The role whose matrix link was cleared says so until dealt with.
  await page.getByRole('button', { name: 'Robotics club mentor', exact: true }).click();
  await page.getByText('The leadership matrix role this role served was deleted').waitFor();
  assert.match(await page.locator('.tl-card').nth(1).textContent(), /Matrix link cleared/);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  assert.equal(await page.getByText('The leadership matrix role this role served was deleted').count(), 0);
  checkClean(page);
  await context.close();
});
