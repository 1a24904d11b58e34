#!/usr/bin/env python3
"""Compare `frontier pareto FILE --ranks` (non-dominated sorting) with moocore.pareto_rank.

For each case the module writes a seeded float64 .npy file (the generators of compare_peers.py),
then times
  * moocore.pareto_rank(x, maximise=True)          (in this process; wall time)
  * frontier pareto FILE --ranks --timing          (the ranks_ms figure: the sorting alone,
                                                    without reading the file or printing)
takes the median of `runs` runs of each (interleaved: one moocore run, one frontier run, ...),
checks that both give IDENTICAL ranks for every row (both count from 0 for the non-dominated
rows), and returns rows of (case, frontier_ms, moocore_ms, ratio) with ratio = moocore / frontier
(above 1: frontier is faster).

Meant to be wired into compare_peers.py (`import peers_ranks; peers_ranks.run(...)`); also
runnable on its own:
    swift build -c release --product frontier
    python3 Benchmarks/scripts/peers_ranks.py --runs 3
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
from compare_peers import make_points  # noqa: E402  (same generators as the filter comparison)

# name, distribution, dimensions, points
CASES = [
    ("ranks-d3-concave", "concave", 3, 100_000),
    ("ranks-d4-uniform", "uniform", 4, 100_000),
    ("ranks-d2-uniform", "uniform", 2, 100_000),
    ("ranks-d4-concave", "concave", 4, 100_000),
]


def frontier_ranks(binary, path):
    """One run of `frontier pareto PATH --ranks --timing`: (ranks_ms, ranks as an int array)."""
    completed = subprocess.run([binary, "pareto", path, "--ranks", "--timing"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"frontier failed on {path} (status {completed.returncode}): {completed.stderr.strip()}")
    match = re.search(r"^timing read_ms=(\S+) ranks_ms=(\S+) points=(\d+) fronts=(\d+)$",
                      completed.stderr, re.MULTILINE)
    if not match:
        raise RuntimeError(f"no timing line from frontier: {completed.stderr!r}")
    lines = completed.stdout.splitlines()
    if not lines or lines[0] != "index,rank":
        raise RuntimeError(f"unexpected frontier output header: {lines[:1]!r}")
    ranks = np.array([int(line.split(",", 1)[1]) for line in lines[1:]], dtype=np.int64)
    return float(match.group(2)), ranks


def run(frontier_binary, cases=CASES, runs=3, seed=12345, data_dir=None):
    """Times every case; returns [(case, frontier_ms, moocore_ms, ratio)].

    Raises RuntimeError when frontier fails or when its ranks differ from moocore's anywhere.
    `data_dir` None means a temporary directory, removed afterwards.
    """
    import moocore

    temporary = None
    if data_dir is None:
        temporary = tempfile.TemporaryDirectory(prefix="frontier-ranks-")
        data_dir = temporary.name
    os.makedirs(data_dir, exist_ok=True)
    rows = []
    try:
        # One unmeasured call first, so one-time set-up is not timed.
        moocore.pareto_rank(make_points("uniform", 3, 1000, seed), maximise=True)
        for name, distribution, d, n in cases:
            x = make_points(distribution, d, n, seed)
            path = os.path.join(data_dir, f"{name}-n{n}.npy")
            np.save(path, x)
            moocore_times, frontier_times = [], []
            expected = ours = None
            for _ in range(runs):
                start = time.perf_counter()
                expected = moocore.pareto_rank(x, maximise=True)
                moocore_times.append((time.perf_counter() - start) * 1000.0)
                ms, ours = frontier_ranks(frontier_binary, path)
                frontier_times.append(ms)
            expected = np.asarray(expected, dtype=np.int64)
            if ours.shape != expected.shape or not np.array_equal(ours, expected):
                differing = int(np.count_nonzero(ours != expected)) if ours.shape == expected.shape else "all"
                raise RuntimeError(f"{name}: ranks differ from moocore's ({differing} rows)")
            frontier_ms = statistics.median(frontier_times)
            moocore_ms = statistics.median(moocore_times)
            rows.append((name, frontier_ms, moocore_ms, moocore_ms / frontier_ms if frontier_ms > 0 else float("inf")))
            print(f"done {name} (n={n}, fronts={int(expected.max()) + 1})", file=sys.stderr, flush=True)
    finally:
        if temporary is not None:
            temporary.cleanup()
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frontier", default=".build/release/frontier",
                        help="path of the frontier binary (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and case; the median is reported")
    parser.add_argument("--seed", type=int, default=12345, help="numpy seed (default: %(default)s)")
    parser.add_argument("--n", type=int, default=None, help="use this many points in every case (quick runs)")
    parser.add_argument("--cases", default=",".join(c[0] for c in CASES),
                        help="comma-separated case names (default: all): %(default)s")
    parser.add_argument("--data-dir", default=None,
                        help="where to write the .npy files (default: a temporary directory, removed afterwards)")
    args = parser.parse_args()
    if not os.access(args.frontier, os.X_OK):
        sys.exit(f"{args.frontier}: not an executable; build it with `swift build -c release --product frontier`")
    wanted = [c.strip() for c in args.cases.split(",") if c.strip()]
    known = {c[0] for c in CASES}
    unknown = [c for c in wanted if c not in known]
    if unknown:
        sys.exit(f"unknown case(s): {', '.join(unknown)}")
    cases = [(name, dist, d, args.n if args.n is not None else n) for name, dist, d, n in CASES if name in wanted]
    try:
        rows = run(args.frontier, cases, args.runs, args.seed, args.data_dir)
    except RuntimeError as error:
        sys.exit(str(error))
    header = ("case", "frontier ms", "moocore ms", "moocore/frontier")
    table = [header] + [(name, f"{f:.1f}", f"{m:.1f}", f"{r:.2f}") for name, f, m, r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for k, row in enumerate(table):
        print("  ".join(cell.rjust(widths[i]) if i else cell.ljust(widths[i]) for i, cell in enumerate(row)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\nmedian of {args.runs} interleaved runs; frontier ms is ranks_ms (sorting only, file reading "
          f"excluded); moocore ms is the wall time of moocore.pareto_rank; numpy seed {args.seed}")


if __name__ == "__main__":
    main()
