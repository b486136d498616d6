// Leadership matrix journeys: people and roles, statuses and the summary,
// custom roles and areas, delete and undo, reload, export and import into an
// empty browser; then the same journey by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, exportPlan, chooseImportFile,
  checkLayoutAndAxe, PD_CELL,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const COACH_ACCOUNTABILITY = 'Edit cell: (STEM) Instructional Coach, Accountability';

const tab = (page, name) => page.getByRole('tab', { name, exact: true });
const editor = (page) => page.getByRole('dialog');
const statement = (page, n) => editor(page).getByRole('group', { name: `Statement ${n}`, exact: true });
const overall = (page) => page.locator('.mx-overall');

async function openMatrix(page) {
  await page.goto(page.url().replace(/#.*$/, '') + '#matrix');
  await page.getByRole('heading', { name: 'Leadership matrix', exact: true }).waitFor();
}

/** The grid's column headers (role names), in order. */
async function columnNames(page) {
  return page.locator('.mx-grid thead .mx-rolename').allTextContents();
}

/** The grid's row headers (area names), in order. */
async function rowNames(page) {
  return page.locator('.mx-grid tbody th').allTextContents();
}

/** Presses Tab (or Shift+Tab) until `locator` has focus. */
async function tabTo(page, locator, { back = false, max = 250 } = {}) {
  await locator.waitFor({ timeout: 5000 });
  for (let i = 0; i < max; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement, null, { timeout: 2000 })) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${locator} by keyboard; focus is on ${await focusedName(page)}`);
}

/** Focus moves on the next animation frame after a re-render: poll briefly, then assert. */
async function expectFocus(page, pattern) {
  for (let i = 0; i < 20 && !pattern.test(await focusedName(page)); i++) {
    await page.waitForTimeout(50);
  }
  assert.match(await focusedName(page), pattern);
}

async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${el.textContent?.trim().slice(0, 80)}` : '';
  });
}

test('the default grid shows the published table', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  assert.deepEqual(await columnNames(page), [
    'District-level Administration', 'Finance Officer', 'Building-level Administration',
    '(STEM) Instructional Coach', 'Ecosystem Liaison(s)', 'Student Leaders',
  ]);
  assert.equal((await rowNames(page)).length, 10);
  assert.equal(await page.locator('.mx-grid td.mx-na').count(), 4);
  assert.equal(await page.locator('.mx-grid li.mx-st').count(), 77);
  await page.getByText('Provide STEM Education Leadership and teacher PD').waitFor();
  // Find: text and status. A query typed while the one before is still
  // reaching the cells wins.
  await page.getByLabel('Find text').fill('budget');
  await page.getByLabel('Find text').fill('volunteers');
  await page.getByText('2 of 77 statements match').waitFor();
  // The query reaches the cells a batch per task (ui/matrix/find.rs).
  await page.waitForFunction(() => [...document.querySelectorAll('.mx-grid li.mx-st')].filter((li) => !li.hidden).length === 2);
  assert.equal(await page.locator('.mx-grid li.mx-st:visible').count(), 2);
  assert.ok(await page.locator('.mx-grid .mx-hidden-count').count() > 0, 'cells say how many Find hides');
  await page.getByRole('button', { name: 'Clear find' }).click();
  // Find hides statements without redrawing them: clearing it shows all again.
  await page.waitForFunction(() => [...document.querySelectorAll('.mx-grid li.mx-st')].filter((li) => !li.hidden).length === 77);
  assert.equal(await page.locator('.mx-grid .mx-hidden-count').count(), 0);
  await page.getByLabel('Show status').selectOption('gap');
  await page.getByText('0 of 77 statements match').waitFor();
  checkClean(page);
  await context.close();
});

