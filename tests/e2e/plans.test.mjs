// Several plans in one browser: the one plan of earlier versions moves into the list, the URL
// names the open plan (a bookmark or a second tab opens it), two tabs on one plan stay safe and
// two tabs on two plans never disturb each other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, openPlanId, storedPlan, PLANS_PREFIX,
  LEGACY_PLAN_KEY, watch, checkLayoutAndAxe, PD_CELL,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const title = (page) => page.getByLabel('Plan title', { exact: true });
const statementIn = (page, n) => page.getByRole('dialog').getByRole('group', { name: `Statement ${n}`, exact: true });

/** Opens plan `id` in a new tab by its URL, as a bookmark or a second tab does. */
async function openPlan(context, id, hash = '#matrix') {
  const page = watch(await context.newPage(), server);
  await page.goto(`${server.url}?plan=${id}${hash}`);
  await page.locator('.app-header').waitFor();
  return page;
}

/** Seeds, before the app starts, a kept plan `id` whose title is `name` (the default plan file). */
async function seedPlan(context, page, id, name) {
  const stored = await storedPlan(page);
  const document = { ...stored.document, title: name, lineage: `ln-${id.replace(/[^a-z0-9]/g, '')}` };
  await page.evaluate(([prefix, planId, text, about]) => {
    localStorage.setItem(prefix + planId, text);
    localStorage.setItem(`${prefix}${planId}/about`, about);
  }, [PLANS_PREFIX, id, JSON.stringify({ revision: 1, document }), JSON.stringify({ title: name, changed_ms: 1 })]);
}

test("the one plan of earlier versions moves into the list without loss, and the URL names it", async () => {
  const context = await browser.newContext();
  // What a browser holds from the version before several plans: a version 2 working copy.
  const setup = await openApp(context, server);
  const old = await storedPlan(setup);
  const legacy = {
    revision: 7,
    document: { ...old.document, version: 2, title: 'Lincoln plan from last version', lineage: undefined, school_year: undefined },
  };
  await setup.evaluate(() => localStorage.clear());
  await setup.evaluate(([key, text]) => localStorage.setItem(key, text), [LEGACY_PLAN_KEY, JSON.stringify(legacy)]);
  await setup.close();

  const page = await openApp(context, server);
  assert.equal(await title(page).inputValue(), 'Lincoln plan from last version');
  assert.equal(await openPlanId(page), 'p-first', 'the URL names the moved plan');
  const left = await page.evaluate((key) => localStorage.getItem(key), LEGACY_PLAN_KEY);
  assert.equal(left, null, 'the old key is gone once the plan is moved');
  const moved = await storedPlan(page);
  assert.equal(moved.revision, 7, 'the revision carries on');
  assert.equal(moved.document.title, 'Lincoln plan from last version');

  // The moved plan saves and reloads as any other.
  await title(page).fill('Lincoln plan, kept');
  await waitSaved(page);
  await page.reload();
  assert.equal(await title(page).inputValue(), 'Lincoln plan, kept');
  const saved = await storedPlan(page);
  assert.equal(saved.document.version, 3, 'saved in the current format');
  assert.match(saved.document.lineage, /^ln-[0-9a-f]{16}$/, 'the migration gave it a lineage');
  checkClean(page);
  await context.close();
});

test('the URL names the open plan: a bookmark opens it, and a link to a plan not here says so', async () => {
  const context = await browser.newContext();
  const first = await openApp(context, server);
  const firstId = await openPlanId(first);
  assert.match(firstId, /^p-[0-9a-f]{16}$/, 'a first visit keeps a plan at once and names it');
  await seedPlan(context, first, 'p-second', 'Second school');

  // A bookmark of the second plan opens it, whatever was open last.
  const second = await openPlan(context, 'p-second', '#roles');
  assert.equal(await title(second).inputValue(), 'Second school');
  assert.equal(new URL(second.url()).hash, '#roles', 'the place in the plan is kept');

  // A link to a plan this browser does not hold: the last opened plan, and a message.
  const missing = await openPlan(context, 'p-deleted', '#matrix');
  await missing.getByText('is not in this browser').waitFor();
  assert.equal(await title(missing).inputValue(), 'Second school', 'the plan this browser last opened');
  assert.equal(await openPlanId(missing), 'p-second', 'the URL now names the plan shown');
  await context.close();
});

