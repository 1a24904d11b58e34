import Testing
@testable import Pareto

/// One randomized case: a shape, a dimension, a size, and whether senses are mixed.
struct FrontierCase: CustomTestStringConvertible, Sendable {
    let shape: FrontierShape
    let dimensions: Int
    let count: Int
    let mixed: Bool
    var testDescription: String { "\(shape) d=\(dimensions) n=\(count)\(mixed ? " mixed" : "")" }
    var senses: [ObjectiveSense]? { mixed ? mixedSenses(dimensions) : nil }
    var points: PointSet {
        shape.points(count: count, dimensions: dimensions, seed: UInt64(dimensions * 1_000_003 + count * 7 + (mixed ? 1 : 0)))
    }

    /// Every algorithm that accepts this many objectives.
    var algorithms: [FrontierAlgorithm] {
        var list: [FrontierAlgorithm] = [.automatic, .manyObjectives]
        if dimensions == 2 { list.append(.sweep2D) }
        if dimensions == 3 { list.append(.kung3D) }
        if dimensions == 4 { list.append(.divideAndConquer4D) }
        return list
    }

    static let small: [FrontierCase] = {
        var cases: [FrontierCase] = []
        for shape in FrontierShape.allCases {
            for d in 1...6 {
                for n in [0, 1, 2, 3, 10, 100, 900] {
                    cases.append(FrontierCase(shape: shape, dimensions: d, count: n, mixed: false))
                }
                cases.append(FrontierCase(shape: shape, dimensions: d, count: 400, mixed: true))
            }
        }
        return cases
    }()
}

@Suite struct NonDominatedIndicesTests {
    @Test(arguments: FrontierCase.small)
    func everyAlgorithmMatchesBruteForce(_ c: FrontierCase) throws {
        let points = c.points
        let expected = try bruteForceNonDominatedIndices(points, senses: c.senses)
        for algorithm in c.algorithms {
            let found = try nonDominatedIndices(points, senses: c.senses, algorithm: algorithm)
            #expect(found == expected, "\(algorithm)")
        }
    }

    @Test(arguments: FrontierCase.small.filter { $0.count >= 10 })
    func splittingAcrossWorkersGivesTheSameRows(_ c: FrontierCase) throws {
        let points = c.points
        let expected = try bruteForceNonDominatedIndices(points, senses: c.senses)
        let signs = (c.senses ?? .maximizeAll(c.dimensions)).map(\.sign)
        for algorithm in c.algorithms where algorithm != .automatic {
            for workers in [2, 3, 5] {
                let rows = points.withOrientedPoints(signs: signs) {
                    frontierRows($0, algorithm: algorithm, workers: workers, adaptive: false)
                }
                #expect(sortedRowIndices(rows, count: points.count) == expected, "\(algorithm) × \(workers)")
            }
        }
    }

