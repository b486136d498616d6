// District: several schools' plan files opened at once (a broken one and
// one from a newer version listed with their messages, the others opened),
// kept across a reload, compared (also against the user's own plan), rolled
// up into a CSV that parses back; dropped files; a folder through a
// recording fake of showDirectoryPicker, read again on Refresh; the user's
// matrix as CSV; one school's plan read only from the roll-up, and "Open
// this plan" through the import confirmation (undone); many files read with
// progress and cancelled part way; axe at 1366 and 360 px. The user's own
// plan is never touched unless they confirm an import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startAll, stopAll, openApp, checkClean, exportPlan, checkLayoutAndAxe } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** The default plan as a school would send it: its school, title and some statuses. */
function schoolPlan(base, school, statusOf) {
  const doc = JSON.parse(base);
  doc.title = `${school} STEM plan`;
  doc.organization = { ...(doc.organization ?? {}), school };
  let n = 0;
  for (const cell of doc.matrix.cells) {
    for (const statement of cell.statements) statement.status = statusOf(n++);
  }
  return JSON.stringify(doc, null, 2);
}

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
const rows = (page) => page.locator('.dt-table').first().locator('tbody tr');
const ownTitle = (page) => page.getByLabel('Plan title').inputValue();
async function waitForTitle(page, title) {
  for (let i = 0; i < 50 && (await ownTitle(page)) !== title; i++) await page.waitForTimeout(100);
  assert.equal(await ownTitle(page), title);
}

