#!/usr/bin/env bash
# Release build into dist/ (assumes scripts/setup.sh has run), then the
# service worker that precaches it for offline use (scripts/generate-sw.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline "$@"
node scripts/generate-sw.mjs dist
