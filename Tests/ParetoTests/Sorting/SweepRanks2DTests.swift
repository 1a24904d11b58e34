import Testing
@testable import Pareto

/// The two-objective sweep: both orders (buckets and radix sort), both sides of their
/// thresholds, and the pairwise step of the sweep around copies, against peeled brute-force
/// frontiers and ENS-SS.
@Suite struct SweepRanks2DTests {
    /// Whether the bucket order accepts `points` (oriented by `signs`).
    private func takesBuckets(_ points: PointSet, signs: [Double]) -> Bool {
        let n = points.count
        let ys = ScratchBuffer<Double>(uninitializedCount: n), order = ScratchBuffer<Int32>(uninitializedCount: n)
        return points.values.withUnsafeBufferPointer { v in
            SweepRanks2D.bucketSort(v.baseAddress!, n, signs, ys.base, order.base)
        }
    }

    private func randomSigns(_ rng: inout SplitMix64) -> [Double] {
        [Bool.random(using: &rng) ? 1 : -1, Bool.random(using: &rng) ? 1 : -1]
    }

    @Test(arguments: SortingShape.allCases)
    func bothOrdersMatchTheSequentialSearchSort(shape: SortingShape) throws {
        var rng = SplitMix64(seed: 2024 + UInt64(SortingShape.allCases.firstIndex(of: shape)!))
        // Below and above the bucket threshold, odd and even counts (the sweep takes pairs).
        for n in [1, 2, 3, SweepRanks2D.minimumBucketed - 1, SweepRanks2D.minimumBucketed, 9_001] {
            let points = try shape.points(count: n, dimensions: 2, rng: &rng)
            let signs = randomSigns(&rng)
            let senses: [ObjectiveSense] = signs.map { $0 > 0 ? .maximize : .minimize }
            let expected = efficientNonDominatedSortRanks(points, senses: senses)
            #expect(SweepRanks2D.ranks(points, signs: signs) == expected, "\(shape) n=\(n) buckets")
            #expect(SweepRanks2D.ranks(points, signs: signs, bucketed: false) == expected, "\(shape) n=\(n) radix")
            #expect(try nonDominatedRanks(points, senses: senses) == expected, "\(shape) n=\(n)")
        }
    }

    @Test func smoothDataTakesTheBucketsAndClustersTheRadixSort() throws {
        var rng = SplitMix64(seed: 11)
        let n = 5000
        let uniform = try SortingShape.uniform.points(count: n, dimensions: 2, rng: &rng)
        #expect(takesBuckets(uniform, signs: [1, 1]))
        // One far outlier puts every other row in one bucket.
        var values = uniform.values
        values[0] = 1e12
        let outlier = try PointSet(dimensions: 2, values: values)
        #expect(!takesBuckets(outlier, signs: [1, 1]))
        // Many equal x: a bucket of more than maximumBucket rows.
        let ties = try PointSet(rows: (0..<n).map { i in [Double(i % 50), Double((i * 7919) % 1000)] })
        #expect(!takesBuckets(ties, signs: [1, -1]))
        // Exactly maximumBucket copies of one x still fit.
        let fits = try PointSet(rows: (0..<n).map { i in
            [i < SweepRanks2D.maximumBucket ? 0.5 : Double(i) / Double(n) + 1, Double((i * 31) % 97)]
        })
        #expect(takesBuckets(fits, signs: [1, 1]))
        // All x equal: no spread.
        let flat = try PointSet(rows: (0..<n).map { i in [3.0, Double(i % 13)] })
        #expect(!takesBuckets(flat, signs: [1, 1]))
        for points in [uniform, outlier, ties, fits, flat] {
            let expected = efficientNonDominatedSortRanks(points, senses: [.maximize, .maximize])
            #expect(try nonDominatedRanks(points) == expected)
            #expect(SweepRanks2D.ranks(points, signs: [1, 1], bucketed: false) == expected)
        }
    }

    /// Copies at either place of a pair of the sweep, chains of copies, and a row that lands on
    /// the front its partner has just raised, against peeling.
    @Test func copiesAndRaisedFrontsInsideThePairs() throws {
        var rng = SplitMix64(seed: 99)
        for trial in 0..<40 {
            let n = 2 + trial * 53
            var rows: [[Double]] = []
            while rows.count < n {
                let row = [Double(Int.random(in: 0...9, using: &rng)), Double(Int.random(in: 0...9, using: &rng))]
                for _ in 0..<Int.random(in: 1...3, using: &rng) where rows.count < n { rows.append(row) }
            }
            let points = try PointSet(rows: rows)
            let expected = try peeledRanks(points, senses: nil)
            #expect(try nonDominatedRanks(points) == expected, "trial \(trial)")
            #expect(SweepRanks2D.ranks(points, signs: [1, 1], bucketed: false) == expected, "trial \(trial) radix")
        }
        // Continuous values with exact copies, large enough for the buckets.
        let base = try SortingShape.uniform.points(count: 3000, dimensions: 2, rng: &rng)
        let doubled = try PointSet(dimensions: 2, values: base.values + base.values.reversed())
        #expect(takesBuckets(doubled, signs: [1, 1]))
        #expect(try nonDominatedRanks(doubled) == efficientNonDominatedSortRanks(doubled, senses: [.maximize, .maximize]))
    }

    @Test func negativeAndPositiveZeroAreEqualInBothOrders() throws {
        var rows: [[Double]] = []
        for i in 0..<4000 { rows.append([i % 2 == 0 ? 0.0 : -0.0, Double(i % 3) * (i % 5 == 0 ? -0.0 : 1)]) }
        for i in 0..<100 { rows.append([Double(i) / 100 - 0.5, 0.0]) }
        let points = try PointSet(rows: rows)
        let expected = efficientNonDominatedSortRanks(points, senses: [.maximize, .minimize])
        #expect(SweepRanks2D.ranks(points, signs: [1, -1]) == expected)
        #expect(SweepRanks2D.ranks(points, signs: [1, -1], bucketed: false) == expected)
    }
}
