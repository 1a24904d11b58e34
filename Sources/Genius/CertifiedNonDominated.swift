import Pareto

/// The exactly non-dominated points among points known only as doubles within a proven
/// distance of their exact values, with exactly equal points grouped.
///
/// `values` holds n points of `d` coordinates (row-major, all maximised), each coordinate a
/// computed value of an exact number (see ``CertifiedUtilities``). Coordinate `p` of two points
/// is compared by the doubles when they differ by more than `threshold[p]` (then the exact
/// numbers differ the same way) and by `exact(a, b, p)`, the sign of the exact difference,
/// otherwise: only near ties cost exact arithmetic. The result is what
/// ``nonDominatedGroups(_:dimensions:counts:)`` gives on the exact values: for each group of
/// exactly equal non-dominated points, its smallest `key` member and the sum of `counts` over the
/// group (1 per point when `counts` is `nil`), listed in exact lexicographic descending order.
///
/// The algorithm: sort by the doubles, lexicographically descending (Swift's sort is adaptive, so
/// candidates laid out as sorted runs merge in O(n log r)); then repair the order inside each
/// *cluster*, a maximal run whose consecutive first coordinates are within the threshold, by an
/// exact sort (outside clusters the doubles already give the exact order); group equal
/// neighbours; then one sweep: two coordinates keep the largest second coordinate seen, three
/// use a Fenwick tree of the largest third coordinate over the exact ranks of the second, more
/// compare with every point kept so far.
///
/// Counts are summed in `C`; the result is `nil` when a sum does not fit (only `UInt64` can
/// overflow; the caller then starts again with ``BigNatural``).
///
/// - Complexity: O(n log n) double comparisons for two or three coordinates (O(n · kept · d)
///   beyond, the kept points' coordinates held contiguously) plus the exact comparisons of the
///   near ties.
func certifiedNonDominatedGroups<C: FrontierCount>(
    _ values: [Double], dimensions d: Int, threshold: [Double], counts: [C]?, key: [Int],
    layout order: [Int], exact: (Int, Int, Int) -> Int
) -> [(index: Int, count: C)]? {
    let n = values.count / d
    guard n > 0 else { return [] }
    return values.withUnsafeBufferPointer { v in
        @inline(__always) func cmp(_ a: Int, _ b: Int, _ p: Int) -> Int {
            let g = v[a * d + p] - v[b * d + p]
            if g > threshold[p] { return 1 }
            if g < -threshold[p] { return -1 }
            return exact(a, b, p)
        }
        // Exact lexicographic descending order, ties by key.
        func exactBefore(_ a: Int, _ b: Int) -> Bool {
            for p in 0..<d { let c = cmp(a, b, p); if c != 0 { return c > 0 } }
            return key[a] < key[b]
        }
        var order = order
        if d == 2 {
            order.sort { a, b in
                let xa = v[2 * a], xb = v[2 * b]
                if xa != xb { return xa > xb }
                let ya = v[2 * a + 1], yb = v[2 * b + 1]
                return ya != yb ? ya > yb : key[a] < key[b]
            }
        } else {
            order.sort { a, b in
                for p in 0..<d where v[a * d + p] != v[b * d + p] { return v[a * d + p] > v[b * d + p] }
                return key[a] < key[b]
            }
        }
        let t0 = threshold[0]
        var i = 0
        while i < n {
            var j = i + 1
            while j < n && v[order[j - 1] * d] - v[order[j] * d] <= t0 { j += 1 }
            if j - i > 1 { order[i..<j].sort(by: exactBefore) }
            i = j
        }
        // Groups of exactly equal points (neighbours in the exact order).
        var reps: [Int] = [], sums: [C] = []
        reps.reserveCapacity(n); sums.reserveCapacity(n)
        var first = -1
        for a in order {
            let one = counts?[a] ?? C.unit
            if first >= 0, (0..<d).allSatisfy({ cmp(first, a, $0) == 0 }) {
                guard let total = sums[sums.count - 1].adding(one) else { return nil }
                sums[sums.count - 1] = total
                if key[a] < key[reps[reps.count - 1]] { reps[reps.count - 1] = a }
            } else {
                reps.append(a); sums.append(one); first = a
            }
        }
        // Dominance among the distinct points, in exact lexicographic descending order: every
        // earlier point is ≥ in the first coordinate, so it dominates when it is ≥ in the others.
        var keep = [Bool](repeating: false, count: reps.count)
        switch d {
        case 1:
            keep[0] = true
        case 2:
            var best = -1
            for (g, a) in reps.enumerated() where best < 0 || cmp(a, best, 1) > 0 {
                keep[g] = true; best = a
            }
        case 3:
            // Exact dense ranks of the second coordinate, descending (rank 0 = largest).
            var byY = Array(reps.indices)
            byY.sort { v[reps[$0] * 3 + 1] > v[reps[$1] * 3 + 1] }
            var s = 0
            while s < byY.count {
                var e = s + 1
                while e < byY.count && v[reps[byY[e - 1]] * 3 + 1] - v[reps[byY[e]] * 3 + 1] <= threshold[1] { e += 1 }
                if e - s > 1 { byY[s..<e].sort { cmp(reps[$0], reps[$1], 1) > 0 } }
                s = e
            }
            var rank = [Int](repeating: 0, count: reps.count), r = 0
            for (k, g) in byY.enumerated() {
                if k > 0 && cmp(reps[byY[k - 1]], reps[g], 1) != 0 { r += 1 }
                rank[g] = r
            }
            // Fenwick tree over ranks: the point with the largest third coordinate among ranks ≤ r.
            let size = r + 1
            var tree = [Int](repeating: -1, count: size + 1)
            for (g, a) in reps.enumerated() {
                var i = rank[g] + 1, top = -1
                while i > 0 {
                    let b = tree[i]
                    if b >= 0 && (top < 0 || cmp(b, top, 2) > 0) { top = b }
                    i -= i & -i
                }
                if top < 0 || cmp(top, a, 2) < 0 { keep[g] = true }
                i = rank[g] + 1
                while i <= size {
                    if tree[i] < 0 || cmp(a, tree[i], 2) > 0 { tree[i] = a }
                    i += i & -i
                }
            }
        default:
            // Most recent kept point first; the kept points' coordinates 1..<d are copied into one
            // contiguous buffer, so the scan reads memory in order. Coordinate p of
            // kept point b is below a's when the gap is below −threshold, or a near tie whose exact
            // sign is negative (`cmp(b, a, p)`, on the contiguous copy).
            let w = d - 1
            var kept: [Int] = []
            var rows = [Double]()
            rows.reserveCapacity(reps.count * w)
            threshold.withUnsafeBufferPointer { t in
                for (g, a) in reps.enumerated() {
                    let base = a * d
                    let dominated = rows.withUnsafeBufferPointer { r -> Bool in
                        var j = kept.count - 1
                        while j >= 0 {
                            let row = j * w, b = kept[j]
                            let covers = DominanceKernel.covers(dimensions: w) { q in
                                let gap = r[row + q] - v[base + q + 1]
                                if gap > t[q + 1] { return 1 }
                                if gap < -t[q + 1] { return -1 }
                                return exact(b, a, q + 1)
                            }
                            if covers { return true }
                            j -= 1
                        }
                        return false
                    }
                    if !dominated {
                        keep[g] = true
                        kept.append(a)
                        for q in 1..<d { rows.append(v[base + q]) }
                    }
                }
            }
        }
        var out: [(index: Int, count: C)] = []
        out.reserveCapacity(reps.count)
        for g in reps.indices where keep[g] { out.append((reps[g], sums[g])) }
        return out
    }
}