test('five files: four schools and two messages; kept after reload; compared; CSV', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server);
  const myTitle = await ownTitle(page);
  const { text: base } = await exportPlan(page);

  const adams = schoolPlan(base, 'Adams Middle', (n) => (n % 2 ? 'gap' : 'in_place'));
  const bryantDoc = JSON.parse(schoolPlan(base, 'Bryant High', () => 'in_place'));
  bryantDoc.teacher_roles = { ...bryantDoc.teacher_roles, roles: [
    { id: 'tl-1', title: 'STEM coach', career_stage: 'master_teacher', spheres: ['school', 'district'] },
    { id: 'tl-2', title: 'Lab lead', career_stage: 'novice', spheres: ['school'] },
  ] };
  const bryant = JSON.stringify(bryantDoc);
  const carver = schoolPlan(base, 'Carver Elementary', (n) => (n % 3 ? 'in_progress' : 'gap'));
  const dewey = schoolPlan(base, 'Dewey K-8', () => 'not_assessed');
  const newer = JSON.stringify({ ...JSON.parse(base), version: 99 });

  await page.goto(server.url + '#district');
  await page.getByRole('heading', { name: 'District', level: 2 }).waitFor();
  await page.getByLabel('Open plan files…').setInputFiles([
    file('adams.json', adams),
    file('broken.json', '{"format": "stem-leadership-plan", '),
    file('bryant.json', bryant),
    file('future.json', newer),
    file('carver.json', carver),
  ]);
  await page.locator('.dt-problems li').nth(1).waitFor();
  await page.getByText('3 plans open.').waitFor();
  const messages = await page.locator('.dt-problems li').allTextContents();
  assert.equal(messages.length, 2);
  assert.match(messages[0], /^“broken\.json” was not opened\./);
  assert.match(messages[1], /^“future\.json” was not opened\./);
  assert.match(messages[1], /99/, 'says which version');
  // The fourth school, in a later batch.
  await page.getByLabel('Open plan files…').setInputFiles([file('dewey.json', dewey)]);
  await page.getByText('4 plans open.').waitFor();
  assert.equal(await rows(page).count(), 4);
  assert.deepEqual(await rows(page).locator('th').allTextContents(),
    ['Adams Middle', 'Bryant High', 'Carver Elementary', 'Dewey K-8']);
  assert.match(await rows(page).nth(1).locator('td').first().textContent(), /100%/);
  assert.match(await rows(page).nth(3).locator('td').first().textContent(), /0%/);
  // Cells take the matrix's status colours and icons: mostly in place, gaps leading, in progress, none assessed.
  const overallClasses = await rows(page).locator('td:nth-of-type(1)').evaluateAll((cells) => cells.map((c) => c.className));
  assert.deepEqual(overallClasses, ['dt-cell mx-st-gap', 'dt-cell mx-st-in_place', 'dt-cell mx-st-in_progress', 'dt-cell mx-st-not_assessed']);
  assert.match(await rows(page).nth(1).locator('td').first().textContent(), /^✓ 100%/);
  assert.equal(await page.locator('.dt-problems li').count(), 0, 'the later batch had no problems');
  // Teacher-leader roles across schools by career stage and sphere.
  const roles = page.getByRole('region', { name: 'Teacher-leader roles by career stage and sphere' });
  assert.match(await page.locator('.dt-wide').textContent(), /Teacher-leader roles \(2\)/);
  const masterRow = await roles.locator('tr', { has: page.locator('th', { hasText: 'Master teacher' }) }).locator('td').allTextContents();
  assert.deepEqual(masterRow, ['1', '1'], 'school and district columns');
  assert.equal(await ownTitle(page), myTitle, 'my plan is unchanged');

  // Reload: the four are still there (once IndexedDB has them: the notice comes after).
  await page.locator('.notice', { hasText: 'Opened 1 plan file.' }).waitFor();
  await page.reload();
  await page.getByText('4 plans open.').waitFor();
  assert.equal(await rows(page).count(), 4);

  // Sorting by the share in place over all areas, best first.
  const allAreas = page.getByRole('button', { name: /^All areas/ });
  await allAreas.click();
  assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1);
  assert.equal(await rows(page).first().locator('th').textContent(), 'Bryant High');

  // Compare: Bryant against Adams shows status changes.
  await page.getByLabel('Earlier plan').selectOption({ label: 'Bryant High (bryant.json)' });
  await page.getByLabel('Later plan').selectOption({ label: 'Adams Middle (adams.json)' });
  await page.locator('.dt-diff li').first().waitFor();
  assert.match(await page.locator('.dt-diff').textContent(), /In place → Gap/);
  assert.match(await page.locator('.dt-compared').textContent(), /From Bryant High \(bryant\.json\) to Adams Middle \(adams\.json\)/);

  // Against my own plan (all statements not assessed yet), by keyboard.
  await page.getByLabel('Later plan').focus();
  await page.getByLabel('Later plan').selectOption({ label: 'My plan' });
  await page.waitForFunction(() => /to my plan/.test(document.querySelector('.dt-compared')?.textContent));
  assert.match(await page.locator('.dt-diff').textContent(), /In place → Not assessed/);

  // Sorting by keyboard: Enter on the Gaps header's button sorts most gaps first.
  await page.getByRole('button', { name: /^Gaps/ }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('th[aria-sort="descending"]').textContent(), 'Gaps▼');
  assert.equal(await rows(page).first().locator('th').textContent(), 'Adams Middle', 'half its statements are gaps');
  await allAreas.click();

  // The roll-up as CSV, parsed back.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the roll-up (CSV)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^district-roll-up-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'starts with a BOM');
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.match(lines[0], /^School,All areas \(% in place\),/);
  assert.equal(lines.length, 5, 'a header and four schools');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]),
    ['Bryant High', 'Adams Middle', 'Carver Elementary', 'Dewey K-8'], 'in the table order');
  assert.equal(lines[1].split(',')[1], '100');

  assert.equal(await ownTitle(page), myTitle, 'my plan is unchanged');
  checkClean(page);
  await context.close();
});

