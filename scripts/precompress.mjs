// Writes a .gz and a .br copy beside every text and wasm file of a build, for hosts that
// serve precompressed files as they are (nginx gzip_static / brotli_static, Apache
// MultiViews, most static hosts pick them up by name): gzip -9 and brotli at its highest
// quality, with Node's own zlib. The budgets (scripts/size.sh) stay in gzip; brotli is
// about a quarter smaller on the wasm. Run by scripts/build.sh after sw.js is written, so
// the service worker precaches the originals only.
//
// Usage: node scripts/precompress.mjs [dist-dir]   (default: dist)
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|wasm|css|svg|webmanifest|json)$/;

/** Compresses every compressible file under `dir`; returns the bytes before and after. */
export async function precompress(dir) {
  const totals = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if (!COMPRESSIBLE.test(entry) || !(await stat(path)).isFile()) continue;
    const raw = await readFile(path);
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    await writeFile(`${path}.gz`, gz);
    await writeFile(`${path}.br`, br);
    totals.files += 1;
    totals.raw += raw.length;
    totals.gzip += gz.length;
    totals.brotli += br.length;
  }
  return totals;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const t = await precompress(dir);
  console.log(`precompress: ${t.files} files, ${t.raw} bytes; .gz ${t.gzip}, .br ${t.brotli} (${Math.round((1 - t.brotli / t.gzip) * 100)} % under gzip)`);
}
