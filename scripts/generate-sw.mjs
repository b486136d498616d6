// Writes dist/sw.js, the service worker that keeps the planner working
// offline, with Workbox's generateSW (npm workbox-build, version pinned in
// package.json). scripts/build.sh runs it after `trunk build --release`; the
// e2e update test runs it again on a changed copy of dist/ to "deploy" a
// newer build.
//
// What the generated worker does (all Workbox's code, none hand-written):
// - precaches every file of the build, each keyed by a hash of its content,
//   so a new build's worker installs the new files and, once active, deletes
//   the ones the old build had: the cache is replaced whole, never mixed;
// - answers navigations inside its scope with the cached index.html, so the
//   app opens with no network;
// - waits: a new worker does not take over by itself, only when the page
//   posts {type: 'SKIP_WAITING'} (src/ui/app_update.rs does that when the
//   user presses Reload with nothing left unsaved).
// The Workbox runtime is bundled into sw.js (no importScripts, nothing
// fetched from another origin), and every URL in it is relative to sw.js,
// so dist/ works from any sub-path.
//
// Usage: node scripts/generate-sw.mjs [dist-dir]   (default: dist)
import { generateSW } from 'workbox-build';
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Generates `<distDir>/sw.js`; returns Workbox's counts. Throws on any warning. */
export async function generateServiceWorker(distDir) {
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    // The app shell: page, Trunk's hashed js/wasm/css, icons and the manifest.
    globPatterns: ['**/*.{html,js,wasm,css,svg,png,webmanifest}'],
    swDest: join(distDir, 'sw.js'),
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    // Workbox skips larger files silently by default; the wasm must be cached.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Trunk's names already hold a content hash (main-504ae2298bc78036.css):
    // the URL is the revision, so the install may take them from the HTTP
    // cache instead of downloading the page's files a second time.
    dontCacheBustURLsMatching: /-[0-9a-f]{1,16}(_bg)?\.[a-z]+$/,
    // Relative: resolved against sw.js's own URL, so any sub-path works.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The page decides when a new build takes over (see above).
    skipWaiting: false,
    clientsClaim: false,
  });
  if (warnings.length > 0) throw new Error(`generateSW warnings:\n${warnings.join('\n')}`);
  return { count, size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = resolve(process.argv[2] ?? 'dist');
  const { count, size } = await generateServiceWorker(distDir);
  console.log(`sw.js: precaches ${count} files (${size} bytes) from ${distDir}`);
}
