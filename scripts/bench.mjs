// Prints (never asserts) the planner's speed figures, against the release build in
// dist/ (run scripts/build.sh first), served from the sub-path as the e2e
// tests do, gzipped, in Debian's Chromium:
//   [BENCH_RUNS=5] node scripts/bench.mjs [--only=size,paint,lighthouse,ratio,typing,large,district]
// size    transfer (scripts/size.sh, which also enforces them): the first load
//         (what a first visit to the matrix fetches) and the whole build
// paint   first contentful paint and largest contentful paint at 4x CPU on a
//         slow-4G-like network (1.6 Mbps, 150 ms RTT), median of BENCH_RUNS cold loads
// ratio   the full matrix (all 77 statements in the DOM, then a frame) in the
//         app, in a static HTML copy of the same page, and in a plain HTML table
//         of the seed matrix with no app CSS, at 6x CPU, BENCH_RUNS cold loads
//         each, medians and the app's ratio to each
// typing  long tasks (>50 ms) at 4x CPU while typing 20 characters in Find, a
//         statement's text, a teacher-leader role's title and the plan title
// large   the same typing on a plan ten times the default (12 roles x 50
//         areas), and its open time at 4x (navigation to the full grid)
// lighthouse  Lighthouse's mobile preset (simulated slow 4G, 4x CPU) over
//         HTTPS with HTTP/2 (as a real host serves it) and over HTTP/1.1:
//         performance score, FCP, LCP and total blocking time, median of 3 runs
// district  scripts/bench-district.mjs at 4x CPU: 50 realistic plans rolled
//         up, and the longest task while reading, sorting and restoring 300
import { gzipSync } from 'node:zlib';
import { readFile, readdir, mkdtemp, cp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startServer, launchBrowser, DIST, CHROMIUM_ARGS, PD_CELL } from '../tests/e2e/harness.mjs';

const PARTS = ['size', 'paint', 'lighthouse', 'ratio', 'typing', 'large', 'district'];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS;
for (const part of only) {
  if (!PARTS.includes(part)) {
    console.error(`unknown part "${part}"; choose from ${PARTS.join(',')}`);
    process.exit(2);
  }
}

// Cold loads per figure; BENCH_RUNS=9 steadies the noisier ones (the matrix ratio).
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5) || 5);
// A plan's records (src/storage/library.rs): its working copy {"revision": N, "document": <plan
// file>} and the list's record beside it; the page opens it by its id (`?plan=p-bench`).
const BENCH_PLAN = 'p-bench';
const PLAN_KEY = `stem-leadership-planner/plans/${BENCH_PLAN}`;
const ABOUT = JSON.stringify({ title: 'Large plan', changed_ms: 0 });
const DEFAULT_PLAN = fileURLToPath(new URL('../tests/fixtures/schema/default-plan.json', import.meta.url));
const GRID_STATEMENTS = '.mx-grid li.mx-st';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

async function transferSize() {
  console.log('\n## Transfer (scripts/size.sh: gzip -9; the first load and the whole build)');
  try {
    const { stdout } = await promisify(execFile)(fileURLToPath(new URL('size.sh', import.meta.url)));
    process.stdout.write(stdout);
  } catch (failed) {
    // Over a budget: size.sh exits 1 but has printed the figures.
    process.stdout.write(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
  }
}

async function throttle(page, { cpu, network = false }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
  }
  return cdp;
}

/** Records in `window.__gridAt` when `count` grid statements are in the DOM and a frame has passed. */
function watchGrid(count) {
  const check = () => {
    if (window.__gridSeen || document.querySelectorAll('.mx-grid li.mx-st').length < count) return;
    window.__gridSeen = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__gridAt = performance.now(); }, 0));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

async function paint(browser, server) {
  console.log(`\n## First paint at 4x CPU, 1.6 Mbps / 150 ms RTT, 412x823, ${RUNS} cold loads (median)`);
  const rows = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const el = e.element;
          window.__lcp.push({
            at: e.startTime, size: e.size,
            what: el ? `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"` : '(removed)',
          });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      new MutationObserver(() => {
        if (!window.__appAt && document.querySelector('.app-header')) window.__appAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await throttle(page, { cpu: 4, network: true });
    await page.goto(server.url, { timeout: 120000 });
    await page.waitForFunction(() => window.__appAt, null, { timeout: 120000 });
    await page.waitForTimeout(1500);
    rows.push(await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      app: window.__appAt,
      lcp: window.__lcp.at(-1),
    })));
    await context.close();
  }
  console.log(`  first contentful paint   ${ms(median(rows.map((r) => r.fcp)))}`);
  console.log(`  app mounted              ${ms(median(rows.map((r) => r.app)))}`);
  console.log(`  largest contentful paint ${ms(median(rows.map((r) => r.lcp.at)))}`);
  const last = rows.at(-1).lcp;
  console.log(`    (last run's LCP element: ${last.what}, ${last.size} px²)`);
}

