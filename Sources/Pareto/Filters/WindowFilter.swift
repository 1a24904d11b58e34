/// A one-pass, linear-time pre-filter for four or more objectives: a small *window* of strong
/// rows met so far, and every row tested against it.
///
/// A row is dropped when a window row dominates it, and kept (as a survivor) otherwise. A kept
/// row may enter the window: it replaces a window row it dominates, fills a free slot, or
/// replaces the window row with the smallest score (the product of range-normalized objectives,
/// roughly the volume it dominates) when its own score is larger. So the window drifts towards
/// the strongest rows of the data without a sampling pass, and a window row that has just
/// dominated a row moves one place forward, so the rows that dominate most are tried first.
///
/// Only rows that some input row dominates are dropped, so the survivors contain every
/// non-dominated row (and every copy of one: equal rows never dominate each other). The filter
/// watches itself: if more than half of the first `probe` rows survive (points near a concave
/// front, where most rows are non-dominated), it stops and returns `nil`.
///
/// On 10⁶ uniform rows in four objectives a window of 64 keeps about 0.6 % of the rows.
///
/// - Complexity: O(n · w) comparisons in the worst case for a window of w rows, typically a few
///   per row; O(w) memory besides the survivors.
enum WindowFilter {
    /// The survivors among `source` (in source order), or `nil` when more than half of the
    /// first `probe` rows survive.
    static func survivors(_ points: OrientedPoints, _ source: some RowSource,
                          window capacity: Int = 64, probe: Int = 4096) -> [Int32]? {
        let d = points.dimensions
        let n = source.count
        guard n > 0 else { return [] }
        // Score normalization from a few rows; the score only steers the window.
        var low = [Double](repeating: .infinity, count: d), high = [Double](repeating: -.infinity, count: d)
        for r in sampleRows(source, count: 256) {
            for j in 0..<d {
                let x = points.value(Int(r), j)
                low[j] = min(low[j], x); high[j] = max(high[j], x)
            }
        }
        let inverse = (0..<d).map { high[$0] > low[$0] ? 1 / (high[$0] - low[$0]) : 0 }
        func score(_ i: Int) -> Double {
            var s = 1.0
            for j in 0..<d { s *= Swift.max(0, (points.value(i, j) - low[j]) * inverse[j]) + 1e-9 }
            return s
        }
        return d <= 4
            ? lanes(points, source, capacity: capacity, probe: probe, score: score)
            : rows(points, source, capacity: capacity, probe: probe, score: score)
    }

    /// ``survivors(_:_:window:probe:)`` over the input rows `range`, or all of them when the
    /// filter declines.
    static func survivorsOrAll(_ points: OrientedPoints, _ range: Range<Int>, probe: Int) -> [Int32] {
        if let found = survivors(points, RowRange(range: range), probe: probe) { return found }
        return range.map { Int32(truncatingIfNeeded: $0) }
    }

    /// Up to four objectives: each row and window entry is one vector of oriented values
    /// (unused lanes −∞ in both, so they never decide).
    private static func lanes(_ points: OrientedPoints, _ source: some RowSource, capacity: Int, probe: Int,
                              score: (Int) -> Double) -> [Int32]? {
        let d = points.dimensions, n = source.count
        var signs = SIMD4<Double>(repeating: 1)
        for j in 0..<d { signs[j] = points.signs[j] }
        let windowBuffer = ScratchBuffer<SIMD4<Double>>(uninitializedCount: capacity)
        let scoreBuffer = ScratchBuffer<Double>(uninitializedCount: capacity)
        let window = windowBuffer.base, scores = scoreBuffer.base
        let raw = UnsafeRawPointer(points.values)
        @inline(__always) func load(_ i: Int) -> SIMD4<Double> {
            if d == 4 { return raw.loadUnaligned(fromByteOffset: i &* 32, as: SIMD4<Double>.self) * signs }
            var row = SIMD4<Double>(repeating: -.infinity)
            for j in 0..<d { row[j] = points.value(i, j) }
            return row
        }
        var used = 0
        var out: [Int32] = []
        for k in 0..<n {
            if k == probe && out.count * 2 > probe { return nil }
            let i = source.row(k)
            let row = load(i)
            var hit = -1
            for e in 0..<used {
                let w = window[e]
                if DominanceKernel.dominates(w, row) { hit = e; break }
            }
            if hit > 0 {
                window.swapAt(hit, hit &- 1, scores)
                continue
            }
            if hit == 0 { continue }
            out.append(Int32(truncatingIfNeeded: i))
            // The new survivor replaces a window row it dominates, takes a free slot, or
            // replaces the weakest window row if it is stronger.
            var slot = -1
            for e in 0..<used {
                let w = window[e]
                if DominanceKernel.dominates(row, w) { slot = e; break }
            }
            let s = score(i)
            if slot < 0 {
                if used < capacity {
                    slot = used; used &+= 1
                } else {
                    var weakest = 0
                    for e in 1..<used where scores[e] < scores[weakest] { weakest = e }
                    if s > scores[weakest] { slot = weakest }
                }
            }
            if slot >= 0 { window[slot] = row; scores[slot] = s }
        }
        return out
    }

    /// Any number of objectives: the window holds row indices.
    private static func rows(_ points: OrientedPoints, _ source: some RowSource, capacity: Int, probe: Int,
                             score: (Int) -> Double) -> [Int32]? {
        let n = source.count
        var window: [Int] = [], scores: [Double] = []
        window.reserveCapacity(capacity); scores.reserveCapacity(capacity)
        var out: [Int32] = []
        for k in 0..<n {
            if k == probe && out.count * 2 > probe { return nil }
            let i = source.row(k)
            if let hit = window.firstIndex(where: { points.dominates($0, i) }) {
                if hit > 0 { window.swapAt(hit, hit - 1); scores.swapAt(hit, hit - 1) }
                continue
            }
            out.append(Int32(truncatingIfNeeded: i))
            let s = score(i)
            if let slot = window.firstIndex(where: { points.dominates(i, $0) }) {
                window[slot] = i; scores[slot] = s
            } else if window.count < capacity {
                window.append(i); scores.append(s)
            } else if let weakest = scores.indices.min(by: { scores[$0] < scores[$1] }), s > scores[weakest] {
                window[weakest] = i; scores[weakest] = s
            }
        }
        return out
    }
}

private extension UnsafeMutablePointer where Pointee == SIMD4<Double> {
    /// Swaps entries `a` and `b` here and in `scores`.
    @inline(__always)
    func swapAt(_ a: Int, _ b: Int, _ scores: UnsafeMutablePointer<Double>) {
        let t = self[a]; self[a] = self[b]; self[b] = t
        let s = scores[a]; scores[a] = scores[b]; scores[b] = s
    }
}