test('people, statuses, summary, custom role and area, undo, reload, export and import', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(context, server, '#matrix');

  // Assign a person to a role.
  await tab(page, 'People').click();
  await page.getByText('Roles nobody holds (6)').waitFor();
  await page.getByLabel('Name', { exact: true }).fill('Ana Ruiz');
  await page.getByLabel('Position', { exact: true }).fill('Superintendent');
  await page.getByRole('button', { name: 'Add person' }).click();
  const ana = page.getByRole('group', { name: 'Ana Ruiz', exact: true });
  await ana.getByRole('checkbox', { name: 'District-level Administration' }).check();
  await page.getByText('Roles nobody holds (5)').waitFor();

  // Statuses, and the summary follows.
  await tab(page, 'Summary').click();
  await overall(page).getByText('77 statements: 0 in place (0%), 0 in progress, 0 gaps, 77 not assessed.').waitFor();
  await tab(page, 'Grid').click();
  await page.getByRole('button', { name: PD_CELL }).click();
  await editor(page).getByRole('heading', { name: /District-level Administration/ }).waitFor();
  await statement(page, 1).getByLabel('Status').selectOption('in_place');
  await statement(page, 1).getByLabel('Owner').selectOption({ label: 'Ana Ruiz' });
  await statement(page, 2).getByLabel('Status').selectOption('gap');
  await statement(page, 2).getByLabel('Note').fill('No PD budget line yet');
  await statement(page, 2).getByLabel('Note').press('Tab');
  await statement(page, 3).getByLabel('Status').selectOption('in_progress');
  await editor(page).getByRole('button', { name: 'Close' }).click();
  assert.equal(await editor(page).count(), 0);
  // Heat map: color plus words for each status.
  const pdCell = page.locator('td', { has: page.getByRole('button', { name: PD_CELL }) });
  assert.equal(await pdCell.locator('li.mx-st-in_place').count(), 1);
  assert.equal(await pdCell.locator('li.mx-st-gap').count(), 1);
  assert.match(await pdCell.locator('li.mx-st-gap').textContent(), /Gap:/);

  await tab(page, 'Summary').click();
  await overall(page).getByText('77 statements: 1 in place (1%), 1 in progress, 1 gaps, 74 not assessed.').waitFor();
  const byRole = page.getByRole('table', { name: 'Coverage by role' });
  const districtRow = byRole.getByRole('row', { name: /District-level Administration/ });
  assert.deepEqual(
    (await districtRow.getByRole('cell').allTextContents()).map((t) => t.trim()),
    ['1', '1', '1', '14', '17', '6%'],
  );
  await page.locator('.mx-reflist').getByText('Provide STEM Education Leadership and teacher PD').waitFor();
  const load = page.getByRole('row', { name: /Ana Ruiz/ });
  assert.equal((await load.getByRole('cell').last().textContent()).trim(), '1');

  // A custom role and area.
  await tab(page, 'Roles & areas').click();
  await page.getByLabel('Role name').fill('School Board');
  await page.getByLabel('Example titles').last().fill('Elected trustees');
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByLabel('Area name').fill('Equity and Access');
  await page.getByRole('button', { name: 'Add area' }).click();
  await tab(page, 'Grid').click();
  assert.equal((await columnNames(page)).at(-1), 'School Board');
  assert.equal((await rowNames(page)).at(-1), 'Equity and Access');
  await page.getByRole('button', { name: 'Edit cell: School Board, Equity and Access' }).click();
  await editor(page).getByLabel('New statement').fill('Reviews equity data each term');
  await editor(page).getByRole('button', { name: 'Add statement' }).click();
  await statement(page, 1).waitFor();
  await editor(page).getByRole('button', { name: 'Close' }).click();
  await page.getByText('Reviews equity data each term').waitFor();

  // Delete a role, then undo.
  await tab(page, 'Roles & areas').click();
  await page.getByRole('button', { name: 'Delete role Finance Officer' }).click();
  await tab(page, 'Grid').click();
  assert.ok(!(await columnNames(page)).includes('Finance Officer'));
  await page.locator('.toast').getByText('Deleted role Finance Officer').waitFor();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  assert.equal((await columnNames(page))[1], 'Finance Officer');

  // Reload: everything is kept.
  await waitSaved(page);
  const before = {
    columns: await columnNames(page),
    rows: await rowNames(page),
  };
  await page.reload();
  await page.locator('.mx-grid').waitFor();
  assert.deepEqual(await columnNames(page), before.columns);
  assert.deepEqual(await rowNames(page), before.rows);
  await tab(page, 'Summary').click();
  await overall(page).getByText('78 statements: 1 in place (1%), 1 in progress, 1 gaps, 75 not assessed.').waitFor();

  // Export, then import into an empty browser: the same matrix.
  const exported = await exportPlan(page);
  const doc = JSON.parse(exported.text);
  assert.equal(doc.matrix.people[0].name, 'Ana Ruiz');
  assert.equal(doc.matrix.roles.at(-1).name, 'School Board');
  checkClean(page);

  const fresh = await browser.newContext();
  const other = await openApp(fresh, server, '#matrix');
  assert.equal((await columnNames(other)).length, 6);
  await chooseImportFile(other, exported.name, exported.text);
  await other.getByRole('button', { name: 'Replace current plan' }).click();
  await openMatrix(other);
  assert.deepEqual(await columnNames(other), before.columns);
  assert.deepEqual(await rowNames(other), before.rows);
  await tab(other, 'Summary').click();
  await overall(other).getByText('78 statements: 1 in place (1%), 1 in progress, 1 gaps, 75 not assessed.').waitFor();
  await tab(other, 'Grid').click();
  await other.getByRole('button', { name: PD_CELL }).click();
  assert.equal(await statement(other, 2).getByLabel('Note').inputValue(), 'No PD budget line yet');
  checkClean(other);
  await fresh.close();
  await context.close();
});

