// Several plans in one browser: the one plan of earlier versions moves into the list, the URL
// names the open plan (a bookmark or a second tab opens it), two tabs on one plan stay safe and
// two tabs on two plans never disturb each other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, openPlanId, storedPlan, PLANS_PREFIX,
  LEGACY_PLAN_KEY, watch,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const title = (page) => page.getByLabel('Plan title', { exact: true });

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
