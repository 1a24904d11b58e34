/// Non-dominated ranks for two objectives by one sweep (Jensen 2003, for two objectives), read
/// straight from the point set: no oriented copy of the rows, no distinct-row table.
///
/// **Sweep.** The rows are swept in lexicographic descending order of `(x, y)` (the two oriented
/// objectives), so every row already swept is at least as large in `x` as the current one, and
/// it dominates the current row exactly when it is at least as large in `y` too, unless it is a
/// copy. Within a front, `y` never decreases in sweep order, so front k dominates the row
/// exactly when its most recent member's `y` is at least the row's. That holds for a prefix of
/// the fronts (a dominator in front k is itself dominated by a member of every earlier front,
/// swept earlier still), so the row's rank is the first front whose latest `y` is smaller,
/// found by branch-free binary search (``partitionPoint(_:_:)``), and the row becomes that
/// front's latest member: patience sorting, with the fronts as the piles. Copies of a row are
/// adjacent in the sweep and take the rank of the first without a search. `-0.0` and `+0.0`
/// are equal.
///
/// The sweep takes rows two at a time, so that their two searches (each a chain of dependent
/// loads) overlap. The second search sees the fronts before the first row joined front `f0`,
/// which raised that front's latest `y` to `y0` (the latest `y`s stay non-increasing); that
/// changes the second answer only when it is `f0` too and `y0` is at least `y1`, and then to
/// `f0 + 1` (whose latest `y` was at most the old value at `f0`, below `y1`).
///
/// **Order.** Rows are distributed into n buckets by a monotone map of `x` (its distance to the
/// largest `x`, scaled), one counting pass and one scattering pass, and each bucket, usually a
/// handful of rows, is put in order by insertion sort. When some bucket is large (clustered or
/// widely spread values, many equal `x`), or the input is small, a radix sort of `x`'s ordered
/// bit patterns (``radixSort(keys:payload:)``) gives the order instead, and runs of equal `x`
/// are sorted by `y`.
///
/// - Complexity: O(n) expected for the buckets on smooth data (O(n) worst case through the
///   radix sort, plus O(g log g) per run of g rows sharing `x`), then O(n log f) for f fronts.
///   Extra memory: about 20 bytes per row (the sorted `x`, `y` and row index) plus a bucket
///   table of 4 bytes per row, and 8 bytes per front; the ranks are written in input order into
///   the result.
enum SweepRanks2D {
    /// Buckets holding more rows than this send the whole input to the radix sort.
    static let maximumBucket = 64
    /// Below this many rows the radix sort orders the rows.
    static let minimumBucketed = 2048
    /// Rows per bucket on average: a table of n / 2 buckets stays in cache while the rows are
    /// counted and scattered, and insertion sort on a few rows is cheap.
    static let rowsPerBucket = 2

    /// The rank of every row of `points` (two objectives), oriented by `signs`, in input order.
    /// `bucketed` false forces the radix sort (tests use it to compare the two orders).
    static func ranks(_ points: PointSet, signs: [Double], bucketed: Bool = true) -> [Int] {
        precondition(points.dimensions == 2 && signs.count == 2, "the two-objective sweep needs two objectives")
        let n = points.count
        precondition(n <= Int(Int32.max), "at most 2³¹ − 1 rows can be ranked")
        if n == 0 { return [] }
        // In sweep order: y, and the row index with its sign bit set when the row is a copy of
        // the one before it.
        let ys = ScratchBuffer<Double>(uninitializedCount: n)
        let order = ScratchBuffer<Int32>(uninitializedCount: n)
        points.values.withUnsafeBufferPointer { v in
            let v = v.baseAddress!
            if !(bucketed && n >= minimumBucketed && bucketSort(v, n, signs, ys.base, order.base)) {
                radixOrder(v, n, signs, ys.base, order.base)
            }
        }
        return sweep(UnsafePointer(ys.base), UnsafePointer(order.base), n)
    }

