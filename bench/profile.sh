#!/usr/bin/env bash
# Profiles one aftercare build of a synthetic site and prints the hot paths.
#
#   bash bench/profile.sh            # after bench/run.sh has generated the sites
#
# With hardware counters (`perf stat -e instructions true` counts), `perf record` samples
# the 10,000-page build. Without them (as in most VMs), valgrind's callgrind counts the
# instructions of the 1,000-page build instead. The binary is a release build with line
# tables (CARGO_PROFILE_RELEASE_DEBUG=line-tables-only; Cargo.toml is not changed).
# Settings: BENCH_REV (as in run.sh), PROFILE_PAGES (site size; default as above).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$repo/target/bench"
mkdir -p "$work"

source "$here/source.sh"

if perf stat -e instructions true 2>&1 | grep -q "not supported" || ! command -v perf >/dev/null; then
    tool=callgrind
    pages="${PROFILE_PAGES:-1000}"
    command -v valgrind >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; }
else
    tool=perf
    pages="${PROFILE_PAGES:-10000}"
fi

echo "building a release binary with line tables" >&2
(cd "$src" && CARGO_PROFILE_RELEASE_DEBUG=line-tables-only CARGO_TARGET_DIR="$work/profile-target" \
    cargo build --release --locked --quiet)
bin="$work/profile-target/release/aftercare"

site="$work/sites-standard/$pages"
if [ ! -f "$site/manifest.json" ]; then
    probe="$work/example-probe"
    python3 "$here/gen.py" --pages 1 --example-only --repo "$src" --out "$probe" >/dev/null
    base_pages="$("$bin" build -C "$probe/aftercare" --out "$probe/out" | sed -n 's/^Built \([0-9]*\) pages.*/\1/p')"
    rm -rf "$probe"
    python3 "$here/gen.py" --pages "$pages" --repo "$src" --base-pages "$base_pages" --out "$site" >/dev/null
fi
out="$work/profile-out"
rm -rf "$out"

# Functions worth naming (inclusive cost), most expensive first.
pattern='aftercare::|tera::tera::Tera::render |tera::renderer::processor::Processor::(eval_expression|lookup_ident)|tera::renderer::call_stack::CallStack::lookup|tera::context::Context::insert|pulldown_cmark::(html::push_html|parse::Parser::new_ext|firstpass::run_first_pass)|serde_json::value::to_value|yaml_serde::de::from_str|alloc::str::<impl str>::replace|std::fs::write|__memcmp|walkdir'

if [ "$tool" = callgrind ]; then
    echo "callgrind on the $pages-page site (hardware counters are not available here)" >&2
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$bin" build --quiet -C "$site/aftercare" --out "$out" 2>"$work/callgrind.log"
    callgrind_annotate --inclusive=yes --auto=no "$work/callgrind.out" > "$work/callgrind-inclusive.txt"
    total="$(grep -m1 'PROGRAM TOTALS' "$work/callgrind-inclusive.txt")"
    echo "Instructions: $total"
    echo "Inclusive share of all instructions (a function appears once, at its largest share):"
    grep -E '^ *[0-9,]+ \(' "$work/callgrind-inclusive.txt" | grep -E "$pattern" \
        | sed -E 's#^ *([0-9,]+) \( *([0-9.]+)%\) +[^:]*:([^ ]+( [^[]*)?).*#\2% \3#' \
        | awk '!seen[$2]++' | head -40
    echo "(full report: $work/callgrind-inclusive.txt)"
else
    echo "perf record on the $pages-page site" >&2
    perf record -F 999 --call-graph dwarf -o "$work/perf.data" "$bin" build --quiet -C "$site/aftercare" --out "$out" 2>/dev/null
    perf report -i "$work/perf.data" --children --stdio --no-call-graph 2>/dev/null \
        | grep -E "$pattern" | head -40
    echo "(full report: perf report -i $work/perf.data)"
fi
rm -rf "$out"
