/// Non-dominated filtering for three objectives (``FrontierAlgorithm/kung3D``): the sweep of
/// Kung, Luccio & Preparata (1975), "On Finding the Maxima of a Set of Vectors", *JACM* 22(4).
///
/// Large inputs first pass ``gridFilter(_:_:)`` (and, in the entry point, ``PivotFilter``),
/// which only drop dominated rows. Rows are then sorted by the first objective `x` descending
/// (radix sort of the ordered bit patterns). The ``Staircase`` holds the 2-D frontier of `(y, z)` over the rows already swept,
/// all of which have a strictly larger `x`, so a row is dominated by one of them exactly when
/// the staircase *covers* its `(y, z)` (some point at least as large in both).
///
/// Rows with equal `x` form a group that is decided together: a row of the group is
/// non-dominated when the staircase does not cover it **and** no other row of the group is
/// strictly better in `(y, z)` (equal `x` cannot make a row dominate through `x`; exact copies
/// never dominate each other). The group's survivors are inserted after the whole group has
/// been decided.
///
/// - Complexity: O(n log n) time; O(n) extra words (sort keys, row order, and the swept `(y, z)`
///   pairs) and O(k) for the staircase.
enum NonDominated3D {
    /// The non-dominated rows among `rows`, in no particular order, on up to `workers` threads.
    ///
    /// With two or more workers and a large input, the sweep order is cut in two at a change of
    /// `x`: the upper part (every `x` strictly larger) and the lower part are swept concurrently,
    /// and a lower-part survivor is then kept exactly when the upper part's final staircase does
    /// not cover it (an upper row with `(y, z)` at least as large dominates it through the
    /// strictly larger `x`). The result is the same set of rows as one sweep. The cut is made
    /// from `minimumSplit` rows on (after the grid filter), and the grid filter's passes are
    /// split from `gridSplit` rows on. Near a large frontier (the caller did not split the input)
    /// both are lowered: the parts then hold many rows each; tests lower them further.
    static func frontier(_ points: OrientedPoints, _ rows: [Int32], workers: Int = 1,
                         minimumSplit: Int = 1 << 16, gridSplit: Int = 1 << 18) -> [Int32] {
        let rows = gridFilter(points, rows, workers: rows.count >= gridSplit ? workers : 1)
        let m = rows.count
        let parallel = workers >= 2 && m >= max(2, minimumSplit)
        let (keys, order) = sweepOrder(points, rows, parallel: parallel)
        // Gather (y, z) in sweep order once: the independent loads overlap, where loads inside
        // the sweep would wait on each other. Equal keys mean equal x.
        let yBuffer = ScratchBuffer<Double>(uninitializedCount: m), zBuffer = ScratchBuffer<Double>(uninitializedCount: m)
        let ys = yBuffer.shared, zs = zBuffer.shared
        _ = ParallelFrontier.map(rows: m, workers: parallel ? 2 : 1) { range in
            for k in range {
                let i = Int(order[k])
                ys[k] = points.value(i, 1); zs[k] = points.value(i, 2)
            }
        }
        var middle = max(1, m / 2)
        while middle < m && keys[middle] == keys[middle - 1] { middle += 1 }
        let cut = middle
        guard parallel && cut < m else {
            var stairs = Staircase()
            return sweep(points, keys, order, ys, zs, 0..<m, &stairs)
        }
        let parts = ParallelFrontier.map(rows: 2, workers: 2) { range in
            var stairs = Staircase()
            let rows = sweep(points, keys, order, ys, zs, range.lowerBound == 0 ? 0..<cut : cut..<m, &stairs)
            return (rows, stairs)
        }
        let upper = parts[0].1, lower = parts[1].0
        let kept = ParallelFrontier.map(rows: lower.count, workers: lower.count >= 1 << 14 ? workers : 1) { range in
            lower[range].filter { r in
                !upper.covers(points.value(Int(r), 1), points.value(Int(r), 2))
            }
        }
        return parts[0].0 + kept.joined()
    }

