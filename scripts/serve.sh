#!/usr/bin/env bash
# Sets up the tools (first run only) and serves the app at http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --release --offline "$@"
