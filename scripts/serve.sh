#!/usr/bin/env bash
# Sets up the tools (first run only) and serves the app at http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
use_split_build
# trunk serve writes no sw.js (scripts/build.sh does): build without registering it.
export PLANNER_DEV_SERVER=1
exec trunk serve --release --offline "$@"
