/// Non-dominated filtering for three objectives (``FrontierAlgorithm/kung3D``): the sweep of
/// Kung, Luccio & Preparata (1975), "On Finding the Maxima of a Set of Vectors", *JACM* 22(4).
///
/// Rows are sorted by the first objective `x` descending (radix sort of the ordered bit
/// patterns). The ``Staircase`` holds the 2-D frontier of `(y, z)` over the rows already swept,
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