    /// Sizes large enough to run the sample, bucket and pivot pre-filters, checked in O(n·k).
    @Test(arguments: [
        FrontierCase(shape: .uniform, dimensions: 2, count: 100_000, mixed: false),
        FrontierCase(shape: .concave, dimensions: 2, count: 30_000, mixed: true),
        FrontierCase(shape: .uniform, dimensions: 2, count: 60_000, mixed: true),
        FrontierCase(shape: .uniform, dimensions: 3, count: 60_000, mixed: true),
        FrontierCase(shape: .uniform, dimensions: 4, count: 60_000, mixed: false),
        FrontierCase(shape: .uniform, dimensions: 5, count: 20_000, mixed: true),
        FrontierCase(shape: .grid, dimensions: 2, count: 50_000, mixed: false),
        FrontierCase(shape: .grid, dimensions: 3, count: 50_000, mixed: true),
        FrontierCase(shape: .grid, dimensions: 4, count: 50_000, mixed: false),
        FrontierCase(shape: .grid, dimensions: 6, count: 20_000, mixed: false),
        FrontierCase(shape: .collinear, dimensions: 2, count: 50_000, mixed: false),
        FrontierCase(shape: .constantColumn, dimensions: 3, count: 50_000, mixed: false),
    ])
    func largeInputsGiveAValidFrontier(_ c: FrontierCase) throws {
        let points = c.points
        var results: [[Int]] = []
        for algorithm in c.algorithms {
            let found = try nonDominatedIndices(points, senses: c.senses, algorithm: algorithm)
            results.append(found)
        }
        #expect(isValidFrontier(points, senses: c.senses, results[0]))
        for r in results.dropFirst() { #expect(r == results[0]) }
    }

    /// Large frontiers (too slow to verify pairwise in a debug build): the independent
    /// algorithms must agree, and the 2-D data lifted to 3-D with a constant column too.
    @Test(arguments: [2, 3, 4])
    func largeConcaveFrontiersAgreeAcrossAlgorithms(_ d: Int) throws {
        let points = FrontierShape.concave.points(count: 40_000, dimensions: d, seed: 99)
        let specialised = try nonDominatedIndices(points, algorithm: d == 2 ? .sweep2D : d == 3 ? .kung3D : .divideAndConquer4D)
        let general = try nonDominatedIndices(points, algorithm: .manyObjectives)
        #expect(specialised == general)
        #expect(specialised.count > 100)
        if d == 2 {
            var lifted: [Double] = []
            for i in 0..<points.count { lifted += points.point(i); lifted.append(1) }
            let l = try PointSet(dimensions: 3, values: lifted)
            #expect(try nonDominatedIndices(l, algorithm: .kung3D) == specialised)
        }
    }

    @Test func theDocumentationExampleHolds() throws {
        let points = try PointSet(rows: [[1, 3], [2, 2], [1, 1], [2, 2]])
        #expect(try nonDominatedIndices(points) == [0, 1, 3])
        #expect(try nonDominatedIndices(points, senses: [.minimize, .maximize]) == [0])
    }

    @Test(arguments: FrontierAlgorithm.allCases)
    func duplicatesOfAFrontierPointAreAllKept(_ algorithm: FrontierAlgorithm) throws {
        let d = algorithm == .kung3D ? 3 : algorithm == .divideAndConquer4D ? 4 : 2
        let base: [[Double]] = [[5, 1], [1, 5], [5, 1], [3, 3], [2, 2], [3, 3], [5, 1]]
        let points = try PointSet(rows: base.map { $0 + Array(repeating: 0, count: d - 2) })
        #expect(try nonDominatedIndices(points, algorithm: algorithm) == [0, 1, 2, 3, 5, 6])
    }

    @Test(arguments: [FrontierAlgorithm.automatic, .manyObjectives, .bruteForce])
    func allEqualPointsAreAllNonDominated(_ algorithm: FrontierAlgorithm) throws {
        for d in 1...5 {
            let points = try PointSet(dimensions: d, values: Array(repeating: 0.25, count: 3000 * d))
            #expect(try nonDominatedIndices(points, algorithm: algorithm) == Array(0..<3000))
        }
    }

    @Test func oneObjectiveKeepsEveryCopyOfTheBest() throws {
        let points = try PointSet(dimensions: 1, values: [3, 7, 1, 7, -2])
        #expect(try nonDominatedIndices(points) == [1, 3])
        #expect(try nonDominatedIndices(points, senses: [.minimize]) == [4])
        #expect(try nonDominatedIndices(points, algorithm: .manyObjectives) == [1, 3])
    }

    @Test func negativeAndPositiveZeroAreEqual() throws {
        let points = try PointSet(rows: [[0.0, 1], [-0.0, 1], [-0.0, 0.5]])
        for algorithm in [FrontierAlgorithm.sweep2D, .manyObjectives, .bruteForce] {
            #expect(try nonDominatedIndices(points, algorithm: algorithm) == [0, 1])
        }
    }

    @Test func emptyInputGivesNoIndices() throws {
        for d in 1...4 {
            let points = try PointSet(dimensions: d, values: [])
            let specific: [FrontierAlgorithm: Int] = [.sweep2D: 2, .kung3D: 3, .divideAndConquer4D: 4]
            for algorithm in FrontierAlgorithm.allCases where specific[algorithm].map({ $0 == d }) ?? true {
                #expect(try nonDominatedIndices(points, algorithm: algorithm) == [])
            }
        }
    }

    @Test func aDimensionSpecificAlgorithmRejectsOtherDimensions() throws {
        let points = try PointSet(rows: [[1, 2, 3]])
        #expect(throws: ParetoError.unsupportedDimensions(operation: "the sweep2D frontier algorithm", dimensions: 3, supported: "2")) {
            try nonDominatedIndices(points, algorithm: .sweep2D)
        }
        let flat = try PointSet(rows: [[1, 2]])
        #expect(throws: ParetoError.unsupportedDimensions(operation: "the kung3D frontier algorithm", dimensions: 2, supported: "3")) {
            try nonDominatedIndices(flat, algorithm: .kung3D)
        }
        #expect(throws: ParetoError.unsupportedDimensions(operation: "the divideAndConquer4D frontier algorithm", dimensions: 3, supported: "4")) {
            try nonDominatedIndices(points, algorithm: .divideAndConquer4D)
        }
    }

    @Test func sensesOfTheWrongLengthAreRejected() throws {
        let points = try PointSet(rows: [[1, 2]])
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 3)) {
            try nonDominatedIndices(points, senses: [.maximize, .maximize, .minimize])
        }
    }
}

