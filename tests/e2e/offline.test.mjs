// Offline use, updates and installing: the generated service worker (sw.js)
// and the web app manifest, against the release build served from a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST, SUB_PATH, startAll, stopAll, startServer, openApp, checkClean, waitSaved, checkLayoutAndAxe,
  reloadUnderWorker,
} from './harness.mjs';
import { generateServiceWorker } from '../../scripts/generate-sw.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** Records every request of the context, the service worker's included. */
function recordRequests(context) {
  const urls = [];
  context.on('request', (req) => urls.push(req.url()));
  return urls;
}

function foreign(urls, origin) {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

const titleField = (page) => page.getByLabel('Plan title', { exact: true });

test('after one visit the app opens, edits and saves with no network', async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await openApp(context, server);
  assert.equal(await reloadUnderWorker(page), `${server.url}sw.js`, 'the worker controls the page after a reload');

  await context.setOffline(true);
  const seenBefore = server.requests.length;
  await page.reload();
  await page.locator('.app-header').waitFor();
  await titleField(page).fill('Planned on the bus');
  await waitSaved(page);
  await page.locator('.save-status', { hasText: 'Saved in this browser' }).waitFor();

  await page.reload();
  await page.locator('.app-header').waitFor();
  assert.equal(await titleField(page).inputValue(), 'Planned on the bus');
  assert.deepEqual(server.requests.slice(seenBefore), [], 'nothing reached the server while offline');
  assert.deepEqual(foreign(requests, server.origin), []);
  checkClean(page);
  await context.close();
});

test('a newer build is offered, never forced, and Reload saves first and then loads it', async () => {
  // A host of our own: a copy of dist/ that this test deploys a new build to.
  const root = await mkdtemp(join(tmpdir(), 'planner-deploy-'));
  await cp(DIST, root, { recursive: true });
  const host = await startServer(root);
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  try {
    const page = await openApp(context, host);
    // Reloading with changes not saved to a file makes the browser ask; the user agrees.
    page.on('dialog', (dialog) => dialog.accept());
    assert.ok(await reloadUnderWorker(page));
    assert.equal(await page.locator('meta[name="build"]').count(), 0);

    // Deploy: one precached file changes, and the generator writes a new sw.js.
    const html = await readFile(join(root, 'index.html'), 'utf8');
    await writeFile(join(root, 'index.html'), html.replace('<title>', '<meta name="build" content="second" /><title>'));
    await generateServiceWorker(root);

    // The page left open checks for a newer build when it is shown again.
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await banner.waitFor();
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state)), 'installed');

    await checkLayoutAndAxe(page, 'update banner at 1366 px');
    await page.setViewportSize({ width: 360, height: 740 });
    await checkLayoutAndAxe(page, 'update banner at 360 px');
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page did not reload by itself');

    // An edit that cannot be saved keeps the page (and the edit) where it is.
    await page.evaluate(() => { window.__quotaFull = true; });
    await titleField(page).fill('Edited before the update');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await banner.getByText('Not reloaded: your latest changes could not be saved in this browser').waitFor();
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload while the edit is unsaved');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state)), 'installed');

    // Once saving works, Reload saves the pending edit, then loads the new build.
    await page.evaluate(() => { window.__quotaFull = false; });
    await titleField(page).fill('Edited just before the update');
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await page.locator('.app-header').waitFor();
    assert.equal(await page.evaluate(() => window.__sameDocument), undefined, 'the page reloaded');
    assert.equal(await page.locator('meta[name="build"]').getAttribute('content'), 'second', 'the new build is running');
    assert.equal(await titleField(page).inputValue(), 'Edited just before the update', 'the pending edit was saved first');
    assert.equal(await page.getByText('A new version is ready').count(), 0);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null)), null);
    checkClean(page);
  } finally {
    await context.close();
    host.close();
    await rm(root, { recursive: true, force: true });
  }
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('Chromium finds the planner installable from its manifest', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
  assert.deepEqual(manifest.errors, []);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser's fresh profile always counts as incognito.
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);

  const data = JSON.parse(manifest.data);
  assert.equal(data.name, 'STEM Leadership Planner');
  assert.equal(data.display, 'standalone');
  const sizes = await Promise.all(data.icons.map(async (icon) => {
    const response = await page.request.get(new URL(icon.src, manifest.url).href);
    assert.equal(response.status(), 200, icon.src);
    return `${pngSize(await response.body()).join('x')} ${icon.purpose}`;
  }));
  assert.deepEqual(sizes.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);
  // Plan files open in the installed app from the Files app ("Open with").
  assert.deepEqual(data.file_handlers.map((h) => [h.action, h.accept]), [['./', { 'application/json': ['.json'] }]]);
  assert.deepEqual(data.launch_handler, { client_mode: 'focus-existing' });
  checkClean(page);
  await context.close();
});

test('the manifest and sw.js use relative URLs, and nothing asks another origin', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
  const manifestUrls = [
    manifest.id, manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src),
    ...manifest.file_handlers.flatMap((h) => [h.action, ...h.icons.map((i) => i.src)]),
  ];
  for (const url of manifestUrls) assert.doesNotMatch(url, /^\/|:/, `${url} in the manifest is relative`);

  // sw.js: Workbox's runtime is bundled in, and it precaches every file of
  // the build by a relative URL.
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /importScripts/);
  const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
  for (const url of precached) assert.doesNotMatch(url, /^\/|:/, `${url} in sw.js is relative`);
  // Every file but sw.js itself, the .gz/.br copies of files for hosts that serve them, and
  // csp.txt (the policy for hosts' headers, never fetched by the page).
  const built = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !['sw.js', 'csp.txt'].includes(e.name) && !/\.(gz|br)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name).slice(DIST.length));
  assert.deepEqual(precached.sort(), built.sort(), 'sw.js precaches the whole build');

  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await openApp(context, server);
  assert.equal(await page.locator('link[rel="manifest"]').getAttribute('href'), 'manifest.webmanifest');
  await reloadUnderWorker(page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope)), server.url);
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(server.requests.filter((path) => !path.startsWith(SUB_PATH)), []);
  checkClean(page);
  await context.close();
});

test('beside every text and wasm file is a .gz and a .br copy of it, for hosts that serve them', async () => {
  const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
  const names = (await readdir(DIST)).filter((n) => /\.(html|js|wasm|css)$/.test(n));
  assert.ok(names.some((n) => n.startsWith('split_')), 'the chunks are there');
  for (const name of names) {
    const raw = await readFile(join(DIST, name));
    assert.ok(gunzipSync(await readFile(join(DIST, `${name}.gz`))).equals(raw), `${name}.gz`);
    assert.ok(brotliDecompressSync(await readFile(join(DIST, `${name}.br`))).equals(raw), `${name}.br`);
  }
});
