#!/usr/bin/env python3
"""Load test for `frontier serve`: many concurrent analyses on loopback, latency and memory.

Starts `frontier serve --port 0` (or uses --url), then runs --clients threads for --seconds; each
thread posts the default preset's scenario to POST /api/analyze (with ?strategy=0 unless
--strategy) again and again, and records the latency and status of every request. Meanwhile the
server's resident memory (VmRSS in /proc/PID/status) is sampled every 0.25 s. Prints the request
count, the statuses, latency p50 / p99 / max, throughput, and the peak and final RSS.

A request still running when the time is up is waited for and counted. Any status other than
200, or a connection error, is an error; the script exits 1 if there was one.

Not a dependency of the Swift package; standard library only.

    swift build -c release --product frontier
    python3 Benchmarks/scripts/workbench_load.py --clients 50 --seconds 30
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frontier", default=".build/release/frontier", help="the tool (default: %(default)s)")
    parser.add_argument("--url", default=None, help="use a running server instead of starting one")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--strategy", action="store_true", help="ask for the strategy section too")
    parser.add_argument("--serve-args", default="", help="extra arguments for `frontier serve`, e.g. '--concurrent 2 --queue 64'")
    args = parser.parse_args()

    server = None
    pid = None
    url = args.url
    if url is None:
        server = subprocess.Popen([args.frontier, "serve", "--port", "0"] + args.serve_args.split(),
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        pid = server.pid
        line = server.stdout.readline()
        m = re.search(r"http://[0-9.]+:\d+/", line)
        if not m:
            sys.exit(f"frontier serve did not print its address: {line!r}")
        url = m.group(0)
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    presets = json.load(opener.open(url + "api/presets"))
    default = next(p["name"] for p in presets if p["default"])
    scenario = opener.open(url + "api/presets/" + default).read()
    endpoint = url + "api/analyze" + ("" if args.strategy else "?strategy=0")

    results = []          # (latency seconds, status or error text)
    lock = threading.Lock()
    stop = time.monotonic() + args.seconds
    peak = [0]
    done = threading.Event()

    def sample_memory():
        while not done.is_set():
            r = rss_kib(pid) if pid else None
            if r:
                peak[0] = max(peak[0], r)
            time.sleep(0.25)

    def client():
        while time.monotonic() < stop:
            start = time.monotonic()
            try:
                request = urllib.request.Request(endpoint, data=scenario, method="POST",
                                                 headers={"Content-Type": "application/json"})
                with opener.open(request, timeout=600) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as e:
                status = e.code
            except Exception as e:  # connection errors
                status = f"error: {e}"
            with lock:
                results.append((time.monotonic() - start, status))

    memory = threading.Thread(target=sample_memory, daemon=True)
    memory.start()
    began = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    done.set()
    final = rss_kib(pid) if pid else None
    if server:
        server.terminate()
        server.wait()

    latencies = sorted(r[0] for r in results if r[1] == 200)
    statuses = {}
    for _, s in results:
        statuses[str(s)] = statuses.get(str(s), 0) + 1
    print(f"server {url} ({default}, {'with' if args.strategy else 'without'} strategy), "
          f"{args.clients} clients for {args.seconds:g} s; the run took {elapsed:.1f} s")
    print(f"requests {len(results)}; statuses {statuses}; throughput {len(results) / elapsed:.2f}/s")
    print(f"latency p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000 if latencies else float('nan'):.0f} ms")
    if pid:
        print(f"server RSS peak {peak[0] / 1024:.1f} MiB, at the end {final / 1024 if final else float('nan'):.1f} MiB")
    errors = sum(n for s, n in statuses.items() if s != "200")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
