// Screenshots of the planner's main sections for the README, taken from the release build:
// serves dist/ from a sub-path as the e2e tests do (tests/e2e/harness.mjs), opens it in
// Debian's Chromium at 1366x768 (a school Chromebook's screen), imports a sample plan (the
// default plan with a district's names and some progress), opens four sample school plans in
// the District section, and writes docs/screenshots/<section>.png.
//
// Run after scripts/build.sh (it only reads dist/):
//   node scripts/screenshots.mjs [output-dir]     (default docs/screenshots)
// CHROMIUM=/path/to/chrome picks another browser, as in the e2e tests.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DIST, startServer, launchBrowser, watch, exportPlan, chooseImportFile,
} from '../tests/e2e/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(process.argv[2] ?? join(ROOT, 'docs/screenshots'));
const VIEWPORT = { width: 1366, height: 768 };

/** The README's sections, in order: file name, URL hash, and a heading that shows it is ready. */
const SECTIONS = [
  { name: 'matrix', hash: '#matrix', ready: 'Leadership matrix' },
  { name: 'roles', hash: '#roles', ready: 'Teacher-leader roles' },
  { name: 'implementation', hash: '#implementation', ready: 'Implementation' },
  { name: 'district', hash: '#district', ready: 'District' },
  { name: 'data', hash: '#data', ready: 'Data' },
];

const PEOPLE = [
  { name: 'Ana Ruiz', position: 'Superintendent' },
  { name: 'Ben Oduya', position: 'Business manager' },
  { name: 'Carla Mendes', position: 'Principal' },
  { name: 'Dev Patel', position: 'STEM instructional coach' },
  { name: 'Erin Walsh', position: 'Family engagement coordinator' },
  { name: 'Farah Haddad', position: 'Student council president' },
];
const STATUSES = ['in_place', 'in_place', 'in_progress', 'gap', 'in_place', 'not_assessed', 'in_progress'];
const ACTION_STATUSES = ['done', 'in_progress', 'in_progress', 'not_started'];
const DOCUMENT_STATUSES = ['adopted', 'draft', 'in_review', 'none'];

/** The default plan as a school might have filled it in part: names, statuses, role holders. */
function samplePlan(base, { title, district, school, shift = 0 }) {
  const plan = JSON.parse(base);
  plan.title = title;
  plan.organization = { district, school };
  let n = shift;
  for (const cell of plan.matrix.cells) {
    for (const statement of cell.statements) statement.status = STATUSES[n++ % STATUSES.length];
  }
  // Someone for each role (the student leaders' role left open in every other school).
  const holders = shift % 4 === 3 ? plan.matrix.roles.slice(0, -1) : plan.matrix.roles;
  plan.matrix.people = holders.map((role, i) => ({
    id: `person-${i + 1}`, ...PEOPLE[i % PEOPLE.length], roles: [role.id],
  }));
  n = shift;
  for (const actions of Object.values(plan.implementation?.considerations ?? {})) {
    for (const action of actions) action.status = ACTION_STATUSES[n++ % ACTION_STATUSES.length];
  }
  n = shift;
  for (const doc of plan.implementation?.documents ?? []) {
    doc.status = DOCUMENT_STATUSES[n++ % DOCUMENT_STATUSES.length];
  }
  return JSON.stringify(plan, null, 2);
}

async function main() {
  try {
    await stat(join(DIST, 'index.html'));
  } catch {
    throw new Error('dist/index.html is missing: run scripts/build.sh first');
  }
  await mkdir(OUT, { recursive: true });
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = watch(await context.newPage(), server);
    await page.goto(server.url);
    await page.locator('.app-header').waitFor();

    // Three teacher-leader roles from the source's examples, added as a user would.
    await page.goto(server.url + '#roles');
    const picker = page.getByRole('combobox', { name: 'Start from' });
    for (const index of [1, 2, 3]) {
      await picker.selectOption({ index });
      await page.getByRole('button', { name: 'Add role', exact: true }).click();
      await page.getByText(`Roles (${index})`).waitFor();
    }
    // The sample plan, imported as a user would (Data, then confirm); the reload leaves
    // nothing to undo and no notice showing.
    const { text: base } = await exportPlan(page);
    const plan = samplePlan(base, {
      title: 'Lincoln USD STEM plan', district: 'Lincoln USD', school: 'Roosevelt Elementary',
    });
    await chooseImportFile(page, 'lincoln-usd-stem-plan.json', plan);
    await page.getByRole('button', { name: 'Replace current plan' }).click();
    await page.locator('.save-status[data-state="saved"]').waitFor();
    await page.reload();
    await page.locator('.app-header').waitFor();

    // Four schools' plans for the District section's roll-up.
    const schools = ['Adams Middle', 'Bryant High', 'Carver Elementary', 'Dewey K-8'].map((school, i) => ({
      name: `${school.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(samplePlan(base, {
        title: `${school} STEM plan`, district: 'Lincoln USD', school, shift: i * 2 + 1,
      }), 'utf8'),
    }));

    for (const section of SECTIONS) {
      await page.goto(server.url + section.hash);
      await page.getByRole('heading', { name: section.ready, exact: true }).first().waitFor();
      if (section.name === 'district') {
        await page.getByLabel('Open plan files…').setInputFiles(schools);
        await page.getByText(`${schools.length} plans open.`).waitFor();
      }
      // Let on-demand styles apply and lazily drawn rows arrive, then start from the top.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        document.activeElement?.blur?.();
        window.scrollTo(0, 0);
      });
      if (section.name === 'district') {
        // The roll-up table, below the list of opened files.
        await page.getByRole('heading', { name: 'Roll-up', exact: true }).evaluate((h) => h.scrollIntoView());
      }
      const path = join(OUT, `${section.name}.png`);
      await page.screenshot({ path, animations: 'disabled' });
      console.log(`${path} (${(await readFile(path)).length} bytes)`);
    }
    if (page.problems.length > 0) {
      throw new Error(`the page reported problems:\n${page.problems.join('\n')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