test('dropped files open in the district view, not as an import; Clear empties it', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server);
  const myTitle = await ownTitle(page);
  const { text: base } = await exportPlan(page);
  const text = schoolPlan(base, 'Eliot Elementary', () => 'gap');
  await page.goto(server.url + '#district');
  const transfer = await page.evaluateHandle((t) => {
    const data = new DataTransfer();
    data.items.add(new File([t], 'eliot.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.locator('.dt-open').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByText('1 plan open.').waitFor();
  assert.equal(new URL(page.url()).hash, '#district', 'no import was started');
  assert.equal(await rows(page).first().locator('th').textContent(), 'Eliot Elementary');
  assert.match(await page.locator('.dt-wide').textContent(), /Statements most often marked as gaps/);

  // My plan's matrix as CSV: one row per statement.
  const [matrixDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Download my plan's matrix (CSV)" }).click(),
  ]);
  const matrixCsv = await readFile(await matrixDownload.path(), 'utf8');
  assert.ok(matrixCsv.startsWith('\uFEFFArea,Role,Statement,Status,Owner,Note\r\n'));
  const statements = JSON.parse(base).matrix.cells.reduce((n, c) => n + c.statements.length, 0);
  assert.equal((matrixCsv.match(/,Not assessed,/g) ?? []).length, statements, 'every statement of my plan, none of Eliot\'s gaps');

  // "Open as my plan" goes through the import confirmation; cancelled, nothing changes.
  await page.getByText('Opened files').click();
  await page.getByRole('button', { name: 'Open eliot.json as my plan…' }).click();
  await page.waitForURL(/#data$/);
  assert.match(await page.locator('#import-confirm-text').textContent(), /with “Eliot Elementary STEM plan” from eliot\.json\?/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await ownTitle(page), myTitle);
  await page.goto(server.url + '#district');
  await page.getByText('1 plan open.').waitFor();

  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByText('No plans open yet.').waitFor();
  // Forgotten in the browser too (IndexedDB answers after the page shows it).
  await page.locator('.notice', { hasText: 'Closed every opened plan.' }).waitFor();
  await page.reload();
  await page.getByText('0 plans open.').waitFor();
  assert.equal(await ownTitle(page), myTitle);
  checkClean(page);
  await context.close();
});

test('a folder: every plan file in it opens; Refresh reads it again (recording fake of showDirectoryPicker)', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    // The folder's entries, set by the test; calls recorded.
    window.__folder = { entries: [], pickerCalls: [], reads: 0 };
    const fileHandle = ({ name, text }) => ({
      kind: 'file', name,
      async getFile() { return new File([text], name, { type: 'application/json' }); },
    });
    window.showDirectoryPicker = async (options) => {
      window.__folder.pickerCalls.push(JSON.parse(JSON.stringify(options ?? {})));
      return {
        kind: 'directory', name: 'District plans',
        async queryPermission() { return 'granted'; },
        async *values() {
          window.__folder.reads += 1;
          yield { kind: 'directory', name: 'archive.json' };
          for (const entry of window.__folder.entries) yield fileHandle(entry);
        },
      };
    };
  });
  const page = await openApp(context, server);
  const myTitle = await ownTitle(page);
  const { text: base } = await exportPlan(page);
  await page.goto(server.url + '#district');
  await page.evaluate((entries) => { window.__folder.entries = entries; }, [
    { name: 'adams.json', text: schoolPlan(base, 'Adams Middle', () => 'gap') },
    { name: 'notes.txt', text: 'not a plan' },
    { name: 'bryant.JSON', text: schoolPlan(base, 'Bryant High', () => 'in_place') },
  ]);
  await page.getByRole('button', { name: 'Open a folder…' }).click();
  await page.getByText('2 plans open.').waitFor();
  assert.deepEqual(await rows(page).locator('th').allTextContents(), ['Adams Middle', 'Bryant High']);
  const log = await page.evaluate(() => window.__folder);
  assert.equal(log.pickerCalls.length, 1);
  assert.equal(log.pickerCalls[0].mode, 'read');

  // A school adds its file to the folder; Refresh reads it without asking again.
  await page.evaluate((entry) => window.__folder.entries.push(entry),
    { name: 'carver.json', text: schoolPlan(base, 'Carver Elementary', () => 'in_progress') });
  await page.getByRole('button', { name: /^Refresh/ }).click();
  await page.getByText('3 plans open.').waitFor();
  const after = await page.evaluate(() => window.__folder);
  assert.equal(after.pickerCalls.length, 1, 'Refresh did not ask for the folder again');
  assert.equal(after.reads, 2);
  assert.equal(await ownTitle(page), myTitle);
  checkClean(page);
  await context.close();
});

