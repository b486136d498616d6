// Saving to a file: the File System Access API replaced by a recording fake
// (the first save asks for a place, later saves write to the same handle),
// Ctrl+S / Ctrl+O, Open through the import confirmation, the download
// fallback without the API, leaving with unsaved-to-file changes, the
// reminder, and the storage panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startAll, stopAll, openApp, checkClean, waitSaved, checkLayoutAndAxe, storedPlan } from './harness.mjs';

let server;
let browser;
before(async () => ({ server, browser } = await startAll()));
after(() => stopAll({ server, browser }));

/** Replaces showSaveFilePicker / showOpenFilePicker with fakes that record into window.__fsLog. */
async function fakeFileSystemAccess(context) {
  await context.addInitScript(() => {
    const log = { saveCalls: [], openCalls: 0, writes: [], keys: [] };
    window.__fsLog = log;
    // Set by tests: the name the "user" picks, a cancel, the file to open.
    window.__fsPick = { name: null, cancel: false, open: null };
    let nextId = 1;
    const makeHandle = (name, text) => {
      const handle = {
        kind: 'file', name, id: nextId++, text,
        async createWritable() {
          let buffer = '';
          return {
            async write(data) { buffer += String(data); },
            async close() {
              handle.text = buffer;
              log.writes.push({ handle: handle.id, name: handle.name, text: buffer });
            },
            async abort() {},
          };
        },
        async getFile() { return new File([handle.text], handle.name, { type: 'application/json' }); },
      };
      return handle;
    };
    const cancelled = () => new DOMException('The user aborted a request.', 'AbortError');
    window.showSaveFilePicker = async (options) => {
      log.saveCalls.push(JSON.parse(JSON.stringify(options)));
      if (window.__fsPick.cancel) { window.__fsPick.cancel = false; throw cancelled(); }
      return makeHandle(window.__fsPick.name ?? options.suggestedName, '');
    };
    window.showOpenFilePicker = async () => {
      log.openCalls += 1;
      const file = window.__fsPick.open;
      if (!file) throw cancelled();
      return [makeHandle(file.name, file.text)];
    };
    // Whether Ctrl+S / Ctrl+O reached the page with the browser's action stopped.
    window.addEventListener('keydown', (e) => {
      // Logged after the page's own listeners ran; modifier keys alone are not logged.
      if (e.ctrlKey && e.key !== 'Control') setTimeout(() => log.keys.push({ key: e.key, prevented: e.defaultPrevented }));
    });
  });
}

/** Removes the API, as in Firefox and Safari. */
async function removeFileSystemAccess(context) {
  await context.addInitScript(() => {
    for (const name of ['showSaveFilePicker', 'showOpenFilePicker']) {
      Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
    }
  });
}

const fileStatus = (page) => page.locator('.copies .file-status');
const headerSave = (page) => page.locator('.copies').getByRole('button', { name: 'Save to file' });
const fsLog = (page) => page.evaluate(() => window.__fsLog);

/** A valid plan file: the page's own saved plan with `changes` applied. */
async function planFile(page, changes) {
  const doc = (await storedPlan(page)).document;
  return JSON.stringify({ ...doc, ...changes }, null, 2);
}

/** Types into the title like a person (which also gives the page user activation). */
async function typeTitle(page, text) {
  const title = page.getByLabel('Plan title');
  await title.click();
  await title.press('Control+A');
  await title.pressSequentially(text);
}