/** A throwaway certificate for 127.0.0.1 (openssl), so the benchmark can serve HTTPS. */
async function selfSignedCert() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  try {
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    ]);
    return { key: await readFile(key), cert: await readFile(cert) };
  } catch (failed) {
    throw new Error(`openssl could not make a certificate for the HTTPS server (apt install openssl): ${failed.message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Lighthouse's default (mobile) preset, run by its CLI from node_modules against Debian's Chromium,
 * over HTTPS with HTTP/2 (how a real host serves the planner: offline use and install need HTTPS,
 * and GitHub Pages and any current web server speak HTTP/2 over it) and over plain HTTP/1.1 (what
 * only localhost allows). The protocol matters to the figures: Lighthouse's simulated slow 4G gives
 * each HTTP/1.1 connection a handshake and its own slow start, where HTTP/2 shares one.
 */
async function lighthouse(server) {
  const runs = 3;
  const version = JSON.parse(await readFile(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
  console.log(`\n## Lighthouse ${version}, mobile preset (simulated throttling), ${runs} runs each (median)`);
  const secure = await startServer(DIST, { gzip: true, tls: await selfSignedCert() });
  try {
    await lighthouseOver('HTTPS, HTTP/2', secure, runs);
    await lighthouseOver('HTTP/1.1', server, runs);
  } finally {
    secure.close();
  }
}

async function lighthouseOver(protocol, server, runs) {
  const cli = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
  const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  const rows = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const out = join(dir, `run-${i}.json`);
      // Asynchronous: the server answering Lighthouse runs in this process. The certificate is
      // the benchmark's own, made for this run.
      await promisify(execFile)(process.execPath, [
        cli, server.url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance',
        `--chrome-flags=--headless=new --ignore-certificate-errors ${CHROMIUM_ARGS.join(' ')}`,
      ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, timeout: 180000 });
      const report = JSON.parse(await readFile(out, 'utf8'));
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      rows.push({
        score: report.categories.performance.score,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        element: report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '?',
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`  over ${protocol}:`);
  console.log(`    performance score        ${median(rows.map((r) => r.score)).toFixed(2)}   (runs: ${rows.map((r) => r.score).join(', ')})`);
  console.log(`    first contentful paint   ${ms(median(rows.map((r) => r.fcp)))}`);
  console.log(`    largest contentful paint ${ms(median(rows.map((r) => r.lcp)))}   (runs: ${rows.map((r) => Math.round(r.lcp)).join(', ')})`);
  console.log(`    total blocking time      ${ms(median(rows.map((r) => r.tbt)))}   (runs: ${rows.map((r) => Math.round(r.tbt)).join(', ')})`);
  console.log(`      (last run's LCP element: ${rows.at(-1).element.slice(0, 80)})`);
}

/** A static copy of the app's page once the matrix is rendered: same HTML, same CSS, no scripts. */
async function staticMatrixDir(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${server.url}#matrix`);
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 77, GRID_STATEMENTS);
  const html = (await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`))
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*(modulepreload|\.wasm|\.js)[^>]*>/g, '');
  await context.close();
  const dir = await mkdtemp(join(tmpdir(), 'static-matrix-'));
  await cp(DIST, dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), html);
  return dir;
}

async function timeMatrix(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(watchGrid, 77);
  const page = await context.newPage();
  await throttle(page, { cpu: 6 });
  await page.goto(url, { timeout: 120000 });
  await page.waitForFunction(() => window.__gridAt, null, { timeout: 120000 });
  const at = await page.evaluate(() => window.__gridAt);
  // The app marks when its code first runs (src/ui/mod.rs WASM_READY_MARK): the wasm fetched,
  // compiled and instantiated. The static pages have no such mark.
  const wasmReady = await page.evaluate(() => performance.getEntriesByName('planner:wasm-ready')[0]?.startTime ?? NaN);
  await context.close();
  return { at, wasmReady };
}

/** A plain HTML table of the seed matrix: areas by roles, each cell's statements as a list; no app CSS. */
async function plainTableDir() {
  const plan = JSON.parse(await readFile(DEFAULT_PLAN, 'utf8'));
  const { roles, areas, cells } = plan.matrix;
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const cell = (area, role) => cells.find((c) => c.area === area.id && c.role === role.id);
  const rows = areas.map((area) => `<tr><th scope="row">${escape(area.name)}</th>${roles.map((role) => {
    const statements = cell(area, role)?.statements ?? [];
    return `<td><ul>${statements.map((st) => `<li class="mx-st">${escape(st.text)}</li>`).join('')}</ul></td>`;
  }).join('')}</tr>`);
  const html = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Leadership matrix</title></head><body>
<table class="mx-grid"><thead><tr><th></th>${roles.map((r) => `<th scope="col">${escape(r.name)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></body></html>`;
  const dir = await mkdtemp(join(tmpdir(), 'plain-matrix-'));
  await writeFile(join(dir, 'index.html'), html);
  return dir;
}

async function ratio(browser, server) {
  console.log(`\n## Matrix ready at 6x CPU, ${RUNS} cold loads each, interleaved (median)`);
  const staticDir = await staticMatrixDir(browser, server);
  const plainDir = await plainTableDir();
  const staticServer = await startServer(staticDir, { gzip: true });
  const plainServer = await startServer(plainDir, { gzip: true });
  try {
    const app = [];
    const stat = [];
    const plain = [];
    const wasmReady = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = await timeMatrix(browser, `${server.url}#matrix`);
      app.push(run.at);
      wasmReady.push(run.wasmReady);
      stat.push((await timeMatrix(browser, `${staticServer.url}#matrix`)).at);
      plain.push((await timeMatrix(browser, plainServer.url)).at);
    }
    console.log(`  app            ${ms(median(app))}   (runs: ${app.map(Math.round).join(', ')})`);
    console.log(`  static page    ${ms(median(stat))}   (runs: ${stat.map(Math.round).join(', ')})`);
    console.log(`  plain table    ${ms(median(plain))}   (runs: ${plain.map(Math.round).join(', ')})`);
    console.log(`  ratio to the static page  ${(median(app) / median(stat)).toFixed(2)}`);
    console.log(`  ratio to the plain table  ${(median(app) / median(plain)).toFixed(2)}`);
    // Where the app's time goes: before its code first runs, the browser has fetched, compiled
    // and instantiated the first-load wasm; what follows is the app drawing the page and the
    // browser laying it out. The static page's own ratio to the plain table is what the
    // app's CSS costs a page that runs no code at all.
    console.log(`  app: its code first runs at ${ms(median(wasmReady))} (${(median(wasmReady) / median(stat)).toFixed(2)} of the static page's time)`);
    console.log(`  static page / plain table ${(median(stat) / median(plain)).toFixed(2)}`);
  } finally {
    staticServer.close();
    plainServer.close();
    await rm(staticDir, { recursive: true, force: true });
    await rm(plainDir, { recursive: true, force: true });
  }
}

/** The District section at scale: scripts/bench-district.mjs at 4x CPU, BENCH_RUNS cold runs. */
async function district() {
  console.log(`\n## District at 4x CPU (scripts/bench-district.mjs 4 ${RUNS})`);
  const script = fileURLToPath(new URL('bench-district.mjs', import.meta.url));
  const { stdout } = await promisify(execFile)('node', [script, '4', String(RUNS)], { maxBuffer: 1 << 24 });
  process.stdout.write(stdout);
}

/** Types 20 characters into `field` at 4x CPU and returns the long tasks meanwhile. */
async function typeAndCount(page, field, text = ' and twenty letters') {
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__longtasks = [];
    window.__ltObserver?.disconnect();
    window.__ltObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push(e.duration);
    });
    window.__ltObserver.observe({ type: 'longtask' });
  });
  const cdp = await throttle(page, { cpu: 4 });
  await page.keyboard.type(text.slice(0, 20), { delay: 50 });
  // Long enough for autosave's write after the last keystroke to count too.
  await page.waitForTimeout(2000);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const tasks = await page.evaluate(() => window.__longtasks);
  const typed = (await field.inputValue()).endsWith(text.slice(0, 20));
  return { count: tasks.length, max: tasks.length ? Math.max(...tasks) : 0, typed };
}

