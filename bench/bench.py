#!/usr/bin/env python3
"""Runs the aftercare / Hugo / floor builds and writes the results table.

Called by bench/run.sh (which installs the tools, builds the binaries and generates the
sites); see bench/README.md. Python 3 standard library only.

For every size and output location (RAM disk, then disk), each tool builds once to warm
up, then the tools build in turn (aftercare, Hugo, floor, aftercare, Hugo, floor, ...),
RUNS times each. Every build starts from an empty output folder (deleting it is not
timed). Wall time is measured around the process; peak memory is GNU time's maximum
resident set size (%M). The medians go into the table.
"""

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

GIB = 1024 ** 3


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def count_output(out):
    html = files = size = 0
    for dirpath, _, names in os.walk(out):
        for n in names:
            files += 1
            if n.endswith(".html"):
                html += 1
            try:
                size += os.path.getsize(os.path.join(dirpath, n))
            except OSError:
                pass
    return html, files, size


def limit_memory(max_bytes):
    def pre():
        if max_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    return pre


def run_once(cmd, out, timeout, env=None, mem_limit=None):
    """One timed build into an empty `out`. Returns a dict (seconds, rss_kib, ok, ...)."""
    if os.path.exists(out):
        shutil.rmtree(out)
    # aftercare stages beside --out and swaps in; remove leftovers of killed runs too.
    parent = os.path.dirname(out.rstrip("/"))
    os.makedirs(parent, exist_ok=True)
    for n in os.listdir(parent):
        if n.startswith("." + os.path.basename(out.rstrip("/")) + "."):
            shutil.rmtree(os.path.join(parent, n), ignore_errors=True)
    # Flush the previous run's writes and deletions first, so that a build on disk does
    # not pay for them (not timed).
    os.sync()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", tf.name] + cmd
        t0 = time.perf_counter()
        # A session of its own, so that a build that runs too long is stopped with
        # everything it started (GNU time and the build), and nothing else.
        p = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                             preexec_fn=limit_memory(mem_limit), start_new_session=True)
        try:
            stdout, stderr = p.communicate(timeout=timeout)
            wall = time.perf_counter() - t0
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.communicate()
            return {"ok": False, "timeout": True, "seconds": timeout, "rss_kib": None}
        fields = (tf.read().strip().splitlines() or [""])[-1].split()
    res = {"ok": p.returncode == 0, "timeout": False, "seconds": wall}
    try:
        res.update(rss_kib=int(fields[1]), cpu_seconds=float(fields[2]) + float(fields[3]))
    except (IndexError, ValueError):
        res.update(rss_kib=None, cpu_seconds=None)
    if p.returncode != 0:
        res["error"] = (stderr.decode(errors="replace") + stdout.decode(errors="replace"))[-2000:]
    else:
        res["stdout"] = stdout.decode(errors="replace").strip()[-300:]
    return res


def mem_available():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


