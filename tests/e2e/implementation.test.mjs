// Implementation plan journeys: an action done with an owner and a date, a
// planning document adopted, costs and funding with their totals and gap,
// an edit undone with the Undo button, the stakeholder report (student
// names hidden by default, printed as PDF on Letter and A4 and its pages
// counted), axe-core at 1366 and 360 px, and reload keeping everything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, checkLayoutAndAxe,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

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

const tab = (page, name) => page.getByRole('tab', { name, exact: true });
const total = (page, which) => page.locator(`.im-totals dd[data-total="${which}"]`);

/** Counts the pages of a PDF by its page objects. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Prints the page as PDF on Letter and A4 and counts the pages. */
async function printedPages(page) {
  const pages = {};
  for (const format of ['Letter', 'A4']) {
    const pdf = await page.pdf({ format, preferCSSPageSize: true });
    if (process.env.REPORT_PDF_DIR) await writeFile(`${process.env.REPORT_PDF_DIR}/report-${format}.pdf`, pdf);
    pages[format] = pageCount(pdf);
  }
  return pages;
}

async function addPerson(page, name, role) {
  const form = page.locator('.mx-add-person');
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Add person' }).click();
  const card = page.locator('.mx-person').filter({ has: page.locator('legend', { hasText: name }) });
  await card.waitFor();
  if (role) await card.getByRole('checkbox', { name: role, exact: true }).check();
}

