#!/usr/bin/env bash
# Runs every test of the project: the README's test command and what CI runs.
# It installs what the tests need first, so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust from https://rustup.rs first" >&2
  exit 1
fi

cargo test --locked "$@"

# Browser checks (issue #3): the built site in headless Chromium, vnu, printed handouts.
bash tests/browser/install.sh
mkdir -p target
cargo run --release --locked -- build --out target/site-under-test
node tests/browser/check.mjs target/site-under-test
