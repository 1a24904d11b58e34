import Testing
@testable import Pareto

/// The exact bucket stage of the two-objective filter (`NonDominated2D.bucketFrontier`), which
/// decides rows whose bucket holds one distinct `x` without sorting, against brute force and an
/// independent sort-based reference, on one part and several.
@Suite struct Sweep2DBucketTests {
    /// The frontier by the standard library's sort: `x` descending, then each group of equal
    /// `x` keeps its rows of largest `y` when that `y` beats every larger `x`'s.
    private func reference(_ values: [Double]) -> [Int] {
        let n = values.count / 2
        let order = (0..<n).sorted { values[2 * $0] > values[2 * $1] }
        var kept: [Int] = []
        var best = -Double.infinity
        var start = 0
        while start < n {
            var end = start
            var groupMax = -Double.infinity
            while end < n && values[2 * order[end]] == values[2 * order[start]] {
                groupMax = max(groupMax, values[2 * order[end] + 1]); end += 1
            }
            if groupMax > best {
                kept += order[start..<end].filter { values[2 * $0 + 1] == groupMax }
                best = groupMax
            }
            start = end
        }
        return kept.sorted()
    }

    /// `bucketFrontier` over the rows cut into `parts` pieces (some possibly empty).
    private func bucketRows(_ points: PointSet, parts: Int) -> [Int] {
        let n = points.count
        let rows = points.withOrientedPoints(signs: [1, 1]) { view in
            let cuts = (0..<parts).map { Array(Int32(n * $0 / parts) ..< Int32(n * ($0 + 1) / parts)) }
            return NonDominated2D.bucketFrontier(view, cuts)
        }
        return sortedRowIndices(rows, count: n)
    }

    /// Data whose `x` takes `levels` values (the bucket stage decides every row when the levels
    /// are fewer than the buckets), `y` small integers (ties and copies), or both continuous.
    private func values(n: Int, levels: Int?, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        var out: [Double] = []
        for _ in 0..<n {
            if let levels {
                let x = Double(Int.random(in: 0..<levels, using: &rng))
                out.append(x); out.append(Double(Int.random(in: 0..<50, using: &rng)) - x)
            } else {
                let a = Double.random(in: 0..<1, using: &rng)
                out.append(a); out.append(1 - a * a - Double.random(in: 0..<0.01, using: &rng))
            }
        }
        return out
    }

    @Test(arguments: [2, 30, 1000, 20_000, nil] as [Int?])
    func matchesBruteForceAndTheReference(levels: Int?) throws {
        for n in [4097, 9000, 70_000] {
            let v = values(n: n, levels: levels, seed: UInt64(n * 7 + (levels ?? 0)))
            let points = try PointSet(dimensions: 2, values: v)
            let expected = reference(v)
            if n == 4097 { #expect(try bruteForceNonDominatedIndices(points) == expected, "levels=\(String(describing: levels)) n=\(n)") }
            for parts in [1, 2, 3] {
                #expect(bucketRows(points, parts: parts) == expected, "levels=\(String(describing: levels)) n=\(n) parts=\(parts)")
            }
            // The whole filter, one thread and two, with both senses flipped in turn.
            #expect(try nonDominatedIndices(points, parallel: false) == expected)
            #expect(try nonDominatedIndices(points, parallel: true) == expected)
            let flipped = v.enumerated().map { $0.offset % 2 == 0 ? -$0.element : $0.element }
            let minimizedX = try PointSet(dimensions: 2, values: flipped)
            #expect(try nonDominatedIndices(minimizedX, senses: [.minimize, .maximize]) == expected)
        }
    }

    /// Degenerate inputs: one distinct `x`, one point copied, `-0.0` next to `+0.0`, and one
    /// outlier that puts every other row in the lowest bucket.
    @Test func degenerateInputs() throws {
        var rng = SplitMix64(seed: 99)
        let n = 6000
        var sameX: [Double] = [], copies: [Double] = [], zeros: [Double] = [], outlier: [Double] = []
        for i in 0..<n {
            sameX += [3, Double(Int.random(in: 0..<40, using: &rng))]
            copies += [1.5, -2]
            let x: Double = i % 2 == 0 ? -0.0 : 0.0
            zeros += [Int.random(in: 0..<3, using: &rng) == 0 ? x : Double(Int.random(in: 1..<9, using: &rng)),
                      Double(Int.random(in: 0..<20, using: &rng))]
            outlier += i == 0 ? [1e300, -1e300] : [Double.random(in: 0..<1, using: &rng), Double.random(in: 0..<1, using: &rng)]
        }
        for (name, v) in [("same x", sameX), ("copies", copies), ("signed zeros", zeros), ("outlier", outlier)] {
            let points = try PointSet(dimensions: 2, values: v)
            let expected = try bruteForceNonDominatedIndices(points)
            #expect(reference(v) == expected, "\(name): the reference")
            for parts in [1, 2, 4] { #expect(bucketRows(points, parts: parts) == expected, "\(name) parts=\(parts)") }
            #expect(try nonDominatedIndices(points) == expected, "\(name)")
        }
        #expect(try nonDominatedIndices(try PointSet(dimensions: 2, values: copies)).count == n, "every copy is kept")
    }
}