/// The two-part 3-D sweep and the split grid filter against brute force and one thread.
@Suite struct NonDominated3DSplitTests {
    static let shapes: [FrontierShape] = [.uniform, .concave, .grid, .collinear, .constantColumn, .antiGrid]

    @Test(arguments: shapes)
    func twoPartSweepMatchesBruteForce(_ shape: FrontierShape) throws {
        for n in [2, 3, 10, 257, 2000] {
            for mixed in [false, true] {
                let senses: [ObjectiveSense]? = mixed ? [.minimize, .maximize, .minimize] : nil
                let points = shape.points(count: n, dimensions: 3, seed: UInt64(n * 31 + (mixed ? 1 : 0)))
                let expected = try bruteForceNonDominatedIndices(points, senses: senses)
                let signs = (senses ?? .maximizeAll(3)).map(\.sign)
                let rows = points.withOrientedPoints(signs: signs) { view in
                    NonDominated3D.frontier(view, (0..<Int32(n)).map { $0 }, workers: 2, minimumSplit: 2)
                }
                #expect(sortedRowIndices(rows, count: n) == expected, "n=\(n) mixed=\(mixed)")
            }
        }
    }

    @Test func twoPartSweepKeepsDuplicatedAndTiedRows() throws {
        // Every row twice, and whole groups of equal x on both sides of the cut.
        var rows: [[Double]] = []
        var rng = SplitMix64(seed: 7)
        for _ in 0..<600 {
            let p = [Double(Int.random(in: 0...2, using: &rng)), Double(Int.random(in: 0...5, using: &rng)),
                     Double(Int.random(in: 0...5, using: &rng))]
            rows.append(p); rows.append(p)
        }
        let points = try PointSet(rows: rows)
        let expected = try bruteForceNonDominatedIndices(points)
        let found = points.withOrientedPoints(signs: [1, 1, 1]) { view in
            NonDominated3D.frontier(view, (0..<Int32(rows.count)).map { $0 }, workers: 2, minimumSplit: 2)
        }
        #expect(sortedRowIndices(found, count: rows.count) == expected)
    }

    @Test(arguments: shapes)
    func splitGridFilterKeepsTheSameRows(_ shape: FrontierShape) throws {
        let n = 300_000
        let points = shape.points(count: n, dimensions: 3, seed: 11)
        let all = (0..<Int32(n)).map { $0 }
        let (one, two) = points.withOrientedPoints(signs: [1, -1, 1]) { view in
            (NonDominated3D.gridFilter(view, all, workers: 1), NonDominated3D.gridFilter(view, all, workers: 2))
        }
        #expect(one == two)
        // Every non-dominated row survives the filter.
        let frontier = try nonDominatedIndices(points, senses: [.maximize, .minimize, .maximize])
        let kept = Set(two)
        #expect(frontier.allSatisfy { kept.contains(Int32($0)) })
    }
}