test('the same journey by keyboard alone', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  const keys = async (...list) => {
    for (const k of list) await page.keyboard.press(k);
  };

  // Tabs: Tab into the tab list, arrows to People.
  await tabTo(page, tab(page, 'Grid'));
  await keys('ArrowRight', 'ArrowRight', 'ArrowRight');
  assert.equal(await tab(page, 'People').getAttribute('aria-selected'), 'true');
  await expectFocus(page, /People/);

  // Add a person (Enter submits) and give them a role (Space ticks).
  await tabTo(page, page.getByLabel('Name', { exact: true }));
  await page.keyboard.type('Ben Cho');
  await keys('Tab');
  await page.keyboard.type('STEM coach');
  await keys('Enter');
  const ben = page.getByRole('group', { name: 'Ben Cho', exact: true });
  await ben.waitFor();
  await tabTo(page, ben.getByRole('checkbox', { name: '(STEM) Instructional Coach' }), { back: true });
  await keys('Space');
  assert.ok(await ben.getByRole('checkbox', { name: '(STEM) Instructional Coach' }).isChecked());

  // Back to the grid; arrows move between cells, Enter opens the editor.
  await tabTo(page, tab(page, 'People'), { back: true });
  await keys('Home');
  assert.equal(await tab(page, 'Grid').getAttribute('aria-selected'), 'true');
  await tabTo(page, page.getByRole('button', { name: 'Edit cell: District-level Administration, Decision-making' }));
  await keys('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown');
  await expectFocus(page, /\(STEM\) Instructional Coach, Accountability/);
  await keys('Enter');
  await editor(page).getByRole('heading', { name: /Instructional Coach/ }).waitFor();
  await expectFocus(page, /^H3/);

  // Status and owner with the keyboard.
  await tabTo(page, statement(page, 1).getByLabel('Status'));
  await keys('ArrowDown');
  assert.equal(await statement(page, 1).getByLabel('Status').inputValue(), 'in_place');
  await keys('Tab');
  await keys('ArrowDown');
  assert.equal(await statement(page, 1).getByLabel('Owner').inputValue() !== '', true);
  await tabTo(page, statement(page, 2).getByLabel('Status'));
  await keys('End');
  assert.equal(await statement(page, 2).getByLabel('Status').inputValue(), 'gap');

  // Escape closes the editor and returns focus to the cell.
  await keys('Escape');
  assert.equal(await editor(page).count(), 0);
  await expectFocus(page, /Instructional Coach, Accountability/);
  const cell = page.locator('td', { has: page.getByRole('button', { name: COACH_ACCOUNTABILITY }) });
  assert.equal(await cell.locator('li.mx-st-in_place').count(), 1);
  assert.equal(await cell.locator('li.mx-st-gap').count(), 1);

  // Summary follows.
  await tabTo(page, tab(page, 'Grid'), { back: true });
  await keys('End', 'ArrowLeft');
  assert.equal(await tab(page, 'Summary').getAttribute('aria-selected'), 'true');
  await overall(page).getByText('77 statements: 1 in place (1%), 0 in progress, 1 gaps, 75 not assessed.').waitFor();

  // Add a role, delete it, undo.
  await keys('ArrowRight');
  assert.equal(await tab(page, 'Roles & areas').getAttribute('aria-selected'), 'true');
  await tabTo(page, page.getByLabel('Role name'));
  await page.keyboard.type('Parent Council');
  await keys('Enter');
  await page.getByRole('group', { name: /Role 7 of 7: Parent Council/ }).waitFor();
  await tabTo(page, page.getByLabel('Area name'));
  await page.keyboard.type('Family Engagement');
  await keys('Enter');
  await page.getByRole('group', { name: /Area 11 of 11: Family Engagement/ }).waitFor();
  await tabTo(page, page.getByRole('button', { name: 'Delete area Family Engagement' }), { back: true });
  await keys('Enter');
  await page.locator('.toast').getByText('Deleted area Family Engagement').waitFor();
  await tabTo(page, page.getByRole('button', { name: 'Undo', exact: true }));
  await keys('Enter');
  await page.getByRole('group', { name: /Area 11 of 11: Family Engagement/ }).waitFor();

  // Reorder a role with the keyboard: focus stays on the button.
  await tabTo(page, page.getByRole('button', { name: /Earlier\s*: move role Parent Council one column left/ }), { back: true });
  await keys('Enter');
  await page.getByRole('group', { name: /Role 6 of 7: Parent Council/ }).waitFor();
  await expectFocus(page, /Earlier/);

  // Reload keeps it all, and the view in the URL.
  await waitSaved(page);
  await page.reload();
  await page.locator('.app-header').waitFor();
  assert.equal(await tab(page, 'Roles & areas').getAttribute('aria-selected'), 'true');
  await tabTo(page, tab(page, 'Roles & areas'));
  await keys('Home');
  await page.locator('.mx-grid').waitFor();
  const columns = await columnNames(page);
  assert.equal(columns[5], 'Parent Council');
  assert.equal((await rowNames(page)).at(-1), 'Family Engagement');
  const kept = page.locator('td', { has: page.getByRole('button', { name: COACH_ACCOUNTABILITY }) });
  assert.equal(await kept.locator('li.mx-st-in_place').count(), 1);
  checkClean(page);
  await context.close();
});

