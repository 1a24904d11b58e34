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

Instead of the tool, `--harness BINARY` times a release build of
Benchmarks/scripts/ranks_harness.swift (an executable linking the Pareto module, which prints
the same timing line and ranks; see that file): much quicker to build than `frontier`.
`--baseline BINARY` (a second harness or frontier binary, e.g. a build of the previous
commit) is timed in the same interleaved runs and adds a column, so that old and new code are
compared under the same machine load.

Meant to be wired into compare_peers.py (`import peers_ranks; peers_ranks.run(...)`); also
runnable on its own:
    swift build -c release --product frontier
    python3 Benchmarks/scripts/peers_ranks.py --runs 3
    python3 Benchmarks/scripts/peers_ranks.py --harness /tmp/new/.build/release/rankharness \
        --baseline /tmp/old/.build/release/rankharness --runs 5
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


def frontier_ranks(binary, path, harness=False):
    """One run of `frontier pareto PATH --ranks --timing` (or of the harness `BINARY PATH`):
    (ranks_ms, ranks as an int array)."""
    argv = [binary, path] if harness else [binary, "pareto", path, "--ranks", "--timing"]
    completed = subprocess.run(argv,
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


def is_harness(binary):
    """Whether `binary` is a ranks harness rather than the frontier tool (by its name)."""
    return "harness" in os.path.basename(binary)


def run(frontier_binary, cases=CASES, runs=3, seed=12345, data_dir=None, baseline_binary=None):
    """Times every case; returns [(case, frontier_ms, moocore_ms, ratio)], and with
    `baseline_binary` [(case, frontier_ms, moocore_ms, ratio, baseline_ms)].

    Either binary may be the frontier tool or a ranks harness (told apart by name: a harness's
    name contains "harness"). Raises RuntimeError when a binary fails or when its ranks differ
    from moocore's anywhere. `data_dir` None means a temporary directory, removed afterwards.
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
            moocore_times, frontier_times, baseline_times = [], [], []
            expected = ours = theirs = None
            for _ in range(runs):
                start = time.perf_counter()
                expected = moocore.pareto_rank(x, maximise=True)
                moocore_times.append((time.perf_counter() - start) * 1000.0)
                ms, ours = frontier_ranks(frontier_binary, path, is_harness(frontier_binary))
                frontier_times.append(ms)
                if baseline_binary:
                    ms, theirs = frontier_ranks(baseline_binary, path, is_harness(baseline_binary))
                    baseline_times.append(ms)
            expected = np.asarray(expected, dtype=np.int64)
            for label, got in (("frontier", ours), ("baseline", theirs)):
                if got is None:
                    continue
                if got.shape != expected.shape or not np.array_equal(got, expected):
                    differing = int(np.count_nonzero(got != expected)) if got.shape == expected.shape else "all"
                    raise RuntimeError(f"{name}: {label} ranks differ from moocore's ({differing} rows)")
            frontier_ms = statistics.median(frontier_times)
            moocore_ms = statistics.median(moocore_times)
            row = (name, frontier_ms, moocore_ms, moocore_ms / frontier_ms if frontier_ms > 0 else float("inf"))
            if baseline_binary:
                row += (statistics.median(baseline_times),)
            rows.append(row)
            print(f"done {name} (n={n}, fronts={int(expected.max()) + 1})", file=sys.stderr, flush=True)
    finally:
        if temporary is not None:
            temporary.cleanup()
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frontier", default=".build/release/frontier",
                        help="path of the frontier binary (default: %(default)s)")
    parser.add_argument("--harness", default=None,
                        help="a release build of Benchmarks/scripts/ranks_harness.swift, timed instead of --frontier")
    parser.add_argument("--baseline", default=None,
                        help="a second frontier or harness binary timed in the same runs (e.g. the previous commit)")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and case; the median is reported")
    parser.add_argument("--seed", type=int, default=12345, help="numpy seed (default: %(default)s)")
    parser.add_argument("--n", type=int, default=None, help="use this many points in every case (quick runs)")
    parser.add_argument("--cases", default=",".join(c[0] for c in CASES),
                        help="comma-separated case names (default: all): %(default)s")
    parser.add_argument("--data-dir", default=None,
                        help="where to write the .npy files (default: a temporary directory, removed afterwards)")
    args = parser.parse_args()
    binary = args.harness or args.frontier
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not an executable; build it with `swift build -c release --product frontier`"
                 " (or the harness, see Benchmarks/scripts/ranks_harness.swift)")
    if args.baseline and not os.access(args.baseline, os.X_OK):
        sys.exit(f"{args.baseline}: not an executable")
    wanted = [c.strip() for c in args.cases.split(",") if c.strip()]
    known = {c[0] for c in CASES}
    unknown = [c for c in wanted if c not in known]
    if unknown:
        sys.exit(f"unknown case(s): {', '.join(unknown)}")
    cases = [(name, dist, d, args.n if args.n is not None else n) for name, dist, d, n in CASES if name in wanted]
    try:
        rows = run(binary, cases, args.runs, args.seed, args.data_dir, baseline_binary=args.baseline)
    except RuntimeError as error:
        sys.exit(str(error))
    header = ("case", "frontier ms", "moocore ms", "moocore/frontier")
    if args.baseline:
        header += ("baseline ms", "moocore/baseline")
    table = [header] + [(row[0], f"{row[1]:.1f}", f"{row[2]:.1f}", f"{row[3]:.2f}")
                        + ((f"{row[4]:.1f}", f"{row[2] / row[4]:.2f}") if args.baseline else ())
                        for row in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for k, row in enumerate(table):
        print("  ".join(cell.rjust(widths[i]) if i else cell.ljust(widths[i]) for i, cell in enumerate(row)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\nmedian of {args.runs} interleaved runs; frontier ms is ranks_ms (sorting only, file reading "
          f"excluded); moocore ms is the wall time of moocore.pareto_rank; numpy seed {args.seed}; "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
