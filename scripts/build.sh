#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), split into chunks that load
# on demand (see use_split_build in env.sh), then the
# service worker that precaches it for offline use (scripts/generate-sw.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
use_split_build
trunk build --release --offline "$@"
node scripts/generate-sw.mjs dist
