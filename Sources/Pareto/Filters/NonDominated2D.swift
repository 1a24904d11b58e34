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
/// 2. **Exact bucket stage** on the survivors when there are more than 4,096: the same test
///    with the true bucket maxima of the survivors over up to 2¹⁹ buckets, which also decides
///    every row whose bucket holds a single distinct `x` (``bucketFrontier(_:_:)``).
/// 3. **Sort and sweep** of the rows still undecided (all of them below 4,097 rows): sorted by
///    `x` descending (radix sort of the ordered bit patterns), then one sweep keeping the best
///    `y` seen at a strictly larger `x`. Within a group of equal `x`, only rows with the group's
///    largest `y` can be non-dominated, and all of them are (exact duplicates are all kept).
///
/// Copies of many values (data on a grid, or with few distinct `x`) are decided in stage 2 in
/// O(n), with no sort.
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
            // Address space only: pages are touched as rows are kept.
            out.reserveCapacity(source.count)
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
        if rows.count <= 4096 { return sortAndSweep(points, rows) }
        return bucketFrontier(points, [rows])
    }

    /// The non-dominated rows of the union of `parts` (stages 2 and 3), in no particular order;
    /// each part's bucket passes run on a thread of its own.
    static func exact(_ points: OrientedPoints, parts: [[Int32]]) -> [Int32] {
        let m = parts.reduce(0) { $0 + $1.count }
        if m <= 4096 { return sortAndSweep(points, Array(parts.joined())) }
        return bucketFrontier(points, parts)
    }

    /// Stage 2 (the exact bucket stage), which decides most rows without sorting; each of
    /// `parts` (together, the rows to filter) is passed over on a thread of its own from 2¹⁶ rows
    /// in all.
    ///
    /// The range of `x` over `rows` is cut into `B` equal buckets (`B` = 2m, at most 2¹⁹, for
    /// m rows), and each bucket records its largest `y` and its smallest and largest `x`. A row
    /// of bucket `b` is dominated when some higher bucket holds a `y` at least as large (every
    /// `x` there is strictly larger), so it survives only if `y` beats the strict suffix maximum
    /// `above[b]`. A survivor's bucket then settles it:
    /// - one distinct `x` in the bucket (always so for a lone row, and for data whose `x` takes
    ///   few values): the row is non-dominated exactly when its `y` is the bucket's largest
    ///   (a lower bucket has a strictly smaller `x`; copies of the best row are all kept);
    /// - several distinct `x`: undecided. Every row that could dominate an undecided row is
    ///   itself undecided (it has a `y` at least as large, in the same bucket), and no row of
    ///   another mixed bucket can (lower buckets have smaller `x`, higher ones a `y` at most
    ///   `above[b]`), so one sort and sweep over all undecided rows finishes the job.
    ///
    /// `-0.0` and `+0.0` fall in one bucket and count as one `x`.
    ///
    /// - Complexity: O(m + B) time and O(B) memory, plus the sort of the undecided rows
    ///   (O(u) radix passes); u is small for continuous data and zero when `x` takes at most
    ///   B/2 distinct, well spread values.
    static func bucketFrontier(_ points: OrientedPoints, _ parts: [[Int32]]) -> [Int32] {
        let m = parts.reduce(0) { $0 + $1.count }
        // A thread costs more than the passes over fewer rows save.
        let parts = parts.count > 1 && m < 1 << 16 ? [Array(parts.joined())] : parts
        let workers = parts.count
        let ranges = ParallelFrontier.map(rows: workers, workers: workers) { w in
            var low = Double.infinity, high = -Double.infinity
            for r in parts[w.lowerBound] { let x = points.value(Int(r), 0); low = min(low, x); high = max(high, x) }
            return (low, high)
        }
        let lowX = ranges.map(\.0).min()!, highX = ranges.map(\.1).max()!
        guard highX > lowX else {
            // One distinct x: the rows with the largest y, every copy.
            var bestY = -Double.infinity
            for part in parts { for r in part { bestY = max(bestY, points.value(Int(r), 1)) } }
            return parts.flatMap { $0.filter { points.value(Int($0), 1) == bestY } }
        }
        let buckets = min(1 << 16, max(1024, m / 4))
        var map = SampleFilter(points, sample: [])
        map.low = lowX
        map.scale = bucketScale(low: lowX, high: highX, top: Double(buckets))
        let bucketMap = map
        // Per bucket, interleaved: largest y, smallest x, largest x. One table per worker.
        let tables = ParallelFrontier.map(rows: workers, workers: workers) { w in
            var table = [Double](repeating: 0, count: 3 * buckets)
            table.withUnsafeMutableBufferPointer { t in
                for b in 0..<buckets { t[3 &* b] = -.infinity; t[3 &* b &+ 1] = .infinity; t[3 &* b &+ 2] = -.infinity }
                for r in parts[w.lowerBound] {
                    let i = Int(r)
                    let x = points.value(i, 0), y = points.value(i, 1)
                    let at = 3 &* bucketMap.bucket(x, count: buckets)
                    t[at] = max(t[at], y); t[at &+ 1] = min(t[at &+ 1], x); t[at &+ 2] = max(t[at &+ 2], x)
                }
            }
            return table
        }
        var table = tables[0]
        for other in tables.dropFirst() {
            for b in 0..<buckets {
                table[3 * b] = max(table[3 * b], other[3 * b])
                table[3 * b + 1] = min(table[3 * b + 1], other[3 * b + 1])
                table[3 * b + 2] = max(table[3 * b + 2], other[3 * b + 2])
            }
        }
        // above[b]: the largest y of a bucket strictly above b.
        var above = [Double](repeating: -.infinity, count: buckets)
        var running = -Double.infinity
        for b in stride(from: buckets - 1, through: 0, by: -1) { above[b] = running; running = max(running, table[3 * b]) }
        let stats = table, strictlyAbove = above
        let split = ParallelFrontier.map(rows: workers, workers: workers) { w in
            var decided: [Int32] = [], undecided: [Int32] = []
            decided.reserveCapacity(parts[w.lowerBound].count)
            stats.withUnsafeBufferPointer { t in
                strictlyAbove.withUnsafeBufferPointer { above in
                    for r in parts[w.lowerBound] {
                        let i = Int(r)
                        let x = points.value(i, 0), y = points.value(i, 1)
                        let b = bucketMap.bucket(x, count: buckets)
                        if y <= above[b] { continue }
                        let at = 3 &* b
                        if t[at &+ 1] == t[at &+ 2] {
                            if y == t[at] { decided.append(r) }
                        } else {
                            undecided.append(r)
                        }
                    }
                }
            }
            return (decided, undecided)
        }
        var result: [Int32] = [], undecided: [Int32] = []
        result.reserveCapacity(split.reduce(0) { $0 + $1.0.count })
        for (decided, _) in split { result.append(contentsOf: decided) }
        for (_, rest) in split { undecided.append(contentsOf: rest) }
        if !undecided.isEmpty { result.append(contentsOf: sortAndSweep(points, undecided)) }
        return result
    }

    /// Sorts by `x` descending and sweeps (stage 3): sort by `x` descending (radix sort of the
    /// ordered bit patterns), then one sweep keeping, in each group of equal `x`, the rows with
    /// the group's largest `y` when it beats every `y` at a larger `x`. Keys compare
    /// ``orderedKey(_:)``, which maps `-0.0` and `+0.0` alike.
    static func sortAndSweep(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        var keys = rows.map { ~orderedKey(points.value(Int($0), 0)) }
        var order = rows
        radixSort(keys: &keys, payload: &order)
        var out: [Int32] = []
        var bestY = -Double.infinity
        var start = 0
        let m = order.count
        keys.withUnsafeBufferPointer { keys in
            while start < m {
                let key = keys[start]
                var end = start + 1
                var groupMax = points.value(Int(order[start]), 1)
                while end < m && keys[end] == key {
                    groupMax = max(groupMax, points.value(Int(order[end]), 1))
                    end += 1
                }
                if groupMax > bestY {
                    for k in start..<end where points.value(Int(order[k]), 1) == groupMax { out.append(order[k]) }
                    bestY = groupMax
                }
                start = end
            }
        }
        return out
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