    /// The rows sorted by `x` descending, with their sort keys (equal keys mean equal `x`).
    /// In parallel, each half is sorted on its own thread and the two runs are merged.
    static func sweepOrder(_ points: OrientedPoints, _ rows: [Int32], parallel: Bool) -> (keys: [UInt64], order: [Int32]) {
        @Sendable func sorted(_ part: ArraySlice<Int32>) -> (keys: [UInt64], order: [Int32]) {
            var keys = part.map { ~orderedKey(points.value(Int($0), 0)) }
            var order = Array(part)
            radixSort(keys: &keys, payload: &order)
            return (keys, order)
        }
        guard parallel && rows.count >= 2 else { return sorted(rows[...]) }
        let half = rows.count / 2
        let runs = ParallelFrontier.map(rows: 2, workers: 2) { range in
            sorted(range.lowerBound == 0 ? rows[..<half] : rows[half...])
        }
        let (ak, ao) = runs[0], (bk, bo) = runs[1]
        var keys = [UInt64](repeating: 0, count: rows.count), order = [Int32](repeating: 0, count: rows.count)
        keys.withUnsafeMutableBufferPointer { keys in
            order.withUnsafeMutableBufferPointer { order in
                var i = 0, j = 0, out = 0
                while i < ak.count && j < bk.count {
                    if ak[i] <= bk[j] {
                        keys[out] = ak[i]; order[out] = ao[i]; i += 1
                    } else {
                        keys[out] = bk[j]; order[out] = bo[j]; j += 1
                    }
                    out += 1
                }
                while i < ak.count { keys[out] = ak[i]; order[out] = ao[i]; i += 1; out += 1 }
                while j < bk.count { keys[out] = bk[j]; order[out] = bo[j]; j += 1; out += 1 }
            }
        }
        return (keys, order)
    }

    /// Sweeps positions `range` of the sorted order against `stairs` (the staircase of the rows
    /// before the range, which must all have a strictly larger `x`), and returns the rows of
    /// the range that no row of the range or of the staircase dominates.
    private static func sweep(_ points: OrientedPoints, _ keys: [UInt64], _ order: [Int32],
                              _ ys: SharedPointer<Double>, _ zs: SharedPointer<Double>, _ range: Range<Int>,
                              _ stairs: inout Staircase) -> [Int32] {
        var out: [Int32] = []
        var group: [Int32] = []
        var start = range.lowerBound
        let m = range.upperBound
        while start < m {
            let key = keys[start]
            var end = start + 1
            while end < m && keys[end] == key { end += 1 }
            if end == start + 1 {
                if stairs.insertUnlessCovered(ys[start], zs[start]) { out.append(order[start]) }
            } else {
                group.removeAll(keepingCapacity: true)
                for k in start..<end where !stairs.covers(ys[k], zs[k]) { group.append(order[k]) }
                let best = planarFrontier(points, group)
                for r in best {
                    let y = points.value(Int(r), 1), z = points.value(Int(r), 2)
                    out.append(r)
                    _ = stairs.insertUnlessCovered(y, z)
                }
            }
            #if PARETO_CHECK_INVARIANTS
            stairs.checkInvariants()
            #endif
            start = end
        }
        return out
    }

