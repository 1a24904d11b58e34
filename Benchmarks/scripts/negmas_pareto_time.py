#!/usr/bin/env python3
"""Time NegMAS's pareto_frontier on a GENIUS folder (for comparison with `frontier genius`).

    python3 Benchmarks/scripts/negmas_pareto_time.py FOLDER [--repeat 1]

Loads the folder with negmas.inout.Scenario.from_genius_folder and prints the load time, the
pareto_frontier time, the number of outcomes and the frontier size. NegMAS's utility semantics
differ from GENIUS's in places (see the README), so compare times and sizes, not utilities.
"""
import argparse
import time

from negmas.inout import Scenario
from negmas.preferences import pareto_frontier


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('folder')
    parser.add_argument('--repeat', type=int, default=1)
    args = parser.parse_args()
    t0 = time.perf_counter()
    scenario = Scenario.from_genius_folder(args.folder, ignore_discount=True)
    t1 = time.perf_counter()
    outcomes = scenario.outcome_space.cardinality
    for _ in range(args.repeat):
        s = time.perf_counter()
        frontier, indices = pareto_frontier(list(scenario.ufuns), issues=scenario.outcome_space.issues)
        e = time.perf_counter()
        print(f'negmas load_s={t1 - t0:.3f} pareto_s={e - s:.3f} outcomes={outcomes} frontier={len(frontier)}')


if __name__ == '__main__':
    main()
