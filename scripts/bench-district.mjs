// Benchmarks the District section at district scale, against the release
// build in dist/ (run scripts/build.sh first):
//   node scripts/bench-district.mjs [cpu-slowdown=4] [runs=5]
// Generates realistic school plans (every statement assessed, people named
// and holding roles, statement owners and notes, teacher-leader roles,
// costs and funding; about 40 KB each) from tests/fixtures/schema/
// every-field-plan.json, varied deterministically, writes them to a temp
// folder and opens them through the District section's file input under CDP
// CPU throttling. Prints, for 50 plans (median of cold runs), the time from
// the input's `change` until the roll-up shows every school, and the longest
// long task; then for 300 plans the total time, the longest long task,
// whether progress was shown, and how long restoring them from IndexedDB
// after a reload takes, with the longest task while restoring (after the
// section is shown) and from navigation. It prints figures; it asserts nothing.
// BENCH_VERBOSE=1 also lists every long task (start after `change`+duration).
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchBrowser } from '../tests/e2e/harness.mjs';

const rate = Number(process.argv[2] ?? 4);
const runs = Number(process.argv[3] ?? 5);
const base = JSON.parse(await readFile(new URL('../tests/fixtures/schema/every-field-plan.json', import.meta.url), 'utf8'));

const FIRST = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elena', 'Femi', 'Grace', 'Hiro', 'Iris', 'Jonah', 'Kai', 'Lena'];
const LAST = ['Ruiz', 'Oduya', 'Nguyen', 'Patel', 'Kowalski', 'Adeyemi', 'Larsen', 'Tanaka', 'Moreau', 'Cohen'];
const KINDS = ['Elementary', 'Middle', 'High', 'K-8', 'Academy'];
const STATUSES = ['in_place', 'in_place', 'in_progress', 'gap'];

/** A deterministic pseudo-random sequence (mulberry32), one per school. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** School `i`'s plan file: its own name, people, statuses, roles and costs. */
function schoolPlan(i) {
  const next = random(i + 1);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const doc = structuredClone(base);
  const school = `${LAST[i % LAST.length]} ${KINDS[i % KINDS.length]} ${String(i + 1).padStart(3, '0')}`;
  doc.title = `${school} STEM leadership plan 2026-27`;
  doc.organization = { district: 'Lincoln Unified School District', school };
  const roles = doc.matrix.roles.map((r) => r.id);
  // Eight people; the last role is left without a holder in every third school.
  doc.matrix.people = Array.from({ length: 8 }, (_, n) => ({
    id: `person-${n + 1}`,
    name: `${pick(FIRST)} ${pick(LAST)}`,
    position: pick(['Principal', 'STEM coach', 'Science teacher', 'Math teacher', 'Counselor', 'Parent liaison']),
    roles: [roles[n % (i % 3 === 0 ? roles.length - 1 : roles.length)]],
  }));
  for (const cell of doc.matrix.cells) {
    for (const statement of cell.statements) {
      statement.status = pick(STATUSES);
      // An owner must hold the cell's role.
      const holders = doc.matrix.people.filter((p) => p.roles.includes(cell.role));
      statement.owner = holders.length && next() < 0.6 ? pick(holders).id : null;
      statement.note = next() < 0.3 ? `Reviewed with the team in ${pick(['September', 'January', 'May'])}; next step agreed.` : '';
    }
  }
  const [coach, lead] = base.teacher_roles.roles;
  doc.teacher_roles.roles = [
    { ...coach, holder: `${pick(FIRST)} ${pick(LAST)}`, career_stage: pick(['novice', 'veteran', 'master_teacher']) },
    { ...coach, id: 'tl-3', title: 'Math lead', holder: `${pick(FIRST)} ${pick(LAST)}`, spheres: ['school'] },
    { ...coach, id: 'tl-4', title: 'Family STEM night organizer', career_stage: 'veteran', spheres: ['community'] },
    lead,
  ];
  const year = doc.implementation.sustainability.years[0];
  year.other_lines[0].amount_cents = 100000 + Math.floor(next() * 900000);
  year.funding[0].amount_cents = 500000 + Math.floor(next() * 2500000);
  return JSON.stringify(doc, null, 1);
}

async function writePlans(dir, count) {
  const paths = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = schoolPlan(i);
    bytes += Buffer.byteLength(text);
    const path = join(dir, `school-${String(i + 1).padStart(3, '0')}.json`);
    await writeFile(path, text);
    paths.push(path);
  }
  return { paths, averageKb: bytes / count / 1024 };
}

