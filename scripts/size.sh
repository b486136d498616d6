#!/usr/bin/env bash
# Prints the release transfer size: gzip -9 of the html, js, wasm and css in dist/.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total=0
for f in index.html *.js *.wasm *.css; do
  [[ -f "$f" ]] || continue
  n=$(gzip -9 -c "$f" | wc -c)
  total=$((total + n))
  printf '%8d  %s\n' "$n" "$f"
done
printf '%8d  total gzip bytes (%d KB)\n' "$total" $((total / 1024))