test('restoring a cell and the whole matrix asks first and can be undone', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  await page.getByRole('button', { name: PD_CELL }).click();
  await statement(page, 1).getByLabel('Text').fill('Our own wording');
  await statement(page, 1).getByLabel('Text').press('Tab');
  await statement(page, 3).getByRole('button', { name: 'Delete statement 3' }).click();
  assert.equal(await editor(page).getByRole('group').count(), 2);
  await editor(page).getByRole('button', { name: 'Restore cell to source' }).click();
  assert.equal(await editor(page).getByRole('group').count(), 3);
  assert.equal(await statement(page, 1).getByLabel('Text').inputValue(), 'Provides budgetary support for STEM Programming and PD');
  // N/A removes the statements; undo brings them back.
  await editor(page).getByLabel('Not applicable (N/A) for this role').check();
  assert.equal(await editor(page).getByRole('group').count(), 0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  assert.equal(await editor(page).getByRole('group').count(), 3);
  await editor(page).getByRole('button', { name: 'Close' }).click();

  await tab(page, 'Roles & areas').click();
  await page.getByRole('button', { name: 'Delete role Student Leaders' }).click();
  await page.getByRole('button', { name: 'Restore the whole matrix…' }).click();
  await page.getByText('Restore the whole matrix to the source text?').waitFor();
  await page.getByRole('button', { name: 'Restore matrix' }).click();
  await tab(page, 'Grid').click();
  assert.equal((await columnNames(page)).at(-1), 'Student Leaders');
  checkClean(page);
  await context.close();
});

test('the full grid responds quickly on a slow CPU', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.locator('.mx-grid').waitFor();
  // Typing in find re-filters all 60 cells.
  const start = Date.now();
  await page.getByLabel('Find text').fill('budget');
  await page.getByText(/of 77 statements match/).waitFor();
  const filterMs = Date.now() - start;
  // Switching views rebuilds the grid.
  const t2 = Date.now();
  await tab(page, 'By role').click();
  await tab(page, 'Grid').click();
  await page.locator('.mx-grid').waitFor();
  const switchMs = Date.now() - t2;
  assert.ok(filterMs < 1500, `filter took ${filterMs} ms`);
  assert.ok(switchMs < 2500, `view switch took ${switchMs} ms`);
  console.log(`4x CPU: filter ${filterMs} ms, view switch ${switchMs} ms`);
  checkClean(page);
  await context.close();
});

