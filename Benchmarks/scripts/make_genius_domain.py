#!/usr/bin/env python3
"""Write a synthetic GENIUS XML negotiation domain and one additive profile per party.

Every issue is discrete. Each party gets random positive weights normalised to sum to 1 and
random evaluations in (0, 1] (the largest of each issue set to 1, as GENIUS would rescale it
anyway). The same seed always writes the same files.

    python3 Benchmarks/scripts/make_genius_domain.py OUT_DIR --values 3,3,3,3,3,4,4,4,5,5,5
    python3 Benchmarks/scripts/make_genius_domain.py OUT_DIR --issues 30 --values 10
    python3 Benchmarks/scripts/make_genius_domain.py OUT_DIR --issues 12 --values 10 --parties 3

Writes OUT_DIR/domain.xml and OUT_DIR/party1.xml, party2.xml, ...
"""
import argparse
import os
import random


def domain_xml(counts):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<negotiation_template number_of_sessions="1">',
             f'  <utility_space number_of_issues="{len(counts)}">',
             '    <objective index="0" description="" name="root" type="objective" etype="objective">']
    for i, n in enumerate(counts):
        lines.append(f'      <issue index="{i + 1}" name="issue{i + 1}" type="discrete" etype="discrete" vtype="discrete">')
        for v in range(n):
            lines.append(f'        <item index="{v + 1}" value="v{v + 1}"/>')
        lines.append('      </issue>')
    lines += ['    </objective>', '  </utility_space>', '</negotiation_template>', '']
    return '\n'.join(lines)


def profile_xml(counts, rng, reservation):
    weights = [rng.uniform(0.05, 1.0) for _ in counts]
    total = sum(weights)
    weights = [w / total for w in weights]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<utility_space>',
             '  <objective index="0" description="" name="root" type="objective" etype="objective">']
    for i, n in enumerate(counts):
        evaluations = [rng.uniform(0.01, 1.0) for _ in range(n)]
        top = max(evaluations)
        evaluations = [e / top for e in evaluations]
        lines.append(f'    <issue index="{i + 1}" name="issue{i + 1}" type="discrete" etype="discrete" vtype="discrete">')
        for v, e in enumerate(evaluations):
            lines.append(f'      <item index="{v + 1}" value="v{v + 1}" evaluation="{e!r}"/>')
        lines.append('    </issue>')
    for i, w in enumerate(weights):
        lines.append(f'    <weight index="{i + 1}" value="{w!r}"/>')
    lines += ['  </objective>', f'  <reservation value="{reservation}"/>',
              '  <discount_factor value="1.0"/>', '</utility_space>', '']
    return '\n'.join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('out', help='output directory (created if missing)')
    parser.add_argument('--issues', type=int, help='number of issues (with a single --values count)')
    parser.add_argument('--values', required=True,
                        help='values per issue: one count for every issue, or a comma-separated list')
    parser.add_argument('--parties', type=int, default=2)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--reservation', type=float, default=0.0)
    args = parser.parse_args()
    counts = [int(c) for c in args.values.split(',')]
    if len(counts) == 1:
        counts = counts * (args.issues or 1)
    elif args.issues is not None and args.issues != len(counts):
        parser.error('--issues does not match the --values list')
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'domain.xml'), 'w') as f:
        f.write(domain_xml(counts))
    for p in range(args.parties):
        with open(os.path.join(args.out, f'party{p + 1}.xml'), 'w') as f:
            f.write(profile_xml(counts, rng, args.reservation))
    outcomes = 1
    for c in counts:
        outcomes *= c
    print(f'{args.out}: {len(counts)} issues, {outcomes} outcomes, {args.parties} parties')


if __name__ == '__main__':
    main()
