#!/usr/bin/env python3
"""Compare Frontier's hypervolume with moocore's `hypervolume` on seeded data.

A module for compare_peers.py (``CASES`` and ``run``), also runnable on its own.

For each case the script writes a seeded float64 .npy file (the data of compare_peers.py:
``uniform`` is U[0, 1]^d; ``concave``, the "hard" data, is |N(0, I)| scaled to unit length times
(1 - 0.01 U)), then times, interleaved run by run:
  * moocore.hypervolume(x, ref=REFERENCE, maximise=True)   (only the call is timed)
  * Frontier, one of:
      --frontier BINARY   `frontier hypervolume FILE --reference r1,... --timing`, the
                          hypervolume_ms figure of its `timing read_ms=... hypervolume_ms=...
                          points=...` line on stderr (the computation alone, not reading the file)
      --harness BINARY    a release build of Benchmarks/scripts/hypervolume_harness.swift (an
                          executable linking the Pareto module; see that file), which prints the
                          same timing line
and reports the medians and moocore / Frontier (above 1: Frontier is faster). The values must
agree to 1e-12 relative, or the case is reported as a mismatch.

Reference point: the origin, 0 in every objective. Both data sets are positive and maximised,
so every point strictly beats it and the hypervolume is that of the whole set.

Examples:
    python3 Benchmarks/scripts/peers_hypervolume.py --frontier .build/release/frontier
    python3 Benchmarks/scripts/peers_hypervolume.py --harness /tmp/hv/.build/release/hvharness \
        --cases d4-concave-1e4 --runs 5
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_peers import make_points  # noqa: E402  (the same seeded data as the filter comparison)

# name, distribution, dimensions, points. "concave" is the "hard" data.
CASES = [
    ("hv-d2-concave-1e6", "concave", 2, 1_000_000),
    ("hv-d2-uniform-1e6", "uniform", 2, 1_000_000),
    ("hv-d3-concave-1e5", "concave", 3, 100_000),
    ("hv-d3-uniform-1e5", "uniform", 3, 100_000),
    ("hv-d4-concave-1e4", "concave", 4, 10_000),
    ("hv-d4-uniform-1e4", "uniform", 4, 10_000),
    ("hv-d5-concave-500", "concave", 5, 500),
    ("hv-d5-uniform-500", "uniform", 5, 500),
]

# More sizes and dimensions, for --cases extended.
EXTENDED_CASES = [
    (f"hv-d2-{dist}-{label}", dist, 2, n)
    for dist in ("concave", "uniform") for label, n in (("1e4", 10**4), ("1e5", 10**5), ("1e7", 10**7))
] + [
    (f"hv-d3-{dist}-{label}", dist, 3, n)
    for dist in ("concave", "uniform") for label, n in (("1e4", 10**4), ("1e6", 10**6))
] + [
    (f"hv-d4-{dist}-{label}", dist, 4, n)
    for dist in ("concave", "uniform")
    for label, n in (("1e3", 10**3), ("3e4", 3 * 10**4), ("1e5", 10**5))
] + [
    (f"hv-d{d}-{dist}-{n}", dist, d, n)
    for d, sizes in ((5, (100, 1000, 2000)), (6, (100, 500)), (7, (100, 200)), (8, (50, 100, 200)))
    for dist in ("concave", "uniform") for n in sizes
]

RELATIVE_TOLERANCE = 1e-12


def reference_for(d):
    """The documented reference point: the origin."""
    return [0.0] * d


def frontier_once(command, path, reference):
    """One Frontier run: (hypervolume_ms, value)."""
    argv = command(path, reference)
    completed = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed (status {completed.returncode}): {completed.stderr.strip()}")
    match = re.search(r"^timing read_ms=(\S+) hypervolume_ms=(\S+) points=(\d+)$",
                      completed.stderr, re.MULTILINE)
    if not match:
        sys.exit(f"no timing line from {argv[0]}: {completed.stderr!r}")
    return float(match.group(2)), float(completed.stdout.strip().splitlines()[-1])


def frontier_command(frontier_binary=None, harness_binary=None):
    """A function (path, reference) -> argv for the chosen way of running Frontier."""
    if frontier_binary:
        return lambda path, r: [frontier_binary, "hypervolume", path,
                                "--reference", ",".join(repr(x) for x in r), "--timing"]
    return lambda path, r: [harness_binary, path, ",".join(repr(x) for x in r)]


def run(frontier_binary, cases, runs, seed, data_dir, harness_binary=None):
    """Times every case; returns rows (name, n, d, moocore_ms, frontier_ms, ratio, agree).

    `frontier_binary` is the `frontier` tool (its `hypervolume` command); pass None and
    `harness_binary` to use the release harness instead.
    """
    import moocore

    command = frontier_command(frontier_binary, harness_binary)
    rows = []
    for name, distribution, d, n in cases:
        x = make_points(distribution, d, n, seed)
        path = os.path.join(data_dir, f"{name}-{seed}.npy")
        np.save(path, x)
        reference = reference_for(d)
        ref = np.array(reference)
        moocore_times, frontier_times = [], []
        moocore_value = frontier_value = None
        for _ in range(runs):   # interleaved, so both see the same machine load
            start = time.perf_counter()
            moocore_value = float(moocore.hypervolume(x, ref=ref, maximise=True))
            moocore_times.append((time.perf_counter() - start) * 1000.0)
            ms, frontier_value = frontier_once(command, path, reference)
            frontier_times.append(ms)
        m, f = statistics.median(moocore_times), statistics.median(frontier_times)
        scale = max(abs(moocore_value), abs(frontier_value), 1e-300)
        agree = abs(moocore_value - frontier_value) <= RELATIVE_TOLERANCE * scale
        rows.append((name, n, d, m, f, m / f if f > 0 else float("inf"), agree,
                     moocore_value, frontier_value))
    return rows


def print_table(rows, out=sys.stdout):
    print(f"{'case':<22} {'n':>9} {'moocore ms':>11} {'frontier ms':>12} {'moocore/frontier':>17}  values",
          file=out)
    for name, n, d, m, f, r, agree, mv, fv in rows:
        note = "agree" if agree else f"MISMATCH moocore={mv!r} frontier={fv!r}"
        print(f"{name:<22} {n:>9} {m:>11.2f} {f:>12.2f} {r:>17.2f}  {note}", file=out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--frontier", help="the frontier binary (uses `frontier hypervolume ... --timing`)")
    which.add_argument("--harness", help="a release build of hypervolume_harness.swift")
    parser.add_argument("--cases", default="default",
                        help="comma-separated case names, or `default`, `extended` or `all`")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and case; medians are reported")
    parser.add_argument("--seed", type=int, default=12345, help="numpy seed (default: %(default)s)")
    parser.add_argument("--data-dir", default=None,
                        help="where to write the .npy files (default: a temporary directory)")
    args = parser.parse_args()

    binary = args.frontier or args.harness
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not an executable")
    every = {c[0]: c for c in CASES + EXTENDED_CASES}
    if args.cases == "default":
        cases = CASES
    elif args.cases == "extended":
        cases = EXTENDED_CASES
    elif args.cases == "all":
        cases = CASES + EXTENDED_CASES
    else:
        wanted = [c.strip() for c in args.cases.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in every]
        if unknown:
            sys.exit(f"unknown case(s): {', '.join(unknown)}")
        cases = [every[c] for c in wanted]

    temporary = None
    data_dir = args.data_dir
    if data_dir is None:
        temporary = tempfile.TemporaryDirectory(prefix="frontier-hv-")
        data_dir = temporary.name
    os.makedirs(data_dir, exist_ok=True)
    rows = run(args.frontier, cases, args.runs, args.seed, data_dir, harness_binary=args.harness)
    print(f"load: {os.getloadavg()}")
    print_table(rows)
    if temporary:
        temporary.cleanup()
    if not all(r[6] for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
