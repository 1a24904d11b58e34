import Testing
@testable import Pareto

/// The four-objective divide and conquer, with its recursion forced deep (tiny base ranges) and
/// its two-thread split forced on small inputs, against brute force.
@Suite struct NonDominated4DTests {
    private func rows(_ points: PointSet, senses: [ObjectiveSense]?, workers: Int, baseSize: Int) -> [Int] {
        let signs = (senses ?? .maximizeAll(points.dimensions)).map(\.sign)
        let rows = points.withOrientedPoints(signs: signs) { view in
            NonDominated4D.frontier(view, (0..<Int32(points.count)).map { $0 },
                                    workers: workers, baseSize: baseSize, splitMinimum: 2)
        }
        return sortedRowIndices(rows, count: points.count)
    }

    @Test(arguments: FrontierShape.allCases)
    func deepRecursionMatchesBruteForce(_ shape: FrontierShape) throws {
        for n in [0, 1, 2, 3, 5, 17, 100, 257, 1500] {
            for mixed in [false, true] {
                let senses: [ObjectiveSense]? = mixed ? mixedSenses(4) : nil
                let points = shape.points(count: n, dimensions: 4, seed: UInt64(n * 131 + (mixed ? 1 : 0)))
                let expected = try bruteForceNonDominatedIndices(points, senses: senses)
                for (workers, baseSize) in [(1, 2), (1, 3), (2, 2), (2, 16), (1, 64)] {
                    #expect(rows(points, senses: senses, workers: workers, baseSize: baseSize) == expected,
                            "n=\(n) mixed=\(mixed) workers=\(workers) base=\(baseSize)")
                }
            }
        }
    }

    /// Small integer grids: many equal ranks in every objective, exact copies, and rows of one
    /// constant sum that do not dominate each other.
    @Test(arguments: [2, 3, 5])
    func tiedAndDuplicatedRowsMatchBruteForce(_ levels: Int) throws {
        var rng = SplitMix64(seed: UInt64(levels))
        for n in [4, 40, 700] {
            var values: [[Double]] = []
            for _ in 0..<n {
                let p = (0..<4).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) }
                values.append(p)
                if Int.random(in: 0..<3, using: &rng) == 0 { values.append(p) }
            }
            let points = try PointSet(rows: values)
            for senses in [nil, mixedSenses(4)] {
                let expected = try bruteForceNonDominatedIndices(points, senses: senses)
                for (workers, baseSize) in [(1, 2), (2, 4), (2, 16)] {
                    #expect(rows(points, senses: senses, workers: workers, baseSize: baseSize) == expected,
                            "levels=\(levels) n=\(n) workers=\(workers) base=\(baseSize)")
                }
            }
        }
    }

    /// A first objective shared by many rows cannot be cut; such ranges are decided directly
    /// (up to 512 rows) or by the sort-filter skyline (beyond).
    @Test(arguments: [300, 2000])
    func rangesWithOneFirstObjectiveMatchBruteForce(_ n: Int) throws {
        var rng = SplitMix64(seed: UInt64(n))
        var values: [[Double]] = []
        for k in 0..<n {
            // Two values of the first objective; the rest random, with repeats.
            let first: Double = k % 5 == 0 ? 1 : 0
            values.append([first] + (0..<3).map { _ in Double(Int.random(in: 0..<40, using: &rng)) / 4 })
        }
        let points = try PointSet(rows: values)
        let expected = try bruteForceNonDominatedIndices(points)
        for (workers, baseSize) in [(1, 2), (2, 16)] {
            #expect(rows(points, senses: nil, workers: workers, baseSize: baseSize) == expected)
        }
        let constant = try PointSet(rows: values.map { [0.5] + $0.dropFirst() })
        #expect(rows(constant, senses: nil, workers: 2, baseSize: 16) == (try bruteForceNonDominatedIndices(constant)))
    }

    @Test func negativeAndPositiveZeroAreEqual() throws {
        let points = try PointSet(rows: [[0.0, 1, 0, 0], [-0.0, 1, 0, -0.0], [-0.0, 0.5, 0, 0], [0, 1, -0.0, 0]])
        #expect(rows(points, senses: nil, workers: 1, baseSize: 2) == [0, 1, 3])
        #expect(try nonDominatedIndices(points, algorithm: .divideAndConquer4D) == [0, 1, 3])
    }
}

/// The merge's staircase against a list of inserted pairs.
@Suite struct RankStaircaseTests {
    @Test func coversExactlyWhatSomeInsertedPairCovers() {
        var rng = SplitMix64(seed: 4)
        for range in [3, 10, 1000] {
            var stairs = RankStaircase(capacity: 400)

            var inserted: [(Int32, Int32)] = []
            for _ in 0..<400 {
                let z = Int32(Int.random(in: 0..<range, using: &rng)), w = Int32(Int.random(in: 0..<range, using: &rng))
                let expected = inserted.contains { $0.0 >= z && $0.1 >= w }
                #expect(stairs.covers(z, w) == expected)
                // As the merge does: one search, then the insertion at its result.
                let k = stairs.lowerBound(z)
                #expect((stairs.w(at: k) >= w) == expected)
                if !expected { stairs.insert(z, w, at: k); inserted.append((z, w)) }
            }
            #expect(stairs.count <= inserted.count)
        }
    }
}
