// scripts/package.sh: the release zip that hosts download. Run after the release build
// (scripts/test.sh runs it after scripts/build.sh); it packs the existing dist/:
//
//   node --test tests/package.test.mjs
//
// The zip holds exactly dist/'s files, byte for byte, at its root (so the e2e journeys, which
// run against dist/ served from a sub-path, cover what hosts unzip), is the same zip when made
// twice, and opens as the planner when unzipped and served from a sub-path. Needs zip and
// unzip (scripts/setup.sh --test) and, for the last test, Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, startServer, launchBrowser, openApp, checkClean } from './e2e/harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE = join(ROOT, 'scripts/package.sh');

/** Runs package.sh; returns the zip's path (its last line of output). */
function pack() {
  const out = execFileSync(PACKAGE, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out.trim().split('\n').at(-1);
}

/** Every file under `dir`, as paths relative to it, in byte order. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)))
    .sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
}

let zip;
let unpacked;
before(() => {
  zip = pack();
  unpacked = mkdtempSync(join(tmpdir(), 'planner-zip-'));
  execFileSync('unzip', ['-q', zip, '-d', unpacked]);
});
after(() => rmSync(unpacked, { recursive: true, force: true }));

test('the zip is named after the version in Cargo.toml', () => {
  const version = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(zip, join(ROOT, 'target/release-zip', `stem-leadership-planner-${version}.zip`));
});

test('the page, the worker, the manifest and every wasm file are at the zip\'s root', () => {
  const entries = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
  const wasm = readdirSync(DIST).filter((name) => name.endsWith('.wasm'));
  assert.ok(wasm.length > 1, 'dist/ has the main wasm and its chunks');
  for (const name of ['index.html', 'sw.js', 'manifest.webmanifest', ...wasm]) {
    assert.ok(entries.includes(name), `${name} at the root of the zip`);
  }
  assert.ok(!entries.some((entry) => entry.startsWith('dist/')), 'no dist/ folder inside');
  assert.deepEqual(entries, [...entries].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    'entries in byte order of their paths');
});

test('the zip holds exactly the files of dist/, byte for byte', () => {
  const files = filesUnder(DIST);
  assert.deepEqual(filesUnder(unpacked), files);
  for (const file of files) {
    assert.ok(readFileSync(join(unpacked, file)).equals(readFileSync(join(DIST, file))), file);
  }
});

test('packing the same dist/ again makes the same zip', () => {
  const first = readFileSync(zip);
  assert.ok(readFileSync(pack()).equals(first));
});

test('a dist/ without sw.js is refused with a message saying so', () => {
  const tree = mkdtempSync(join(tmpdir(), 'planner-package-'));
  try {
    mkdirSync(join(tree, 'scripts'));
    mkdirSync(join(tree, 'dist'));
    copyFileSync(PACKAGE, join(tree, 'scripts', basename(PACKAGE)));
    copyFileSync(join(ROOT, 'Cargo.toml'), join(tree, 'Cargo.toml'));
    writeFileSync(join(tree, 'dist/index.html'), '<!doctype html><title>x</title>');
    const run = spawnSync('bash', [join(tree, 'scripts/package.sh')], { encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /dist\/sw\.js is missing/);
    assert.deepEqual(readdirSync(tree).sort(), ['Cargo.toml', 'dist', 'scripts'], 'no zip made');
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
});

test('unzipped and served from a sub-path, it opens as the planner', async () => {
  const server = await startServer(unpacked);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await openApp(context, server);
    await page.getByRole('heading', { name: 'Leadership matrix', exact: true }).waitFor();
    checkClean(page);
  } finally {
    await browser.close();
    server.close();
  }
});
