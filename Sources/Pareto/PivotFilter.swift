/// A linear-time pre-filter for three or more objectives: a handful of sampled *pivot* points,
/// and one pass that drops every row a pivot dominates.
///
/// Pivots are the non-dominated sample points with the largest product of range-normalized
/// coordinates (the largest dominated box), which on spread-out data removes most rows with one
/// comparison each. The filter measures itself on the sample and declines to run when the
/// pivots would dominate less than half of it (points near a concave front, say), so a useless
/// pass is never paid for.
struct PivotFilter {
    /// Pivot rows, best first.
    let pivots: [Int32]

    /// Picks pivots from a sample of `source`; `nil` when they would not pay for a pass.
    init?(_ points: OrientedPoints, _ source: some RowSource, maxPivots: Int = 8) {
        let d = points.dimensions
        guard source.count >= 4096 else { return nil }
        let sample = sampleRows(source, count: max(1024, min(8192, source.count / 64)))
        var low = [Double](repeating: .infinity, count: d), high = [Double](repeating: -.infinity, count: d)
        for r in sample {
            for j in 0..<d {
                let x = points.value(Int(r), j)
                low[j] = min(low[j], x); high[j] = max(high[j], x)
            }
        }
        func score(_ r: Int32) -> Double {
            var s = 1.0
            for j in 0..<d where high[j] > low[j] { s *= (points.value(Int(r), j) - low[j]) / (high[j] - low[j]) }
            return s
        }
        let ranked = sample.map { ($0, score($0)) }.sorted { $0.1 > $1.1 }
        var chosen: [Int32] = []
        for (r, _) in ranked.prefix(64 * maxPivots) where chosen.count < maxPivots {
            if chosen.contains(where: { points.weaklyDominates(Int($0), Int(r)) }) { continue }
            chosen.append(r)
        }
        let dropped = sample.count { r in chosen.contains { points.dominates(Int($0), Int(r)) } }
        guard dropped * 2 >= sample.count else { return nil }
        pivots = chosen
    }

    /// The rows of `source` no pivot dominates, in source order.
    func survivors(_ points: OrientedPoints, _ source: some RowSource) -> [Int32] {
        var out: [Int32] = []
        pivots.withUnsafeBufferPointer { pivots in
            for k in 0..<source.count {
                let i = source.row(k)
                var dominated = false
                for p in pivots where points.dominates(Int(p), i) { dominated = true; break }
                if !dominated { out.append(Int32(truncatingIfNeeded: i)) }
            }
        }
        return out
    }

    /// The rows of `source` that survive the filter if it is worth running, otherwise all rows.
    ///
    /// Runs up to four rounds: each later round picks new pivots among the previous survivors
    /// (which sit closer to the frontier) and stops as soon as a round would not halve them.
    static func apply(_ points: OrientedPoints, _ source: some RowSource) -> [Int32] {
        guard let first = PivotFilter(points, source) else {
            return (0..<source.count).map { Int32(truncatingIfNeeded: source.row($0)) }
        }
        var rows = first.survivors(points, source)
        for _ in 1..<4 {
            let next: [Int32]? = rows.withUnsafeBufferPointer { buffer in
                let list = RowList(rows: buffer)
                return PivotFilter(points, list)?.survivors(points, list)
            }
            guard let next else { break }
            rows = next
        }
        return rows
    }
}
