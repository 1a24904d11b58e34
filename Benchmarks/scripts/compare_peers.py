#!/usr/bin/env python3
"""Compare `frontier pareto` with the Python libraries moocore and paretoset.

This script is the entry point for every peer comparison: `--kind` picks what is compared.
  filter         (default) non-dominated filtering, this file's cases, below
  ranks          non-dominated sorting: moocore.pareto_rank against `frontier pareto --ranks`
                 (peers_ranks.py; ranks must be identical)
  hypervolume    moocore.hypervolume against `frontier hypervolume` (peers_hypervolume.py)
  contributions  moocore.hv_contributions against `frontier hypervolume --contributions`
                 (peers_indicators.py)
  all            each of the above in turn (filtering with --group issue12)
Options after the kind are passed on to that script (each takes --frontier, --runs, --seed).

For each benchmark case the script writes a seeded data set as a float64 .npy file, then times
  * moocore.is_nondominated(x, maximise=True, keep_weakly=True)   (copies of a non-dominated
                                                          point are all kept, as frontier does)
  * paretoset.paretoset(x, sense=["max"] * d)          (optional, see --paretoset)
  * frontier pareto FILE --timing                       (the frontier_ms figure: the filtering
                                                          alone, without reading the file)
takes the median of --runs runs of each, checks that every tool reports the same frontier
size, and prints a table with the ratios peer / frontier (above 1: frontier is faster).

Data sets (numpy.random.default_rng(seed)):
  uniform  U[0, 1]^d
  line     (t, -t) with t uniform in 0..999 (two objectives): every point is non-dominated and
           each value has about n/1000 copies
  concave  ("hard") |N(0, I)| scaled to unit length, times (1 - 0.01 U): points in a thin shell just
           inside the positive orthant of the unit sphere, so many of them are non-dominated.

Not a dependency of the Swift package. Needs numpy, moocore and (for its column) paretoset:
    python3 -m pip install numpy moocore paretoset

Examples:
    swift build -c release --product frontier
    python3 Benchmarks/scripts/compare_peers.py                 # full sizes
    python3 Benchmarks/scripts/compare_peers.py --n 10000       # every case at n = 10^4
    python3 Benchmarks/scripts/compare_peers.py --group issue12 --paretoset none --runs 5
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

# name, distribution, dimensions, points. The first five are the first round's large cases.
CASES = [
    ("d2-uniform", "uniform", 2, 10_000_000),
    ("d2-concave", "concave", 2, 10_000_000),
    ("d3-concave", "concave", 3, 1_000_000),
    ("d4-concave", "concave", 4, 1_000_000),
    ("d4-uniform", "uniform", 4, 1_000_000),
]


def _size_label(n):
    exponent = len(str(n)) - 1
    return f"1e{exponent}" if n == 10 ** exponent else f"{n // 10 ** exponent}e{exponent}"


def _case(distribution, d, n):
    return (f"d{d}-{distribution}-{_size_label(n)}", distribution, d, n)


# Issue 12's filter rows (uniform d = 8, hard d = 3 to 6, the line), then every size from 10^4 to
# 10^7 for d = 2, 3, 4, then d = 5 ... 10 at 10^5 and 10^6. Select them with --group.
ISSUE12 = [
    _case("uniform", 8, 1_000_000),
    _case("concave", 3, 200_000),
    _case("concave", 3, 100_000),
    _case("concave", 5, 100_000),
    _case("concave", 6, 100_000),
    _case("line", 2, 1_000_000),
    _case("concave", 4, 100_000),
]
GRID = [_case(distribution, d, n)
        for d in (2, 3, 4) for distribution in ("uniform", "concave")
        for n in (10_000, 100_000, 1_000_000, 10_000_000)]
MANY = [_case(distribution, d, n)
        for d in range(5, 11) for distribution in ("uniform", "concave") for n in (100_000, 1_000_000)]
# Cases where paretoset takes more than 15 s per run at full size; skipped unless
# --paretoset all. Their frontiers are large and paretoset's cost grows with the frontier.
# Measured with paretoset 1.2.5 on this project's 2-core machine: d2-concave at n = 10^7 took 102 s
# (frontier 26,656 points); d3-concave took 7.4 s already at n = 3·10^4 and d4-concave 3.3 s at
# n = 10^4, so both are far above 15 s at n = 10^6. The other cases took under 2 s. (Issue 12's
# cases were not measured with paretoset; use --paretoset none for them.)
PARETOSET_SLOW = {"d2-concave", "d3-concave", "d4-concave"}

GROUPS = {"first": CASES, "issue12": ISSUE12, "grid": GRID, "many": MANY}
ALL_CASES = {}
for _group in GROUPS.values():
    for _c in _group:
        ALL_CASES.setdefault(_c[0], _c)

def make_points(distribution, d, n, seed):
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        return rng.random((n, d))
    if distribution == "line":
        # (t, -t) with t a small integer: every point is on the front, with ~n/1000 copies each.
        if d != 2:
            raise ValueError("the line data set has two objectives")
        t = rng.integers(0, 1000, n).astype(np.float64)
        return np.column_stack((t, -t))
    z = np.abs(rng.standard_normal((n, d)))
    z /= np.linalg.norm(z, axis=1, keepdims=True)
    z *= 1.0 - 0.01 * rng.random((n, 1))
    return z


def median_time(function, runs):
    """Median wall time in ms of `function()` over `runs` runs, and its last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), result


