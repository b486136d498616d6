// The static shell in index.html: shown before the wasm arrives, the same
// header, navigation and frame as the app (this test fails when they drift),
// accessible on its own, and replaced by the app with nothing moving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, stopAll, openApp, checkClean, watch, checkLayoutAndAxe } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

const SIZES = [{ width: 1366, height: 768 }, { width: 900, height: 700 }, { width: 360, height: 740 }];

/** What the shell and the app must agree on, read from whichever is on the page. */
function readFrame(page) {
  return page.evaluate(() => {
    const nav = document.querySelector('nav');
    const box = (el) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: Math.round(r.top), height: Math.round(r.height) } : null;
    };
    return {
      skip: [...document.querySelectorAll('.skip-link')].map((a) => [a.textContent, a.getAttribute('href')]),
      brand: document.querySelector('header .brand')?.textContent.trim(),
      brandImage: document.querySelector('header .brand img')?.getAttribute('src'),
      nav: {
        className: nav?.className,
        label: nav?.getAttribute('aria-label'),
        links: [...(nav?.querySelectorAll('ul a') ?? [])].map((a) => ({
          text: a.textContent, href: a.getAttribute('href'), className: a.className,
        })),
      },
      landmarks: {
        headers: document.querySelectorAll('header').length,
        navs: document.querySelectorAll('nav').length,
        mains: document.querySelectorAll('main').length,
      },
      mainId: document.querySelector('main')?.id,
      header: box(document.querySelector('header')),
      mainTop: box(document.querySelector('main'))?.top,
    };
  });
}

/** A page whose wasm waits until `release()` is called. */
async function pageWithHeldWasm(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const page = await context.newPage();
  watch(page, server);
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return { page, release };
}

test('the static shell matches what the app renders', async () => {
  for (const viewport of SIZES) {
    const context = await browser.newContext({ viewport });
    const blocked = await context.newPage();
    await blocked.route('**/*.wasm', (route) => route.abort());
    await blocked.goto(server.url + '#roles');
    const shell = await readFrame(blocked);
    assert.equal(await blocked.locator('#boot-shell').getAttribute('aria-busy'), 'true');
    assert.equal(await blocked.getByText('Loading your plan…').isVisible(), true);

    const page = await openApp(context, server, '#roles');
    const app = await readFrame(page);
    assert.equal(await page.locator('#boot-shell').count(), 0, 'the shell is gone once the app is up');
    assert.equal(await page.getByText('Loading your plan…').count(), 0);

    assert.deepEqual(shell.skip, app.skip, 'skip link');
    assert.equal(shell.brand, 'STEM Leadership Planner');
    assert.equal(shell.brand, app.brand, 'app name in the header');
    assert.equal(shell.brandImage, app.brandImage, 'header logo');
    assert.deepEqual(shell.nav, app.nav, 'section navigation: class, label, links, labels, classes');
    assert.equal(shell.nav.links.length, 7);
    assert.deepEqual(shell.landmarks, { headers: 1, navs: 1, mains: 1 }, 'shell landmarks');
    assert.deepEqual(app.landmarks, { headers: 1, navs: 1, mains: 1 }, 'no landmark twice once the app is up');
    assert.equal(shell.mainId, app.mainId);
    // No visible jump: the header keeps its box and the section starts where the shell's frame did.
    assert.deepEqual(shell.header, app.header, `header box at ${viewport.width}px`);
    assert.equal(shell.mainTop, app.mainTop, `main's top at ${viewport.width}px`);
    checkClean(page);
    await context.close();
  }
});

test('the shell paints before the wasm, is accessible, and the app takes over without a shift', async () => {
  for (const viewport of SIZES) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const { page, release } = await pageWithHeldWasm(context);
    await page.goto(server.url + '#matrix');
    // The wasm is still held back: what the browser painted is the shell.
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'Teacher-leader roles' }).waitFor();
    assert.equal(await nav.isVisible(), true);
    assert.equal(await page.locator('.app-header').count(), 0, 'the app has not started yet');
    assert.ok(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length === 1),
      'the shell is the first contentful paint');
    await checkLayoutAndAxe(page, `static shell at ${viewport.width}px`);

    release();
    await page.locator('.app-header').waitFor();
    await page.locator('.mx-grid li.mx-st').first().waitFor();
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], `cumulative layout shift over load at ${viewport.width}px`);
    assert.equal(await page.locator('#boot-shell').count(), 0);
    await checkLayoutAndAxe(page, `app after the shell at ${viewport.width}px`);
    checkClean(page);
    await context.close();
  }
});
