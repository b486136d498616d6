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
#
# It fails when the total passes BUDGET_BYTES, so growth fails the test
# command. Issue 14 asks for 300 KB; the app is not there yet (see README,
# Measuring), so the budget is the size reached, rounded up: it may only go
# down. Where the bytes go: node scripts/wasm-breakdown.mjs.
set -euo pipefail
BUDGET_BYTES=624640 # 610 KiB
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
if ((total > BUDGET_BYTES)); then
  echo "FAIL: the transfer is $total bytes, over the budget of $BUDGET_BYTES bytes (scripts/size.sh)." >&2
  exit 1
fi
echo "Within the budget of $BUDGET_BYTES bytes ($((BUDGET_BYTES - total)) to spare)."
