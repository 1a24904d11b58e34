import Foundation
import Testing
@testable import Pareto

/// The shapes the sorts are checked on.
enum SortingShape: String, CaseIterable, CustomTestStringConvertible {
    /// U[0, 1)^d.
    case uniform
    /// A thin concave shell: many points per front, few fronts.
    case concave
    /// Integers 0…3: many ties in every objective, and many exact copies.
    case smallGrid
    /// Rows drawn again and again from a few distinct rows.
    case duplicates
    /// Points on a line through the origin with positive direction: a chain, one front each.
    case collinear
    /// The last objective is the same for every row.
    case constantColumn
    /// Points (t, −t, …) with t a small integer: every point on the front, many copies.
    case line

    var testDescription: String { rawValue }

    func points(count n: Int, dimensions d: Int, rng: inout SplitMix64) throws -> PointSet {
        var values = [Double](repeating: 0, count: n * d)
        var pool: [[Double]] = []
        for i in 0..<n {
            for j in 0..<d {
                let v: Double
                switch self {
                case .uniform: v = Double.random(in: 0..<1, using: &rng)
                case .concave: v = abs(Double.random(in: -1..<1, using: &rng)) + 1e-9
                case .smallGrid: v = Double(Int.random(in: 0...3, using: &rng))
                case .duplicates: v = 0
                case .collinear: v = Double(i % 37) * Double(j + 1) - 5
                case .constantColumn: v = j == d - 1 ? 2.5 : Double(Int.random(in: 0...20, using: &rng))
                case .line: v = (j % 2 == 0 ? 1 : -1) * Double(i % 11)
                }
                values[i * d + j] = v
            }
            if self == .concave {
                // Scale onto a shell of radius in [0.99, 1).
                let row = (0..<d).map { values[i * d + $0] }
                let norm = row.map { $0 * $0 }.reduce(0, +).squareRoot()
                let scale = (1 - 0.01 * Double.random(in: 0..<1, using: &rng)) / norm
                for j in 0..<d { values[i * d + j] *= scale }
            }
            if self == .duplicates {
                if pool.isEmpty || (pool.count < 12 && Bool.random(using: &rng)) {
                    pool.append((0..<d).map { _ in Double(Int.random(in: 0...6, using: &rng)) })
                }
                let row = pool[Int.random(in: 0..<pool.count, using: &rng)]
                for j in 0..<d { values[i * d + j] = row[j] }
            }
        }
        return try PointSet(dimensions: d, values: values)
    }
}

private func randomSenses(_ d: Int, _ rng: inout SplitMix64) -> [ObjectiveSense] {
    (0..<d).map { _ in Bool.random(using: &rng) ? .maximize : .minimize }
}

@Suite struct NonDominatedSortingAlgorithmTests {
    @Test(arguments: SortingShape.allCases, 1...7)
    func ranksMatchPeeledBruteForceFrontiers(shape: SortingShape, dimensions d: Int) throws {
        var rng = SplitMix64(seed: UInt64(1000 * d) + UInt64(SortingShape.allCases.firstIndex(of: shape)!))
        for trial in 0..<12 {
            let n = [0, 1, 2, 3, 17, 64, 150, 400][trial % 8] + (trial >= 8 ? 300 : 0)
            let points = try shape.points(count: n, dimensions: d, rng: &rng)
            let senses: [ObjectiveSense]? = trial % 3 == 2 ? randomSenses(d, &rng) : nil
            let expected = try peeledRanks(points, senses: senses)
            #expect(try nonDominatedRanks(points, senses: senses) == expected,
                    "\(shape) d=\(d) n=\(n) trial \(trial)")
        }
    }

    @Test(arguments: [SortingShape.uniform, .concave, .smallGrid], 3...6)
    func ranksOfSomeThousandPointsMatchPeeling(shape: SortingShape, dimensions d: Int) throws {
        var rng = SplitMix64(seed: 77 + UInt64(d))
        let points = try shape.points(count: 2500, dimensions: d, rng: &rng)
        let senses = randomSenses(d, &rng)
        #expect(try nonDominatedRanks(points, senses: senses) == peeledRanks(points, senses: senses))
    }

    /// Larger inputs, where the divide and conquer recurses deeply, against the old ENS-SS.
    @Test(arguments: [SortingShape.uniform, .concave, .smallGrid, .duplicates, .line], [2, 3, 4, 5, 6, 8])
    func largeInputsMatchTheSequentialSearchSort(shape: SortingShape, dimensions d: Int) throws {
        var rng = SplitMix64(seed: 5 + UInt64(d))
        let n = d <= 3 ? 20_000 : 6_000
        let points = try shape.points(count: n, dimensions: d, rng: &rng)
        let senses = randomSenses(d, &rng)
        #expect(try nonDominatedRanks(points, senses: senses)
                == efficientNonDominatedSortRanks(points, senses: senses))
    }

    @Test func aChainOfAThousandPointsHasAThousandFronts() throws {
        for d in 2...6 {
            let points = try PointSet(rows: (0..<1000).map { i in (0..<d).map { Double(i * ($0 + 1)) } })
            #expect(try nonDominatedRanks(points) == Array((0..<1000).reversed()), "d=\(d)")
        }
    }

    @Test func allEqualPointsShareRankZero() throws {
        for d in 1...6 {
            let points = try PointSet(dimensions: d, values: Array(repeating: -0.5, count: 300 * d))
            #expect(try nonDominatedRanks(points) == Array(repeating: 0, count: 300))
        }
    }

    @Test func negativeAndPositiveZeroAreEqual() throws {
        let points = try PointSet(rows: [[0.0, 1, 1, 1], [-0.0, 1, 1, 1], [-1, 0, 0, 0]])
        #expect(try nonDominatedRanks(points) == [0, 0, 1])
    }

    @Test func lexicographicRowsAreDistinctSortedAndMapEveryRow() throws {
        var rng = SplitMix64(seed: 3)
        let points = try SortingShape.smallGrid.points(count: 500, dimensions: 3, rng: &rng)
        let rows = LexicographicRows(points, signs: [1, -1, 1])
        let distinct = (0..<rows.count).map { Array(rows.values[$0 * 3 ..< $0 * 3 + 3]) }
        for k in 1..<distinct.count {
            #expect(distinct[k - 1].lexicographicallyPrecedes(distinct[k]) == false && distinct[k - 1] != distinct[k])
        }
        for i in 0..<points.count {
            let oriented = [points[i, 0], -points[i, 1], points[i, 2]]
            #expect(distinct[Int(rows.rowOf[i])] == oriented)
        }
    }
}
