/// Non-dominated filtering for two objectives (``FrontierAlgorithm/sweep2D``).
///
/// Three stages, each exact on its own (a stage only discards points that some input point
/// dominates, so every later stage still sees the whole frontier):
///
/// 1. **Sample filter**, one pass over the input. A few thousand evenly spaced rows give
///    (a) the sample point with the largest `x + y` (a *pivot*: on most data it dominates the
///    bulk of the input, so one comparison settles most rows), and (b) a *bucket staircase*:
///    the range of the first objective `x` is cut into `B` equal buckets, and `above[b]` is the
///    largest `y` of a sample point in a bucket strictly above `b`. A row in bucket `b` with
///    `y ≤ above[b]` is dominated, because every point of a higher bucket has a strictly larger
///    `x` (the bucket map is monotone).
/// 2. **Exact bucket filter** on the survivors when there are many: the same test with the
///    true bucket maxima of the survivors.
/// 3. **Sort and sweep**: survivors sorted by `x` descending (radix sort of the ordered bit
///    patterns), then one sweep keeping the best `y` seen at a strictly larger `x`. Within a
///    group of equal `x`, only rows with the group's largest `y` can be non-dominated, and all of
///    them are (exact duplicates are all kept).
enum NonDominated2D {
    /// The pre-filter built from a sample.
    struct SampleFilter {
        var pivotX = -Double.infinity, pivotY = -Double.infinity
        var low = 0.0, scale = 0.0
        /// `above[b]`: the best `y` among sampled points in buckets `> b`; `above.count == B`.
        var above: [Double] = []

        init(_ points: OrientedPoints, sample: [Int32]) {
            guard !sample.isEmpty else { return }
            var lowX = Double.infinity, highX = -Double.infinity, bestSum = -Double.infinity
            for r in sample {
                let i = Int(r)
                let x = points.value(i, 0), y = points.value(i, 1)
                lowX = min(lowX, x); highX = max(highX, x)
                if x + y > bestSum { bestSum = x + y; pivotX = x; pivotY = y }
            }
            let buckets = max(16, min(1 << 16, sample.count))
            low = lowX
            scale = bucketScale(low: lowX, high: highX, top: Double(buckets))
            var best = [Double](repeating: -.infinity, count: buckets)
            for r in sample {
                let i = Int(r)
                let b = bucket(points.value(i, 0), count: buckets)
                best[b] = max(best[b], points.value(i, 1))
            }
            above = NonDominated2D.strictSuffixMaxima(best)
        }

        /// The bucket of `x`: a monotone (non-decreasing) map of `x` onto `0 ..< count`.
        @inline(__always)
        func bucket(_ x: Double, count: Int) -> Int {
            let t = ((x - low) * scale).clamped(0, Double(count - 1))
            return Int(t)
        }

        /// The rows of `source` that survive the filter, in source order.
        func survivors(_ points: OrientedPoints, _ source: some RowSource) -> [Int32] {
            var out: [Int32] = []
            let s0 = points.signs[0], s1 = points.signs[1]
            let v = points.values
            let px = pivotX, py = pivotY
            let buckets = above.count
            if buckets == 0 { return (0..<source.count).map { Int32(truncatingIfNeeded: source.row($0)) } }
            above.withUnsafeBufferPointer { above in
                for k in 0..<source.count {
                    let i = source.row(k)
                    let x = s0 * v[2 &* i], y = s1 * v[2 &* i &+ 1]
                    // Dominated by the pivot (strictly somewhere, so copies of it survive)?
                    if x <= px && y <= py && (x < px || y < py) { continue }
                    if y <= above[bucket(x, count: buckets)] { continue }
                    out.append(Int32(truncatingIfNeeded: i))
                }
            }
            return out
        }
    }

    /// `out[b]` = max of `best[b+1...]`, `-infinity` for the last bucket.
    static func strictSuffixMaxima(_ best: [Double]) -> [Double] {
        var out = best
        var running = -Double.infinity
        for b in stride(from: best.count - 1, through: 0, by: -1) {
            out[b] = running
            running = max(running, best[b])
        }
        return out
    }

    /// The non-dominated rows of `source`, in no particular order.
    static func frontier(_ points: OrientedPoints, _ source: some RowSource) -> [Int32] {
        if source.count <= 4096 {
            let all = (0..<source.count).map { Int32(truncatingIfNeeded: source.row($0)) }
            return exact(points, all)
        }
        let filter = SampleFilter(points, sample: sampleRows(source, count: max(4096, source.count / 256)))
        return exact(points, filter.survivors(points, source))
    }

    /// The non-dominated rows among `rows` (stages 2 and 3), in no particular order.
    static func exact(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        var rows = rows
        if rows.count > 8192 { rows = exactBucketFilter(points, rows) }
        return sortAndSweep(points, rows)
    }

    /// The non-dominated rows among `rows` (stages 2 and 3), in sweep order.
    static func exactSorted(_ points: OrientedPoints, _ rows: [Int32]) -> SortedFrontier {
        var rows = rows
        if rows.count > 8192 { rows = exactBucketFilter(points, rows) }
        return sortedFrontier(points, rows)
    }

