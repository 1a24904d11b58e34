import Testing
@testable import Pareto

/// The two-half sweep of the many-objective filter (forced on small inputs) against brute force.
@Suite struct NonDominatedManyObjectivesSplitTests {
    static let shapes: [FrontierShape] = FrontierShape.allCases

    private func splitRows(_ points: PointSet, senses: [ObjectiveSense]?, workers: Int) -> [Int] {
        let signs = (senses ?? .maximizeAll(points.dimensions)).map(\.sign)
        let rows = points.withOrientedPoints(signs: signs) { view in
            NonDominatedManyObjectives.frontier(view, (0..<Int32(points.count)).map { $0 },
                                                workers: workers, splitMinimum: 2)
        }
        return sortedRowIndices(rows, count: points.count)
    }

    @Test(arguments: shapes)
    func twoHalfSweepMatchesBruteForce(_ shape: FrontierShape) throws {
        for d in 4...6 {
            for n in [2, 3, 4, 10, 257, 1500] {
                for mixed in [false, true] {
                    let senses: [ObjectiveSense]? = mixed ? mixedSenses(d) : nil
                    let points = shape.points(count: n, dimensions: d, seed: UInt64(d * 7919 + n * 31 + (mixed ? 1 : 0)))
                    let expected = try bruteForceNonDominatedIndices(points, senses: senses)
                    for workers in [2, 3] {
                        #expect(splitRows(points, senses: senses, workers: workers) == expected,
                                "d=\(d) n=\(n) mixed=\(mixed) workers=\(workers)")
                    }
                }
            }
        }
    }

    /// Small integer grids give many equal sums and exact copies on both sides of the cut.
    @Test(arguments: [4, 5, 6])
    func twoHalfSweepKeepsDuplicatedAndTiedRows(_ d: Int) throws {
        var rng = SplitMix64(seed: UInt64(d))
        for levels in [2, 3, 5] {
            for n in [5, 40, 600] {
                var rows: [[Double]] = []
                for _ in 0..<n {
                    let p = (0..<d).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) }
                    rows.append(p)
                    if Int.random(in: 0..<3, using: &rng) == 0 { rows.append(p) }
                }
                // Rows of one constant sum: none dominates another unless equal.
                for _ in 0..<(n / 4) {
                    var p = (0..<d).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) }
                    let total = p.reduce(0, +)
                    p[0] += Double(levels * d) - total
                    rows.append(p); rows.append(p)
                }
                let points = try PointSet(rows: rows)
                let expected = try bruteForceNonDominatedIndices(points)
                #expect(splitRows(points, senses: nil, workers: 2) == expected, "levels=\(levels) n=\(n)")
                let senses = mixedSenses(d)
                #expect(splitRows(points, senses: senses, workers: 2)
                        == (try bruteForceNonDominatedIndices(points, senses: senses)), "levels=\(levels) n=\(n) mixed")
            }
        }
    }

    /// At the default minimum size, the split on a concave front (most rows non-dominated)
    /// keeps the same rows as one sweep.
    @Test func largeConcaveFrontSplitMatchesOneSweep() throws {
        let n = NonDominatedManyObjectives.defaultSplitMinimum * 2
        let points = FrontierShape.concave.points(count: n, dimensions: 4, seed: 5)
        let all = (0..<Int32(n)).map { $0 }
        let (one, two) = points.withOrientedPoints(signs: [1, 1, 1, 1]) { view in
            (NonDominatedManyObjectives.frontier(view, all, workers: 1),
             NonDominatedManyObjectives.frontier(view, all, workers: 2))
        }
        #expect(two.count > n / 10, "the front should be large")
        #expect(sortedRowIndices(two, count: n) == sortedRowIndices(one, count: n))
    }
}