test('a school from the roll-up: its plan read only, in the URL; "Open this plan" asks, and Undo brings mine back', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server);
  const myTitle = await ownTitle(page);
  const { text: base } = await exportPlan(page);
  const adamsDoc = JSON.parse(schoolPlan(base, 'Adams Middle', (n) => (n % 2 ? 'gap' : 'in_place')));
  const [firstRole] = adamsDoc.matrix.roles;
  adamsDoc.matrix.people = [{ id: 'person-1', name: 'Rosa Delgado', position: 'Principal', roles: [firstRole.id] }];
  const firstCell = adamsDoc.matrix.cells.find((c) => !c.not_applicable && c.statements.length > 1);
  const [first, second] = firstCell.statements;
  assert.notEqual(first.status, second.status, 'two statements of one cell with different statuses');
  const statusWords = { in_place: 'In place', gap: 'Gap' };
  await page.goto(server.url + '#district');
  await page.getByLabel('Open plan files…').setInputFiles([
    file('adams.json', JSON.stringify(adamsDoc)),
    file('bryant.json', schoolPlan(base, 'Bryant High', () => 'in_place')),
  ]);
  await page.getByText('2 plans open.').waitFor();

  // By keyboard: the school's name in its row is a button.
  const adamsButton = rows(page).first().getByRole('button', { name: 'Adams Middle' });
  await adamsButton.focus();
  await page.keyboard.press('Enter');
  const view = page.getByRole('region', { name: 'Adams Middle', exact: true });
  await view.waitFor();
  assert.equal(new URL(page.url()).hash, '#district/adams.json');
  assert.equal(await adamsButton.getAttribute('aria-pressed'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'dt-school-heading');
  // The summary: the tally overall and per area, who holds which role.
  const statements = adamsDoc.matrix.cells.reduce((n, c) => n + c.statements.length, 0);
  const gaps = Math.floor(statements / 2);
  assert.match(await view.locator('.mx-overall').textContent(),
    new RegExp(`^${statements} statements: ${statements - gaps} in place \\(\\d+%\\), 0 in progress, ${gaps} gaps, 0 not assessed\\.$`));
  assert.equal(await view.getByRole('region', { name: 'Coverage by area' }).locator('tbody tr').count(), adamsDoc.matrix.areas.length);
  assert.match(await view.locator('.dt-holders').textContent(), new RegExp(`${firstRole.name}: Rosa Delgado`));
  assert.match(await view.locator('.dt-holders').textContent(), /Nobody holds this role/);
  // The grid: real statements with their statuses, and nothing to edit.
  const grid = view.getByRole('region', { name: 'Adams Middle: leadership matrix, read only' });
  assert.equal(await grid.locator('tbody tr').count(), adamsDoc.matrix.areas.length);
  for (const statement of [first, second]) {
    const item = grid.locator('li', { hasText: statement.text });
    assert.match(await item.first().textContent(), new RegExp(`^\\S*${statusWords[statement.status]}: `));
    assert.equal(await item.first().getAttribute('class'), `mx-st mx-st-${statement.status}`);
  }
  assert.equal(await view.locator('input, select, textarea, [contenteditable]').count(), 0, 'read only');
  assert.deepEqual(await view.getByRole('button').allTextContents(), ['Open this plan', 'Close']);

  // Close returns to the roll-up, focus on the school's button; the URL too.
  await view.getByRole('button', { name: 'Close' }).click();
  await view.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.classList.contains('dt-school-link'));
  assert.equal(await adamsButton.getAttribute('aria-pressed'), 'false');

  // A link to the school opens it after a reload (the plans come from IndexedDB).
  await page.locator('.notice', { hasText: 'Opened 2 plan files.' }).waitFor();
  await page.goto(server.url + '#district/bryant.json');
  await page.reload();
  await page.getByRole('region', { name: 'Bryant High', exact: true }).waitFor();
  assert.equal(await ownTitle(page), myTitle, 'looking changed nothing');

  // "Open this plan" asks first; confirmed, my plan is Bryant's; Undo brings mine back.
  await page.getByRole('button', { name: 'Open this plan' }).click();
  await page.waitForURL(/#data$/);
  assert.match(await page.locator('#import-confirm-text').textContent(), /with “Bryant High STEM plan” from bryant\.json\?/);
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  await waitForTitle(page, 'Bryant High STEM plan');
  await page.locator('.undo-redo .undo').click();
  await waitForTitle(page, myTitle);
  checkClean(page);
  await context.close();
});

test('many files: progress while reading; Cancel keeps what was read and says so', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server);
  const myTitle = await ownTitle(page);
  const { text: base } = await exportPlan(page);
  const files = Array.from({ length: 60 }, (_, i) =>
    file(`school-${String(i + 1).padStart(2, '0')}.json`, schoolPlan(base, `School ${i + 1}`, (n) => (n + i) % 3 ? 'in_place' : 'gap')));
  await page.goto(server.url + '#district');
  await page.getByRole('heading', { name: 'District', level: 2 }).waitFor();
  // Slowed down, so the reading lasts long enough to be cancelled part way.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.getByLabel('Open plan files…').setInputFiles(files);
  // Pressed from inside the page as soon as 3 files are read, so the press
  // surely comes while reading goes on (a click from outside may come late).
  const seen = await page.waitForFunction(() => {
    const bar = document.querySelector('.dt-progress progress');
    if (!(Number(bar?.value) >= 3)) return false;
    const status = document.querySelector('.dt-status').textContent;
    [...document.querySelectorAll('.dt-progress button')].find((b) => b.textContent === 'Cancel').click();
    return { max: bar.getAttribute('max'), status, name: bar.getAttribute('aria-label') };
  });
  const { max, status, name } = await seen.jsonValue();
  assert.equal(max, '60');
  assert.equal(name, 'Plan files read');
  assert.match(status, /^Reading \d+ of 60 files…$/);
  const notice = page.locator('.notice', { hasText: /^Stopped reading:/ });
  await notice.waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const [, read] = (await notice.textContent()).match(/^Stopped reading: (\d+) of 60 files were read and stay open; the other \d+ were not opened\.$/);
  assert.ok(Number(read) >= 3 && Number(read) < 60, `${read} of 60 read`);
  await page.getByText(`${read} plans open.`).waitFor();
  assert.equal(await rows(page).count(), Number(read));
  assert.equal(await page.getByRole('progressbar').count(), 0, 'the progress bar is gone');
  assert.equal(await ownTitle(page), myTitle);
  checkClean(page);
  await context.close();
});