test('the first save asks for a place; later saves write to the same file without asking', async () => {
  const context = await browser.newContext();
  await fakeFileSystemAccess(context);
  const page = await openApp(context, server);
  assert.equal(await fileStatus(page).textContent(), 'Not saved to a file yet');

  await typeTitle(page, 'Lincoln STEM plan');
  await waitSaved(page);
  assert.match(await fileStatus(page).textContent(), /^Changes not saved to a file since \d{2}:\d{2}$/);

  await headerSave(page).click();
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  const saved = await fileStatus(page).textContent();
  assert.match(saved, /^Saved to lincoln-stem-plan-\d{4}-\d{2}-\d{2}\.json at \d{2}:\d{2}$/);
  let log = await fsLog(page);
  assert.equal(log.saveCalls.length, 1, 'the first save asks where');
  assert.match(log.saveCalls[0].suggestedName, /^lincoln-stem-plan-.*\.json$/);
  assert.deepEqual(log.saveCalls[0].types[0].accept, { 'application/json': ['.json'] });
  assert.equal(log.writes.length, 1);
  const first = JSON.parse(log.writes[0].text);
  assert.equal(first.format, 'stem-leadership-plan');
  assert.equal(first.title, 'Lincoln STEM plan');

  // An edit, then Ctrl+S while typing: the same file, no picker.
  await typeTitle(page, 'Lincoln STEM plan 2027');
  await page.locator('.copies .file-status[data-state="unsaved"]').waitFor();
  await page.getByLabel('Plan title').press('Control+s');
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  log = await fsLog(page);
  assert.equal(log.saveCalls.length, 1, 'the second save did not ask');
  assert.equal(log.writes.length, 2);
  assert.equal(log.writes[1].handle, log.writes[0].handle, 'written to the same handle');
  assert.equal(JSON.parse(log.writes[1].text).title, 'Lincoln STEM plan 2027');
  await page.waitForFunction(() => window.__fsLog.keys.at(-1)?.key === 's');
  assert.deepEqual((await fsLog(page)).keys.at(-1), { key: 's', prevented: true }, "Ctrl+S stops the browser's dialog");

  // The written file is exactly what export produces: the same document.
  const { text: written } = log.writes[1];
  assert.ok(written.endsWith('}\n'));
  assert.equal(JSON.stringify(JSON.parse(written), null, 2) + '\n', written);

  // Save as… asks again; a cancelled picker is not an error. (To Data by the
  // hash alone: a new page load would drop the fake file system's log.)
  await page.evaluate(() => { location.hash = 'data'; });
  await page.evaluate(() => { window.__fsPick.cancel = true; });
  await page.getByRole('button', { name: 'Save as…' }).click();
  await page.waitForFunction(() => window.__fsLog.saveCalls.length === 2);
  assert.equal(await page.getByRole('alert').count(), 0, 'cancelling shows no error');
  assert.match(await fileStatus(page).textContent(), /^Saved to lincoln-stem-plan-.*\.json at /);
  await page.evaluate(() => { window.__fsPick.name = 'lincoln-drive-copy.json'; });
  await page.getByRole('button', { name: 'Save as…' }).click();
  await page.getByText(/^Saved to lincoln-drive-copy\.json at/).first().waitFor();
  log = await fsLog(page);
  assert.equal(log.saveCalls.length, 3);
  assert.match(log.saveCalls[2].suggestedName, /^lincoln-stem-plan-.*\.json$/, 'offers the last file name');
  checkClean(page);
  await context.close();
});

test('when the file code cannot be fetched, Save says why and keeps the plan; once it can, Save works', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await fakeFileSystemAccess(context);
  // The file work arrives on demand with the Data section's part (src/ui/file_sync/work.rs).
  let blocked = true;
  await context.route(/\/(split_district_data_about|chunk_\d+)-\w+\.wasm$/, (route) => (blocked ? route.abort('failed') : route.continue()));
  const page = await openApp(context, server);
  await typeTitle(page, 'Lincoln STEM plan');
  await waitSaved(page);

  await headerSave(page).click();
  const error = page.locator('.file-error, [role="alert"]').filter({ hasText: 'Files cannot be saved or opened right now' }).first();
  await error.waitFor();
  assert.match(await error.textContent(), /the server did not answer/);
  assert.match(await error.textContent(), /Your plan is safe in this browser/);
  assert.equal((await fsLog(page)).saveCalls.length, 0, 'no picker without the code');
  assert.equal(await page.getByLabel('Plan title', { exact: true }).inputValue(), 'Lincoln STEM plan');
  assert.ok(await headerSave(page).isEnabled(), 'Save can be tried again');

  blocked = false;
  await headerSave(page).click();
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  assert.equal((await fsLog(page)).writes.length, 1);
  // The only console errors are the loader's reports of the blocked fetches.
  const other = page.problems.filter((p) => !/split_district_data_about|chunk_|Failed to fetch|ERR_FAILED|WebAssembly/.test(p));
  assert.deepEqual(other, []);
  await context.close();
});