def run_frontier(binary, path, runs, serial=False):
    """Median frontier_ms over `runs` runs of `frontier pareto PATH --timing`, and the size.
    With `serial`, the environment has FRONTIER_SERIAL=1 (see --serial)."""
    times, size = [], None
    env = dict(os.environ, FRONTIER_SERIAL="1") if serial else None
    for _ in range(runs):
        completed = subprocess.run([binary, "pareto", path, "--timing"], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if completed.returncode != 0:
            sys.exit(f"frontier failed on {path} (status {completed.returncode}): {completed.stderr.strip()}")
        match = re.search(r"^timing read_ms=(\S+) frontier_ms=(\S+) points=(\d+) frontier=(\d+)(?: \S+)*$",
                          completed.stderr, re.MULTILINE)
        if not match:
            sys.exit(f"no timing line from frontier: {completed.stderr!r}")
        times.append(float(match.group(2)))
        size = int(match.group(4))
    return statistics.median(times), size


def ratio(peer, ours):
    if peer is None or ours is None:
        return "-"
    return f"{peer / ours:.2f}" if ours > 0 else "inf"


KINDS = {"ranks": "peers_ranks", "hypervolume": "peers_hypervolume", "contributions": "peers_indicators"}


def dispatch():
    """Runs the comparison `--kind` names (see the module docstring); `filter` is main()."""
    kind_parser = argparse.ArgumentParser(add_help=False)
    kind_parser.add_argument("--kind", default="filter", choices=["filter", "all"] + sorted(KINDS))
    known, rest = kind_parser.parse_known_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    kinds = ["filter"] + sorted(KINDS) if known.kind == "all" else [known.kind]
    for kind in kinds:
        print(f"== {kind}", flush=True)
        if kind == "filter":
            sys.argv = [sys.argv[0]] + (["--group", "issue12"] if known.kind == "all" and "--group" not in rest else []) + rest
            main()
        else:
            module = __import__(KINDS[kind])
            sys.argv = [module.__file__] + rest
            module.main()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frontier", default=".build/release/frontier",
                        help="path of the frontier binary (default: %(default)s)")
    parser.add_argument("--n", type=int, default=None,
                        help="use this many points in every case instead of the full sizes (quick runs)")
    parser.add_argument("--cases", default=None,
                        help="comma-separated case names (default: every case of --group); known: "
                             + ", ".join(ALL_CASES))
    parser.add_argument("--group", default="first", choices=sorted(GROUPS) + ["all"],
                        help="first: the first round's large cases (default); issue12: issue 12's filter rows; "
                             "grid: d = 2, 3, 4 at n = 10^4 ... 10^7; many: d = 5 ... 10 at 10^5 and 10^6")
    parser.add_argument("--baseline", default=None,
                        help="path of a second frontier binary (e.g. a build of main) timed on the same data "
                             "in the same run, interleaved, for before/after columns")
    parser.add_argument("--serial", action="store_true",
                        help="also time frontier with FRONTIER_SERIAL=1 in its environment (a column "
                             "'frontier 1-thread ms'); only a harness that reads that variable and passes "
                             "parallel: false honours it, the frontier tool itself ignores it")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool and case; the median is reported")
    parser.add_argument("--paretoset", choices=["auto", "all", "none"], default="auto",
                        help="auto: skip paretoset on the cases known to take over 15 s at full size "
                             f"({', '.join(sorted(PARETOSET_SLOW))}) unless --n is given; "
                             "all: always run it; none: never")
    parser.add_argument("--seed", type=int, default=12345, help="numpy seed (default: %(default)s)")
    parser.add_argument("--data-dir", default=None,
                        help="where to write the .npy files (default: a temporary directory, removed afterwards)")
    args = parser.parse_args()

    if not os.access(args.frontier, os.X_OK):
        sys.exit(f"{args.frontier}: not an executable; build it with `swift build -c release --product frontier`")
    import moocore
    try:
        import paretoset
    except ImportError:
        paretoset = None
        if args.paretoset != "none":
            print("paretoset is not installed; its column is skipped", file=sys.stderr)

    if args.cases is not None:
        wanted = [c.strip() for c in args.cases.split(",") if c.strip()]
    elif args.group == "all":
        wanted = list(ALL_CASES)
    else:
        wanted = [c[0] for c in GROUPS[args.group]]
    unknown = [c for c in wanted if c not in ALL_CASES]
    if unknown:
        sys.exit(f"unknown case(s): {', '.join(unknown)}")

    temporary = None
    data_dir = args.data_dir
    if data_dir is None:
        temporary = tempfile.TemporaryDirectory(prefix="frontier-peers-")
        data_dir = temporary.name
    os.makedirs(data_dir, exist_ok=True)

    rows = []
    mismatches = []
    load_before = os.getloadavg()[0]
    for name in wanted:
        _, distribution, d, full_n = ALL_CASES[name]
        n = args.n if args.n is not None else full_n
        x = make_points(distribution, d, n, args.seed)
        path = os.path.join(data_dir, f"{name}-n{n}.npy")
        np.save(path, x)

        # One unmeasured call on a small slice first, so one-time set-up is not timed.
        # keep_weakly=True: copies of a non-dominated point are all kept, as frontier does.
        moocore.is_nondominated(x[:1000], maximise=True, keep_weakly=True)
        moocore_ms, mask = median_time(
            lambda: moocore.is_nondominated(x, maximise=True, keep_weakly=True), args.runs)
        sizes = {"moocore": int(np.count_nonzero(mask))}

        paretoset_ms = None
        skip = (paretoset is None or args.paretoset == "none"
                or (args.paretoset == "auto" and args.n is None and name in PARETOSET_SLOW))
        if not skip:
            paretoset.paretoset(x[:1000], sense=["max"] * d)
            paretoset_ms, mask = median_time(lambda: paretoset.paretoset(x, sense=["max"] * d), args.runs)
            sizes["paretoset"] = int(np.count_nonzero(mask))

        frontier_ms, sizes["frontier"] = run_frontier(args.frontier, path, args.runs)
        serial_ms = None
        if args.serial:
            serial_ms, sizes["frontier 1-thread"] = run_frontier(args.frontier, path, args.runs, serial=True)
        baseline_ms = None
        if args.baseline is not None:
            baseline_ms, sizes["baseline"] = run_frontier(args.baseline, path, args.runs)

        if len(set(sizes.values())) != 1:
            mismatches.append(f"{name}: frontier sizes differ: {sizes}")
        rows.append((name, n, d, sizes["frontier"], moocore_ms, paretoset_ms, frontier_ms, serial_ms, baseline_ms))
        print(f"done {name} (n={n})", file=sys.stderr, flush=True)

    header = ("case", "n", "d", "frontier size", "moocore ms", "paretoset ms", "frontier ms",
              "moocore/frontier", "paretoset/frontier")
    if args.serial:
        header += ("frontier 1-thread ms", "moocore/1-thread")
    if args.baseline is not None:
        header += ("baseline ms", "moocore/baseline")
    table = [header]
    for name, n, d, size, m_ms, p_ms, f_ms, s_ms, b_ms in rows:
        row = (name, str(n), str(d), str(size), f"{m_ms:.1f}",
               "skipped" if p_ms is None else f"{p_ms:.1f}", f"{f_ms:.1f}",
               ratio(m_ms, f_ms), ratio(p_ms, f_ms))
        if args.serial:
            row += (f"{s_ms:.1f}", ratio(m_ms, s_ms))
        if args.baseline is not None:
            row += (f"{b_ms:.1f}", ratio(m_ms, b_ms))
        table.append(row)
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for k, row in enumerate(table):
        print("  ".join(cell.rjust(widths[i]) if i else cell.ljust(widths[i]) for i, cell in enumerate(row)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\nmedian of {args.runs} runs; frontier ms is the filtering time frontier reports "
          f"(frontier_ms, file reading excluded); numpy seed {args.seed}; "
          f"1-minute load {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    if temporary is not None:
        temporary.cleanup()
    if mismatches:
        print("\n".join(mismatches), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    dispatch()
