#!/usr/bin/env bash
# Runs every test of the project: the README's test command and what CI runs (.ci/run).
# It installs what the tests need first, so it works on a fresh machine. Any failing step
# stops it with a non-zero status; when all pass, the last line sums up what ran:
#   All checks passed: fmt, clippy, 381 cargo tests, 142 browser checks on 2 sites
# Arguments go to `cargo test` (`bash tests/run-all.sh -- --test-threads 1`).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust from https://rustup.rs first" >&2
  exit 1
fi

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
ran=()

# In CI nothing may be skipped: a missing lint tool fails instead of being left out.
ci=
if [ -n "${CI:-}" ] && [ "${CI}" != "false" ] && [ "${CI}" != "0" ]; then ci=1; fi
lint_tool() { # NAME COMPONENT: true when `cargo NAME` runs; otherwise says so (and fails in CI)
  if cargo "$1" --version >/dev/null 2>&1; then return 0; fi
  if [ -n "$ci" ]; then
    echo "run-all: cargo $1 is not installed (rustup component add $2), and CI may skip nothing" >&2
    exit 1
  fi
  echo "skipped: cargo $1 is not installed (rustup component add $2)" >&2
  return 1
}

# Formatting and lints first: quick, and every clippy warning is an error.
if lint_tool fmt rustfmt; then
  cargo fmt --check
  ran+=(fmt)
fi
if lint_tool clippy clippy; then
  cargo clippy --all-targets --locked -- -D warnings
  ran+=(clippy)
fi

# Tools the tests drive: Chromium, poppler, Java (vnu), zbar and rsvg (QR codes), and the
# pinned npm packages. Installed only when missing.
bash tests/browser/install.sh

# Unit and integration tests. A test that cannot run here prints "skipped: ..." (and fails
# when CI is set, but for the two that need what a clone does not have: the source guides
# beside the repository, and root to mount a tmpfs).
cargo test --locked "$@" 2>&1 | tee "$logs/cargo-test.txt"
tests=$(awk '/^test result: /{ for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed/) n += $i } END { print n + 0 }' "$logs/cargo-test.txt")
skipped=$(grep -c '^skipped: ' "$logs/cargo-test.txt" || true)
summary="$tests cargo tests"
if [ "$skipped" -eq 1 ]; then summary+=" (1 check skipped, named above)"; fi
if [ "$skipped" -gt 1 ]; then summary+=" ($skipped checks skipped, named above)"; fi
ran+=("$summary")

# Browser checks (issue #3): the built site in headless Chromium, vnu, printed handouts;
# on the shipped SMP example and on the non-SMP fixture with two treatments.
mkdir -p target
cargo run --release --locked -- build --out target/site-under-test
node tests/browser/check.mjs target/site-under-test | tee "$logs/browser-example.txt"
cargo run --release --locked -- -C tests/fixtures/studio build --out "$PWD/target/fixture-under-test"
node tests/browser/check.mjs target/fixture-under-test | tee "$logs/browser-fixture.txt"
checks=0
for f in "$logs"/browser-*.txt; do
  n=$(grep -E '^[0-9]+ passed, 0 failed$' "$f" | tail -n 1 | cut -d' ' -f1 || true)
  checks=$((checks + ${n:-0}))
done
ran+=("$checks browser checks on 2 sites")

summary=$(printf '%s, ' "${ran[@]}")
echo
echo "All checks passed: ${summary%, }"
