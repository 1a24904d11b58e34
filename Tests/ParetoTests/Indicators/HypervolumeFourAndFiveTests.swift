import Testing
@testable import Pareto

// Four- and five-objective hypervolume (HV4D⁺, and WFG on top of it) against brute forces, on
// seeded random, tied, duplicated and degenerate sets.

/// Exact hypervolume of integer gain vectors with values in 1...k (origin reference), by counting
/// unit cells: cell c is covered when some point is ≥ c + 1 in every objective. Marks the cell
/// below each point, then spreads the marks down each axis in turn: O(kᵈ·d), independent of n.
private func cellCountHypervolume(_ rows: [[Int]], largest k: Int, dimensions d: Int) -> Double {
    var strides = [Int](repeating: 1, count: d)
    for j in 1..<d { strides[j] = strides[j - 1] * k }
    let cells = strides[d - 1] * k
    var covered = [Bool](repeating: false, count: cells)
    for row in rows where row.allSatisfy({ $0 >= 1 }) {
        covered[(0..<d).reduce(0) { $0 + (row[$1] - 1) * strides[$1] }] = true
    }
    for j in 0..<d {
        let step = strides[j]
        // Downward along axis j: cell c is covered if the cell above it on this axis is.
        for c in stride(from: cells - 1, through: 0, by: -1) where !covered[c] {
            if (c / step) % k != k - 1 && covered[c + step] { covered[c] = true }
        }
    }
    return Double(covered.count(where: { $0 }))
}

private func randomIntegerRows(_ n: Int, _ d: Int, largest k: Int, _ rng: inout SplitMix64) -> [[Int]] {
    (0..<n).map { _ in (0..<d).map { _ in Int.random(in: 1...k, using: &rng) } }
}

private func points(_ rows: [[Int]], _ d: Int) throws -> PointSet {
    try PointSet(dimensions: d, values: rows.flatMap { $0.map(Double.init) })
}

private func expectClose(_ got: Double, _ expected: Double, _ note: String) {
    #expect(abs(got - expected) <= 1e-12 * max(1, abs(expected)), "\(note): \(got) vs \(expected)")
}

@Suite struct HypervolumeFourAndFiveTests {
    @Test(arguments: [4, 5])
    func seededRandomSetsMatchInclusionExclusion(dimensions d: Int) throws {
        for shape in [FrontierShape.uniform, .concave] {
            for trial in 0..<40 {
                let seed = UInt64(9_000 + 100 * d + trial)
                var rng = SplitMix64(seed: seed)
                let n = Int.random(in: 0...12, using: &rng)
                let set = shape.points(count: n, dimensions: d, seed: seed)
                let reference = [Double](repeating: 0, count: d)
                let expected = inclusionExclusionHypervolume(gainsBeating(set, reference: reference, senses: .maximizeAll(d)))
                expectClose(try hypervolume(set, reference: reference), expected, "\(shape) d=\(d) n=\(n) trial \(trial)")
            }
        }
    }

    /// Coordinates drawn from few integers: many ties in every objective, copies, dominated
    /// points; sizes past the sweep's pre-filter (8 points) and radix sort (2048 points). Exact.
    @Test(arguments: [(4, 10, 2), (4, 40, 3), (4, 300, 4), (4, 2_500, 6), (4, 5_000, 12),
                      (5, 12, 2), (5, 60, 3), (5, 400, 4), (5, 1_500, 6)])
    func tiedIntegerSetsMatchCellCounting(dimensions d: Int, count n: Int, largest k: Int) throws {
        for trial in 0..<3 {
            var rng = SplitMix64(seed: UInt64(d * 7_919 + n * 13 + k + trial))
            let rows = randomIntegerRows(n, d, largest: k, &rng)
            let expected = cellCountHypervolume(rows, largest: k, dimensions: d)
            let got = try hypervolume(points(rows, d), reference: .init(repeating: 0, count: d))
            #expect(got == expected, "d=\(d) n=\(n) k=\(k) trial \(trial)")
        }
    }

    /// A large front: concave points rounded to integers 1...40, almost all non-dominated, with
    /// ties. Exact against cell counting.
    @Test func aLargeRoundedFrontMatchesCellCounting() throws {
        let d = 4, k = 40
        let set = FrontierShape.concave.points(count: 3_000, dimensions: d, seed: 4_242)
        let rows = (0..<set.count).map { i in (0..<d).map { j in max(1, Int((set[i, j] * Double(k)).rounded(.up))) } }
        let expected = cellCountHypervolume(rows, largest: k, dimensions: d)
        #expect(try hypervolume(points(rows, d), reference: .init(repeating: 0, count: d)) == expected)
    }

