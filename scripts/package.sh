#!/usr/bin/env bash
# Packs the release build for hosting: dist/ as one zip, files at the zip's root (unzip it into
# the folder the host serves), named after Cargo.toml's version:
#   target/release-zip/stem-leadership-planner-<version>.zip
# It builds nothing when dist/ is there (the test command has just built and tested it); with no
# dist/ it runs scripts/build.sh first. The zip is the same for the same dist/: entries in a
# fixed order (byte order of their paths), one timestamp, no owners or extra attributes.
# Prints the zip's path as its last line. Needs `zip` (scripts/setup.sh --test installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "package.sh: $*" >&2
  exit 1
}

if [[ ! -d dist ]]; then
  echo "dist/ is missing: building it (scripts/build.sh)" >&2
  scripts/build.sh >&2
fi
for required in index.html sw.js; do
  [[ -f "dist/$required" ]] ||
    fail "dist/$required is missing: dist/ is not a complete release build (run scripts/build.sh)"
done
command -v zip >/dev/null ||
  fail "zip is not installed: run scripts/setup.sh --test (or apt-get install zip)"

# The [package] section's version.
version=$(awk '/^\[/ { in_package = ($0 == "[package]") }
  in_package && /^version *= *"/ { gsub(/^version *= *"|".*$/, ""); print; exit }' Cargo.toml)
[[ -n "$version" ]] || fail "no version in Cargo.toml's [package] section"

out_dir="$PWD/target/release-zip"
zip_file="$out_dir/stem-leadership-planner-$version.zip"
mkdir -p "$out_dir"
rm -f "$zip_file"

# A copy with fixed times and modes, so the zip depends only on the files' names and bytes.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R dist/. "$stage/"
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod 644 {} +
find "$stage" -exec touch -h -d '2000-01-01T00:00:00Z' {} +
(
  cd "$stage"
  find . -type f -printf '%P\n' | LC_ALL=C sort |
    TZ=UTC zip -X -D -9 -q "$zip_file" -@
)
count=$(find "$stage" -type f | wc -l)
echo "Packed $count files of dist/ ($(du -k "$zip_file" | cut -f1) KB):" >&2
echo "$zip_file"