test('two tabs on two plans never disturb each other, and both are kept across a reload', async () => {
  const context = await browser.newContext();
  const tabA = await openApp(context, server);
  await seedPlan(context, tabA, 'p-bryant', 'Bryant Elementary');
  const tabB = await openPlan(context, 'p-bryant', '#matrix');

  for (let round = 1; round <= 2; round += 1) {
    await title(tabA).fill(`Lincoln, edit ${round}`);
    await title(tabB).fill(`Bryant, edit ${round}`);
    await waitSaved(tabA);
    await waitSaved(tabB);
  }
  // Neither tab saw the other's plan as a change to its own.
  assert.equal(await title(tabA).inputValue(), 'Lincoln, edit 2');
  assert.equal(await title(tabB).inputValue(), 'Bryant, edit 2');
  assert.equal(await tabA.locator('.save-status[data-state="conflict"]').count(), 0);
  assert.equal(await tabB.locator('.save-status[data-state="conflict"]').count(), 0);

  await tabA.reload();
  await tabB.reload();
  assert.equal(await title(tabA).inputValue(), 'Lincoln, edit 2');
  assert.equal(await title(tabB).inputValue(), 'Bryant, edit 2');
  checkClean(tabA);
  checkClean(tabB);
  await context.close();
});

test('one plan open in two tabs by its URL: each follows the other\'s saves', async () => {
  // (A stale tab never saving over newer work is storage.test.mjs's journey.)
  const context = await browser.newContext();
  const tabA = await openApp(context, server);
  const id = await openPlanId(tabA);
  const tabB = await openPlan(context, id, '#roles');

  await title(tabA).fill('Edited in tab A');
  await waitSaved(tabA);
  await tabB.waitForFunction(() => document.querySelector('.plan-title input')?.value === 'Edited in tab A');
  await tabB.getByLabel('School', { exact: true }).fill('Edited in tab B');
  await waitSaved(tabB);
  await tabA.waitForFunction(() => [...document.querySelectorAll('.field input')].some((i) => i.value === 'Edited in tab B'));
  const kept = await storedPlan(tabA);
  assert.equal(kept.document.title, 'Edited in tab A');
  assert.equal(kept.document.organization.school, 'Edited in tab B');
  checkClean(tabA);
  checkClean(tabB);
  await context.close();
});

// ---- The Plans section ----

const plansPage = async (page) => {
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await page.getByRole('heading', { name: 'Plans in this browser' }).waitFor();
};
const planRow = (page, name) => page.locator('li.pl-plan', { has: page.getByRole('heading', { name, exact: true }) });

test('two plans created in Plans, switched between, and both kept across a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server);
  await title(page).fill('Lincoln Elementary');
  await waitSaved(page);
  const lincoln = await openPlanId(page);

  await plansPage(page);
  await checkLayoutAndAxe(page, 'Plans at 1366 px');
  await planRow(page, 'Lincoln Elementary').getByText('Open in this tab').waitFor();
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('plan') !== lincoln),
    page.getByRole('button', { name: "New plan from the source's defaults" }).click(),
  ]);
  await page.locator('.app-header').waitFor();
  assert.equal(await title(page).inputValue(), 'STEM leadership plan', 'the new plan starts from the defaults');
  await title(page).fill('Bryant Elementary');
  await waitSaved(page);

  await plansPage(page);
  await planRow(page, 'Bryant Elementary').getByText('Open in this tab').waitFor();
  const lincolnRow = planRow(page, 'Lincoln Elementary');
  await lincolnRow.getByText('2026-27').waitFor();
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('plan') === lincoln),
    lincolnRow.getByRole('link', { name: 'Open “Lincoln Elementary”' }).click(),
  ]);
  await page.locator('.app-header').waitFor();
  assert.equal(await title(page).inputValue(), 'Lincoln Elementary');

  await page.reload();
  assert.equal(await title(page).inputValue(), 'Lincoln Elementary');
  await plansPage(page);
  assert.equal(await page.locator('li.pl-plan').count(), 2, 'both plans are kept');
  await page.setViewportSize({ width: 360, height: 740 });
  await checkLayoutAndAxe(page, 'Plans at 360 px');

  // Delete the other plan, then take it back with Undo.
  await planRow(page, 'Bryant Elementary').getByRole('button', { name: 'Delete “Bryant Elementary”' }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await planRow(page, 'Bryant Elementary').waitFor();
  checkClean(page);
  await context.close();
});

