#!/usr/bin/env python3
"""The preview server, measured: save-to-reload, idle CPU, and editor temp files.

    python3 bench/serve_rebuild.py --aftercare BIN --site target/bench/sites/10000/aftercare
    python3 bench/serve_rebuild.py --aftercare BIN --site .          # the example site

The site is copied to the RAM disk first (the original is not touched). `aftercare serve`
listens on 127.0.0.1 on a free port and is stopped at the end. Then, in this order:

1. idle: the server's CPU time (utime + stime from /proc/PID/stat) over --idle seconds
   with no edit, as a share of one core;
2. editor temp files: vim's `.NAME.swp`, `NAME~` and `4913`, Emacs's `.#NAME`, written
   (and some deleted) beside an article; then --quiet seconds in which the server must
   log no build and send no reload event (counted in `temp_file_rebuilds`, expected 0);
3. --edits saves of articles' text (a new sentence each time, spread over the articles).
   For each: the time from the write to the server's own log line ("Rebuilt ... in N ms"
   or "Built ..."), to the live-reload event a page's script listens to
   (`/__aftercare/events`), and to the page served over HTTP holding the new sentence
   (fetched when the event arrives, as a browser reloading would, and again until it has
   it). The server's own rebuild time (N ms) and the CPU time it used for the save (from
   /proc, both cores together) are kept too. Medians are reported.

Each edit waits --gap seconds after the previous one has been served, so that one edit's
rebuild never overlaps the next. Prints one JSON object (the keys bench.py reads, plus
the rest).
"""

