#!/usr/bin/env bash
# The lower bounds behind issue 18's two unmet targets, measured rather than argued:
# how fast `build` would be if its templates cost nothing, and how fast `check` would be
# if reading the articles' words cost nothing.
#
#   bash bench/bounds.sh          # after bench/run.sh has generated the sites
#
# It builds a copy of the code with bench/bounds.patch applied: two switches, read from the
# environment, that only a measurement needs (so they are not in src/):
#   AFTERCARE_BOUNDS_NO_TEMPLATES    pages are not rendered through Tera; each page's file
#                                    holds one byte (everything else of the build is done:
#                                    loading, checks, Markdown, the pages' values, writing)
#   AFTERCARE_BOUNDS_NO_WORD_READING `check` does everything but read the articles' words
#                                    (no reading grade, no jargon look for articles)
# Then it runs, alternately, on the 10,000-page standard site, output on the RAM disk:
# build, build without templates, the floor, check, check without word reading; medians.
# Settings: BENCH_REV (as in run.sh), BOUNDS_RUNS (default 7), BOUNDS_PAGES (10000).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$repo/target/bench"
mkdir -p "$work"
source "$here/source.sh"

pages="${BOUNDS_PAGES:-10000}"
site="$work/sites-standard/$pages/aftercare"
[ -f "$site/site.yaml" ] || { echo "no $pages-page site in $work/sites-standard: run bench/run.sh first" >&2; exit 1; }

copy="$work/bounds-src"
rm -rf "$copy" && mkdir -p "$copy"
(cd "$src" && tar -c --exclude=./target --exclude=./.git --exclude=node_modules . | tar -x -C "$copy")
(cd "$copy" && patch -p1 --quiet <"$here/bounds.patch") \
    || { echo "bench/bounds.patch no longer applies to this revision: mend it (two lines of src/render/mod.rs)" >&2; exit 1; }
echo "building aftercare with bench/bounds.patch, and the floor" >&2
(cd "$copy" && CARGO_TARGET_DIR="$work/bounds-target" cargo build --release --locked --quiet)
CARGO_TARGET_DIR="$work/floor-target" cargo build --release --quiet --manifest-path "$here/floor/Cargo.toml"

python3 - "$work/bounds-target/release/aftercare" "$work/floor-target/release/floor" "$site" "${BOUNDS_RUNS:-7}" <<'PY'
import os, shutil, statistics, subprocess, sys, tempfile, time

aftercare, floor, site, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
out = f"/dev/shm/aftercare-bounds-{os.getpid()}"
cases = [
    ("build", [aftercare, "build", "-q", "-C", site, "--out", out], {}),
    ("build, templates free", [aftercare, "build", "-q", "-C", site, "--out", out], {"AFTERCARE_BOUNDS_NO_TEMPLATES": "1"}),
    ("floor", [floor, os.path.join(site, "content", "articles"), out], {}),
    ("check", [aftercare, "check", "-q", "-C", site], {}),
    ("check, word reading free", [aftercare, "check", "-q", "-C", site], {"AFTERCARE_BOUNDS_NO_WORD_READING": "1"}),
]
res = {name: [] for name, _, _ in cases}
try:
    for r in range(runs + 1):
        for name, cmd, env in cases:
            shutil.rmtree(out, ignore_errors=True)
            with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
                t0 = time.perf_counter()
                p = subprocess.run(["/usr/bin/time", "-f", "%U %S", "-o", tf.name] + cmd, env={**os.environ, **env},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                wall = time.perf_counter() - t0
                if p.returncode != 0:
                    raise SystemExit(f"{name} failed: {p.stderr.decode(errors='replace')[-500:]}")
                user, system = tf.read().split()[-2:]
            if r:  # the first round warms the caches
                res[name].append((wall, float(user) + float(system)))
finally:
    shutil.rmtree(out, ignore_errors=True)
med = {n: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for n, v in res.items()}
load = open("/proc/loadavg").read().split()[:3]
print(f"{os.path.basename(os.path.dirname(site))} pages, RAM disk, medians of {runs} alternated runs; load average at the end {' '.join(load)}")
print()
print("| run | wall | CPU (user + system) | wall / floor | wall / build |")
print("|---|---:|---:|---:|---:|")
for name, _, _ in cases:
    w, c = med[name]
    print(f"| {name} | {w * 1000:.0f} ms | {c * 1000:.0f} ms | {w / med['floor'][0]:.2f}x | {w / med['build'][0]:.2f}x |")
PY
