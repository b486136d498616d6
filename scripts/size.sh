#!/usr/bin/env bash
# Prints the release transfer size: gzip -9 of the html, js, wasm and css in
# dist/, which the page needs before it can open (the total).
#
# sw.js is printed but not in the total: the browser fetches it after the page
# has loaded, in the background, once per visit (to see whether a newer build
# is out), and it never delays opening the app. The manifest and icons are
# likewise fetched in the background (install prompt, precache) and printed
# for the record. On the first visit the worker's install fetches the build
# once more to cache it; Trunk's hashed files may come from the HTTP cache.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total=0
for f in index.html *.js *.wasm *.css; do
  [[ -f "$f" && "$f" != sw.js ]] || continue
  n=$(gzip -9 -c "$f" | wc -c)
  total=$((total + n))
  printf '%8d  %s\n' "$n" "$f"
done
printf '%8d  total gzip bytes (%d KB)\n' "$total" $((total / 1024))
echo "After load, in the background (not in the total):"
for f in sw.js manifest.webmanifest icons/*.png; do
  [[ -f "$f" ]] || continue
  printf '%8d  %s\n' "$(gzip -9 -c "$f" | wc -c)" "$f"
done