    /// Drops rows dominated by a point of a strictly higher bucket, using exact bucket maxima.
    static func exactBucketFilter(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        var lowX = Double.infinity, highX = -Double.infinity
        for r in rows { let x = points.value(Int(r), 0); lowX = min(lowX, x); highX = max(highX, x) }
        guard highX > lowX else { return rows }
        let buckets = min(1 << 16, rows.count / 4)
        var filter = SampleFilter(points, sample: [])
        filter.low = lowX
        filter.scale = bucketScale(low: lowX, high: highX, top: Double(buckets))
        var best = [Double](repeating: -.infinity, count: buckets)
        for r in rows {
            let i = Int(r)
            let b = filter.bucket(points.value(i, 0), count: buckets)
            best[b] = max(best[b], points.value(i, 1))
        }
        let above = strictSuffixMaxima(best)
        return rows.filter { r in
            let i = Int(r)
            return points.value(i, 1) > above[filter.bucket(points.value(i, 0), count: buckets)]
        }
    }

    /// Sorts by `x` descending and sweeps (stage 3).
    static func sortAndSweep(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        sortedFrontier(points, rows, rowsOnly: true).rows
    }

    /// A frontier in sweep order (`x` descending): its rows, their sort keys (equal keys mean
    /// equal `x`: ``orderedKey(_:)`` maps `-0.0` and `+0.0` alike) and their `y`, so that two
    /// of them can be merged without reading the points again.
    struct SortedFrontier: Sendable {
        var keys: [UInt64] = [], rows: [Int32] = [], ys: [Double] = []
    }

    /// The frontier of `rows` in sweep order: sort by `x` descending, then one sweep keeping,
    /// in each group of equal `x`, the rows with the group's largest `y` when it beats every
    /// `y` at a larger `x`. With `rowsOnly`, the keys and `y` of the result are left empty.
    static func sortedFrontier(_ points: OrientedPoints, _ rows: [Int32], rowsOnly: Bool = false) -> SortedFrontier {
        var keys = rows.map { ~orderedKey(points.value(Int($0), 0)) }
        var order = rows
        radixSort(keys: &keys, payload: &order)
        // y in sort order, read once per row.
        let ys = order.map { points.value(Int($0), 1) }
        return sweep(keys, order, ys, rowsOnly: rowsOnly)
    }

    /// The sweep over rows already in sweep order.
    private static func sweep(_ keys: [UInt64], _ order: [Int32], _ ys: [Double], rowsOnly: Bool) -> SortedFrontier {
        var out = SortedFrontier()
        var bestY = -Double.infinity
        var start = 0
        let m = order.count
        keys.withUnsafeBufferPointer { keys in
            ys.withUnsafeBufferPointer { ys in
                while start < m {
                    let key = keys[start]
                    var end = start + 1
                    var groupMax = ys[start]
                    while end < m && keys[end] == key {
                        groupMax = max(groupMax, ys[end])
                        end += 1
                    }
                    if groupMax > bestY {
                        for k in start..<end where ys[k] == groupMax {
                            out.rows.append(order[k])
                            if !rowsOnly { out.keys.append(key); out.ys.append(groupMax) }
                        }
                        bestY = groupMax
                    }
                    start = end
                }
            }
        }
        return out
    }

    /// The frontier of the union of two frontiers in sweep order: a row dominated in the
    /// union is dominated by a row of one of the two, so one sweep over their merge (by key)
    /// decides it. Linear in the two sizes.
    static func merge(_ a: SortedFrontier, _ b: SortedFrontier, rowsOnly: Bool = false) -> SortedFrontier {
        let m = a.rows.count + b.rows.count
        var keys: [UInt64] = [], rows: [Int32] = [], ys: [Double] = []
        keys.reserveCapacity(m); rows.reserveCapacity(m); ys.reserveCapacity(m)
        var i = 0, j = 0
        while i < a.rows.count || j < b.rows.count {
            if j == b.rows.count || (i < a.rows.count && a.keys[i] <= b.keys[j]) {
                keys.append(a.keys[i]); rows.append(a.rows[i]); ys.append(a.ys[i]); i += 1
            } else {
                keys.append(b.keys[j]); rows.append(b.rows[j]); ys.append(b.ys[j]); j += 1
            }
        }
        return sweep(keys, rows, ys, rowsOnly: rowsOnly)
    }
}

extension Double {
    /// `self` limited to `low ... high`.
    @inline(__always)
    func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(Swift.max(self, low), high) }
}

/// The factor that maps `low ... high` onto `0 ... top` for bucketing, as `(x − low) · scale`:
/// `top / (high − low)` when that is a finite number, otherwise a finite stand-in, and 0 when
/// `high ≤ low`. The product is then never NaN for finite `x ≥ low`: a range too wide for a
/// Double (`high − low` = +∞) is halved first, and a range so narrow that the quotient
/// overflows (subnormal differences) uses the largest finite factor. NaN would trap in the
/// integer conversion; `(x − low) · scale` stays monotone in `x` either way.
func bucketScale(low: Double, high: Double, top: Double) -> Double {
    guard high > low else { return 0 }
    let range = high - low
    let scale = range.isFinite ? top / range : (top * 0.5) / (high * 0.5 - low * 0.5)
    return scale.isFinite ? scale : .greatestFiniteMagnitude
}