    /// Every point repeated one to four times, in shuffled order: the same volume as the
    /// distinct points (exactly, on integers), and the brute force agrees.
    @Test(arguments: [4, 5])
    func duplicatedPointsAddNothing(dimensions d: Int) throws {
        for trial in 0..<20 {
            var rng = SplitMix64(seed: UInt64(31_000 + 10 * d + trial))
            let k = trial % 2 == 0 ? 3 : 9
            let distinct = randomIntegerRows(Int.random(in: 1...(trial < 10 ? 9 : 200), using: &rng), d, largest: k, &rng)
            var repeated: [[Int]] = []
            for row in distinct { for _ in 0..<Int.random(in: 1...4, using: &rng) { repeated.append(row) } }
            repeated.shuffle(using: &rng)
            let reference = [Double](repeating: 0, count: d)
            let expected = cellCountHypervolume(distinct, largest: k, dimensions: d)
            #expect(try hypervolume(points(distinct, d), reference: reference) == expected, "trial \(trial)")
            #expect(try hypervolume(points(repeated, d), reference: reference) == expected, "trial \(trial)")
            if distinct.count <= 9 {
                #expect(inclusionExclusionHypervolume(distinct.map { $0.map(Double.init) }) == expected)
            }
        }
        // Many copies of the largest point among others (the pre-filter's champions are copies).
        let big = [Int](repeating: 5, count: d)
        var rng = SplitMix64(seed: UInt64(d))
        let rows = Array(repeating: big, count: 12) + randomIntegerRows(30, d, largest: 6, &rng)
        #expect(try hypervolume(points(rows, d), reference: .init(repeating: 0, count: d))
                == cellCountHypervolume(rows, largest: 6, dimensions: d))
    }

    /// All points equal in one objective j: the volume is that value times the volume of the
    /// other objectives, computed by the algorithm one dimension down.
    @Test(arguments: [4, 5])
    func pointsEqualInOneCoordinate(dimensions d: Int) throws {
        for j in 0..<d {
            for shape in [FrontierShape.concave, .uniform, .grid] {
                for n in [1, 7, 150, 2_100] where d == 4 || n <= 150 {
                    let seed = UInt64(50_000 + 1_000 * d + 100 * j + n)
                    let lower = shape.points(count: n, dimensions: d - 1, seed: seed)
                    let reference = [Double](repeating: -1, count: d - 1)
                    let value = 2.5
                    var values: [Double] = []
                    for i in 0..<n {
                        var row = Array(lower.point(i))
                        row.insert(value, at: j)
                        values += row
                    }
                    var liftedReference = reference
                    liftedReference.insert(0, at: j)
                    let got = try hypervolume(PointSet(dimensions: d, values: values), reference: liftedReference)
                    let expected = value * (try hypervolume(lower, reference: reference))
                    if shape == .grid {
                        #expect(got == expected, "\(shape) d=\(d) j=\(j) n=\(n)")
                    } else {
                        expectClose(got, expected, "\(shape) d=\(d) j=\(j) n=\(n)")
                    }
                }
            }
        }
    }

    @Test(arguments: [4, 5])
    func singlePointAndEmptySet(dimensions d: Int) throws {
        let reference = [Double](repeating: 1, count: d)
        #expect(try hypervolume(PointSet(dimensions: d, values: []), reference: reference) == 0)
        let p = (0..<d).map { Double($0) + 1.5 }
        #expect(try hypervolume(PointSet(rows: [p]), reference: reference) == (0..<d).map { Double($0) + 0.5 }.reduce(1, *))
        // A single point that does not beat the reference in one objective.
        var q = p; q[d - 1] = 1
        #expect(try hypervolume(PointSet(rows: [q]), reference: reference) == 0)
    }

    /// One sweep's buffers reused for many sets of different sizes, with and without its
    /// pre-filter, as the WFG recursion uses them.
    @Test func aReusedSweepGivesFreshResults() throws {
        var sweep = HV4DPlusSweep(capacity: 64)
        var rng = SplitMix64(seed: 77)
        for trial in 0..<60 {
            let n = Int.random(in: 0...(trial % 3 == 0 ? 64 : 11), using: &rng)
            let k = [2, 4, 20][trial % 3]
            let rows = randomIntegerRows(n, 4, largest: k, &rng)
            let gains: [Double] = rows.flatMap { $0.map(Double.init) } + [0]   // never empty
            let expected = cellCountHypervolume(rows, largest: k, dimensions: 4)
            let filtered = gains.withUnsafeBufferPointer { sweep.hypervolume($0.baseAddress!, count: n) }
            let unfiltered = gains.withUnsafeBufferPointer { sweep.hypervolume($0.baseAddress!, count: n, prefilter: false) }
            #expect(filtered == expected, "trial \(trial)")
            #expect(unfiltered == expected, "trial \(trial)")
        }
    }
}
