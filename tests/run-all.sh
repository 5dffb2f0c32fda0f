#!/usr/bin/env bash
# Runs every test of the project: the README's test command and what CI runs.
# It installs what the tests need first, so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust from https://rustup.rs first" >&2
  exit 1
fi

# Tools the tests drive: Chromium, poppler, Java (vnu), zbar and rsvg (QR codes), and the
# pinned npm packages. Installed only when missing.
bash tests/browser/install.sh

# Lints: every warning of clippy is an error (the toolchain's clippy component).
if cargo clippy --version >/dev/null 2>&1; then
  cargo clippy --all-targets --locked -- -D warnings
else
  echo "clippy is not installed (rustup component add clippy): lints skipped" >&2
fi

cargo test --locked "$@"

# Browser checks (issue #3): the built site in headless Chromium, vnu, printed handouts;
# on the shipped SMP example and on the non-SMP fixture with two treatments.
mkdir -p target
cargo run --release --locked -- build --out target/site-under-test
node tests/browser/check.mjs target/site-under-test
cargo run --release --locked -- -C tests/fixtures/studio build --out "$PWD/target/fixture-under-test"
node tests/browser/check.mjs target/fixture-under-test
