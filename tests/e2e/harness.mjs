// Shared end-to-end setup: serves the release build (dist/) from a sub-path
// over HTTP, drives Debian's Chromium with playwright-core, and fails a test
// on any console error, page error, content security policy violation or
// request to another origin.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const SUB_PATH = '/schools/planner/';
/** The grid's edit button of the source's PD cell, which several journeys and the benchmark use. */
export const PD_CELL = 'Edit cell: District-level Administration, STEM Professional Development (PD)';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` (dist/ unless given) under SUB_PATH only, like a static
 * host's sub-folder. `requests` lists the paths asked for, in order.
 * With `gzip`, answers gzip -9 to browsers that accept it, as a static host
 * would (scripts/bench.mjs, where bytes on a throttled network matter).
 * With `tls` ({key, cert}), serves HTTPS with HTTP/2, as a real host does
 * (scripts/bench.mjs: Lighthouse models each HTTP/1.1 connection's slow start).
 */
export async function startServer(root = DIST, { gzip = false, tls = null } = {}) {
  root = join(root, '/');
  const requests = [];
  const gzipped = new Map();
  const serve = async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    let rel = normalize(decodeURIComponent(url.pathname.slice(SUB_PATH.length)));
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(root, rel);
    try {
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('missing');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(await readFile(file), { level: 9 }));
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
        res.end(gzipped.get(file));
        return;
      }
      res.writeHead(200, { 'content-type': type });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, serve) : createServer(serve);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    url: `${origin}${SUB_PATH}`, origin, requests,
    close: () => server.close(),
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens the app in a new page of `context` and records problems.
 * Call `await checkClean(page)` at the end of the test.
 */
/** Where each plan's records live (src/storage/library.rs): `<prefix><id>` its working copy. */
export const PLANS_PREFIX = 'stem-leadership-planner/plans/';
/** Where earlier versions kept their one plan (moved into the list at start-up). */
export const LEGACY_PLAN_KEY = 'stem-leadership-planner/plan';

/** The id of the plan `page` has open: its URL names it (`?plan=<id>`). */
export const openPlanId = (page) => page.evaluate(() => new URLSearchParams(location.search).get('plan'));

/** The localStorage key of a record of the plan `page` has open (`''`: the working copy). */
export async function planKey(page, record = '') {
  return `${PLANS_PREFIX}${await openPlanId(page)}${record ? `/${record}` : ''}`;
}

/** The working copy of the plan `page` has open, `{revision, document}`. */
export async function storedPlan(page) {
  const key = await planKey(page);
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
}

export async function openApp(context, server, hash = '') {
  const page = await context.newPage();
  watch(page, server);
  await page.goto(server.url + hash);
  await page.locator('.app-header').waitFor();
  return page;
}

/** Starts recording console errors, page errors and other-origin requests. */
export function watch(page, server) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // The content security policy (index.html, hashed by scripts/finish-build.mjs): anything it
  // blocks fails the journey, whether or not the browser also logs it.
  page.exposeFunction('__reportPolicyViolation', (what) => problems.push(`content security policy violation: ${what}`))
    .catch(() => {});
  page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportPolicyViolation?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  }).catch(() => {});
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.problems = problems;
  return page;
}

export function checkClean(page) {
  assert.deepEqual(page.problems, [], 'the page had console errors, policy violations or foreign requests');
}

/** Waits until autosave has written the latest change. */
export async function waitSaved(page) {
  await page.locator('.save-status[data-state="saved"]').waitFor();
}

/** Clicks the export button and returns the downloaded file's name and text. */
export async function exportPlan(page) {
  await page.goto(page.url().replace(/#.*$/, '') + '#data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export plan file' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Chooses `text` as a file named `name` in the Data page's file picker. */
export async function chooseImportFile(page, name, text) {
  await page.goto(page.url().replace(/#.*$/, '') + '#data');
  await page.getByLabel('Choose a plan file…').setInputFiles({
    name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8'),
  });
}

/** Starts the server and the browser for a test file; `stopAll` ends both. */
export async function startAll() {
  return { server: await startServer(), browser: await launchBrowser() };
}

export async function stopAll({ server, browser }) {
  await browser?.close();
  server?.close();
}

/** Waits until the worker is active, then reloads so that it controls the page. */
export async function reloadUnderWorker(page) {
  const active = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((resolve) => { setTimeout(() => resolve(false), 10_000); }),
  ]));
  assert.ok(active, 'a service worker became active');
  await page.reload();
  await page.locator('.app-header').waitFor();
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
}

let axeSource;
/**
 * Fails if the page scrolls sideways or axe-core (WCAG 2.1 A/AA) finds a
 * violation; `what` names the state in the failure message.
 */
export async function checkLayoutAndAxe(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what}: the page scrolls sideways by ${overflow}px`);
  // One h1 (the plan's title), then the section's h2: what the Nu checker and screen readers expect.
  const h1 = await page.evaluate(() => [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()));
  assert.equal(h1.length, 1, `${what}: the page has ${h1.length} h1 (${h1.join(' | ')}), not one`);
  assert.ok(h1[0].length > 0, `${what}: the h1 is empty`);
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated by the test driver, which the page's content security policy does not
    // govern (a script tag would be an inline script the policy rightly blocks).
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  });
  assert.deepEqual(violations, [], what);
}
