#!/usr/bin/env python3
"""A/B: several aftercare binaries on one site, run alternately; medians of wall time and
peak memory. For checking that a change to src/ is faster before and after.

    python3 bench/compare.py --site target/bench/sites/10000/aftercare --runs 7 \\
        old=target/bench/rev-target/release/aftercare new=target/release/aftercare

Each build goes to an empty folder on the RAM disk (/dev/shm); one warm-up round first.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def one(binary, site, out):
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", tf.name, binary, "build", "--quiet", "-C", site,
                            "--out", out], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit(f"{binary} failed: {p.stderr.decode(errors='replace')[-500:]}")
        rss, user, system = tf.read().split()[-3:]
    # CPU time (user + system) varies much less than wall time when other programs
    # share the machine, so it is reported beside it.
    return wall, int(rss), float(user) + float(system)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("binaries", nargs="+", help="NAME=PATH or PATH")
    args = ap.parse_args()
    bins = [(b.split("=", 1) if "=" in b else (os.path.basename(b), b)) for b in args.binaries]
    out = f"/dev/shm/aftercare-compare-{os.getpid()}"
    res = {name: [] for name, _ in bins}
    try:
        for r in range(args.runs + 1):
            for name, path in bins:
                w = one(path, args.site, out)
                if r:
                    res[name].append(w)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    base = None
    print(f"load average {os.getloadavg()[0]:.2f}; {args.runs} runs each, alternately; {args.site}")
    print(f"{'binary':<14} {'median':>9} {'min':>9} {'max RSS':>9}  vs first {'CPU':>9}  vs first")
    cpu_base = None
    for name, _ in bins:
        t = statistics.median(x[0] for x in res[name])
        cpu = statistics.median(x[2] for x in res[name])
        base = base or t
        cpu_base = cpu_base or cpu
        print(f"{name:<14} {t * 1000:>7.0f}ms {min(x[0] for x in res[name]) * 1000:>7.0f}ms "
              f"{max(x[1] for x in res[name]) / 1024:>7.0f}MiB  {t / base:>7.2f}x "
              f"{cpu * 1000:>7.0f}ms  {cpu / cpu_base:.2f}x")


if __name__ == "__main__":
    main()
