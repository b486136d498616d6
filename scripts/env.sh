# Sourced by the scripts: puts the npm wasm-opt (binaryen 132) first on PATH,
# because Debian's binaryen 108 silently breaks Leptos output.
PATH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PATH