for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 740 }]) {
  test(`every matrix view and the cell editor at ${viewport.width}px: no axe violations, no sideways scroll`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await openApp(context, server, '#matrix');
    const check = (what) => checkLayoutAndAxe(page, what);
    // Some content in every state: a person, statuses, an owner.
    await tab(page, 'People').click();
    await page.getByLabel('Name', { exact: true }).fill('Ana Ruiz');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('checkbox', { name: 'District-level Administration' }).check();
    await tab(page, 'Grid').click();
    await page.getByRole('button', { name: PD_CELL }).click();
    await statement(page, 1).getByLabel('Status').selectOption('in_place');
    await statement(page, 1).getByLabel('Owner').selectOption({ label: 'Ana Ruiz' });
    await statement(page, 2).getByLabel('Status').selectOption('gap');
    await statement(page, 3).getByLabel('Status').selectOption('in_progress');
    await check('cell editor');
    await editor(page).getByRole('button', { name: 'Close' }).click();
    for (const name of ['Grid', 'By role', 'By area', 'People', 'Summary', 'Roles & areas']) {
      await tab(page, name).click();
      await check(name);
    }
    checkClean(page);
    await context.close();
  });
}

test('the matrix prints on landscape pages: no controls, and a header short enough to repeat', async () => {
  // Letter landscape less 1 cm margins is about 980 x 740 CSS px.
  const context = await browser.newContext({ viewport: { width: 980, height: 740 } });
  const page = await openApp(context, server, '#matrix');
  await page.locator('.mx-grid').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-nav').isVisible(), false, 'navigation is not printed');
  assert.equal(await page.locator('main button:visible').count(), 0, 'no buttons are printed');
  const header = await page.locator('.mx-grid thead').evaluate((el) => ({
    display: getComputedStyle(el).display, height: el.getBoundingClientRect().height,
  }));
  assert.equal(header.display, 'table-header-group');
  // Chromium repeats a header on each page only while it is at most a quarter of the page.
  assert.ok(header.height < 740 / 4, `the printed header is ${header.height}px tall`);
  const pdf = await page.pdf({ landscape: true, format: 'Letter', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
  assert.ok(pdf.length > 10_000, 'a PDF was produced');
  checkClean(page);
  await context.close();
});

test('the matrix view is kept in the URL across reloads', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  await tab(page, 'Summary').click();
  assert.match(page.url(), /#matrix\/summary$/);
  await page.reload();
  await page.locator('.app-header').waitFor();
  assert.equal(await tab(page, 'Summary').getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByRole('link', { name: 'Leadership matrix' }).getAttribute('aria-current'), 'page');
  checkClean(page);
  await context.close();
});

test('in a plan of many areas, rows out of view wait to be drawn, yet open without a shift and print whole', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server, '#matrix/structure');
  for (const name of ['Area eleven', 'Area twelve', 'Area thirteen']) {
    await page.getByLabel('Area name').fill(name);
    await page.getByRole('button', { name: 'Add area', exact: true }).click();
  }
  await waitSaved(page);
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(page.url().replace(/#.*$/, '#matrix'));
  await page.reload();
  await page.locator('.mx-grid').waitFor();
  assert.deepEqual(await rowNames(page).then((rows) => rows.slice(-3)), ['Area eleven', 'Area twelve', 'Area thirteen']);
  const visibility = (row) => page.locator('.mx-grid tbody tr').nth(row).locator('td.mx-cell').first()
    .evaluate((el) => getComputedStyle(el).contentVisibility);
  assert.equal(await visibility(0), 'visible', 'the first rows are always drawn');
  assert.equal(await visibility(12), 'auto', 'rows past the tenth wait until scrolled near');
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'nothing moved while the page opened');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await visibility(12), 'visible', 'every row is drawn on paper');
  checkClean(page);
  await context.close();
});

