#!/usr/bin/env bash
# Sets up the tools (first run only) and runs every test: formatting and
# lints, native model tests, browser tests (wasm-bindgen-test in headless
# Chromium) and end-to-end journeys against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

step() { printf '\n== %s\n' "$*"; }

step "Format and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

step "Native tests (model and file format)"
cargo test --quiet

step "Plan file schema (ajv validates planner-written, documented and invalid files) and docs"
node --test tests/schema.test.mjs tests/docs.test.mjs

step "Browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web --test web_files --test web_components --test web_progress

step "Release build"
scripts/build.sh
scripts/size.sh

step "Release zip (scripts/package.sh) and the content security policy of the build"
node --test tests/package.test.mjs tests/csp.test.mjs

step "End-to-end journeys (Chromium, release build served from a sub-path)"
node --test --test-concurrency=1 tests/e2e/