    /// A linear-time exact pre-filter for large inputs: a G × G grid over `(x, y)` (G = min(√n,
    /// 512), monotone bucket maps) holds each cell's largest `z`; a running maximum over the cells
    /// strictly above in both `x` and `y` gives, for every cell, the best `z` of a point with
    /// strictly larger `x` and `y`, and a row whose `z` does not exceed it is dominated. Near a
    /// concave front this drops most of the rows that are only slightly below the front.
    /// Memory: G² doubles per worker and one cell index per row. The passes are split
    /// across `workers` threads.
    static func gridFilter(_ points: OrientedPoints, _ rows: [Int32], workers: Int = 1) -> [Int32] {
        let m = rows.count
        guard m >= 1 << 15 else { return rows }
        // 512 × 512 cells (2 MB of maxima): a finer grid drops a few more rows but its table
        // no longer fits in cache, and the scattered updates cost more than they save.
        let g = min(512, Int(Double(m).squareRoot()))
        return rows.withUnsafeBufferPointer { buffer in
            let rows = SharedPointer(readOnly: buffer.baseAddress!)
            let bounds = ParallelFrontier.map(rows: m, workers: workers) { range in
                var lowX = Double.infinity, highX = -Double.infinity, lowY = Double.infinity, highY = -Double.infinity
                for k in range {
                    let i = Int(rows[k])
                    let x = points.value(i, 0), y = points.value(i, 1)
                    lowX = min(lowX, x); highX = max(highX, x); lowY = min(lowY, y); highY = max(highY, y)
                }
                return (lowX, highX, lowY, highY)
            }
            let lowX = bounds.map(\.0).min()!, highX = bounds.map(\.1).max()!
            let lowY = bounds.map(\.2).min()!, highY = bounds.map(\.3).max()!
            guard highX > lowX && highY > lowY else { return Array(buffer) }
            let scaleX = bucketScale(low: lowX, high: highX, top: Double(g))
            let scaleY = bucketScale(low: lowY, high: highY, top: Double(g))
            let top = Double(g - 1)
            // The table has a border row and column of −∞ (index g), so the cell strictly above
            // in both x and y is always `c + w + 1` and needs no bounds test. Each row's cell is
            // computed once and kept for the filtering pass; each worker fills its own table.
            let w = g + 1
            let cellBuffer = ScratchBuffer<Int32>(uninitializedCount: m)
            let cells = cellBuffer.shared
            var tables = ParallelFrontier.map(rows: m, workers: workers) { range in
                var best = [Double](repeating: -.infinity, count: w * w)
                best.withUnsafeMutableBufferPointer { best in
                    for k in range {
                        let i = Int(rows[k])
                        let bx = Int(((points.value(i, 0) - lowX) * scaleX).clamped(0, top))
                        let by = Int(((points.value(i, 1) - lowY) * scaleY).clamped(0, top))
                        let c = bx &* w &+ by
                        cells[k] = Int32(truncatingIfNeeded: c)
                        // No branch: whether z raises the cell's maximum is hard to predict.
                        best[c] = max(best[c], points.value(i, 2))
                    }
                }
                return best
            }
            // Moved out of the list, not copied: `tables` no longer shares its storage.
            var best = tables.removeLast()
            best.withUnsafeMutableBufferPointer { best in
                for other in tables {
                    for c in 0..<(w * w) { best[c] = max(best[c], other[c]) }
                }
                // Suffix maxima: best[bx, by] becomes the max over cells (≥ bx, ≥ by).
                for bx in stride(from: g - 1, through: 0, by: -1) {
                    for by in stride(from: g - 1, through: 0, by: -1) {
                        let c = bx &* w &+ by
                        best[c] = max(best[c], max(best[c &+ w], best[c &+ 1]))
                    }
                }
            }
            let parts = best.withUnsafeBufferPointer { table in
                let best = SharedPointer(readOnly: table.baseAddress!)
                return ParallelFrontier.map(rows: m, workers: workers) { range in
                    var out: [Int32] = []
                    out.reserveCapacity(range.count / 2)
                    for k in range {
                        let i = Int(rows[k])
                        if points.value(i, 2) > best[Int(cells[k]) &+ w &+ 1] { out.append(rows[k]) }
                    }
                    return out
                }
            }
            return workers == 1 ? parts[0] : Array(parts.joined())
        }
    }

    /// The rows of `rows` not strictly dominated in `(y, z)` by another of them (copies kept).
    static func planarFrontier(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        let sorted = rows.sorted {
            let a = Int($0), b = Int($1)
            let ya = points.value(a, 1), yb = points.value(b, 1)
            return ya > yb || (ya == yb && points.value(a, 2) > points.value(b, 2))
        }
        var out: [Int32] = []
        var bestZ = -Double.infinity
        var start = 0
        while start < sorted.count {
            let y = points.value(Int(sorted[start]), 1)
            let top = points.value(Int(sorted[start]), 2)
            var end = start
            while end < sorted.count && points.value(Int(sorted[end]), 1) == y {
                if top > bestZ && points.value(Int(sorted[end]), 2) == top { out.append(sorted[end]) }
                end += 1
            }
            bestZ = max(bestZ, top)
            start = end
        }
        return out
    }
}
