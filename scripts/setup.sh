#!/usr/bin/env bash
# Installs what building (and, with --test, testing) needs. Idempotent: each
# tool is skipped when the right version is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
want_test_tools=false
[[ "${1:-}" == "--test" ]] && want_test_tools=true

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  step "Installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]]; then
  step "Installing wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Without --locked: the CLI's own lockfile names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "=$bindgen_version" --force
fi

# wasm-split-cli splits the release wasm into chunks (scripts/split/wasm-bindgen); its
# version matches the wasm_split_helpers that Leptos uses (Cargo.lock).
WASM_SPLIT_VERSION=0.2.4
# (It has no --version; cargo's list of installed crates tells.)
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "Installing wasm-split-cli $WASM_SPLIT_VERSION (a few minutes, once)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# npm tools (wasm-opt from binaryen, Playwright's driver, axe-core, ajv for the
# plan file schema test); only the lockfile's versions, reinstalled when the
# lockfile changes.
stamp=node_modules/.package-lock.sha
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  step "Installing npm build and test tools"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

# Debian packages for the tests: Chromium and ChromeDriver for the browser tests and e2e
# journeys; Java for the Nu HTML checker (npm vnu-jar, tests/e2e/html.test.mjs); zip and unzip
# for the release zip (scripts/package.sh, tests/package.test.mjs); openssl for the benchmark's
# HTTPS server (scripts/bench.mjs, Lighthouse over HTTP/2).
if $want_test_tools; then
  packages=()
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    packages+=(chromium chromium-driver)
  fi
  command -v java >/dev/null || packages+=(default-jre-headless)
  command -v zip >/dev/null || packages+=(zip)
  command -v unzip >/dev/null || packages+=(unzip)
  command -v openssl >/dev/null || packages+=(openssl)
  if ((${#packages[@]} > 0)); then
    step "Installing Debian packages: ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    sudo_cmd=""
    [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    $sudo_cmd apt-get install -y -q "${packages[@]}"
  fi
fi
