#!/usr/bin/env python3
"""Compare `frontier hypervolume --contributions` with moocore.hv_contributions.

A module for compare_peers.py (CASES and run()), and runnable on its own. For each case the
script writes a seeded float64 .npy file, then times
  * moocore.hv_contributions(x, ref=0, maximise=True)          (moocore's default: dominated
                                                                  points ignored)
  * frontier hypervolume FILE --reference 0,… --contributions --ignore-dominated --timing
                                                                 (the hypervolume_ms figure: the
                                                                  computation alone, without reading
                                                                  the file or printing the rows)
  * the same without --ignore-dominated (dominated points counted, the exact HV(X) − HV(X∖{p})),
    for information; it has no moocore counterpart at these sizes
takes the median of `runs` runs of each, checks that the two "dominated ignored" results agree
(1e-9 relative, or 1e-12 of the largest contribution absolute for tiny values) and prints a
table with the ratio moocore / frontier (above 1: frontier is faster).

Data sets (numpy.random.default_rng(seed)):
  concave  the "hard" data, compare_peers.make_points: |N(0, I)| scaled to unit length, times
           (1 - 0.01 U): a thin shell, so many points are dominated and many front points
           dominate some alone (where the two ways of treating dominated points differ)
  front    |N(0, I)| scaled to unit length: every point on the front and contributing, so both
           ways agree and the exact contributions are checked against moocore too

Not a dependency of the Swift package. Needs numpy and moocore:
    python3 -m pip install numpy moocore

Examples:
    swift build -c release --product frontier
    python3 Benchmarks/scripts/peers_indicators.py
    python3 Benchmarks/scripts/peers_indicators.py --n 10000 --runs 1     # quick
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
from compare_peers import make_points as shared_make_points, median_time  # noqa: E402 (shared with the filter comparison)

# name, distribution, dimensions, points
# name, distribution, dimensions, points. "concave" is the "hard" data.
CASES = [
    ("hvc-d2-concave-1e5", "concave", 2, 100_000),
    ("hvc-d2-concave-1e6", "concave", 2, 1_000_000),
    ("hvc-d3-concave-1e4", "concave", 3, 10_000),
    ("hvc-d3-concave-1e5", "concave", 3, 100_000),
    ("hvc-d2-front-1e5", "front", 2, 100_000),
    ("hvc-d2-front-1e6", "front", 2, 1_000_000),
    ("hvc-d3-front-1e4", "front", 3, 10_000),
    ("hvc-d3-front-1e5", "front", 3, 100_000),
]


def make_points(distribution, d, n, seed):
    """The case's data: compare_peers.make_points for "concave", the unit sphere for "front"."""
    if distribution == "concave":
        return shared_make_points("concave", d, n, seed)
    if distribution != "front":
        raise ValueError(f"unknown distribution {distribution}")
    rng = np.random.default_rng(seed)
    z = np.abs(rng.standard_normal((n, d)))
    z /= np.linalg.norm(z, axis=1, keepdims=True)
    return z


TIMING = re.compile(r"^timing read_ms=(\S+) hypervolume_ms=(\S+) points=(\d+)$", re.MULTILINE)


def run_frontier(binary, path, d, runs, ignore_dominated):
    """Median hypervolume_ms over `runs` runs, and the contributions of the last run."""
    command = [binary, "hypervolume", path, "--reference=" + ",".join(["0"] * d),
               "--contributions", "--timing"]
    if ignore_dominated:
        command.append("--ignore-dominated")
    times, values = [], None
    for _ in range(runs):
        completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if completed.returncode != 0:
            sys.exit(f"frontier failed on {path} (status {completed.returncode}): {completed.stderr.strip()}")
        match = TIMING.search(completed.stderr)
        if not match:
            sys.exit(f"no timing line from frontier: {completed.stderr!r}")
        times.append(float(match.group(2)))
        lines = completed.stdout.split("\n")
        if lines[0] != "index,contribution":
            sys.exit(f"unexpected frontier output header {lines[0]!r}")
        values = np.array([float(line[line.index(",") + 1:]) for line in lines[1:] if line])
    return statistics.median(times), values


def agreement(ours, theirs):
    """(ok, largest relative difference among non-tiny values, largest absolute difference)."""
    if ours.shape != theirs.shape:
        return False, float("inf"), float("inf")
    scale = float(np.max(np.abs(theirs))) if len(theirs) else 0.0
    difference = np.abs(ours - theirs)
    tiny = 1e-12 * scale
    ok = bool(np.all((difference <= 1e-9 * np.abs(theirs)) | (difference <= tiny)))
    big = np.abs(theirs) > tiny
    relative = float(np.max(difference[big] / np.abs(theirs[big]))) if np.any(big) else 0.0
    return ok, relative, float(np.max(difference)) if len(difference) else 0.0