/** Records, from the page's start: long tasks, the `change` of the file input, progress seen, and when the roll-up has `want` rows. */
function recorder() {
  window.__bench = { longTasks: [], progressSeen: false, changeAt: null, doneAt: null, want: Number(sessionStorage.getItem('bench-want') ?? 0) };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (e) => {
    if (e.target.type === 'file') window.__bench.changeAt = performance.now();
  }, true);
  new MutationObserver(() => {
    const b = window.__bench;
    if (!b.progressSeen && document.querySelector('.dt-open progress')
        && /Reading \d+ of \d+ files/.test(document.querySelector('.dt-status')?.textContent ?? '')) {
      b.progressSeen = true;
    }
    // Said once every row of the roll-up is shown.
    const open = document.querySelector('.dt-status')?.textContent;
    if (b.want && !b.doneAt && open === `${b.want} plans open.`) b.doneAt = performance.now();
    // The section shown: what follows is restoring (before it, the app's start-up).
    if (!b.sectionAt && document.querySelector('#district-heading')) b.sectionAt = performance.now();
    const notice = document.querySelector('.notice')?.textContent ?? '';
    if (b.doneAt && !b.keptAt && /^Opened \d+ plan files/.test(notice)) b.keptAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const longest = (tasks, from, to) =>
  Math.max(0, ...tasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration));

async function openMany(browser, server, paths) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  await page.goto(server.url + '#district');
  await page.getByRole('heading', { name: 'District', level: 2 }).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate((want) => { window.__bench.want = want; }, paths.length);
  await page.getByLabel('Open plan files…').setInputFiles(paths);
  await page.waitForFunction(() => window.__bench.doneAt, null, { timeout: 600_000, polling: 500 });
  // Kept in IndexedDB once the notice says so. (Waiting through the page's
  // own records: Playwright's locators would add work to the page.)
  await page.waitForFunction(() => window.__bench.keptAt, null, { timeout: 600_000, polling: 500 });
  const keptAt = await page.evaluate(() => window.__bench.keptAt);
  const rows = await page.locator('.dt-rollup .dt-table').first().locator('tbody tr').count();
  if (rows !== paths.length) console.log(`  (the roll-up shows ${rows} rows, not ${paths.length})`);
  const b = await page.evaluate(() => window.__bench);
  if (process.env.BENCH_VERBOSE) {
    console.log('  long tasks (start after change, duration):', b.longTasks
      .filter((t) => t.start >= b.changeAt).map((t) => `${Math.round(t.start - b.changeAt)}+${Math.round(t.duration)}`).join(' '));
  }
  // The task that hands the chosen files to the page (and fires `change`)
  // starts before `change`: it is the browser's, counted apart.
  const delivering = b.longTasks.find((t) => t.start < b.changeAt && t.start + t.duration >= b.changeAt);
  const after = b.longTasks.filter((t) => t.start >= b.changeAt);
  const result = {
    shown: b.doneAt - b.changeAt,
    kept: keptAt - b.changeAt,
    longest: longest(after, b.changeAt, b.doneAt),
    longestUntilKept: longest(after, b.changeAt, keptAt),
    delivering: delivering?.duration ?? 0,
    progressSeen: b.progressSeen,
  };
  return { context, page, cdp, result };
}

/** After a reload: time until the roll-up shows `count` schools restored from IndexedDB. */
async function restore(page, count) {
  await page.evaluate((want) => sessionStorage.setItem('bench-want', String(want)), count);
  await page.reload();
  await page.waitForFunction(() => window.__bench.doneAt, null, { timeout: 600_000, polling: 500 });
  const b = await page.evaluate(() => window.__bench);
  if (process.env.BENCH_VERBOSE) {
    console.log('  long tasks after reload (start, duration):', b.longTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(' '));
  }
  return {
    shown: b.doneAt,
    longest: longest(b.longTasks, 0, b.doneAt),
    // Tasks that start once the section is shown: the start-up task is the app's, the same
    // on any page (Lighthouse's total blocking time measures it).
    restoring: longest(b.longTasks.filter((t) => t.start >= b.sectionAt), b.sectionAt, b.doneAt),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

const dir = await mkdtemp(join(tmpdir(), 'district-bench-'));
const server = await startServer();
const browser = await launchBrowser();
try {
  const fifty = await writePlans(dir, 50);
  console.log(`CPU slowdown ${rate}x; plan files of about ${fifty.averageKb.toFixed(1)} KB each.`);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { context, result } = await openMany(browser, server, fifty.paths);
    results.push(result);
    await context.close();
  }
  console.log(`50 plans, ${runs} cold runs (median; each run in a fresh browser context):`);
  console.log(`  choosing the files to the roll-up showing 50 schools: ${ms(median(results.map((r) => r.shown)))}`
    + ` (runs: ${results.map((r) => Math.round(r.shown)).join(', ')})`);
  console.log(`  longest long task meanwhile: ${ms(median(results.map((r) => r.longest)))}`
    + ` (the task that delivers the files and fires change: ${ms(median(results.map((r) => r.delivering)))})`);
  console.log(`  until kept in IndexedDB: ${ms(median(results.map((r) => r.kept)))}, longest task ${ms(median(results.map((r) => r.longestUntilKept))) }`);

  const many = await writePlans(dir, 300);
  const { context, page, result } = await openMany(browser, server, many.paths);
  console.log('300 plans, one cold run:');
  console.log(`  choosing the files to the roll-up showing 300 schools: ${ms(result.shown)}`);
  console.log(`  longest long task meanwhile: ${ms(result.longest)} (the task that delivers the files and fires change: ${ms(result.delivering)})`);
  console.log(`  until kept in IndexedDB: ${ms(result.kept)}, longest task ${ms(result.longestUntilKept)}`);
  console.log(`  progress shown ("Reading N of 300 files…" and a <progress>): ${result.progressSeen ? 'yes' : 'no'}`);
  // Sorting the 300 rows by the share in place, best first.
  const sortFrom = await page.evaluate(() => performance.now());
  await page.evaluate(() => [...document.querySelectorAll('.dt-sort')].find((b) => b.textContent.startsWith('All areas')).click());
  await page.waitForFunction(() => document.querySelector('.dt-rollup .dt-table')?.querySelectorAll('tbody tr').length === 300, null, { polling: 200 });
  const sorted = await page.evaluate((from) => ({
    at: performance.now() - from,
    tasks: window.__bench.longTasks.filter((t) => t.start >= from),
  }), sortFrom);
  console.log(`  sorting the 300 rows: about ${ms(sorted.at)} until every row shows again, longest task ${ms(longest(sorted.tasks, sortFrom, Infinity))}`);
  const restored = await restore(page, 300);
  console.log(`  after a reload, restored from IndexedDB: roll-up of 300 schools at ${ms(restored.shown)} after navigation;`
    + ` longest task while restoring (after the section is shown) ${ms(restored.restoring)},`
    + ` from navigation (the app's start-up included) ${ms(restored.longest)}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