test('Ctrl+O opens a plan through the import confirmation and later saves go back to it', async () => {
  const context = await browser.newContext();
  await fakeFileSystemAccess(context);
  const page = await openApp(context, server);
  await typeTitle(page, 'Before opening');
  await waitSaved(page);
  const text = await planFile(page, {
    title: 'Roosevelt STEM plan', organization: { district: 'Roosevelt USD', school: '' },
  });
  await page.evaluate((text) => {
    window.__fsPick.open = { name: 'roosevelt.json', text };
  }, text);
  await page.getByLabel('Plan title').press('Control+o');
  await page.getByText('with “Roosevelt STEM plan” from roosevelt.json?').waitFor();
  await page.waitForFunction(() => window.__fsLog.keys.at(-1)?.key === 'o');
  assert.deepEqual((await fsLog(page)).keys.at(-1), { key: 'o', prevented: true });
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Roosevelt STEM plan');
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  assert.match(await fileStatus(page).textContent(), /^Opened roosevelt\.json at \d{2}:\d{2}$/);

  await page.getByLabel('School', { exact: true }).click();
  await page.getByLabel('School', { exact: true }).pressSequentially('Roosevelt Elementary');
  await page.keyboard.press('Control+s');
  await page.locator('.copies .file-status[data-state="saved"]').filter({ hasText: 'Saved to roosevelt.json' }).waitFor();
  const log = await fsLog(page);
  assert.equal(log.saveCalls.length, 0, 'saved back to the opened file without asking');
  assert.equal(log.writes[0].name, 'roosevelt.json');
  assert.equal(JSON.parse(log.writes[0].text).organization.school, 'Roosevelt Elementary');

  // A broken file is refused with the import's message; the plan stays.
  await page.evaluate(() => {
    window.__fsPick.open = { name: 'broken.json', text: '{"format": "stem-leadership-plan", "version": 1,,}' };
  });
  await page.getByRole('button', { name: 'Open file…' }).click();
  await page.getByRole('alert').filter({ hasText: '“broken.json” was not imported' }).waitFor();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Roosevelt STEM plan');
  checkClean(page);
  await context.close();
});

test('without the API, Save downloads the plan file and Open uses the file picker', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await removeFileSystemAccess(context);
  const page = await openApp(context, server);
  await typeTitle(page, 'Firefox plan');
  await waitSaved(page);

  const [download] = await Promise.all([page.waitForEvent('download'), headerSave(page).click()]);
  assert.match(download.suggestedFilename(), /^firefox-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(doc.title, 'Firefox plan');
  // A download is a sync point, as a save is: the file records the versions it holds, so a
  // copy of it merged back later asks only about what changed since.
  assert.ok(Object.keys(doc.versions ?? {}).length > 50, 'the downloaded file records its items\' versions');
  assert.match(await fileStatus(page).textContent(), /^Downloaded firefox-plan-.*\.json at \d{2}:\d{2}$/);

  await typeTitle(page, 'Firefox plan 2');
  const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  assert.equal(JSON.parse(await readFile(await again.path(), 'utf8')).title, 'Firefox plan 2');

  await page.goto(server.url + '#data');
  assert.match(await page.locator('.file-panel').textContent(), /cannot save to a file you choose/);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open file…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'older.json', mimeType: 'application/json',
    buffer: Buffer.from(await planFile(page, { title: 'Older plan' })),
  });
  await page.getByText('with “Older plan” from older.json?').waitFor();
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  assert.match(await fileStatus(page).textContent(), /^Opened older\.json at /);
  checkClean(page);
  await context.close();
});

/** Closes the page running beforeunload; returns the dialogs it raised. */
async function closeAndCollectDialogs(page) {
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.accept();
  });
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  return dialogs;
}

