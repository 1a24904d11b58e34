/// Non-dominated filtering for any number of objectives (``FrontierAlgorithm/manyObjectives``,
/// chosen automatically for four or more): sort-filter-skyline over a k-d tree.
///
/// **Order.** Rows are sorted by the sum of their (oriented) objectives, descending, ties broken
/// by lexicographic order, descending. A row's dominators all come before it: if `q` dominates
/// `p`, the rounded sum of `q` is at least that of `p` (rounded addition is monotone) and `q` is
/// lexicographically larger. So when a row is reached, it is non-dominated exactly when no
/// row accepted so far dominates it (Chomicki et al. 2003, "Skyline with presorting").
///
/// **Index.** Instead of comparing each row with the whole accepted frontier (O(n·k), too slow
/// when most points are non-dominated, as near a concave front), the rows are first arranged in
/// a k-d tree (median splits on the widest objective; leaves of 16 rows) and every node keeps
/// the componentwise maximum of the *accepted* rows below it. A dominance query skips any node
/// whose maximum falls short of the query in some objective, so it only visits the part of the
/// frontier that lies above the query in every objective. The tree is built over row indices:
/// no copy of the values is made.
///
/// - Complexity: O(n log n) for the sort and the tree; each query is O(k) in the worst case
///   (k accepted rows) but visits only nodes whose accepted maximum is above the query, which is
///   a small part of the tree on typical data.
enum NonDominatedManyObjectives {
    private static let leafSize = 16

    /// The non-dominated rows among `rows`, in no particular order.
    static func frontier(_ points: OrientedPoints, _ rows: [Int32]) -> [Int32] {
        let m = rows.count, d = points.dimensions
        if m <= 1 { return rows }
        // Tree over positions of `perm`; leaves are contiguous position ranges.
        var perm = rows
        var nodeLow: [Int32] = [], nodeHigh: [Int32] = [], nodeLeft: [Int32] = []
        perm.withUnsafeMutableBufferPointer { perm in
            var stack: [(node: Int, low: Int, high: Int)] = [(0, 0, m)]
            nodeLow.append(0); nodeHigh.append(Int32(m)); nodeLeft.append(-1)
            var low = [Double](repeating: 0, count: d), high = [Double](repeating: 0, count: d)
            while let (node, lo, hi) = stack.popLast() {
                guard hi - lo > leafSize else { continue }
                for j in 0..<d { low[j] = .infinity; high[j] = -.infinity }
                for k in lo..<hi {
                    let i = Int(perm[k])
                    for j in 0..<d { let x = points.value(i, j); low[j] = min(low[j], x); high[j] = max(high[j], x) }
                }
                var axis = 0
                for j in 1..<d where high[j] - low[j] > high[axis] - low[axis] { axis = j }
                if high[axis] == low[axis] { continue }   // all rows equal: keep one leaf
                let mid = (lo + hi) / 2
                select(points, perm, lo, hi, mid, axis)
                let left = nodeLow.count
                nodeLeft[node] = Int32(left)
                nodeLow.append(Int32(lo)); nodeHigh.append(Int32(mid)); nodeLeft.append(-1)
                nodeLow.append(Int32(mid)); nodeHigh.append(Int32(hi)); nodeLeft.append(-1)
                stack.append((left, lo, mid)); stack.append((left + 1, mid, hi))
            }
        }
        // Visit order: sum descending, then lexicographic descending.
        var keys = [UInt64](repeating: 0, count: m)
        for pos in 0..<m {
            let i = Int(perm[pos])
            var s = 0.0
            for j in 0..<d { s += points.value(i, j) }
            keys[pos] = ~orderedKey(s)
        }
        var order = (0..<m).map { Int32($0) }
        radixSort(keys: &keys, payload: &order)
        var start = 0
        while start < m {
            var end = start + 1
            while end < m && keys[end] == keys[start] { end += 1 }
            if end - start > 1 {
                order[start..<end].sort { a, b in
                    let ia = Int(perm[Int(a)]), ib = Int(perm[Int(b)])
                    for j in 0..<d {
                        let x = points.value(ia, j), y = points.value(ib, j)
                        if x != y { return x > y }
                    }
                    return false
                }
            }
            start = end
        }
        keys = []

        let nodes = nodeLow.count
        var upper = [Double](repeating: -.infinity, count: nodes * d)
        var acceptedCount = [Int32](repeating: 0, count: nodes)
        var accepted = [Int32](repeating: 0, count: m)   // per leaf, its accepted rows first
        var out: [Int32] = []
        var stack: [Int32] = []
        var query = [Double](repeating: 0, count: d)
        upper.withUnsafeMutableBufferPointer { upper in
        acceptedCount.withUnsafeMutableBufferPointer { acceptedCount in
        accepted.withUnsafeMutableBufferPointer { accepted in
        query.withUnsafeMutableBufferPointer { q in
            for pos in order {
                let i = Int(perm[Int(pos)])
                for j in 0..<d { q[j] = points.value(i, j) }
                // Is `i` dominated by an accepted row?
                var dominated = false
                stack.removeAll(keepingCapacity: true)
                stack.append(0)
                search: while let node32 = stack.popLast() {
                    let node = Int(node32)
                    let u = node * d
                    for j in 0..<d where upper[u + j] < q[j] { continue search }
                    let left = nodeLeft[node]
                    if left >= 0 {
                        stack.append(left + 1)
                        stack.append(left)
                        continue
                    }
                    let lo = Int(nodeLow[node])
                    for t in lo..<(lo + Int(acceptedCount[node])) {
                        let r = Int(accepted[t])
                        var better = false, worse = false
                        for j in 0..<d {
                            let x = points.value(r, j)
                            if x < q[j] { worse = true; break }
                            if x > q[j] { better = true }
                        }
                        if worse { continue }
                        // An accepted exact copy is non-dominated, so this row is too.
                        dominated = better
                        break search
                    }
                }
                if dominated { continue }
                out.append(Int32(i))
                // Accept: raise the maxima along the path to the row's leaf.
                var node = 0
                let p = Int(pos)
                while true {
                    let u = node * d
                    for j in 0..<d where upper[u + j] < q[j] { upper[u + j] = q[j] }
                    let left = Int(nodeLeft[node])
                    if left < 0 { break }
                    node = p < Int(nodeHigh[left]) ? left : left + 1
                }
                let lo = Int(nodeLow[node])
                accepted[lo + Int(acceptedCount[node])] = Int32(i)
                acceptedCount[node] += 1
            }
        }}}}
        return out
    }

    /// Rearranges `perm[lo..<hi]` so that position `k` holds the row that would be there if the
    /// range were sorted by objective `axis`, with no larger value before it and no smaller after.
    private static func select(_ points: OrientedPoints, _ perm: UnsafeMutableBufferPointer<Int32>,
                               _ lo: Int, _ hi: Int, _ k: Int, _ axis: Int) {
        var lo = lo, hi = hi - 1
        @inline(__always) func v(_ t: Int) -> Double { points.value(Int(perm[t]), axis) }
        while hi > lo {
            // Median of three as the pivot value.
            let mid = lo + (hi - lo) / 2
            let a = v(lo), b = v(mid), c = v(hi)
            let pivot = max(min(a, b), min(max(a, b), c))
            var i = lo, j = hi
            while i <= j {
                while v(i) < pivot { i += 1 }
                while v(j) > pivot { j -= 1 }
                if i <= j { perm.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