def projected_bytes(results, size, tool):
    """Output bytes of `tool` at `size`, from the largest smaller size, growing as size^2."""
    best = None
    for s, e in results["sizes"].items():
        s = int(s)
        if s >= size:
            continue
        for cell in e["locations"].values():
            b = cell.get(tool, {}).get("bytes")
            if b and (best is None or s > best[0]):
                best = (s, b)
    if not best:
        return None
    return best[1] * (size / best[0]) ** 2


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aftercare", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--hugo", default="hugo")
    ap.add_argument("--sites", required=True, help="folder with one generated site per size")
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--shm", default="/dev/shm/aftercare-bench")
    ap.add_argument("--disk", required=True, help="output folder on disk")
    ap.add_argument("--timeout", type=float, default=150, help="seconds before one build is stopped")
    ap.add_argument("--budget", type=float, default=60,
                    help="seconds of timed runs per tool, size and location: slow tools get fewer runs")
    ap.add_argument("--mem-limit-gib", type=float, default=12, help="address-space limit for aftercare and floor")
    ap.add_argument("--example", help="the example site folder (shipped site): its build time")
    ap.add_argument("--threads-size", type=int, default=None, help="size for the RAYON_NUM_THREADS 1 vs 2 runs")
    ap.add_argument("--json", required=True)
    ap.add_argument("--md", required=True)
    ap.add_argument("--title", default="")
    ap.add_argument("--serve-json", help="output of serve_rebuild.py, to add to the report")
    ap.add_argument("--from-json", action="store_true", help="only write the report again from --json")
    args = ap.parse_args()
    if args.from_json:
        results = json.load(open(args.json))
        md = report(results, args)
        with open(args.md, "w") as f:
            f.write(md)
        print(md)
        return

    for k in ("aftercare", "floor", "sites", "shm", "disk", "example"):
        if getattr(args, k):
            setattr(args, k, os.path.abspath(getattr(args, k)))  # Hugo reads -d relative to -s
    sizes = [int(s) for s in args.sizes.split(",") if s]
    mem_limit = int(args.mem_limit_gib * GIB)
    results = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "load_start": load(), "sizes": {}, "runs": args.runs}
    hugo_cache = os.path.join(args.shm, "hugo-cache")

    def command(tool, site, dest):
        return {
            "aftercare": [args.aftercare, "build", "--quiet", "-C", os.path.join(site, "aftercare"), "--out", dest],
            "hugo": [args.hugo, "--quiet", "--noBuildLock", "--cacheDir", hugo_cache, "-s", os.path.join(site, "hugo"),
                     "-d", dest],
            "floor": [args.floor, os.path.join(site, "aftercare", "content", "articles"), dest],
        }[tool]

    TOOLS = ("aftercare", "hugo", "floor")
    counter = [0]

    def dest_for(loc, out, tool):
        """Where one run writes. On disk every run gets a new folder, and they are all
        deleted at the end: ext4 creates files slowly for a while after many were deleted
        (its inode allocator skips recently deleted inodes), which would make each run pay
        for the deletion of the one before. On the RAM disk one folder is reused."""
        if loc == "ram":
            return f"{out}/{tool}"
        counter[0] += 1
        return f"{out}/{tool}-{counter[0]}"

    timed_out = set()  # (tool, size): skip the other location
    for size in sizes:
        site = os.path.join(args.sites, str(size))
        manifest = json.load(open(os.path.join(site, "manifest.json")))
        entry = {"manifest": manifest, "load_start": load(), "locations": {}}
        results["sizes"][str(size)] = entry
        for loc, base in (("ram", args.shm), ("disk", args.disk)):
            out = os.path.join(base, f"out-{size}")
            cmds = {t: None for t in TOOLS}
            cell = {t: {"runs": [], "warmup": None} for t in cmds}
            entry["locations"][loc] = cell
            n_runs = {}
            for t, cmd in cmds.items():
                if (t, size) in timed_out:
                    cell[t]["skipped"] = "timed out on the RAM disk"
                    n_runs[t] = 0
                    continue
                if loc == "ram":
                    # The RAM disk holds the output in memory: skip a tool whose output,
                    # projected from the previous size (as if it grew with the square of
                    # the page count), would take more than a quarter of the free memory.
                    proj = projected_bytes(results, size, t)
                    if proj and proj > mem_available() / 4:
                        cell[t]["skipped"] = f"projected output {proj / GIB:.1f} GiB is too big for the RAM disk"
                        n_runs[t] = 0
                        log(f"  {size:>6} {loc:4} {t:9} skipped: {cell[t]['skipped']}")
                        continue
                lim = mem_limit if t != "hugo" else None
                dest = dest_for(loc, out, t)
                w = run_once(command(t, site, dest), dest, args.timeout, mem_limit=lim)
                cell[t]["warmup"] = w
                if w["ok"]:
                    html, files, nbytes = count_output(dest)
                    cell[t].update(html=html, files=files, bytes=nbytes)
                    n_runs[t] = max(1, min(args.runs, int(args.budget // max(w["seconds"], 1e-3))))
                    if w["seconds"] > args.budget:
                        # Too slow to repeat within the budget: the warm-up is the one sample.
                        cell[t]["runs"].append(dict(w, warmup_counted=True))
                        n_runs[t] = 0
                else:
                    n_runs[t] = 0
                    if w.get("timeout"):
                        timed_out.add((t, size))
                    log(f"  {t} {size} {loc}: warm-up failed: {w.get('error', 'timed out')[-500:]}")
                log(f"  {size:>6} {loc:4} {t:9} warm-up {w['seconds']:.3f}s rss={w.get('rss_kib')}KiB runs={n_runs[t]} load={load()}")
            for r in range(max(n_runs.values())):
                for t, cmd in cmds.items():
                    if r < n_runs[t]:
                        lim = mem_limit if t != "hugo" else None
                        dest = dest_for(loc, out, t)
                        res = run_once(command(t, site, dest), dest, args.timeout, mem_limit=lim)
                        cell[t]["runs"].append(res)
                        if not res["ok"]:
                            log(f"  {t} {size} {loc}: run failed: {res.get('error', 'timed out')[-500:]}")
            for t in cmds:
                ok = [x for x in cell[t]["runs"] if x["ok"]]
                cell[t]["median_s"] = median([x["seconds"] for x in ok])
                cell[t]["median_rss_kib"] = median([x["rss_kib"] for x in ok])
                cell[t]["max_rss_kib"] = max([x["rss_kib"] for x in ok if x["rss_kib"]], default=None)
                cell[t]["median_cpu_s"] = median([x.get("cpu_seconds") for x in ok])
                log(f"  {size:>6} {loc:4} {t:9} median {cell[t]['median_s']} s over {len(ok)} runs")
            if loc == "ram":
                shutil.rmtree(out, ignore_errors=True)
        # `aftercare check` on the same site (it renders every page in memory and writes
        # nothing, then grades the reading and looks for jargon): no slower than `build`.
        check_cmd = [args.aftercare, "check", "--quiet", "-C", os.path.join(site, "aftercare")]
        run_once(check_cmd, os.path.join(args.shm, "check-nothing"), args.timeout)
        ok = [r for r in (run_once(check_cmd, os.path.join(args.shm, "check-nothing"), args.timeout)
                          for _ in range(args.runs)) if r["ok"]]
        entry["check"] = {"median_s": median([x["seconds"] for x in ok]), "runs": len(ok),
                          "max_rss_kib": max([x["rss_kib"] for x in ok if x["rss_kib"]], default=None)}
        log(f"  {size:>6} check median {entry['check']['median_s']} s over {len(ok)} runs")
        entry["load_end"] = load()

    # The example site as shipped (target: < 100 ms).
    if args.example:
        out = os.path.join(args.shm, "out-example")
        cmd = [args.aftercare, "build", "--quiet", "-C", args.example, "--out", out]
        run_once(cmd, out, args.timeout)
        runs = [run_once(cmd, out, args.timeout) for _ in range(max(5, args.runs))]
        html, files, nbytes = count_output(out)
        results["example"] = {"runs": runs, "median_s": median([x["seconds"] for x in runs if x["ok"]]),
                              "html": html, "files": files, "ok": all(x["ok"] for x in runs)}
        shutil.rmtree(out, ignore_errors=True)

    # The rayon speed-up: 1 vs 2 threads, alternately, on the RAM disk.
    # On the largest size whose aftercare build takes at most 15 s (so this part stays short).
    tsize = args.threads_size
    if not tsize:
        fast = [s for s in sizes
                if all((c["aftercare"].get("median_s") or 1e9) <= 15 for c in results["sizes"][str(s)]["locations"].values())]
        tsize = fast[-1] if fast else None
    if tsize:
        site = os.path.join(args.sites, str(tsize))
        out = os.path.join(args.shm, f"threads-{tsize}")
        cmds = {t: command(t, site, f"{out}/{t}") for t in TOOLS}
        th = {"size": tsize}
        n = max(3, min(args.runs, 5))
        for tool in ("aftercare", "floor"):
            for k in ("1", "2"):
                th.setdefault(tool, {})[k] = []
            cmd = cmds[tool]
            for r in range(n + 1):
                for k in ("1", "2"):
                    env = dict(os.environ, RAYON_NUM_THREADS=k)
                    res = run_once(cmd, out + "/" + tool, args.timeout, env=env, mem_limit=mem_limit)
                    if r > 0 and res["ok"]:  # the first round warms up
                        th[tool][k].append(res["seconds"])
            th[tool]["median_1"] = median(th[tool]["1"])
            th[tool]["median_2"] = median(th[tool]["2"])
            log(f"  threads {tool} {tsize}: 1 -> {th[tool]['median_1']}, 2 -> {th[tool]['median_2']}")
        results["threads"] = th
        shutil.rmtree(out, ignore_errors=True)

    shutil.rmtree(args.disk, ignore_errors=True)
    results["load_end"] = load()
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    if args.serve_json and os.path.exists(args.serve_json):
        results["serve"] = json.load(open(args.serve_json))
    with open(args.json, "w") as f:
        json.dump(results, f, indent=1)
    md = report(results, args)
    with open(args.md, "w") as f:
        f.write(md)
    print(md)


def fmt_s(x):
    if x is None:
        return "n/a"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def fmt_mib(kib):
    return "n/a" if kib is None else f"{kib / 1024:.0f} MiB"


def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else f"{a / b:.2f}x"


def report(res, args):
    lines = []
    notes = []
    w = lines.append
    if args.title:
        w(args.title)
        w("")
    w(f"Run {res['started']} to {res['finished']}; load average (1, 5, 15 min) at start {res['load_start']}, "
      f"at end {res['load_end']}; {os.cpu_count()} cores. Medians of up to {res['runs']} runs per tool after one "
      "warm-up, tools run alternately; each build starts from an empty output folder.")
    w("")
    w("| pages | output | aftercare | Hugo | floor | aftercare pages/s | Hugo pages/s | aftercare / Hugo | aftercare / floor | runs (a/H/f) |")
    w("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for size, e in res["sizes"].items():
        for loc, cell in e["locations"].items():
            a, h, f = (cell[t] for t in ("aftercare", "hugo", "floor"))

            def t(c):
                if c.get("median_s") is not None:
                    return fmt_s(c["median_s"]) + (" (1 run)" if any(x.get("warmup_counted") for x in c["runs"]) else "")
                if c.get("skipped", "").startswith("projected"):
                    notes.append(f"{int(size):,} pages, RAM disk: {c['skipped']}.")
                    return "skipped (see below)"
                if c.get("skipped") or (c.get("warmup") or {}).get("timeout"):
                    return f"> {args.timeout:.0f} s (stopped)"
                return "failed"

            def pps(c):
                return "n/a" if c.get("median_s") is None else f"{c.get('html', 0) / c['median_s']:,.0f}"
            runs = "/".join(str(len([x for x in cell[k]["runs"] if x["ok"]])) for k in ("aftercare", "hugo", "floor"))
            w(f"| {int(size):,} | {'RAM disk' if loc == 'ram' else 'disk'} | {t(a)} | {t(h)} | {t(f)} | {pps(a)} | {pps(h)} | "
              f"{ratio(a.get('median_s'), h.get('median_s'))} | {ratio(a.get('median_s'), f.get('median_s'))} | {runs} |")
    w("")
    for size, e in res["sizes"].items():
        for loc, cell in e["locations"].items():
            html = cell["aftercare"].get("html")
            if html is not None and html != int(size):
                notes.append(f"{int(size):,} pages, {loc}: aftercare wrote {html} HTML pages, not {int(size)}.")
    spread = []
    for size, e in res["sizes"].items():
        cell = e["locations"].get("disk")
        if not cell:
            continue
        parts = []
        for t in ("aftercare", "hugo", "floor"):
            xs = [x["seconds"] for x in cell[t]["runs"] if x["ok"]]
            if xs:
                parts.append(f"{'Hugo' if t == 'hugo' else t} {fmt_s(min(xs))} to {fmt_s(max(xs))}")
        if parts:
            spread.append(f"{int(size):,}: " + ", ".join(parts))
    if spread:
        notes.append("On disk (ext4) the times vary much more than on the RAM disk; fastest to slowest run: "
                     + "; ".join(spread) + ".")
    for n in dict.fromkeys(notes):
        w(f"- {n}")
    if notes:
        w("")
    w("Peak memory (maximum resident set size, largest of the timed runs) and what each tool wrote:")
    w("")
    w("| pages | output | aftercare RSS | Hugo RSS | floor RSS | aftercare / Hugo RSS | HTML files (a/H/f) | output MiB (a/H/f) | load avg at start |")
    w("|---:|---|---:|---:|---:|---:|---|---|---|")
    for size, e in res["sizes"].items():
        for loc, cell in e["locations"].items():
            a, h, f = (cell[t] for t in ("aftercare", "hugo", "floor"))
            files = "/".join(str(cell[k].get("html", "n/a")) for k in ("aftercare", "hugo", "floor"))
            mib = "/".join("n/a" if cell[k].get("bytes") is None else f"{cell[k]['bytes'] / 2**20:.1f}"
                           for k in ("aftercare", "hugo", "floor"))
            w(f"| {int(size):,} | {'RAM disk' if loc == 'ram' else 'disk'} | {fmt_mib(a.get('max_rss_kib'))} | "
              f"{fmt_mib(h.get('max_rss_kib'))} | {fmt_mib(f.get('max_rss_kib'))} | "
              f"{ratio(a.get('max_rss_kib'), h.get('max_rss_kib'))} | {files} | {mib} | {e['load_start']} |")
    w("")
    if any("check" in e for e in res["sizes"].values()):
        w("`aftercare check` (renders every page in memory, writes nothing, then grades reading and flags "
          "jargon) against `aftercare build`, RAM disk, medians:")
        w("")
        w("| pages | check | build | check / build | check RSS |")
        w("|---:|---:|---:|---:|---:|")
        for size, e in res["sizes"].items():
            c = e.get("check")
            b = e["locations"].get("ram", {}).get("aftercare", {})
            if c:
                w(f"| {int(size):,} | {fmt_s(c['median_s'])} | {fmt_s(b.get('median_s'))} | "
                  f"{ratio(c['median_s'], b.get('median_s'))} | {fmt_mib(c['max_rss_kib'])} |")
        w("")
    if "example" in res:
        ex = res["example"]
        w(f"Example site as shipped ({ex['html']} HTML pages, {ex['files']} files, RAM disk): median "
          f"{fmt_s(ex['median_s'])} over {len(ex['runs'])} runs (target < 100 ms: "
          f"{'met' if ex['median_s'] is not None and ex['median_s'] < 0.1 else 'NOT met'}).")
        w("")
    if "threads" in res:
        th = res["threads"]
        w(f"Rayon speed-up, {th['size']:,} pages, RAM disk, medians (RAYON_NUM_THREADS):")
        w("")
        w("| program | 1 thread | 2 threads | speed-up |")
        w("|---|---:|---:|---:|")
        for tool in ("aftercare", "floor"):
            m1, m2 = th[tool]["median_1"], th[tool]["median_2"]
            w(f"| {tool} | {fmt_s(m1)} | {fmt_s(m2)} | {ratio(m1, m2)} |")
        w("")
    serve_row = None
    if "serve" in res:
        r = res["serve"]
        share = r["rebuild_share_of_full"]
        w(f"Incremental rebuild in `aftercare serve`, {r['pages']:,}-page site (RAM disk): after one article's text "
          f"changes, the server re-renders in {r['rebuild_median_ms']:g} ms (median of {len(r['rebuild_ms'])} edits: "
          f"{', '.join(str(x) for x in r['rebuild_ms'])} ms), against {r['full_build_ms']} ms for its full build: "
          f"{100 * share:.2f}%. From saving the file to the new page served over HTTP: median "
          f"{r.get('save_to_page_median_ms', '?')} ms ({', '.join(f'{1000 * x:.0f}' for x in r['change_to_rebuilt_s'])} ms); "
          f"idle server: {r.get('idle_cpu_percent', '?')}% of a core; editor temp files: "
          f"{r.get('temp_file_rebuilds', '?')} rebuilds."
          + (" Notes: " + "; ".join(r["notes"]) + "." if r.get("notes") else ""))
        w("")
        serve_row = f"{'met' if share < 0.1 else 'NOT met'} ({100 * share:.2f}%)"
    # Targets at the largest size, RAM disk and disk.
    big = max(res["sizes"], key=int)
    e = res["sizes"][big]
    w(f"Targets at {int(big):,} pages:")
    w("")
    w("| target | RAM disk | disk |")
    w("|---|---|---|")
    rows = {"aftercare <= 0.35x Hugo's wall time": [], "aftercare <= 1.5x the floor": [],
            "aftercare peak memory <= 1/4 of Hugo's": [], "aftercare peak memory <= 100 MiB": []}
    for loc in ("ram", "disk"):
        cell = e["locations"].get(loc)
        if not cell:
            for v in rows.values():
                v.append("n/a")
            continue
        a, h, f = (cell[t] for t in ("aftercare", "hugo", "floor"))

        def verdict(x, y, limit):
            if x is None or y is None:
                return "NOT met (aftercare did not finish)" if x is None else "n/a"
            r = x / y
            return f"{'met' if r <= limit else 'NOT met'} ({r:.2f}x)"
        rows["aftercare <= 0.35x Hugo's wall time"].append(verdict(a.get("median_s"), h.get("median_s"), 0.35))
        rows["aftercare <= 1.5x the floor"].append(verdict(a.get("median_s"), f.get("median_s"), 1.5))
        rows["aftercare peak memory <= 1/4 of Hugo's"].append(verdict(a.get("max_rss_kib"), h.get("max_rss_kib"), 0.25))
        rss = a.get("max_rss_kib")
        rows["aftercare peak memory <= 100 MiB"].append(
            "n/a" if rss is None else f"{'met' if rss <= 100 * 1024 else 'NOT met'} ({fmt_mib(rss)})")
    for k, v in rows.items():
        w(f"| {k} | {v[0]} | {v[1]} |")
    if "example" in res and res["example"]["median_s"] is not None:
        ex = res["example"]["median_s"]
        w(f"| example site builds in < 100 ms | {'met' if ex < 0.1 else 'NOT met'} ({fmt_s(ex)}) | |")
    c = e.get("check")
    b = e["locations"].get("ram", {}).get("aftercare", {}).get("median_s")
    if c and c["median_s"] is not None and b:
        w(f"| `check` no slower than `build` | {'met' if c['median_s'] <= b else 'NOT met'} "
          f"({fmt_s(c['median_s'])} against {fmt_s(b)}) | |")
    if serve_row:
        w(f"| serve: one changed article rebuilt in < 10% of a full build | {serve_row} | |")
    w("")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