def run(frontier_binary, cases, runs, seed, data_dir, make_points=make_points):
    """Times every case; returns (rows, mismatches).

    rows: dicts with case, n, d, front (points with a positive contribution), moocore_ms,
    frontier_ms (dominated ignored, as moocore), frontier_exact_ms (dominated counted), ratio
    (moocore_ms / frontier_ms), max_relative_difference.
    """
    import moocore  # noqa: PLC0415

    rows, mismatches = [], []
    for name, distribution, d, n in cases:
        x = make_points(distribution, d, n, seed)
        path = os.path.join(data_dir, f"{name}-n{n}.npy")
        np.save(path, x)
        ref = np.zeros(d)

        moocore.hv_contributions(x[:1000], ref=ref, maximise=True)   # one-time set-up, untimed
        moocore_ms, theirs = median_time(lambda: moocore.hv_contributions(x, ref=ref, maximise=True), runs)
        frontier_ms, ours = run_frontier(frontier_binary, path, d, runs, ignore_dominated=True)
        exact_ms, exact = run_frontier(frontier_binary, path, d, runs, ignore_dominated=False)

        ok, relative, absolute = agreement(ours, theirs)
        if not ok:
            mismatches.append(f"{name} n={n}: contributions differ (max relative {relative:.3g}, "
                              f"max absolute {absolute:.3g})")
        if distribution == "front" and not agreement(exact, theirs)[0]:
            mismatches.append(f"{name} n={n}: exact contributions differ from moocore on a front")
        rows.append({
            "case": name, "n": n, "d": d, "front": int(np.count_nonzero(theirs > 0)),
            "moocore_ms": moocore_ms, "frontier_ms": frontier_ms, "frontier_exact_ms": exact_ms,
            "ratio": moocore_ms / frontier_ms if frontier_ms > 0 else float("inf"),
            "max_relative_difference": relative,
        })
        print(f"done {name} (n={n})", file=sys.stderr, flush=True)
    return rows, mismatches


def print_table(rows, runs, seed):
    header = ("case", "n", "d", "contributing", "moocore ms", "frontier ms", "moocore/frontier",
              "frontier exact ms", "max rel diff")
    table = [header]
    for r in rows:
        table.append((r["case"], str(r["n"]), str(r["d"]), str(r["front"]), f"{r['moocore_ms']:.1f}",
                      f"{r['frontier_ms']:.1f}", f"{r['ratio']:.2f}", f"{r['frontier_exact_ms']:.1f}",
                      f"{r['max_relative_difference']:.1e}"))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for k, row in enumerate(table):
        print("  ".join(cell.rjust(widths[i]) if i else cell.ljust(widths[i]) for i, cell in enumerate(row)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\nmedian of {runs} runs; frontier ms is the hypervolume_ms frontier reports with "
          f"--ignore-dominated (moocore's semantics; file reading and printing excluded); "
          f"'exact' counts dominated points; numpy seed {seed}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frontier", default=".build/release/frontier",
                        help="path of the frontier binary (default: %(default)s)")
    parser.add_argument("--n", type=int, default=None,
                        help="use this many points in every case instead of the listed sizes (quick runs)")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and case; the median is reported")
    parser.add_argument("--seed", type=int, default=12345, help="numpy seed (default: %(default)s)")
    parser.add_argument("--data-dir", default=None,
                        help="where to write the .npy files (default: a temporary directory, removed afterwards)")
    args = parser.parse_args()

    if not os.access(args.frontier, os.X_OK):
        sys.exit(f"{args.frontier}: not an executable; build it with `swift build -c release --product frontier`")
    cases = CASES
    if args.n is not None:
        cases = list(dict.fromkeys((name.rsplit("-", 1)[0], dist, d, args.n) for name, dist, d, _ in CASES))

    temporary = None
    data_dir = args.data_dir
    if data_dir is None:
        temporary = tempfile.TemporaryDirectory(prefix="frontier-hvc-")
        data_dir = temporary.name
    os.makedirs(data_dir, exist_ok=True)
    rows, mismatches = run(args.frontier, cases, args.runs, args.seed, data_dir)
    print_table(rows, args.runs, args.seed)
    if temporary is not None:
        temporary.cleanup()
    if mismatches:
        print("\n".join(mismatches), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
