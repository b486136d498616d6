#!/usr/bin/env bash
# The download budgets of the release build in dist/, in gzip -9 bytes (what a host that
# compresses sends; dist/ also holds .gz and .br copies for hosts that serve them as they are):
#
# - first load: index.html and every js, wasm and css file it names (Trunk's script and
#   preloads, the chunk loader, the styles): what a first visit fetches before the matrix is
#   ready. Sections and heavier views are chunks that only the loader names; they arrive when
#   first opened.
# - whole build: every html, js, wasm and css file, chunks included (sw.js aside): what the
#   service worker's install stores for offline use after the first visit.
#
# sw.js, the manifest and icons are printed for the record: the browser fetches them in the
# background after the page has loaded, and they never delay opening the planner.
# It fails when either total passes its budget, so growth fails the test command.
# Where the bytes go: node scripts/wasm-breakdown.mjs.
#
# `scripts/size.sh --single` builds the same code as one wasm, with no split points, into
# target/dist-single and prints its transfer: what the whole-build budget is set against.
set -euo pipefail
FIRST_LOAD_BUDGET=300000 # 300 KB
# What the split may cost over not splitting: 12 % over the single-wasm build of the same code,
# raised only with the code it measures (docs/performance.md keeps the history):
# - 684,500: 10 % over the 622,286-byte build the split replaced;
# - 756,500: 12 % over 675,419, issue 22 (several plans, next school year, progress over the
#   years), whose code shared between the sections' chunks took the split's cost to 11.7 %;
# - 792,000: 12 % over 707,139, issue 20 (merge a copy of the plan); the split costs 11.5 %.
WHOLE_BUILD_BUDGET=792000
top="$(cd "$(dirname "$0")/.." && pwd)"

gz() { gzip -9 -c "$1" | wc -c; }

if [[ "${1:-}" == "--single" ]]; then
  # No use_split_build: cargo builds without cfg(split), Trunk calls the real wasm-bindgen.
  (cd "$top" && source scripts/env.sh && trunk build --release --offline --dist target/dist-single >/dev/null)
  single_total=0
  for f in "$top"/target/dist-single/*.{html,js,wasm,css}; do
    [[ -f "$f" ]] && single_total=$((single_total + $(gz "$f")))
  done
  printf '%8d  the single-wasm build, gzip bytes: the whole-build budget is %d (%d %% over it)\n' \
    "$single_total" "$WHOLE_BUILD_BUDGET" $(((WHOLE_BUILD_BUDGET * 100 / single_total) - 100))
  exit 0
fi
cd "$top/dist"

# The files index.html names: href="x.css", src=..., import ... from './x.js', './x_bg.wasm';
# not the disabled stylesheets of sections that arrive on demand (fetched with their code).
first=(index.html)
while IFS= read -r name; do
  [[ -f "$name" && "$name" != sw.js ]] && first+=("$name")
done < <(grep -v disabled index.html | grep -oE "[A-Za-z0-9_.-]+\.(js|wasm|css)" | sort -u)

first_total=0
echo "First load (index.html and what it names):"
for f in "${first[@]}"; do
  n=$(gz "$f")
  first_total=$((first_total + n))
  printf '%8d  %s\n' "$n" "$f"
done
printf '%8d  first load, gzip bytes (%d KB)\n' "$first_total" $((first_total / 1024))

rest_total=0 rest_count=0
for f in *.html *.js *.wasm *.css; do
  [[ -f "$f" && "$f" != sw.js ]] || continue
  [[ " ${first[*]} " == *" $f "* ]] && continue
  rest_total=$((rest_total + $(gz "$f")))
  rest_count=$((rest_count + 1))
done
whole_total=$((first_total + rest_total))
printf '%8d  in %d files loaded on demand (sections, views, shared chunks)\n' "$rest_total" "$rest_count"
printf '%8d  whole build, gzip bytes (%d KB)\n' "$whole_total" $((whole_total / 1024))

echo "After load, in the background (in neither total):"
for f in sw.js manifest.webmanifest icons/*.png; do
  [[ -f "$f" ]] || continue
  printf '%8d  %s\n' "$(gz "$f")" "$f"
done

failed=false
if ((first_total > FIRST_LOAD_BUDGET)); then
  echo "FAIL: the first load is $first_total bytes, over its budget of $FIRST_LOAD_BUDGET (scripts/size.sh)." >&2
  failed=true
fi
if ((whole_total > WHOLE_BUILD_BUDGET)); then
  echo "FAIL: the whole build is $whole_total bytes, over its budget of $WHOLE_BUILD_BUDGET (scripts/size.sh)." >&2
  failed=true
fi
$failed && exit 1
echo "Within both budgets: first load $((FIRST_LOAD_BUDGET - first_total)) bytes to spare, whole build $((WHOLE_BUILD_BUDGET - whole_total))."