/// The path for a large three-objective frontier: the pivot filter declines, and the sweep
/// splits its grid filter and its sweep across two workers.
@Suite struct NearFrontier3DTests {
    @Test func theSubsampleTestSeparatesAConcaveFrontFromSpreadOutData() throws {
        let all = (0..<Int32(2000)).map { $0 }
        let concave = FrontierShape.concave.points(count: 2000, dimensions: 3, seed: 5)
        let uniform = FrontierShape.uniform.points(count: 2000, dimensions: 3, seed: 5)
        #expect(concave.withOrientedPoints(signs: [1, 1, 1]) { PivotFilter.mostlyNonDominated($0, all) })
        #expect(!uniform.withOrientedPoints(signs: [1, 1, 1]) { PivotFilter.mostlyNonDominated($0, all) })
        // Exactly half is not more than half; a single row counts as non-dominated.
        let half = try PointSet(rows: [[1, 1, 1], [0, 0, 0], [2, 0, 0], [0, 0, 2]])
        let rows: [Int32] = [0, 1, 2, 3]
        #expect(!half.withOrientedPoints(signs: [1, 1, 1]) { PivotFilter.mostlyNonDominated($0, Array(rows.prefix(2))) })
        #expect(half.withOrientedPoints(signs: [1, 1, 1]) { PivotFilter.mostlyNonDominated($0, [0, 2, 3]) })
        #expect(half.withOrientedPoints(signs: [1, 1, 1]) { PivotFilter.mostlyNonDominated($0, [1]) })
        #expect(concave.withOrientedPoints(signs: [1, 1, 1]) { PivotFilter($0, RowRange(range: 0..<2000)) } == nil)
    }

    @Test(arguments: [false, true])
    func twoWorkersNearAConcaveFrontGiveTheSerialRows(_ mixed: Bool) throws {
        // 70,000 rows: above both lowered thresholds (2^16 for the grid filter, 2^15 for the cut).
        let n = 70_000
        // Mixed senses: the second objective negated and minimized, so the front stays concave.
        let concave = FrontierShape.concave.points(count: n, dimensions: 3, seed: mixed ? 3 : 4)
        let points = mixed
            ? try PointSet(dimensions: 3, values: concave.values.enumerated().map { $0.offset % 3 == 1 ? -$0.element : $0.element })
            : concave
        let senses: [ObjectiveSense]? = mixed ? [.maximize, .minimize, .maximize] : nil
        let signs = (senses ?? .maximizeAll(3)).map(\.sign)
        let (serial, split) = points.withOrientedPoints(signs: signs) { view in
            (frontierRows(view, algorithm: .kung3D, workers: 1, nearFrontWorkers: 1),
             frontierRows(view, algorithm: .kung3D, workers: 1, nearFrontWorkers: 2))
        }
        let general = try nonDominatedIndices(points, senses: senses, algorithm: .manyObjectives, parallel: false)
        #expect(sortedRowIndices(serial, count: n) == general)
        #expect(sortedRowIndices(split, count: n) == general)
        // A large frontier (checked pairwise on smaller inputs elsewhere; too slow here).
        #expect(general.count > 1000)
    }
}

/// The vector form of the pivot pass (up to four objectives) against the scalar dominance test.
@Suite struct PivotFilterSurvivorTests {
    @Test(arguments: [FrontierShape.uniform, .grid, .antiGrid, .constantColumn])
    func survivorsAreTheRowsNoPivotDominates(_ shape: FrontierShape) throws {
        for d in 2...5 {
            let points = shape.points(count: 20_000, dimensions: d, seed: UInt64(d))
            let signs = (0..<d).map { $0 % 2 == 0 ? 1.0 : -1.0 }
            points.withOrientedPoints(signs: signs) { view in
                let all = RowRange(range: 0..<points.count)
                let chosen = PivotFilter(view, all)
                if shape == .uniform { #expect(chosen != nil, "uniform data should get pivots") }
                guard let filter = chosen else { return }
                let expected = (0..<Int32(points.count)).filter { r in
                    !filter.pivots.contains { view.dominates(Int($0), Int(r)) }
                }
                #expect(filter.survivors(view, all) == expected, "d=\(d)")
                let list = expected.withUnsafeBufferPointer { filter.survivors(view, RowList(rows: $0)) }
                #expect(list == expected, "d=\(d) list")
            }
        }
    }
}
