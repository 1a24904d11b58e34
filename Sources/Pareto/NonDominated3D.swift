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
    /// The non-dominated rows among `rows`, in no particular order.
    static func frontier(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        let rows = gridFilter(points, rows)
        var keys = rows.map { ~orderedKey(points.value(Int($0), 0)) }
        var order = rows
        radixSort(keys: &keys, payload: &order)
        let m = order.count
        // Gather (y, z) in sweep order once: the independent loads overlap, where loads inside
        // the sweep would wait on each other. Equal keys mean equal x.
        var ys = [Double](repeating: 0, count: m), zs = [Double](repeating: 0, count: m)
        for k in 0..<m {
            let i = Int(order[k])
            ys[k] = points.value(i, 1); zs[k] = points.value(i, 2)
        }
        var stairs = Staircase()
        var out: [Int32] = []
        var group: [Int32] = []
        var start = 0
        while start < m {
            let key = keys[start]
            var end = start + 1
            while end < m && keys[end] == key { end += 1 }
            if end == start + 1 {
                let y = ys[start], z = zs[start]
                if !stairs.covers(y, z) {
                    out.append(order[start])
                    stairs.insert(y, z)
                }
            } else {
                group.removeAll(keepingCapacity: true)
                for k in start..<end where !stairs.covers(ys[k], zs[k]) { group.append(order[k]) }
                let best = planarFrontier(points, group)
                for r in best {
                    let y = points.value(Int(r), 1), z = points.value(Int(r), 2)
                    out.append(r)
                    if !stairs.covers(y, z) { stairs.insert(y, z) }
                }
            }
            #if PARETO_CHECK_INVARIANTS
            stairs.checkInvariants()
            #endif
            start = end
        }
        return out
    }

    /// A linear-time exact pre-filter for large inputs: a G × G grid over `(x, y)` (G ≈ √n,
    /// monotone bucket maps) holds each cell's largest `z`; a running maximum over the cells
    /// strictly above in both `x` and `y` gives, for every cell, the best `z` of a point with
    /// strictly larger `x` and `y`, and a row whose `z` does not exceed it is dominated. Near a
    /// concave front this drops most of the rows that are only slightly below the front.
    /// Memory: G² ≈ n doubles.
    static func gridFilter(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        let m = rows.count
        guard m >= 1 << 15 else { return rows }
        let g = min(1024, Int(Double(m).squareRoot()))
        var lowX = Double.infinity, highX = -Double.infinity, lowY = Double.infinity, highY = -Double.infinity
        for r in rows {
            let i = Int(r)
            let x = points.value(i, 0), y = points.value(i, 1)
            lowX = min(lowX, x); highX = max(highX, x); lowY = min(lowY, y); highY = max(highY, y)
        }
        guard highX > lowX && highY > lowY else { return rows }
        let scaleX = Double(g) / (highX - lowX), scaleY = Double(g) / (highY - lowY)
        let top = Double(g - 1)
        @inline(__always) func cell(_ i: Int) -> Int {
            let bx = Int(((points.value(i, 0) - lowX) * scaleX).clamped(0, top))
            let by = Int(((points.value(i, 1) - lowY) * scaleY).clamped(0, top))
            return bx &* g &+ by
        }
        var best = [Double](repeating: -.infinity, count: g * g)
        best.withUnsafeMutableBufferPointer { best in
            for r in rows {
                let i = Int(r), c = cell(i)
                let z = points.value(i, 2)
                if z > best[c] { best[c] = z }
            }
            // Suffix maxima: best[bx, by] becomes the max over cells (≥ bx, ≥ by).
            for bx in stride(from: g - 1, through: 0, by: -1) {
                for by in stride(from: g - 1, through: 0, by: -1) {
                    var v = best[bx * g + by]
                    if bx + 1 < g { v = max(v, best[(bx + 1) * g + by]) }
                    if by + 1 < g { v = max(v, best[bx * g + by + 1]) }
                    best[bx * g + by] = v
                }
            }
        }
        return best.withUnsafeBufferPointer { best in
            rows.filter { r in
                let i = Int(r), c = cell(i)
                let bx = c / g, by = c % g
                guard bx + 1 < g && by + 1 < g else { return true }
                return points.value(i, 2) > best[c + g + 1]
            }
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
