// Sections and heavier views arrive on demand (src/ui/on_demand.rs): a first visit to the
// matrix fetches none of their code, every place opens from a cold deep link, a part that
// cannot be fetched says so and loads on "Try again" while the rest keeps working, a part
// arriving moves nothing on the page, and after one visit every part opens offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startAll, stopAll, openApp, checkClean, waitSaved, reloadUnderWorker, checkLayoutAndAxe,
} from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** A chunk of the split build (its code, or its section's stylesheet), by file name. */
const CHUNK = /\/(split_|chunk_)[\w-]+\.wasm$/;
const chunksIn = (paths) => paths.filter((p) => CHUNK.test(p));

/** Each place a link can name, and what shows there once its part has arrived. */
const PLACES = [
  { hash: '#plans', heading: 'Plans', shows: 'The plans kept in this browser' },
  { hash: '#roles', heading: 'Teacher-leader roles', shows: 'Describe the STEM teacher-leader roles' },
  { hash: '#implementation/goals', heading: 'Implementation', shows: 'Plan what to do as you implement' },
  { hash: '#district', heading: 'District', shows: 'Open the plan files of several schools' },
  { hash: '#data', heading: 'Data', shows: 'Your plan lives in this browser' },
  { hash: '#about', heading: 'About this planner', shows: 'The STEM Leadership Planner helps' },
  { hash: '#matrix/people', heading: 'Leadership matrix', tab: 'People' },
  { hash: '#matrix/summary', heading: 'Leadership matrix', tab: 'Summary' },
  { hash: '#matrix/structure', heading: 'Leadership matrix', tab: 'Roles & areas' },
];

/** The place a link names, by its hash. */
const PLACE = (hash) => PLACES.find((place) => place.hash === hash);

async function showsPlace(page, place) {
  await page.getByRole('heading', { level: 2, name: place.heading, exact: true }).waitFor();
  if (place.shows) await page.locator('main').getByText(place.shows).first().waitFor();
  if (place.tab) {
    await page.waitForFunction((tab) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === tab, place.tab);
    await page.locator('#mx-panel .section-frame-status').waitFor({ state: 'detached' });
  }
}

test('a first visit to the matrix fetches no other part; each place opens from a cold deep link', async () => {
  // No service worker here: its install fetches every part in the background, by design.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const seen = server.requests.length;
  const page = await openApp(context, server, '#matrix');
  await page.locator('.mx-grid li.mx-st').first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(chunksIn(server.requests.slice(seen)), [], 'the matrix needs no chunk');
  const styles = await page.evaluate(() => [...document.styleSheets].map((s) => s.href?.split('/').pop() ?? 'inline'));
  assert.ok(styles.every((href) => !/^(plans|roles|implementation|district)-/.test(href)), `only the matrix's styles: ${styles}`);
  checkClean(page);
  await context.close();

  for (const place of PLACES) {
    const cold = await browser.newContext({ serviceWorkers: 'block' });
    const before = server.requests.length;
    const deep = await openApp(cold, server, place.hash);
    await showsPlace(deep, place);
    if (!place.tab) assert.ok(chunksIn(server.requests.slice(before)).length > 0, `${place.hash} came in its own part`);
    checkClean(deep);
    await cold.close();
  }
});

test('Back and Forward move between parts that arrived on demand', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  await page.getByRole('link', { name: 'Teacher-leader roles' }).click();
  await showsPlace(page, PLACE('#roles'));
  await page.getByRole('link', { name: 'District' }).click();
  await showsPlace(page, PLACE('#district'));
  await page.goBack();
  await showsPlace(page, PLACE('#roles'));
  await page.goBack();
  await page.locator('.mx-grid li.mx-st').first().waitFor();
  await page.goForward();
  await showsPlace(page, PLACE('#roles'));
  checkClean(page);
  await context.close();
});

