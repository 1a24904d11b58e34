import Testing
@testable import Pareto

/// Random points of three flavours: continuous, small integers (many ties), and rows copied.
private func randomPoints(count n: Int, dimensions d: Int, flavour: Int, rng: inout SplitMix64) throws -> PointSet {
    var rows: [[Double]] = []
    for _ in 0..<n {
        switch flavour {
        case 0: rows.append((0..<d).map { _ in Double.random(in: -1..<1, using: &rng) })
        case 1: rows.append((0..<d).map { _ in Double(Int.random(in: 0...3, using: &rng)) })
        default:
            if !rows.isEmpty && Bool.random(using: &rng) {
                rows.append(rows[Int.random(in: 0..<rows.count, using: &rng)])
            } else {
                rows.append((0..<d).map { _ in Double(Int.random(in: 0...9, using: &rng)) })
            }
        }
    }
    return try PointSet(rows: rows, dimensions: d)
}

@Suite struct NonDominatedSortingTests {
    @Test func documentationExampleRanksAndFronts() throws {
        let points = try PointSet(rows: [[3, 1], [1, 3], [2, 2], [1, 1], [2, 2], [0, 0]])
        #expect(try nonDominatedRanks(points) == [0, 0, 0, 1, 0, 2])
        #expect(try nonDominatedFronts(points) == [[0, 1, 2, 4], [3], [5]])
    }

    @Test(arguments: 1...5)
    func emptyInputHasNoRanksAndNoFronts(dimensions: Int) throws {
        let empty = try PointSet(dimensions: dimensions, values: [])
        #expect(try nonDominatedRanks(empty) == [])
        #expect(try nonDominatedFronts(empty) == [])
    }

    @Test(arguments: 1...5)
    func aSinglePointIsRankZero(dimensions: Int) throws {
        let one = try PointSet(dimensions: dimensions, values: Array(repeating: 7, count: dimensions))
        #expect(try nonDominatedRanks(one) == [0])
    }

    @Test func oneObjectiveRanksDistinctValuesWithTiesShared() throws {
        let points = try PointSet(dimensions: 1, values: [3, 1, 3, 2, 1])
        #expect(try nonDominatedRanks(points) == [0, 2, 0, 1, 2])
        #expect(try nonDominatedRanks(points, senses: [.minimize]) == [2, 0, 2, 1, 0])
    }

    @Test func twoObjectiveTiesInOneCoordinateAreDominated() throws {
        // (2, 2) dominates (2, 1) and (1, 2); those two are incomparable.
        let points = try PointSet(rows: [[2, 1], [2, 2], [1, 2], [2, 2], [1, 1]])
        #expect(try nonDominatedRanks(points) == [1, 0, 1, 0, 2])
    }

    @Test func aChainGivesOneFrontPerPoint() throws {
        let points = try PointSet(rows: (0..<6).map { [Double($0), Double($0), Double($0)] })
        #expect(try nonDominatedRanks(points) == [5, 4, 3, 2, 1, 0])
    }

    @Test(arguments: 1...5)
    func ranksMatchPeelingTheBruteForceFrontier(dimensions: Int) throws {
        var rng = SplitMix64(seed: UInt64(100 + dimensions))
        for trial in 0..<60 {
            let n = Int.random(in: 0...(trial < 30 ? 12 : 120), using: &rng)
            let points = try randomPoints(count: n, dimensions: dimensions, flavour: trial % 3, rng: &rng)
            let senses: [ObjectiveSense]? = trial % 2 == 0 ? nil
                : (0..<dimensions).map { _ in Bool.random(using: &rng) ? .maximize : .minimize }
            let expected = try peeledRanks(points, senses: senses)
            #expect(try nonDominatedRanks(points, senses: senses) == expected, "trial \(trial), n = \(n)")
        }
    }

    @Test func frontsPartitionTheIndicesAscendingAndAgreeWithRanks() throws {
        var rng = SplitMix64(seed: 7)
        for d in 2...4 {
            let points = try randomPoints(count: 200, dimensions: d, flavour: 2, rng: &rng)
            let ranks = try nonDominatedRanks(points)
            let fronts = try nonDominatedFronts(points)
            #expect(fronts.flatMap { $0 }.sorted() == Array(0..<200))
            for (r, front) in fronts.enumerated() {
                #expect(!front.isEmpty && front == front.sorted())
                #expect(front.allSatisfy { ranks[$0] == r })
            }
            #expect(fronts[0] == (try nonDominatedIndices(points)))
        }
    }

    @Test func duplicatesAlwaysShareARank() throws {
        var rng = SplitMix64(seed: 11)
        for d in 2...5 {
            let points = try randomPoints(count: 150, dimensions: d, flavour: 2, rng: &rng)
            let ranks = try nonDominatedRanks(points)
            for i in 0..<points.count {
                for j in 0..<i where points.point(i).elementsEqual(points.point(j)) {
                    #expect(ranks[i] == ranks[j])
                }
            }
        }
    }

    @Test func wrongNumberOfSensesThrows() throws {
        let points = try PointSet(rows: [[1, 2], [2, 1]])
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 3)) {
            try nonDominatedRanks(points, senses: [.maximize, .maximize, .minimize])
        }
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 1)) {
            try nonDominatedFronts(points, senses: [.maximize])
        }
    }
}
