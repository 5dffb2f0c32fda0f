#!/usr/bin/env python3
"""Incremental rebuild in `aftercare serve`: change one article's text on a large site and
read how long the server takes to re-render, against its full build.

    python3 bench/serve_rebuild.py --aftercare BIN --site target/bench/sites/10000/aftercare

The site is copied to the RAM disk first (the generated one is not touched). The server
listens on 127.0.0.1 on a free port and is stopped at the end. Prints one JSON object.
"""

import argparse
import json
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aftercare", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--edits", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()

    work = f"/dev/shm/aftercare-serve-bench-{os.getpid()}"
    shutil.copytree(args.site, work)
    server = subprocess.Popen([args.aftercare, "serve", "-C", work, "-p", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in server.stdout], daemon=True).start()

    def wait_for(pattern, since):
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                if server.poll() is not None:
                    sys.exit(f"aftercare serve stopped (status {server.returncode})")
                continue
            m = re.search(pattern, line)
            if m:
                return m, time.monotonic() - since
        sys.exit(f"no line matching {pattern!r} within {args.timeout} s")

    result = {}
    try:
        t0 = time.monotonic()
        m, _ = wait_for(r"Built (\d+) pages in (\d+) ms", t0)
        result["pages"] = int(m.group(1))
        result["full_build_ms"] = int(m.group(2))
        articles = sorted(f for f in os.listdir(os.path.join(work, "content", "articles")) if f.endswith(".md"))
        picks = [articles[(k + 1) * len(articles) // (args.edits + 1)] for k in range(args.edits)]
        rebuilds, latencies = [], []
        for k, name in enumerate(picks):
            time.sleep(1.5)  # the watcher compares modification times; keep edits apart
            path = os.path.join(work, "content", "articles", name)
            with open(path, "a") as f:
                f.write(f"\nOne more sentence, edit {k}.\n")
            t1 = time.monotonic()
            m, latency = wait_for(r"Rebuilt (\d+) pages? in (\d+) ms|Built (\d+) pages in (\d+) ms", t1)
            if m.group(2) is None:
                result.setdefault("notes", []).append(f"edit {k}: full rebuild ({m.group(4)} ms), not incremental")
                rebuilds.append(int(m.group(4)))
            else:
                rebuilds.append(int(m.group(2)))
            latencies.append(latency)
        result["rebuild_ms"] = rebuilds
        result["rebuild_median_ms"] = statistics.median(rebuilds)
        result["change_to_rebuilt_s"] = [round(x, 3) for x in latencies]
        result["rebuild_share_of_full"] = round(statistics.median(rebuilds) / max(result["full_build_ms"], 1), 4)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
