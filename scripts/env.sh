# Sourced by the scripts: puts the npm wasm-opt (binaryen 132) first on PATH,
# because Debian's binaryen 108 silently breaks Leptos output.
PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PATH

# For scripts/build.sh and serve.sh: the app's wasm is split into chunks that load on demand
# (build.rs turns the split points on; scripts/split/wasm-bindgen, found by Trunk first on
# PATH, splits; scripts/finish-build.mjs places the chunks). Tests build one unsplit wasm.
use_split_build() {
  local top
  top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  export PLANNER_SPLIT=1 PLANNER_SPLIT_DIR="$top/target/wasm-split"
  export PATH="$top/scripts/split:$PATH"
}