async function typingIn(page, statements) {
  const report = (name, r) => console.log(
    `  ${name.padEnd(28)} ${String(r.count).padStart(3)} long tasks, longest ${ms(r.max)}${r.typed ? '' : '  (WARNING: the text did not arrive in the field)'}`,
  );
  await page.waitForFunction((n) => document.querySelectorAll('.mx-grid li.mx-st').length >= n, statements, { timeout: 120000 });
  report('Find (matrix)', await typeAndCount(page, page.getByLabel('Find text')));
  await page.getByLabel('Find text').fill('');
  await page.getByRole('button', { name: PD_CELL, exact: true }).click();
  const text = page.getByRole('dialog').getByRole('group', { name: 'Statement 1', exact: true }).getByLabel('Text', { exact: true });
  report('statement text (matrix)', await typeAndCount(page, text));
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  report('plan title (over the matrix)', await typeAndCount(page, page.locator('#plan-title')));
  await page.goto(page.url().replace(/#.*$/, '') + '#roles');
  await page.getByRole('button', { name: 'Add role' }).click();
  report('teacher-leader role title', await typeAndCount(page, page.locator('#tl-title')));
}

async function typing(browser, server) {
  console.log('\n## Typing 20 characters (50 ms apart) at 4x CPU, default plan, 1366x768');
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${server.url}#matrix`);
  await typingIn(page, 77);
  await context.close();
}

/** The default plan ten times over: 12 roles x 50 areas, each cell a copy of a default cell. */
async function largePlan() {
  const plan = JSON.parse(await readFile(DEFAULT_PLAN, 'utf8'));
  const { roles, areas, cells } = plan.matrix;
  const copy = (item, n) => (n === 0 ? item : { ...item, id: `${item.id}-${n + 1}`, name: `${item.name} (${n + 1})` });
  const bigRoles = [0, 1].flatMap((n) => roles.map((r) => copy(r, n)));
  const bigAreas = [0, 1, 2, 3, 4].flatMap((n) => areas.map((a) => copy(a, n)));
  const bigCells = [];
  bigAreas.forEach((area, ai) => {
    bigRoles.forEach((role, ri) => {
      const base = cells.find((c) => c.role === roles[ri % roles.length].id && c.area === areas[ai % areas.length].id);
      if (!base) return;
      bigCells.push({
        ...base, role: role.id, area: area.id,
        statements: base.statements.map((s, k) => ({ ...s, id: `${area.id}.${role.id}.${k + 1}` })),
      });
    });
  });
  plan.matrix = { ...plan.matrix, roles: bigRoles, areas: bigAreas, cells: bigCells };
  const statements = bigCells.reduce((n, c) => n + c.statements.length, 0);
  return { stored: JSON.stringify({ revision: 1, document: plan }), statements, cells: bigCells.length };
}

async function large(browser, server) {
  const { stored, statements, cells } = await largePlan();
  console.log(`\n## Large plan: 12 roles x 50 areas, ${cells} cells, ${statements} statements, ${(stored.length / 1024).toFixed(0)} KB stored`);
  const opens = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(([key, value, about]) => {
      if (!localStorage.getItem(key)) {
        localStorage.setItem(key, value);
        localStorage.setItem(`${key}/about`, about);
      }
    }, [PLAN_KEY, stored, ABOUT]);
    await context.addInitScript(watchGrid, statements);
    const page = await context.newPage();
    await throttle(page, { cpu: 4 });
    await page.goto(`${server.url}?plan=${BENCH_PLAN}#matrix`, { timeout: 120000 });
    await page.waitForFunction(() => window.__gridAt, null, { timeout: 120000 });
    opens.push(await page.evaluate(() => window.__gridAt));
    if (i < RUNS - 1) {
      await context.close();
      continue;
    }
    console.log(`  open at 4x CPU (navigation to full grid, ${RUNS} cold loads, median) ${ms(median(opens))}   (runs: ${opens.map(Math.round).join(', ')})`);
    await throttle(page, { cpu: 1 });
    console.log('  typing 20 characters (50 ms apart) at 4x CPU:');
    await typingIn(page, statements);
    await context.close();
  }
}

const needsBrowser = only.some((p) => p !== 'size' && p !== 'district');
if (only.includes('size')) await transferSize();
if (needsBrowser) {
  const server = await startServer(DIST, { gzip: true });
  const browser = await launchBrowser();
  try {
    if (only.includes('paint')) await paint(browser, server);
    if (only.includes('lighthouse')) await lighthouse(server);
    if (only.includes('ratio')) await ratio(browser, server);
    if (only.includes('typing')) await typing(browser, server);
    if (only.includes('large')) await large(browser, server);
  } finally {
    await browser.close();
    server.close();
  }
}
if (only.includes('district')) await district();
