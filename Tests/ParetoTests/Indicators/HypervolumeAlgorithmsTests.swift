import Testing
@testable import Pareto

/// The shapes whose values are small integers (or halves): their hypervolumes are exact.
private func isExact(_ shape: FrontierShape) -> Bool {
    shape == .grid || shape == .antiGrid
}

/// A reference point per objective, in the objectives' own units: mostly just worse than every
/// point (so all of them count), sometimes the value of a random point (so some points sit on the
/// reference boundary and some do not beat it at all).
private func referencePoint(for points: PointSet, senses: [ObjectiveSense], using rng: inout SplitMix64) -> [Double] {
    (0..<points.dimensions).map { j in
        let column = (0..<points.count).map { points[$0, j] }
        if !column.isEmpty && Int.random(in: 0..<4, using: &rng) == 0 {
            return column[Int.random(in: 0..<column.count, using: &rng)]
        }
        let worst = senses[j] == .maximize ? (column.min() ?? 0) : (column.max() ?? 0)
        return worst - senses[j].sign
    }
}

private func senses(_ d: Int, trial: Int) -> [ObjectiveSense] {
    trial % 2 == 0 ? .maximizeAll(d) : mixedSenses(d)
}

private func expectAgreement(_ got: Double, _ expected: Double, exact: Bool, tolerance: Double, _ note: String) {
    if exact {
        #expect(got == expected, "\(note)")
    } else {
        #expect(abs(got - expected) <= tolerance * max(1, abs(expected)), "\(note): \(got) vs \(expected)")
    }
}

@Suite struct HypervolumeAlgorithmsTests {
    @Test(arguments: 1...8)
    func smallSetsMatchInclusionExclusion(dimensions d: Int) throws {
        let largest = d <= 6 ? 12 : 9
        for shape in FrontierShape.allCases {
            for trial in 0..<12 {
                let seed = UInt64(1000 * d + 37 * trial) &+ UInt64(shape.rawValue.count)
                var rng = SplitMix64(seed: seed)
                let n = trial == 0 ? 0 : trial == 1 ? 1 : Int.random(in: 2...largest, using: &rng)
                let points = shape.points(count: n, dimensions: d, seed: seed)
                let s = senses(d, trial: trial)
                let reference = referencePoint(for: points, senses: s, using: &rng)
                let expected = inclusionExclusionHypervolume(gainsBeating(points, reference: reference, senses: s))
                let got = try hypervolume(points, reference: reference, senses: s)
                expectAgreement(got, expected, exact: isExact(shape), tolerance: 1e-11,
                                "\(shape) d=\(d) n=\(n) trial \(trial)")
            }
        }
    }

    /// Sizes large enough to reach the pre-filters (d = 2, 3 from 4096 points) and long sweeps,
    /// against the previous slicing implementation.
    @Test(arguments: [(2, 20_000), (2, 5_000), (3, 6_000), (3, 600), (4, 300), (4, 120), (5, 50), (6, 24)])
    func largerSetsMatchTheSlicingReference(dimensions d: Int, count n: Int) throws {
        for shape in FrontierShape.allCases {
            for trial in 0..<2 {
                let seed = UInt64(77 * d + n + trial)
                var rng = SplitMix64(seed: seed)
                let points = shape.points(count: n, dimensions: d, seed: seed)
                let s = senses(d, trial: trial)
                let reference = referencePoint(for: points, senses: s, using: &rng)
                let expected = slicingHypervolume(gainsBeating(points, reference: reference, senses: s))
                let got = try hypervolume(points, reference: reference, senses: s)
                expectAgreement(got, expected, exact: isExact(shape), tolerance: 1e-12,
                                "\(shape) d=\(d) n=\(n) trial \(trial)")
            }
        }
    }

