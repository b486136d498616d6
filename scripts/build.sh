#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), split into chunks that load
# on demand (see use_split_build in env.sh), then the service worker that precaches it for
# offline use (scripts/generate-sw.mjs), then .gz and .br copies of every text and wasm file
# for hosts that serve them as they are (scripts/precompress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
use_split_build
trunk build --release --offline "$@"
node scripts/generate-sw.mjs dist
node scripts/precompress.mjs dist
