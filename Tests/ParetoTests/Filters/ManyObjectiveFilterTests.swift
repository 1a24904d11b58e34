import Testing
@testable import Pareto

/// The sum-pivot pre-filter and the block-by-block parallel sweep of the many-objective filter,
/// against brute force, on one thread and several, with the adaptive switches off so that every
/// path runs on small inputs.
@Suite struct ManyObjectiveFilterTests {
    static let shapes: [FrontierShape] = FrontierShape.allCases

    /// The many-objective sweep on `workers` threads, split from two rows on (several blocks
    /// from 1025 rows on).
    private func sweepRows(_ points: PointSet, senses: [ObjectiveSense]?, workers: Int) -> [Int] {
        let signs = (senses ?? .maximizeAll(points.dimensions)).map(\.sign)
        let rows = points.withOrientedPoints(signs: signs) { view in
            NonDominatedManyObjectives.frontier(view, (0..<Int32(points.count)).map { $0 },
                                                workers: workers, splitMinimum: 2)
        }
        return sortedRowIndices(rows, count: points.count)
    }

    /// The whole pipeline (pre-filter, then the exact filter) with the adaptive switch off.
    private func pipelineRows(_ points: PointSet, senses: [ObjectiveSense]?, workers: Int) -> [Int] {
        let signs = (senses ?? .maximizeAll(points.dimensions)).map(\.sign)
        let rows = points.withOrientedPoints(signs: signs) { view in
            frontierRows(view, algorithm: .manyObjectives, workers: workers, adaptive: false)
        }
        return sortedRowIndices(rows, count: points.count)
    }

    @Test(arguments: shapes)
    func blockSweepMatchesBruteForceOverSeveralBlocks(_ shape: FrontierShape) throws {
        for d in [5, 7, 10] {
            for n in [0, 1, 2, 1023, 1025, 3500] {
                for mixed in [false, true] {
                    let senses: [ObjectiveSense]? = mixed ? mixedSenses(d) : nil
                    let points = shape.points(count: n, dimensions: d, seed: UInt64(d * 131 + n * 17 + (mixed ? 1 : 0)))
                    let expected = try bruteForceNonDominatedIndices(points, senses: senses)
                    for workers in [1, 2, 3] {
                        #expect(sweepRows(points, senses: senses, workers: workers) == expected,
                                "d=\(d) n=\(n) mixed=\(mixed) workers=\(workers)")
                    }
                }
            }
        }
    }

    @Test(arguments: shapes)
    func pivotPipelineMatchesBruteForceFromTwoToTenObjectives(_ shape: FrontierShape) throws {
        for d in 2...10 {
            for n in [0, 1, 3, 200, 2500] {
                let mixed = n % 2 == 1
                let senses: [ObjectiveSense]? = mixed ? mixedSenses(d) : nil
                let points = shape.points(count: n, dimensions: d, seed: UInt64(d * 977 + n))
                let expected = try bruteForceNonDominatedIndices(points, senses: senses)
                let algorithms: [FrontierAlgorithm] = [.automatic, .manyObjectives]
                for algorithm in algorithms {
                    for parallel in [false, true] {
                        #expect(try nonDominatedIndices(points, senses: senses, algorithm: algorithm, parallel: parallel)
                                == expected, "d=\(d) n=\(n) \(algorithm) parallel=\(parallel)")
                    }
                }
                if d >= 5 {
                    for workers in [1, 2] {
                        #expect(pipelineRows(points, senses: senses, workers: workers) == expected,
                                "d=\(d) n=\(n) pipeline workers=\(workers)")
                    }
                }
            }
        }
    }

    /// The pivots never drop a non-dominated row, nor a copy of one, and only drop rows that
    /// some row dominates.
    @Test(arguments: [5, 6, 8, 9])
    func pivotFilterDropsOnlyDominatedRows(_ d: Int) throws {
        var rng = SplitMix64(seed: UInt64(d) &* 7)
        for levels in [2, 4, 1000] {
            var rows: [[Double]] = []
            for _ in 0..<3000 {
                let p = (0..<d).map { _ in Double(Int.random(in: 0..<levels, using: &rng)) }
                rows.append(p)
                if Int.random(in: 0..<4, using: &rng) == 0 { rows.append(p) }
            }
            let points = try PointSet(rows: rows)
            let choices: [[ObjectiveSense]?] = [nil, mixedSenses(d)]
            for senses in choices {
                let expected = Set(try bruteForceNonDominatedIndices(points, senses: senses))
                let signs = (senses ?? .maximizeAll(d)).map(\.sign)
                let (survivors, pivots) = points.withOrientedPoints(signs: signs) { view in
                    let filter = SumPivotFilter(view, sample: sampleRows(RowRange(range: 0..<view.count), count: 512))
                    return (filter.survivors(view, 0..<view.count, probe: .max) ?? [], filter.count)
                }
                #expect(pivots > 0)
                let kept = Set(survivors.map(Int.init))
                #expect(expected.isSubset(of: kept), "levels=\(levels)")
                #expect(survivors == survivors.sorted(), "survivors in input order")
                if levels == 1000 { #expect(kept.count < rows.count, "the pivots should drop rows of spread data") }
            }
        }
    }

    /// Two objectives on a line: every point non-dominated, with many exact copies.
    @Test func lineWithCopiesKeepsEveryRow() throws {
        var rng = SplitMix64(seed: 42)
        for n in [0, 1, 10, 5000, 70_000] {
            var values: [Double] = []
            for _ in 0..<n {
                let t = Double(Int.random(in: 0..<100, using: &rng))
                values.append(t); values.append(-t)
            }
            let points = try PointSet(dimensions: 2, values: values)
            for parallel in [false, true] {
                #expect(try nonDominatedIndices(points, parallel: parallel) == Array(0..<n), "n=\(n)")
            }
            // The parallel two-objective path (parts solved apart, then merged) on any size.
            for workers in [2, 3] {
                let rows = points.withOrientedPoints(signs: [1, 1]) {
                    frontierRows($0, algorithm: .sweep2D, workers: workers, adaptive: false)
                }
                #expect(sortedRowIndices(rows, count: n) == Array(0..<n), "n=\(n) workers=\(workers)")
            }
            let minimized = try nonDominatedIndices(points, senses: [.minimize, .maximize])
            let best = points.values.indices.filter { $0 % 2 == 0 }.map { points.values[$0] }.min()
            #expect(minimized == (0..<n).filter { points.values[2 * $0] == best }, "n=\(n) mixed")
        }
    }

    /// A concave front large enough for the default split: two workers give the same rows as
    /// one, through the whole pipeline.
    @Test func largeInputsGiveTheSameRowsOnOneAndTwoWorkers() throws {
        for (shape, d, n) in [(FrontierShape.concave, 6, 34_000), (.uniform, 8, 60_000), (.grid, 5, 40_000)] {
            let points = shape.points(count: n, dimensions: d, seed: UInt64(n + d))
            let one = pipelineRows(points, senses: nil, workers: 1)
            let two = pipelineRows(points, senses: nil, workers: 2)
            #expect(one == two, "\(shape) d=\(d)")
            // O(n·k): only where the front is small.
            if shape != .concave { #expect(isValidFrontier(points, senses: nil, two), "\(shape) d=\(d)") }
            #expect(try nonDominatedIndices(points, parallel: true) == one)
        }
    }
}