test('the next school year: a linked plan for 2027-28, and progress over the years in the summary and the report', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(context, server, '#matrix');
  await title(page).fill('Lincoln Elementary 2026-27');
  // One statement in place this year.
  await page.getByRole('button', { name: PD_CELL }).click();
  await statementIn(page, 1).getByLabel('Status').selectOption('in_place');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await waitSaved(page);
  const lastYear = await openPlanId(page);

  await plansPage(page);
  await page.getByRole('button', { name: 'Start next school year from “Lincoln Elementary 2026-27”' }).click();
  await page.getByRole('radio', { name: "Keep this year's statuses" }).check();
  await page.getByRole('button', { name: "Create the next year's plan" }).click();
  await page.getByText('Started 2027-28').waitFor();
  const next = planRow(page, 'Lincoln Elementary 2027-28');
  await next.getByText('2027-28', { exact: true }).waitFor();
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('plan') !== lastYear),
    next.getByRole('link', { name: 'Open “Lincoln Elementary 2027-28”' }).click(),
  ]);
  await page.locator('.app-header').waitFor();
  assert.equal(await title(page).inputValue(), 'Lincoln Elementary 2027-28');
  const stored = await storedPlan(page);
  assert.equal(stored.document.school_year, '2027-28');
  const first = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).document, PLANS_PREFIX + lastYear);
  assert.equal(stored.document.lineage, first.lineage, 'the two years are linked');

  // This year, one more statement in place: the chart shows both years.
  await page.goto(page.url().replace(/#.*$/, '') + '#matrix');
  await page.getByRole('button', { name: PD_CELL }).click();
  await statementIn(page, 2).getByLabel('Status').selectOption('in_place');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'Summary', exact: true }).click();
  await page.getByRole('heading', { name: 'Progress over the years' }).waitFor();
  const chart = page.locator('svg[role="img"]').first();
  assert.match(await chart.getAttribute('aria-label'), /2026-27.*2027-28/);
  const table = page.getByRole('table', { name: 'Share of statements in place by school year' });
  const head = await table.locator('thead th').allTextContents();
  assert.deepEqual(head.slice(-2), ['2026-27', '2027-28']);
  const overallRow = await table.locator('tr.chart-overall td').allTextContents();
  assert.deepEqual(overallRow, ['1 %', '3 %'], '1 of 77 statements, then 2');
  await checkLayoutAndAxe(page, 'the summary with its progress chart');

  // The stakeholder report has the same numbers.
  await page.goto(page.url().replace(/#.*$/, '') + '#implementation/report');
  await page.getByRole('heading', { name: 'Progress over the years' }).first().waitFor();
  const reportTable = page.getByRole('table', { name: 'Share of statements in place by school year' }).last();
  assert.deepEqual(await reportTable.locator('tr').last().locator('td').allTextContents(), ['1 %', '3 %']);
  checkClean(page);
  await context.close();
});

test('a full quota and blocked storage: Plans says what to do and nothing is lost', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server);
  await title(page).fill('Kept before the quota filled');
  await waitSaved(page);
  await plansPage(page);
  // Fill what is left of the quota with another site's data (not the planner's keys).
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i += 1) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
    }
    for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try { localStorage.setItem(`filler-small-${size}`, 'x'.repeat(size)); } catch { /* full */ }
    }
  });
  await page.getByRole('button', { name: "New plan from the source's defaults" }).click();
  await page.getByText("This browser's storage is full").waitFor();
  assert.equal(await page.locator('li.pl-plan').count(), 1, 'no half-made plan');
  // The open plan is still saved and shown.
  assert.equal((await storedPlan(page)).document.title, 'Kept before the quota filled');
  checkClean(page);
  await context.close();

  // Blocked storage: the section says so and the plan lives on in the page.
  const blocked = await browser.newContext();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied', 'SecurityError'); } });
  });
  const off = await openApp(blocked, server, '#plans');
  await off.getByText('does not let the planner keep plans').first().waitFor();
  await title(off).fill('Only in this tab');
  assert.equal(await title(off).inputValue(), 'Only in this tab');
  await blocked.close();
});