test('leaving asks first only when there are changes not saved to a file', async () => {
  const context = await browser.newContext();
  await fakeFileSystemAccess(context);

  const untouched = await openApp(context, server);
  await untouched.getByLabel('Plan title').click(); // activation, but no edit
  checkClean(untouched);
  assert.deepEqual(await closeAndCollectDialogs(untouched), [], 'an untouched page leaves quietly');

  const edited = await openApp(context, server);
  await typeTitle(edited, 'Unsaved to file');
  await waitSaved(edited); // saved in the browser, not to a file
  checkClean(edited);
  assert.deepEqual(await closeAndCollectDialogs(edited), ['beforeunload']);

  const saved = await openApp(context, server);
  await typeTitle(saved, 'Saved to file');
  await saved.keyboard.press('Control+s');
  await saved.locator('.copies .file-status[data-state="saved"]').waitFor();
  await waitSaved(saved);
  checkClean(saved);
  assert.deepEqual(await closeAndCollectDialogs(saved), [], 'nothing to lose once saved to a file');
  await context.close();
});

test('a quiet reminder offers to save after a while of editing, without taking focus', async () => {
  const context = await browser.newContext();
  await fakeFileSystemAccess(context);
  const page = await openApp(context, server, '?remind=1');
  const note = page.locator('.file-note[role="status"]');
  await page.waitForTimeout(1500);
  assert.equal(await note.count(), 0, 'no reminder before any edit');

  await typeTitle(page, 'Reminder plan');
  await note.waitFor();
  assert.match(await note.textContent(), /Changes not saved to a file since \d{2}:\d{2}/);
  assert.ok(await page.getByLabel('Plan title').evaluate((el) => el === document.activeElement), 'focus stays in the field');

  await note.getByRole('button', { name: 'Not now' }).click();
  assert.equal(await note.count(), 0, 'dismissed');
  await note.waitFor(); // back after another delay
  await note.getByRole('button', { name: 'Save now' }).click();
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  assert.equal(await note.count(), 0);
  checkClean(page);
  await context.close();
});

test('Data shows whether the browser keeps the data, and the space used', async () => {
  const context = await browser.newContext();
  const page = await openApp(context, server);
  await typeTitle(page, 'Storage plan');
  await waitSaved(page);
  await page.goto(server.url + '#data');
  const persist = page.locator('.persist-status');
  await page.locator('.persist-status:not([data-state="unknown"])').waitFor();
  assert.match(await persist.textContent(), /^(Granted|Not granted):/);
  await page.getByText(/Space the browser allows this site: [\d.]+ [KMG]?B/).waitFor();
  assert.match(
    await page.locator('.storage-space').textContent(),
    /^1 plan uses \d+ KB of the 5 MB this browser gives the planner \(\d+ %\); about \d+ more plans of this size fit\./,
  );
  checkClean(page);
  await context.close();
});

/**
 * A picker that returns real handles from the origin-private file system
 * (which IndexedDB can keep), recording picks, writes and permission prompts
 * in sessionStorage so the record survives a reload. `sessionStorage.__perm`
 * = 'deny' makes kept handles need a prompt that is refused.
 */
async function fakeOpfsPicker(context) {
  await context.addInitScript(() => {
    const read = () => JSON.parse(sessionStorage.getItem('__opfsLog') ?? '{"picks":[],"writes":[],"prompts":0}');
    const record = (change) => { const log = read(); change(log); sessionStorage.setItem('__opfsLog', JSON.stringify(log)); };
    window.__opfsLog = read;
    const root = () => navigator.storage.getDirectory();
    // Handles picked in this page are allowed; kept ones start at "prompt".
    const picked = new WeakSet();
    window.showSaveFilePicker = async (options) => {
      record((log) => log.picks.push(options.suggestedName));
      const handle = await (await root()).getFileHandle(options.suggestedName, { create: true });
      picked.add(handle);
      return handle;
    };
    window.showOpenFilePicker = async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    };
    const createWritable = FileSystemFileHandle.prototype.createWritable;
    FileSystemFileHandle.prototype.createWritable = async function (...args) {
      const writable = await createWritable.apply(this, args);
      const close = writable.close.bind(writable);
      const name = this.name;
      writable.close = async () => { await close(); record((log) => log.writes.push(name)); };
      return writable;
    };
    FileSystemHandle.prototype.queryPermission = async function () {
      return sessionStorage.getItem('__perm') === 'deny' && !picked.has(this) ? 'prompt' : 'granted';
    };
    FileSystemHandle.prototype.requestPermission = async () => {
      record((log) => { log.prompts += 1; });
      return sessionStorage.getItem('__perm') === 'deny' ? 'denied' : 'granted';
    };
  });
}

