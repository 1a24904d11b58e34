import Testing
@testable import Pareto

/// Points whose range in some objective is too wide (`high − low` overflows to +∞) or too
/// narrow (subnormal differences, so `buckets / (high − low)` overflows) for the bucketing
/// pre-filters. Before `bucketScale`, `(x − low) · scale` was `∞ · 0` or `0 · ∞` = NaN there,
/// and converting it to an integer trapped (found by the `npy` fuzz target).
@Suite struct ExtremeRangeFrontierTests {
    /// Every algorithm, on few and on many points (in 2 and 3 objectives, 9,000 points pass
    /// the 8,192 where the exact bucket filters start), with one column at each extreme.
    @Test(arguments: [2, 3, 4, 5, 6], [ExtremeRangeFrontierTests.Column.huge, .subnormal])
    func extremeColumnMatchesBruteForce(dimensions d: Int, column: Column) throws {
        for n in d <= 3 ? [40, 9_000] : [40, 1_500] {
            var random = SplitMix64(seed: UInt64(d * 100 + n))
            var values: [Double] = []
            for i in 0..<n {
                for j in 0..<d {
                    let u = Double(random.next() % 1_000_000) / 1_000_000
                    if j == 0 {
                        switch column {
                        case .huge: values.append(i % 2 == 0 ? -1.7e308 * u : 1.7e308 * u)
                        case .subnormal: values.append(Double.leastNonzeroMagnitude * Double(random.next() % 1000))
                        }
                    } else {
                        values.append(u)
                    }
                }
            }
            let points = try PointSet(dimensions: d, values: values)
            let expected = try bruteForceNonDominatedIndices(points)
            var algorithms: [FrontierAlgorithm] = [.automatic, .manyObjectives]
            if d == 2 { algorithms.append(.sweep2D) }
            if d == 3 { algorithms.append(.kung3D) }
            if d == 4 { algorithms.append(.divideAndConquer4D) }
            for algorithm in algorithms {
                #expect(try nonDominatedIndices(points, algorithm: algorithm) == expected, "\(algorithm) n=\(n)")
            }
        }
    }

    enum Column: String, CaseIterable, Sendable { case huge, subnormal }

    @Test func bucketScaleIsFiniteAndMonotone() {
        #expect(bucketScale(low: 1, high: 1, top: 10) == 0)
        #expect(bucketScale(low: 0, high: 10, top: 10) == 1)
        let wide = bucketScale(low: -.greatestFiniteMagnitude, high: .greatestFiniteMagnitude, top: 65536)
        #expect(wide.isFinite && wide > 0)
        let narrow = bucketScale(low: 0, high: 1e-310, top: 65536)
        #expect(narrow == .greatestFiniteMagnitude)
        // (x − low) · scale is never NaN for low ≤ x ≤ high.
        for (low, high) in [(-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude), (0, 1e-310)] {
            let s = bucketScale(low: low, high: high, top: 65536)
            for x in [low, low / 2 + high / 2, high] { #expect(!((x - low) * s).isNaN) }
        }
    }
}

/// Bytes from a hex string (whitespace ignored).
