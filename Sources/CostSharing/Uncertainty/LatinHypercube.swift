import Pareto

/// A Latin hypercube design: `count` points in the unit cube of `dimensions` dimensions such that,
/// in every dimension, each of the `count` equal strata (0…1/K, 1/K…2/K, …) holds exactly one point.
///
/// Point j's coordinate in dimension i is (π_i(j) + u)/K with π_i a random permutation of
/// 0..<K and u uniform in [0, 1), all from a `SplitMix64` generator seeded with `seed`, so the
/// same seed gives the same design on every machine. Coordinates lie in [0, 1).
///
/// ```swift
/// let design = latinHypercube(count: 4, dimensions: 2, seed: 1)
/// design.map { Int($0[0] * 4) }.sorted()   // [0, 1, 2, 3]
/// ```
/// - Complexity: O(count · dimensions).
public func latinHypercube(count: Int, dimensions: Int, seed: UInt64) -> [[Double]] {
    precondition(count >= 0 && dimensions >= 0, "latinHypercube: negative size")
    var rng = SplitMix64(seed: seed)
    var points = [[Double]](repeating: [Double](repeating: 0, count: dimensions), count: count)
    for i in 0..<dimensions {
        var strata = Array(0..<count)
        // Fisher–Yates with the generator's own draws (not Swift's shuffle, whose algorithm may change).
        if count > 1 {
            for j in stride(from: count - 1, to: 0, by: -1) {
                let k = Int(rng.next() % UInt64(j + 1))
                strata.swapAt(j, k)
            }
        }
        for j in 0..<count {
            let u = Double(rng.next() >> 11) * 0x1p-53
            points[j][i] = (Double(strata[j]) + u) / Double(count)
        }
    }
    return points
}