test('actions, documents, costs, undo, the report in print, axe and reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server, '#implementation/report');

  // The default plan's report prints on at most two portrait pages.
  await page.locator('article.im-report').waitFor();
  const fresh = await printedPages(page);
  console.log(`default plan's report: Letter ${fresh.Letter} pages, A4 ${fresh.A4} pages`);
  for (const format of ['Letter', 'A4']) {
    assert.ok(fresh[format] >= 1 && fresh[format] <= 2, `${format}: ${fresh[format]} pages`);
  }

  await page.goto(server.url + '#matrix/people');

  // People to own actions (one a student leader) and a teacher-leader role.
  await addPerson(page, 'Ana Ruiz', 'Building-level Administration');
  await addPerson(page, 'Sam Lee', 'Student Leaders');
  await page.goto(server.url + '#roles');
  await page.getByLabel('Start from').selectOption({ index: 4 });
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByLabel('Title', { exact: true }).waitFor();
  const roleTitle = await page.getByLabel('Title', { exact: true }).inputValue();

  // Considerations: the first action of the first heading done, with an owner and a date.
  await page.getByRole('link', { name: 'Implementation', exact: true }).click();
  await page.getByRole('heading', { name: 'Implementation', level: 2 }).waitFor();
  assert.match(page.url(), /#implementation/);
  const heading = page.locator('.im-heading').first();
  await heading.getByRole('heading', { name: 'Developing leadership skills' }).waitFor();
  const progress = heading.locator('.im-progress');
  const before = (await progress.textContent()).trim();
  const [, totalActions] = before.match(/^0 of (\d+) done$/) ?? [];
  assert.ok(Number(totalActions) > 0, `progress starts at none done: ${before}`);
  // The source's guidance is at hand, folded.
  await heading.locator('details.im-guidance summary').click();
  assert.ok(await heading.locator('details.im-guidance[open] blockquote p').first().isVisible());

  const action = heading.locator('.im-action').first();
  await action.getByLabel('Status').selectOption('done');
  await action.getByRole('combobox', { name: /^Owner of/ }).selectOption({ label: 'Ana Ruiz' });
  await action.getByLabel('Target date').fill('2026-10-15');
  await until(async () => (await progress.textContent()).trim() === `1 of ${totalActions} done`, 'the heading counts the done action');
  await until(async () => (await page.getByRole('button', { name: /^Undo: set target date of/ }).count()) === 1, 'Undo names the last edit');

  // Add an action of our own; an empty one is refused with a message.
  await heading.getByRole('button', { name: /^Add action/ }).click();
  await heading.locator('.im-add .im-error').filter({ hasText: 'empty' }).waitFor();
  await heading.getByLabel('New action').fill('Visit the partner district');
  await heading.getByRole('button', { name: /^Add action/ }).click();
  await until(async () => (await progress.textContent()).trim() === `1 of ${Number(totalActions) + 1} done`, 'the new action counts');

  // Planning documents: adopt the first.
  await tab(page, 'Planning documents').click();
  assert.match(page.url(), /#implementation\/documents$/);
  await page.getByText('0 of 10 documents adopted').waitFor();
  const doc = page.locator('.im-doc').first();
  await doc.getByLabel('Status').selectOption('adopted');
  await page.getByText('1 of 10 documents adopted').waitFor();
  // A location is a link only when it is a web address.
  await doc.getByLabel('Location').fill('Shared drive, STEM folder');
  await doc.getByLabel('Location').press('Tab');
  assert.equal(await doc.getByRole('link').count(), 0);
  await doc.getByLabel('Location').fill('https://example.org/plan');
  await doc.getByLabel('Location').press('Tab');
  const link = doc.getByRole('link', { name: /^Open/ });
  assert.equal(await link.getAttribute('rel'), 'noopener');
  assert.equal(await link.getAttribute('target'), '_blank');

  // Goals: all unpursued at first; one role takes the first.
  await tab(page, 'Goals').click();
  await page.getByText('⚠ 4 goals are pursued by no teacher-leader role.').waitFor();
  await page.locator('.im-goal').first().getByRole('checkbox', { name: roleTitle }).check();
  await page.getByText('⚠ 3 goals are pursued by no teacher-leader role.').waitFor();
  assert.equal(await page.locator('.im-goal[data-pursued="no"] .im-flag').count(), 3);

  // Sustainability: a year, a role's stipend, another cost, funding.
  await tab(page, 'Sustainability').click();
  await page.getByLabel('School year').fill('2026-27');
  await page.getByRole('button', { name: 'Add school year' }).click();
  const year = page.locator('.im-year');
  await year.getByRole('heading', { name: 'School year 2026-27' }).waitFor();
  await year.getByRole('button', { name: 'Add role cost' }).click();
  const roleLine = year.locator('.im-line').first();
  await roleLine.getByLabel('Priced by').selectOption('stipend');
  await roleLine.getByLabel('Stipend per person').fill('3,000');
  await roleLine.getByLabel('Stipend per person').press('Tab');
  await until(async () => (await total(page, 'ongoing').textContent()) === '$3,000.00', 'the stipend is an ongoing cost');

  // A bad amount is named and adds nothing.
  await year.getByLabel('Description').last().fill('Summer institute');
  await year.getByLabel('Amount', { exact: true }).last().fill('12,50');
  await year.getByRole('button', { name: 'Add cost' }).click();
  await year.getByText('Use commas only between thousands').waitFor();
  assert.equal(await year.locator('.im-line').count(), 1);
  await year.getByLabel('Amount', { exact: true }).last().fill('1,500');
  await year.getByLabel('Timing').last().selectOption('start_up');
  await year.getByRole('button', { name: 'Add cost' }).click();
  await until(async () => (await total(page, 'start-up').textContent()) === '$1,500.00', 'the start-up cost counts');

  await year.getByLabel('Funder').last().fill('STEM Foundation');
  await year.getByLabel('Source').last().selectOption('grant');
  await year.getByLabel('Funding amount').fill('2000');
  await year.getByRole('button', { name: 'Add funding' }).click();
  await until(async () => (await total(page, 'funding').textContent()) === '$2,000.00', 'funding counts');
  assert.equal(await total(page, 'cost').textContent(), '$4,500.00');
  assert.equal(await total(page, 'gap').textContent(), '$2,500.00');

  // Undo the funding with the header's Undo button, then redo it.
  await page.getByRole('button', { name: /^Undo: add funding “STEM Foundation”/ }).click();
  await until(async () => (await total(page, 'gap').textContent()) === '$4,500.00', 'undo takes the funding back');
  await page.getByRole('button', { name: /^Redo: add funding/ }).click();
  await until(async () => (await total(page, 'gap').textContent()) === '$2,500.00', 'redo puts it back');

  // The review date and its reminder.
  await page.getByLabel('Review date').fill('2020-01-15');
  await page.getByText('The review set for 2020-01-15 is due').waitFor();

  // The report: student leaders' names hidden unless turned on.
  await tab(page, 'Stakeholder report').click();
  const report = page.locator('article.im-report');
  await report.waitFor();
  const showNames = page.getByRole('checkbox', { name: 'Show student leaders’ names' });
  assert.equal(await showNames.isChecked(), false);
  await report.getByText('1 student leader (name not shown)').waitFor();
  assert.ok(!(await report.textContent()).includes('Sam Lee'), 'a student leader is not named by default');
  assert.ok((await report.textContent()).includes('Ana Ruiz'));
  assert.ok((await report.textContent()).includes('Unfunded gap$2,500.00'));
  assert.ok((await report.textContent()).includes('Actions done: 1 of'));
  assert.ok((await report.textContent()).includes('Planning documents adopted: 1 of 10'));
  await showNames.check();
  await report.getByText('Sam Lee').waitFor();
  await showNames.uncheck();
  await report.getByText('1 student leader (name not shown)').waitFor();
  // Families see no budget.
  await page.getByLabel('Audience').selectOption('families');
  await until(async () => !(await report.textContent()).includes('Unfunded gap'), 'families see no budget');
  await page.getByLabel('Audience').selectOption('board');
  await report.getByText('Unfunded gap').waitFor();

  // Print: no controls, only the report.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
  assert.equal(await page.locator('.app-nav').isVisible(), false);
  assert.ok(await report.isVisible());
  // Back to no emulation: `page.pdf()` prints with print media only then.
  await page.emulateMedia({ media: null });
  const filled = await printedPages(page);
  console.log(`filled plan's report: Letter ${filled.Letter} pages, A4 ${filled.A4} pages`);
  for (const format of ['Letter', 'A4']) {
    assert.ok(filled[format] >= 1 && filled[format] <= 2, `filled plan, ${format}: ${filled[format]} pages`);
  }

  // Reload keeps everything.
  await waitSaved(page);
  await page.reload();
  await page.locator('article.im-report').waitFor();
  await tab(page, 'Considerations').click();
  const reloaded = page.locator('.im-heading').first().locator('.im-action').first();
  assert.equal(await reloaded.getByLabel('Status').inputValue(), 'done');
  assert.equal(await reloaded.getByLabel('Target date').inputValue(), '2026-10-15');
  assert.equal(
    await reloaded.getByRole('combobox', { name: /^Owner of/ }).evaluate((s) => s.selectedOptions[0].textContent),
    'Ana Ruiz',
  );
  await tab(page, 'Planning documents').click();
  await page.getByText('1 of 10 documents adopted').waitFor();
  await tab(page, 'Sustainability').click();
  assert.equal(await total(page, 'gap').textContent(), '$2,500.00');
  assert.equal(await page.getByLabel('Review date').inputValue(), '2020-01-15');
  await tab(page, 'Stakeholder report').click();
  await page.locator('article.im-report').waitFor();
  const reloadedPages = await printedPages(page);
  console.log(`filled plan's report after reload: Letter ${reloadedPages.Letter} pages, A4 ${reloadedPages.A4} pages`);
  assert.deepEqual(reloadedPages, filled, 'the same report after a reload');
  checkClean(page);
  await context.close();
});

test('the implementation views are axe-clean at 1366 and 360 px', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server, '#implementation');
  await page.getByRole('heading', { name: 'Implementation', level: 2 }).waitFor();
  // A cost plan with lines, so the sustainability view shows its controls.
  await tab(page, 'Sustainability').click();
  await page.getByLabel('School year').fill('2026-27');
  await page.getByRole('button', { name: 'Add school year' }).click();
  await page.getByLabel('Description').fill('Materials kit');
  await page.getByLabel('Amount', { exact: true }).fill('800');
  await page.getByRole('button', { name: 'Add cost' }).click();
  await page.getByLabel('Funder').fill('District');
  await page.getByLabel('Funding amount').fill('500');
  await page.getByRole('button', { name: 'Add funding' }).click();
  await until(async () => (await total(page, 'gap').textContent()) === '$300.00', 'the gap shows');
  for (const width of [1366, 360]) {
    await page.setViewportSize({ width, height: 768 });
    for (const name of ['Considerations', 'Planning documents', 'Goals', 'Sustainability', 'Stakeholder report']) {
      await tab(page, name).click();
      await page.locator('#im-panel').waitFor();
      // Open the source's guidance too, so its text is checked.
      await page.evaluate(() => document.querySelectorAll('details.im-guidance').forEach((d) => { d.open = true; }));
      await checkLayoutAndAxe(page, `${name} at ${width}px`);
    }
  }
  // Keyboard: the tabs move with the arrow keys.
  await tab(page, 'Considerations').click();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Planning documents');
  assert.match(page.url(), /#implementation\/documents$/);
  checkClean(page);
  await context.close();
});