    /// Integers 1...k: many ties in every objective, and the results must be exact.
    @Test(arguments: [(2, 30_000, 1000), (3, 8_000, 1000), (3, 5_000, 20), (4, 400, 1000), (4, 400, 8),
                      (5, 60, 100), (5, 80, 5), (6, 30, 100)])
    func integerDataGiveExactResults(dimensions d: Int, count n: Int, largest k: Int) throws {
        var rng = SplitMix64(seed: UInt64(d * 1_000_003 + n + k))
        let values = (0..<(n * d)).map { _ in Double(Int.random(in: 1...k, using: &rng)) }
        let points = try PointSet(dimensions: d, values: values)
        let reference = [Double](repeating: 0, count: d)
        let expected = slicingHypervolume(gainsBeating(points, reference: reference, senses: .maximizeAll(d)))
        #expect(try hypervolume(points, reference: reference) == expected)
        // The same data minimized against the opposite corner: the same boxes.
        let flipped = try PointSet(dimensions: d, values: values.map { Double(k + 1) - $0 })
        let minimized = try hypervolume(flipped, reference: .init(repeating: Double(k + 1), count: d),
                                        senses: .init(repeating: .minimize, count: d))
        #expect(minimized == expected)
    }

    /// An extra objective equal to 1 for every point (reference 0) leaves the volume unchanged:
    /// checks each algorithm against the one below it on sets too large for the brute forces.
    @Test(arguments: [(2, 6_000), (3, 3_000), (4, 400)])
    func aConstantExtraObjectiveLeavesTheVolumeUnchanged(dimensions d: Int, count n: Int) throws {
        for shape in [FrontierShape.concave, .uniform, .grid] {
            let points = shape.points(count: n, dimensions: d, seed: UInt64(d * n))
            let lower = try hypervolume(points, reference: .init(repeating: -1, count: d))
            var lifted: [Double] = []
            for i in 0..<n { lifted += points.point(i) + [1] }
            let higher = try hypervolume(PointSet(dimensions: d + 1, values: lifted),
                                         reference: .init(repeating: -1, count: d) + [0])
            expectAgreement(higher, lower, exact: shape == .grid, tolerance: 1e-12, "\(shape) d=\(d)")
        }
    }

    @Test(arguments: 1...8)
    func singlePointsCopiesAndBoundaryPoints(dimensions d: Int) throws {
        let reference = [Double](repeating: 0, count: d)
        let p = (0..<d).map { Double($0 + 2) }
        let box = p.reduce(1, *)
        #expect(try hypervolume(PointSet(rows: [p]), reference: reference) == box)
        #expect(try hypervolume(PointSet(rows: Array(repeating: p, count: 7)), reference: reference) == box)
        // A point on the reference boundary and one worse than the reference add nothing.
        var onBoundary = p; onBoundary[d - 1] = 0
        var worse = p; worse[0] = -3
        #expect(try hypervolume(PointSet(rows: [onBoundary, p, worse, p]), reference: reference) == box)
        #expect(try hypervolume(PointSet(rows: [onBoundary, worse]), reference: reference) == 0)
        #expect(try hypervolume(PointSet(dimensions: d, values: []), reference: reference) == 0)
    }

    /// n points all non-dominated on the simplex-like grid x₁ + … + x_d = k: the sweeps' worst
    /// case for front size, checked exactly against the slicing reference.
    @Test(arguments: [(3, 30), (4, 12), (5, 7)])
    func aWholeIntegerFrontMatchesTheReference(dimensions d: Int, sum k: Int) throws {
        var rows: [[Double]] = []
        func fill(_ prefix: [Int], _ left: Int) {
            if prefix.count == d - 1 { rows.append((prefix + [left]).map { Double($0 + 1) }); return }
            for v in 0...left { fill(prefix + [v], left - v) }
        }
        fill([], k)
        let reference = [Double](repeating: 0, count: d)
        let expected = slicingHypervolume(rows)
        #expect(try hypervolume(PointSet(rows: rows), reference: reference) == expected)
    }
}