import argparse
import http.client
import json
import os
import queue
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """utime + stime of process `pid`, every thread, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        # The command name (field 2) may hold spaces; the fields after it are plain.
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aftercare", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--edits", type=int, default=7)
    ap.add_argument("--idle", type=float, default=10, help="seconds of idle CPU measurement")
    ap.add_argument("--quiet", type=float, default=2, help="seconds to wait for a rebuild that must not come")
    ap.add_argument("--gap", type=float, default=0.5, help="seconds between one edit served and the next")
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()

    work = f"/dev/shm/aftercare-serve-bench-{os.getpid()}"
    ignore = shutil.ignore_patterns("public", "target", ".git", "node_modules")
    shutil.copytree(args.site, work, ignore=ignore)
    server = subprocess.Popen([args.aftercare, "serve", "-C", work, "-p", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    # Every line of the server's output, with the time it arrived.
    lines = queue.Queue()

    def read_output():
        for line in server.stdout:
            lines.put((time.monotonic(), line))

    threading.Thread(target=read_output, daemon=True).start()

    def wait_for(q, pattern, what):
        deadline = time.monotonic() + args.timeout
        while time.monotonic() < deadline:
            try:
                at, line = q.get(timeout=0.5)
            except queue.Empty:
                if server.poll() is not None:
                    sys.exit(f"aftercare serve stopped (status {server.returncode})")
                continue
            m = re.search(pattern, line)
            if m:
                return m, at
        sys.exit(f"no {what} matching {pattern!r} within {args.timeout} s")

    build_line = r"Rebuilt (\d+) pages? in (\d+) ms|Built (\d+) pages in (\d+) ms"
    result = {"site": os.path.abspath(args.site), "load_average_at_start": open("/proc/loadavg").read().split()[:3]}
    try:
        m, _ = wait_for(lines, r"Built (\d+) pages in (\d+) ms", "first build")
        result["pages"] = int(m.group(1))
        result["full_build_ms"] = int(m.group(2))
        m, _ = wait_for(lines, r"at http://([\d.]+):(\d+)/", "address")
        host, port = m.group(1), int(m.group(2))

        # The live-reload stream, as a page's script opens it: each event with its time.
        events = queue.Queue()
        sse = socket.create_connection((host, port))
        sse.sendall(f"GET /__aftercare/events HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())

        def read_events():
            for line in sse.makefile("r", encoding="utf-8"):
                if line.startswith("event:"):
                    events.put((time.monotonic(), line))

        threading.Thread(target=read_events, daemon=True).start()
        wait_for(events, r"event: hello", "hello event")

        def get(path):
            c = http.client.HTTPConnection(host, port, timeout=10)
            c.request("GET", "/" + path)
            body = c.getresponse().read().decode("utf-8", "replace")
            c.close()
            return body

        # 1. Idle.
        time.sleep(1)
        before = cpu_seconds(server.pid)
        time.sleep(args.idle)
        used = cpu_seconds(server.pid) - before
        result["idle_seconds"] = args.idle
        result["idle_cpu_seconds"] = round(used, 3)
        result["idle_cpu_percent"] = round(100 * used / args.idle, 2)

        # 2. Editor temp files: no rebuild, no reload.
        articles_dir = os.path.join(work, "content", "articles")
        articles = sorted(f for f in os.listdir(articles_dir) if re.fullmatch(r"[a-z0-9-]+\.md", f))
        name = articles[0]
        temp_files = [f".{name}.swp", f"{name}~", "4913", f".#{name}", f".{name}.swx"]
        for t in temp_files:
            with open(os.path.join(articles_dir, t), "w") as f:
                f.write("editor scratch\n")
        for t in ("4913", f".{name}.swx"):  # vim writes and deletes these at once
            os.remove(os.path.join(articles_dir, t))
        time.sleep(args.quiet)
        spurious = 0
        while not lines.empty():
            spurious += bool(re.search(build_line, lines.get()[1]))
        while not events.empty():
            spurious += "reload" in events.get()[1]
        result["temp_files"] = temp_files
        result["temp_file_rebuilds"] = spurious

        # 3. Edits.
        picks = [articles[(k + 1) * len(articles) // (args.edits + 1)] for k in range(args.edits)]
        rebuilds, to_log, to_event, to_page, kinds, cpu = [], [], [], [], [], []
        for k, name in enumerate(picks):
            sentence = f"Edit {k} of the preview benchmark, {os.getpid()}."
            path = os.path.join(articles_dir, name)
            text = open(path).read()
            cpu0 = cpu_seconds(server.pid)
            t0 = time.monotonic()
            with open(path, "w") as f:
                f.write(text + f"\n{sentence}\n")
            _, t_event = wait_for(events, r"event: (reload|build-error)", "reload event")
            page = "articles/" + name[:-3] + ".html"
            while sentence not in get(page):
                if time.monotonic() - t0 > args.timeout:
                    sys.exit(f"{page} never showed the new sentence")
                time.sleep(0.002)
            t_page = time.monotonic()
            m, t_log = wait_for(lines, build_line, "build line")
            cpu.append(round(1000 * (cpu_seconds(server.pid) - cpu0)))
            if m.group(2) is not None:
                rebuilds.append(int(m.group(2)))
                kinds.append("only what changed")
            else:
                rebuilds.append(int(m.group(4)))
                kinds.append("whole site")
            to_log.append(round(1000 * (t_log - t0), 1))
            to_event.append(round(1000 * (t_event - t0), 1))
            to_page.append(round(1000 * (t_page - t0), 1))
            time.sleep(args.gap)
        med = statistics.median
        result["rebuild_kinds"] = kinds
        result["rebuild_ms"] = rebuilds
        result["rebuild_median_ms"] = med(rebuilds)
        # CPU time the server spent on each save (both cores together): what the wall
        # time would come down to on a machine nobody else is using.
        result["save_cpu_ms"] = cpu
        result["save_cpu_median_ms"] = med(cpu)
        result["save_to_log_ms"] = to_log
        result["save_to_event_ms"] = to_event
        result["save_to_page_ms"] = to_page
        result["save_to_log_median_ms"] = med(to_log)
        result["save_to_event_median_ms"] = med(to_event)
        result["save_to_page_median_ms"] = med(to_page)
        result["change_to_rebuilt_s"] = [round(x / 1000, 3) for x in to_page]
        result["rebuild_share_of_full"] = round(med(rebuilds) / max(result["full_build_ms"], 1), 4)
        result["save_to_page_share_of_full"] = round(med(to_page) / max(result["full_build_ms"], 1), 4)
        result["load_average_at_end"] = open("/proc/loadavg").read().split()[:3]
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