/** The text of a file in the origin-private file system. */
const opfsText = (page, name) => page.evaluate(async (name) => {
  const root = await navigator.storage.getDirectory();
  return (await (await root.getFileHandle(name)).getFile()).text();
}, name);

/** Writes `text` to a file in the origin-private file system. */
const opfsWrite = (page, name, text) => page.evaluate(async ({ name, text }) => {
  const root = await navigator.storage.getDirectory();
  const writable = await (await root.getFileHandle(name, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
}, { name, text });

/** Waits until Data lists `name` as a recent file (the kept handles are loaded). */
async function waitRecent(page, name) {
  await page.goto(page.url().replace(/#.*$/, '') + '#data');
  await page.locator('.recent-files li').filter({ hasText: name }).waitFor();
}

test('the file is kept across a reload: save, reload, save again writes to the same file', async () => {
  const context = await browser.newContext();
  await fakeOpfsPicker(context);
  const page = await openApp(context, server);
  await typeTitle(page, 'Kept plan');
  await headerSave(page).click();
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  const name = (await page.evaluate(() => window.__opfsLog())).picks[0];
  assert.match(name, /^kept-plan-\d{4}-\d{2}-\d{2}\.json$/);
  await waitRecent(page, name); // kept in IndexedDB just after the write

  await page.reload();
  await page.locator('.app-header').waitFor();
  await waitRecent(page, name);
  await typeTitle(page, 'Kept plan, second edit');
  await page.locator('.copies .file-status[data-state="unsaved"]').waitFor();
  await page.keyboard.press('Control+s');
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  const log = await page.evaluate(() => window.__opfsLog());
  assert.deepEqual(log.picks, [name], 'one pick');
  assert.deepEqual(log.writes, [name, name], 'two writes to the same file');
  assert.equal(JSON.parse(await opfsText(page, name)).title, 'Kept plan, second edit');
  assert.match(await page.locator('.file-panel').textContent(), /also after you reload the page/);
  checkClean(page);
  await context.close();
});

test('Data lists recent files and reopens one through the import confirmation', async () => {
  const context = await browser.newContext();
  await fakeOpfsPicker(context);
  const page = await openApp(context, server);
  await typeTitle(page, 'Recent plan');
  await page.keyboard.press('Control+s');
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  const name = (await page.evaluate(() => window.__opfsLog())).picks[0];
  await typeTitle(page, 'Changed after saving');
  await waitSaved(page);

  await waitRecent(page, name);
  const item = page.locator('.recent-files li').filter({ hasText: name });
  assert.match(await item.textContent(), /Saved at \d{2}:\d{2}/);
  await checkLayoutAndAxe(page, 'Data with recent files');
  await page.setViewportSize({ width: 360, height: 740 });
  await checkLayoutAndAxe(page, 'Data with recent files at 360 px');
  await item.getByRole('button', { name: `Open ${name}` }).click();
  await page.getByText(`with “Recent plan” from ${name}?`).waitFor();
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Recent plan');
  await page.locator('.copies .file-status[data-state="saved"]').filter({ hasText: `Opened ${name}` }).waitFor();
  checkClean(page);
  await context.close();
});

test('a kept file the browser no longer allows falls back to the save dialog with its name', async () => {
  const context = await browser.newContext();
  await fakeOpfsPicker(context);
  const page = await openApp(context, server);
  await typeTitle(page, 'Refused plan');
  await page.keyboard.press('Control+s');
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  const name = (await page.evaluate(() => window.__opfsLog())).picks[0];
  // The handle is kept in IndexedDB after the write: wait for it before reloading (the
  // status says "saved" as soon as the file is written).
  await waitRecent(page, name);

  await page.evaluate(() => sessionStorage.setItem('__perm', 'deny'));
  await page.reload();
  await page.locator('.app-header').waitFor();
  await waitRecent(page, name);
  await typeTitle(page, 'Refused plan 2');
  await page.keyboard.press('Control+s');
  await page.waitForFunction(() => window.__opfsLog().writes.length === 2);
  const log = await page.evaluate(() => window.__opfsLog());
  assert.equal(log.prompts, 1, 'the browser asked once');
  assert.deepEqual(log.picks, [name, name], 'then the save dialog, offering the same name');
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'no error');
  assert.equal(JSON.parse(await opfsText(page, name)).title, 'Refused plan 2');
  checkClean(page);
  await context.close();
});

test('a plan file opened from the system (launchQueue) opens after confirmation and Ctrl+S saves back to it', async () => {
  const context = await browser.newContext();
  await fakeOpfsPicker(context);
  await context.addInitScript(() => {
    // The installed app's launch queue: records the consumer the page sets.
    window.__launchConsumers = [];
    Object.defineProperty(window, 'launchQueue', {
      configurable: true,
      value: { setConsumer(consumer) { window.__launchConsumers.push(consumer); } },
    });
  });
  const page = await openApp(context, server);
  await typeTitle(page, 'Before launch');
  await waitSaved(page);
  assert.equal(await page.evaluate(() => window.__launchConsumers.length), 1, 'one consumer');
  const text = await planFile(page, { title: 'Launched plan', organization: { district: 'Files app USD', school: '' } });
  await opfsWrite(page, 'launched.json', text);
  await page.evaluate(() => sessionStorage.removeItem('__opfsLog')); // the file as the Files app has it
  await page.evaluate(async () => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle('launched.json');
    window.__launchConsumers[0]({ files: [handle] });
  });
  await page.getByText('with “Launched plan” from launched.json?').waitFor();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Before launch', 'nothing replaced before confirming');
  await page.getByRole('button', { name: 'Replace current plan' }).click();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Launched plan');
  await page.locator('.copies .file-status[data-state="saved"]').filter({ hasText: 'Opened launched.json' }).waitFor();
  // Undone like any import, and opened again.
  await page.getByRole('button', { name: 'Undo: import “launched.json”' }).click();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Before launch');
  await page.getByRole('button', { name: 'Redo: import “launched.json”' }).click();
  assert.equal(await page.getByLabel('Plan title').inputValue(), 'Launched plan');

  await page.getByLabel('School', { exact: true }).click();
  await page.getByLabel('School', { exact: true }).pressSequentially('Launch Elementary');
  await page.keyboard.press('Control+s');
  await page.locator('.copies .file-status[data-state="saved"]').filter({ hasText: 'Saved to launched.json' }).waitFor();
  const log = await page.evaluate(() => window.__opfsLog());
  assert.deepEqual(log.picks, [], 'no save dialog');
  assert.deepEqual(log.writes, ['launched.json']);
  assert.equal(JSON.parse(await opfsText(page, 'launched.json')).organization.school, 'Launch Elementary');
  checkClean(page);
  await context.close();
});

test('without IndexedDB the file is kept for the visit only, with a quiet note and no error', async () => {
  const context = await browser.newContext();
  await fakeOpfsPicker(context);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
  });
  const page = await openApp(context, server, '#data');
  await page.locator('.keeps-files-note').waitFor();
  assert.match(await page.locator('.keeps-files-note').textContent(), /does not let the planner remember files between visits/);
  await typeTitle(page, 'No IndexedDB');
  await page.keyboard.press('Control+s');
  await page.locator('.copies .file-status[data-state="saved"]').waitFor();
  await typeTitle(page, 'No IndexedDB 2');
  await page.keyboard.press('Control+s');
  await page.waitForFunction(() => window.__opfsLog().writes.length === 2);
  assert.equal((await page.evaluate(() => window.__opfsLog())).picks.length, 1, 'this visit still saves to the same file');
  assert.equal(await page.getByRole('alert').count(), 0, 'no error');
  assert.equal(await page.locator('.recent-files').count(), 0);
  checkClean(page);
  await context.close();
});
