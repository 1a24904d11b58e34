import Testing
@testable import Pareto

@Suite struct ToleranceMaximalFilterTests {
    /// Brute force: representatives of distinct vectors that no other vector clearly dominates.
    private func reference(_ rows: [[Double]], _ weights: [Double], tolerance: [Double]) -> [[Double]: Double] {
        var merged: [[Double]: Double] = [:]
        for (row, w) in zip(rows, weights) { merged[row, default: 0] += w }
        return merged.filter { a, _ in
            !merged.keys.contains { b in
                b != a && zip(b, a).allSatisfy { $0 >= $1 }
                    && (0..<a.count).contains { b[$0] - a[$0] > tolerance[$0] }
            }
        }
    }

    @Test(arguments: 1...5)
    func keepsExactlyThePointsNotClearlyDominated(dimensions d: Int) {
        var rng = SplitMix64(seed: UInt64(500 + d))
        for trial in 0..<60 {
            let n = Int.random(in: 0...60, using: &rng)
            let rows = (0..<n).map { _ in (0..<d).map { _ in Double(Int.random(in: 0...6, using: &rng)) / 4 } }
            let weights = (0..<n).map { _ in Double(Int.random(in: 1...3, using: &rng)) }
            // Tolerances: 0; 0.1 (less than the grid step, so like 0); 0.3 (a gap of one step does not
            // count, two do); infinity (this coordinate never counts as the strict improvement).
            let tolerance = (0..<d).map { _ in [0, 0.1, 0.3, .infinity][Int.random(in: 0...3, using: &rng)] }
            let filter = ToleranceMaximalFilter(dimensions: d, tolerance: tolerance)
            let (kept, weight) = filter(rows.flatMap { $0 }, multiplicity: weights)
            var got: [[Double]: Double] = [:]
            for (i, w) in zip(kept, weight) { got[rows[i]] = w }
            #expect(kept.count == got.count, "a vector kept twice (trial \(trial))")
            #expect(got == reference(rows, weights, tolerance: tolerance), "trial \(trial), tolerance \(tolerance)")
            // Lexicographic descending order.
            for (a, b) in zip(kept, kept.dropFirst()) {
                #expect(rows[a].lexicographicallyPrecedes(rows[b]) == false)
            }
        }
    }
}