test('a part that cannot be fetched says why and loads on Try again; the plan, undo and other sections keep working', async () => {
  const context = await browser.newContext();
  let blocked = true;
  await context.route(/split_roles-[\w]+\.wasm$/, (route) => (blocked ? route.abort('failed') : route.continue()));
  const page = await openApp(context, server, '#matrix');
  const title = page.getByLabel('Plan title', { exact: true });
  const titleBefore = await title.inputValue();
  await title.fill('Lincoln STEM plan');
  await page.locator('.mx-grid').click({ position: { x: 2, y: 2 } }); // ends the typing step
  await waitSaved(page);

  await page.getByRole('link', { name: 'Teacher-leader roles' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the Teacher-leader roles section.' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /server did not send it/);
  assert.match(await alert.textContent(), /Your plan is safe/);
  await checkLayoutAndAxe(page, 'a part that failed to load');

  // Everything else goes on: the plan, its undo history, another section.
  assert.equal(await title.inputValue(), 'Lincoln STEM plan');
  await page.getByRole('button', { name: /^Undo/ }).click();
  assert.equal(await title.inputValue(), titleBefore);
  await page.getByRole('button', { name: /^Redo/ }).click();
  assert.equal(await title.inputValue(), 'Lincoln STEM plan');
  await page.getByRole('link', { name: 'Implementation' }).click();
  await showsPlace(page, PLACE('#implementation/goals'));

  // Still unreachable: trying again says so again; once the server answers, the section comes.
  await page.getByRole('link', { name: 'Teacher-leader roles' }).click();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await alert.waitFor();
  blocked = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await showsPlace(page, PLACE('#roles'));
  assert.equal(await alert.count(), 0);
  await page.getByRole('button', { name: 'Add role' }).first().waitFor();

  // The only console errors are the loader's reports of the blocked fetch.
  const other = page.problems.filter((p) => !/split_roles|Failed to fetch|ERR_FAILED|WebAssembly/.test(p));
  assert.deepEqual(other, []);
  await context.close();
});

test('offline before the part was stored: the message says the device is offline', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await openApp(context, server, '#matrix');
  await page.locator('.mx-grid li.mx-st').first().waitFor();
  await context.setOffline(true);
  await page.getByRole('link', { name: 'About' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the About page.' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /This device is offline/);
  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await showsPlace(page, PLACE('#about'));
  await context.close();
});

test('a part arriving moves nothing on the page', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // Slow parts: the frame shows for a while before the content replaces it.
  await context.route(CHUNK, async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 400); });
    await route.continue();
  });
  const page = await openApp(context, server, '#matrix');
  await page.locator('.mx-grid li.mx-st').first().waitFor();
  await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift' });
  });
  for (const place of [PLACE('#roles'), PLACE('#implementation/goals'), PLACE('#district')]) {
    await page.evaluate((hash) => { window.location.hash = hash; }, place.hash);
    await page.locator('.section-frame').waitFor();
    const frameTop = await page.locator('main h2').first().boundingBox();
    await showsPlace(page, place);
    const top = await page.locator('main h2').first().boundingBox();
    assert.equal(Math.round(top.y), Math.round(frameTop.y), `${place.hash}: the heading stays where the frame had it`);
  }
  const shifts = await page.evaluate(() => window.__shifts);
  assert.ok(shifts.reduce((a, b) => a + b, 0) < 0.01, `layout shifts: ${shifts}`);
  checkClean(page);
  await context.close();
});

test('after one visit, every part opens with no network', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server, '#matrix');
  assert.equal(await reloadUnderWorker(page), `${server.url}sw.js`, 'the worker controls the page');
  await context.setOffline(true);
  const seen = server.requests.length;
  for (const place of PLACES) {
    await page.evaluate((hash) => { window.location.hash = hash; }, place.hash);
    await showsPlace(page, place);
  }
  await page.getByRole('link', { name: 'Leadership matrix' }).click();
  await page.getByRole('button', { name: /^Edit cell: / }).first().click();
  await page.getByRole('dialog').waitFor();
  assert.deepEqual(server.requests.slice(seen), [], 'nothing reached the server while offline');
  checkClean(page);
  await context.close();
});