test('Cancel while the kept plans come back after a reload: the next visit opens what this one shows', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server);
  const { text: base } = await exportPlan(page);
  const files = Array.from({ length: 120 }, (_, i) => file(`kept-${String(i + 1).padStart(2, '0')}.json`, schoolPlan(base, `School ${i + 1}`, () => 'in_place')));
  await page.goto(server.url + '#district');
  await page.getByLabel('Open plan files…').setInputFiles(files);
  // Said once they are kept in this browser.
  await page.locator('.notice', { hasText: 'Opened 120 plan files.' }).waitFor();
  // Lists of many plans are drawn a group per task, and end whole.
  await page.waitForFunction(() => document.querySelectorAll('.dt-files li').length === 120);
  assert.equal(await page.getByLabel('Earlier plan').locator('option').count(), 122, 'every plan, "My plan" and "Choose a plan"');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  // Cancel is pressed from inside the page the moment 3 files are read
  // (a DOM observer), so the press surely comes while restoring goes on;
  // once only (this tab's sessionStorage), not on the reload after.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const bar = document.querySelector('.dt-progress progress');
      if (sessionStorage.getItem('test-cancelled') || !(Number(bar?.value) >= 3)) return;
      sessionStorage.setItem('test-cancelled', 'yes');
      observer.disconnect();
      [...document.querySelectorAll('.dt-progress button')].find((b) => b.textContent === 'Cancel').click();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.reload();
  const notice = page.locator('.notice', { hasText: /^Stopped reading:/ });
  await notice.waitFor({ timeout: 60000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const [, read] = (await notice.textContent()).match(/^Stopped reading: (\d+) of 120 files were read and stay open; the other \d+ were not opened\. They are no longer kept in this browser\.$/);
  assert.ok(Number(read) >= 3 && Number(read) < 120, `${read} of 120 read`);
  await page.getByText(`${read} plans open.`).waitFor();
  await page.reload();
  await page.getByText(`${read} plans open.`).waitFor();
  assert.equal(await rows(page).count(), Number(read), 'only the plans shown come back');
  checkClean(page);
  await context.close();
});

for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 740 }]) {
  test(`the district view at ${viewport.width}px: no axe violations, no sideways scroll`, async () => {
    const context = await browser.newContext({ viewport });
    const page = await openApp(context, server);
    const { text: base } = await exportPlan(page);
    await page.goto(server.url + '#district');
    await page.getByLabel('Open plan files…').setInputFiles([
      file('a.json', schoolPlan(base, 'Adams Middle', (n) => (n % 2 ? 'gap' : 'in_place'))),
      file('b.json', schoolPlan(base, 'Bryant High', (n) => (n % 3 ? 'in_progress' : 'in_place'))),
      file('bad.json', 'not json'),
    ]);
    await page.getByText('2 plans open.').waitFor();
    await page.locator('.dt-problems li').first().waitFor();
    await page.getByLabel('Earlier plan').selectOption({ label: 'Adams Middle (a.json)' });
    await page.locator('.dt-diff li').first().waitFor();
    await page.getByText('Opened files').click();
    await page.getByRole('button', { name: 'Open a.json as my plan…' }).waitFor();
    await page.getByRole('button', { name: 'Bryant High' }).click();
    await page.getByRole('region', { name: 'Bryant High', exact: true }).waitFor();
    await checkLayoutAndAxe(page, `district at ${viewport.width}px`);
    checkClean(page);
    await context.close();
  });
}
