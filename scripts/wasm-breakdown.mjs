// Where the wasm's bytes go, by crate and, for this app, by module: what
// issue 14 asks the closing note to give. Reads the release wasm as rustc
// wrote it (before wasm-bindgen and wasm-opt, which strip the names), so the
// figures are raw bytes of code and data before optimisation and gzip: use
// them to compare parts, and scripts/size.sh for the real transfer.
//   cargo install twiggy --locked   (once)
//   scripts/build.sh && node scripts/wasm-breakdown.mjs [rows=30]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const rows = Number(process.argv[2] ?? 30);
const target = process.env.CARGO_TARGET_DIR ?? 'target';
// WASM=target/wasm-split/stem-leadership-planner.wasm: the split build's main module (the first load).
const wasm = process.env.WASM ?? join(target, 'wasm32-unknown-unknown/release/stem-leadership-planner.wasm');
if (!existsSync(wasm)) {
  console.error(`${wasm} is missing: run scripts/build.sh first.`);
  process.exit(2);
}
let csv;
try {
  csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', wasm], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
} catch {
  console.error('twiggy is not installed: cargo install twiggy --locked');
  process.exit(2);
}

// Twiggy's CSV: Name,ShallowSize,... ; names may be quoted and hold commas.
const items = [];
for (const line of csv.split('\n').slice(1)) {
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  if (m) items.push([m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), Number(m[2])]);
}

/** The crate an item belongs to; for this app, its module (`app ui::matrix`). */
function owner(name) {
  if (/function names|wasm_bindgen_unstable|__wbindgen_describe/.test(name)) return null;
  if (name.startsWith('data segment')) return 'data (text of the app and its crates)';
  // `<T as tachys::...>::f` counts for the trait's crate: that is the code it generated.
  const path = name.replace(/^<[^>]*? as /, '').replace(/^</, '');
  const m = path.match(/^([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (!m) return 'other';
  if (m[1] !== 'stem_leadership_planner') return m[1];
  const parts = path.split('::');
  const module = ['ui', 'model', 'storage', 'web'].includes(parts[1])
    ? parts.slice(1, 3).join('::').replace(/^(\w+)::(_|__component_\w+)$/, '$1 (top level)')
    : parts[1];
  return `app ${module}`;
}

const totals = new Map();
let all = 0;
for (const [name, size] of items) {
  const key = owner(name);
  if (!key) continue;
  totals.set(key, (totals.get(key) ?? 0) + size);
  all += size;
}
const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KB`;
const app = [...totals].filter(([k]) => k.startsWith('app ')).reduce((n, [, v]) => n + v, 0);
console.log(`${wasm}: ${kb(all)} of code and data before wasm-opt (our code: ${kb(app).trim()})`);
for (const [key, size] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
  console.log(`${kb(size)} ${((100 * size) / all).toFixed(1).padStart(5)}%  ${key}`);
}