    /// Orders the rows by buckets of `x` (see the type's documentation), writing `ys` and
    /// `order`; returns `false`, having written nothing useful, when a bucket holds more than
    /// ``maximumBucket`` rows or the spread of `x` is not a finite positive number. Internal so
    /// that tests can tell which order a data set takes.
    static func bucketSort(_ v: UnsafePointer<Double>, _ n: Int, _ signs: [Double],
                                   _ ys: UnsafeMutablePointer<Double>, _ order: UnsafeMutablePointer<Int32>) -> Bool {
        let sx = signs[0], sy = signs[1]
        var low = Double.infinity, high = -Double.infinity
        for i in 0..<n {
            let x = sx * v[2 &* i]
            low = min(low, x); high = max(high, x)
        }
        // (high − x) · scale is non-decreasing as x decreases (every rounding is monotone), so
        // bucket order is descending x order; the `min` absorbs a last rounding up.
        let buckets = max(1, n / rowsPerBucket)
        let scale = Double(buckets - 1) / (high - low)
        guard scale.isFinite && scale > 0 else { return false }
        let last = buckets &- 1
        @inline(__always) func bucket(_ x: Double) -> Int { min(Int((high - x) * scale), last) }
        let ends = ScratchBuffer<Int32>(repeating: 0, count: buckets)
        for i in 0..<n { ends[bucket(sx * v[2 &* i])] &+= 1 }
        var sum: Int32 = 0, largest: Int32 = 0
        for b in 0..<buckets {
            let c = ends[b]
            largest = max(largest, c)
            ends[b] = sum   // start of bucket b, advanced to its end by the scatter
            sum &+= c
        }
        if Int(largest) > maximumBucket { return false }
        let xs = ScratchBuffer<Double>(uninitializedCount: n)
        for i in 0..<n {
            let x = sx * v[2 &* i], b = bucket(x), at = Int(ends[b])
            ends[b] = Int32(truncatingIfNeeded: at &+ 1)
            xs[at] = x; ys[at] = sy * v[2 &* i &+ 1]; order[at] = Int32(truncatingIfNeeded: i)
        }
        // Bucket b is now xs[ends[b − 1] ..< ends[b]]: insertion sort by (x, y) descending,
        // then flag copies.
        var start = 0
        for b in 0..<buckets {
            let end = Int(ends[b])
            if end &- start > 1 {
                for t in (start &+ 1)..<end {
                    let x = xs[t], y = ys[t], o = order[t]
                    var u = t
                    while u > start && (xs[u &- 1] < x || (xs[u &- 1] == x && ys[u &- 1] < y)) {
                        xs[u] = xs[u &- 1]; ys[u] = ys[u &- 1]; order[u] = order[u &- 1]
                        u &-= 1
                    }
                    xs[u] = x; ys[u] = y; order[u] = o
                }
                for t in (start &+ 1)..<end where xs[t] == xs[t &- 1] && ys[t] == ys[t &- 1] {
                    order[t] |= Int32.min
                }
            }
            start = end
        }
        return true
    }

    /// Orders the rows by a radix sort of `x` (runs of equal `x` by `y`), writing `ys` and
    /// `order`.
    private static func radixOrder(_ v: UnsafePointer<Double>, _ n: Int, _ signs: [Double],
                                   _ ys: UnsafeMutablePointer<Double>, _ out: UnsafeMutablePointer<Int32>) {
        let sx = signs[0], sy = signs[1]
        var keys = [UInt64](unsafeUninitializedCapacity: n) { keys, initialized in
            for i in 0..<n { keys[i] = ~orderedKey(sx * v[2 &* i]) }
            initialized = n
        }
        var order = [Int32](unsafeUninitializedCapacity: n) { order, initialized in
            for i in 0..<n { order[i] = Int32(truncatingIfNeeded: i) }
            initialized = n
        }
        radixSort(keys: &keys, payload: &order)
        // Runs of equal x: larger y first, so a row's dominators of equal x come before it and
        // its copies are next to it.
        var start = 0
        while start < n {
            var end = start &+ 1
            while end < n && keys[end] == keys[start] { end &+= 1 }
            if end &- start > 1 {
                order[start..<end].sort { sy * v[2 &* Int($0) &+ 1] > sy * v[2 &* Int($1) &+ 1] }
            }
            start = end
        }
        // A pass of its own, so that the reads of y, scattered over the input, overlap.
        var previousKey = ~keys[0], previousY = 0.0
        for p in 0..<n {
            let key = keys[p], y = sy * v[2 &* Int(order[p]) &+ 1]
            out[p] = key == previousKey && y == previousY ? order[p] | Int32.min : order[p]
            ys[p] = y
            previousKey = key; previousY = y
        }
    }

    /// The sweep over rows in order (`ys[p]` and `order[p]` as ``ranks(_:signs:bucketed:)``
    /// writes them).
    private static func sweep(_ ys: UnsafePointer<Double>, _ order: UnsafePointer<Int32>, _ n: Int) -> [Int] {
        // latest[k]: y of front k's most recent member; non-increasing in k.
        let latest = ScratchBuffer<Double>(uninitializedCount: n)
        let front = UnsafePointer(latest.base)
        return [Int](unsafeUninitializedCapacity: n) { rank, initialized in
            var fronts = 0, previousRank = 0, p = 0
            while p &+ 1 < n {
                let o0 = order[p], o1 = order[p &+ 1], y0 = ys[p], y1 = ys[p &+ 1]
                let count = fronts
                let f0 = partitionPoint(count) { front[$0] >= y0 }
                var f1 = partitionPoint(count) { front[$0] >= y1 }
                p &+= 2
                if o0 < 0 {
                    rank[Int(o0 & Int32.max)] = previousRank
                    if o1 < 0 { rank[Int(o1 & Int32.max)] = previousRank; continue }
                } else {
                    latest[f0] = y0
                    rank[Int(o0)] = f0
                    previousRank = f0
                    fronts = max(fronts, f0 &+ 1)
                    if o1 < 0 { rank[Int(o1 & Int32.max)] = f0; continue }
                    if f1 == f0 && y0 >= y1 { f1 &+= 1 }
                }
                latest[f1] = y1
                rank[Int(o1)] = f1
                previousRank = f1
                fronts = max(fronts, f1 &+ 1)
            }
            if p < n {
                let o = order[p]
                if o < 0 {
                    rank[Int(o & Int32.max)] = previousRank
                } else {
                    let y = ys[p]
                    rank[Int(o)] = partitionPoint(fronts) { front[$0] >= y }
                }
            }
            initialized = n
        }
    }
}
