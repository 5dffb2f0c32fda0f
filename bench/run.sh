#!/usr/bin/env bash
# The aftercare benchmark: aftercare vs Hugo vs a pulldown-cmark floor, at 100, 1,000 and
# 10,000 pages, on a RAM disk and on disk. See bench/README.md.
#
#   bash bench/run.sh                 # the whole benchmark; writes bench/results.md
#
# Settings (environment variables):
#   BENCH_SIZES=100,1000,10000   site sizes in pages
#   BENCH_RUNS=5                 timed runs per tool, size and output (after one warm-up)
#   BENCH_TIMEOUT=150            seconds before one build is stopped and reported as such
#   BENCH_BUDGET=60              seconds of timed runs per tool, size and output; a slower
#                                tool gets fewer runs (at least one)
#   BENCH_REV=                   build this git revision (e.g. HEAD) from a clean export
#                                instead of the working tree, so edits in progress do not count
#   BENCH_SEED=42                generator seed
#   BENCH_OUT=bench/results.md   where the table goes
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$repo/target/bench"
shm="/dev/shm/aftercare-bench-$$"
sizes="${BENCH_SIZES:-100,1000,10000}"
runs="${BENCH_RUNS:-5}"
seed="${BENCH_SEED:-42}"
results="${BENCH_OUT:-$here/results.md}"
mkdir -p "$work"
trap 'rm -rf "$shm"' EXIT

say() { printf '\n== %s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------
need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
command -v git >/dev/null || need+=(git)
if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]} (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v cargo >/dev/null || { echo "cargo is needed (https://rustup.rs)" >&2; exit 1; }

# --- aftercare -------------------------------------------------------------------------
source "$here/source.sh"
if [ -n "$sha" ]; then
    say "building aftercare $sha (clean export) in release"
    (cd "$src" && CARGO_TARGET_DIR="$work/rev-target" cargo build --release --locked --quiet)
    aftercare="$work/rev-target/release/aftercare"
    version="commit ${sha:0:12} (clean export)"
else
    say "building aftercare (working tree) in release"
    (cd "$repo" && cargo build --release --locked --quiet)
    aftercare="$repo/target/release/aftercare"
    sha="$(git -C "$repo" rev-parse HEAD 2>/dev/null || echo unknown)"
    dirty=""
    git -C "$repo" diff --quiet HEAD -- src templates theme build.rs Cargo.toml 2>/dev/null || dirty=" with uncommitted changes"
    version="working tree at ${sha:0:12}$dirty"
fi

say "building the floor (bench/floor) in release"
CARGO_TARGET_DIR="$work/floor-target" cargo build --release --quiet --manifest-path "$here/floor/Cargo.toml"
floor="$work/floor-target/release/floor"

# --- sites -----------------------------------------------------------------------------
# The page count of the example in one language (the benchmark sites are in one) sets how
# many articles each size needs.
mkdir -p "$shm"
python3 "$here/gen.py" --pages 1 --example-only --repo "$src" --out "$shm/example-probe" >/dev/null
line="$("$aftercare" build -C "$shm/example-probe/aftercare" --out "$shm/example-probe/out")"
base_pages="$(sed -n 's/^Built \([0-9]*\) pages.*/\1/p' <<<"$line")"
[ -n "$base_pages" ] || { echo "could not read the page count from: $line" >&2; exit 1; }
rm -rf "$shm/example-probe"

# Two corpora: `standard` at every size, and `varied` (other page shapes: short and long
# pages, more links, nested lists, more tables) at the largest.
IFS=, read -ra size_list <<<"$sizes"
largest="${size_list[-1]}"
say "generating sites: $sizes pages, and $largest of the varied corpus (seed $seed; the example site has $base_pages pages in one language)"
gen() { # corpus size
    python3 "$here/gen.py" --shape "$1" --pages "$2" --seed "$seed" --repo "$src" --base-pages "$base_pages" \
        --out "$work/sites-$1/$2" >/dev/null
    # The generated site must pass `aftercare check` with no warning (bench.py also checks
    # that each build writes exactly n pages).
    if ! "$aftercare" check --strict -C "$work/sites-$1/$2/aftercare" >/dev/null 2>"$work/check-$1-$2.log"; then
        echo "generated site $1/$2 does not pass aftercare check --strict:" >&2; tail -5 "$work/check-$1-$2.log" >&2; exit 1
    fi
}
for n in "${size_list[@]}"; do gen standard "$n"; done
gen varied "$largest"

# --- the runs --------------------------------------------------------------------------
# The preview server's incremental rebuild on the largest site (issue: < 10% of a full build).
rm -f "$work/serve.json"
python3 "$here/serve_rebuild.py" --aftercare "$aftercare" --site "$work/sites-standard/$largest/aftercare" >"$work/serve.json" \
    || { echo "(the serve measurement failed; the table goes on without it)" >&2; rm -f "$work/serve.json"; }

say "running (load average now: $(cut -d' ' -f1-3 /proc/loadavg)); this takes a few minutes"
title="Benchmark of aftercare $version ($(hugo version | cut -d' ' -f1-2 | sed 's/+extended//'), $(uname -m), $(nproc) cores)."
python3 "$here/bench.py" \
    --aftercare "$aftercare" --floor "$floor" --hugo "$(command -v hugo)" \
    --sites "$work/sites-standard" --sizes "$sizes" --runs "$runs" \
    --shm "$shm" --disk "$work/out" \
    --timeout "${BENCH_TIMEOUT:-150}" --budget "${BENCH_BUDGET:-60}" \
    --example "$src" \
    --serve-json "$work/serve.json" --json "$work/results.json" --md "$work/results-standard.md" \
    --title "$title Corpus 1, standard: about 600-word pages."
say "the varied corpus, $largest pages"
python3 "$here/bench.py" \
    --aftercare "$aftercare" --floor "$floor" --hugo "$(command -v hugo)" \
    --sites "$work/sites-varied" --sizes "$largest" --runs "$runs" \
    --shm "$shm" --disk "$work/out" \
    --timeout "${BENCH_TIMEOUT:-150}" --budget "${BENCH_BUDGET:-60}" \
    --json "$work/results-varied.json" --md "$work/results-varied.md" \
    --title "Corpus 2, varied: pages of 100 to 2,500 words, 3 to 6 links per paragraph, nested lists, up to 3 tables."
cat "$work/results-standard.md" <(echo) "$work/results-varied.md" >"$results"
say "tables written to $results (raw runs: $work/results.json, $work/results-varied.json)"
