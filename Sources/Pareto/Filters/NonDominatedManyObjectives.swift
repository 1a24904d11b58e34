/// Non-dominated filtering for any number of objectives (``FrontierAlgorithm/manyObjectives``,
/// chosen automatically for five or more): sort-filter-skyline over a k-d tree.
///
/// **Order.** Rows are sorted by the sum of their (oriented) objectives, descending, ties broken
/// by lexicographic order, descending. A row's dominators all come before it: if `q` dominates
/// `p`, the rounded sum of `q` is at least that of `p` (rounded addition is monotone) and `q` is
/// lexicographically larger. So when a row is reached, it is non-dominated exactly when no
/// row accepted so far dominates it (Chomicki et al. 2003, "Skyline with presorting").
///
/// **Index.** Instead of comparing each row with the whole accepted frontier (O(n·k), too slow
/// when most points are non-dominated, as near a concave front), the rows are first arranged in
/// a k-d tree (median splits on the widest objective; leaves of up to 128 rows) and every node
/// keeps the componentwise maximum of the *accepted* rows below it. A dominance query skips any
/// node whose maximum falls short of the query in some objective (four objectives per SIMD
/// compare), so it only visits the part of the frontier that lies above the query in every
/// objective. In a leaf, each accepted row also has a 64-bit code of its first (up to eight)
/// objectives, quantized monotonically, and one branch-free word operation rejects most rows
/// before their values are read. The tree is built over row indices and the codes are one word
/// per row: no copy of the values is made.
///
/// - Complexity: O(n log n) for the sort and the tree; each query is O(k) in the worst case
///   (k accepted rows) but visits only nodes whose accepted maximum is above the query, which is
///   a small part of the tree on typical data. Memory: O(n) words.
enum NonDominatedManyObjectives {
    private static let leafSize = 128

    /// Fewest rows for which ``frontier(_:_:workers:splitMinimum:)`` splits its sweep.
    static let defaultSplitMinimum = 1 << 15

    /// The non-dominated rows among `rows`, in no particular order.
    ///
    /// With two or more `workers` and at least `splitMinimum` rows, the tree's two subtrees and
    /// the visiting order are built concurrently, and the sweep is cut in two parts of the
    /// visiting order (the first 43 % of the rows, then the rest). No row of the second part
    /// dominates a row of the first (dominators come first), so the first part's sweep is
    /// already exact; the second part's sweep, with its own accepted set over the same tree,
    /// runs at the same time and finds the rows no other second-part row dominates, and those
    /// are then checked against the first part's accepted rows (split across the workers). A
    /// row dominated by a first-part row is dominated by one of its accepted rows, so the
    /// result is the same set as the single sweep's.
    static func frontier(_ points: OrientedPoints, _ rows: [Int32], workers: Int = 1,
                         splitMinimum: Int = defaultSplitMinimum) -> [Int32] {
        let m = rows.count
        if m <= 1 { return rows }
        // Scratch buffers are raw so that the hot loops pay no copy-on-write checks.
        let perm = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m)
        _ = perm.initialize(from: rows)
        defer { perm.deallocate() }
        let split = workers > 1 && m >= max(2, splitMinimum)
        let tree: Tree, order: UnsafeMutableBufferPointer<Int32>
        if split {
            // The visiting order (as indices into `rows`) does not depend on the tree, so it is
            // computed while the root's two subtrees are grown.
            tree = buildTree(points, perm, rootOnly: true)
            var sorted: UnsafeMutableBufferPointer<Int32>?
            _ = ParallelFrontier.map(rows: 3, workers: 3) { range in
                for task in range {
                    if task == 0 {
                        sorted = rows.withUnsafeBufferPointer { visitOrder(points, $0) }
                    } else {
                        growSubtree(points, perm, tree, side: task - 1)
                    }
                }
            }
            order = sorted!
            // Turn indices into `rows` into positions in the rearranged `perm`.
            let position = UnsafeMutablePointer<Int32>.allocate(capacity: points.count)
            defer { position.deallocate() }
            for pos in 0..<m { position[Int(perm[pos])] = Int32(truncatingIfNeeded: pos) }
            for t in 0..<m { order[t] = position[Int(rows[Int(order[t])])] }
        } else {
            tree = buildTree(points, perm)
            order = visitOrder(points, UnsafeBufferPointer(perm))
        }
        defer { tree.deallocate(); order.deallocate() }
        let quantizer = Quantizer(points, perm)
        let chunks = (points.dimensions + 3) / 4
        if !split {
            let state = SweepState(tree: tree, rows: m, chunks: chunks)
            defer { state.deallocate() }
            return sweep(points, perm, order, 0..<m, tree, state, quantizer)
        }
        let first = SweepState(tree: tree, rows: m, chunks: chunks)
        let second = SweepState(tree: tree, rows: m, chunks: chunks)
        defer { first.deallocate(); second.deallocate() }
        // Rows early in the order are accepted more often (each acceptance updates a path of
        // maxima) and query a denser part of the frontier, so the first part is made smaller.
        let cut = m * 43 / 100
        let halves = ParallelFrontier.map(rows: 2, workers: 2) { range in
            let part = range.lowerBound == 0 ? 0..<cut : cut..<m
            return sweep(points, perm, order, part, tree, range.lowerBound == 0 ? first : second, quantizer)
        }
        let candidates = halves[1]
        let kept = ParallelFrontier.map(rows: candidates.count, workers: min(workers, max(1, candidates.count))) { range in
            survivors(points, candidates, range, tree, first, quantizer)
        }
        return halves[0] + kept.joined()
    }

    /// The k-d tree: node ranges of `perm` positions and children (`left`, −1 for a leaf; the
    /// right child is `left + 1`). The per-node maxima of accepted rows live in ``SweepState``.
    struct Tree {
        var low: UnsafeMutablePointer<Int32>, high: UnsafeMutablePointer<Int32>, left: UnsafeMutablePointer<Int32>
        var nodeCount: Int

        func deallocate() { low.deallocate(); high.deallocate(); left.deallocate() }
    }

    /// Builds the tree over `perm` (rearranging it): median split on the widest objective until a
    /// range has at most `leafSize` rows or all its rows are equal. With `rootOnly`, only the
    /// root is split; ``growSubtree(_:_:_:side:)`` then grows each of its two subtrees (which
    /// may run concurrently), each numbering its nodes from its own block (unused node slots
    /// are never reached from the root).
    static func buildTree(_ points: OrientedPoints, _ perm: UnsafeMutableBufferPointer<Int32>, rootOnly: Bool = false) -> Tree {
        let m = perm.count
        let block = subtreeNodeBound(m)
        let capacity = 3 + 2 * block
        var tree = Tree(low: .allocate(capacity: capacity), high: .allocate(capacity: capacity),
                        left: .allocate(capacity: capacity), nodeCount: 1)
        tree.low[0] = 0; tree.high[0] = Int32(m); tree.left[0] = -1
        if rootOnly {
            _ = grow(points, perm, tree, root: 0, firstFree: 1, limit: 3, depth: 1)
            tree.nodeCount = capacity
        } else {
            tree.nodeCount = grow(points, perm, tree, root: 0, firstFree: 1, limit: capacity)
        }
        return tree
    }

    /// Splits stop at `leafSize` rows and cut at the median, so every leaf has more than
    /// `leafSize / 2` rows and a subtree over `s` rows has fewer than `4s / leafSize + 1` nodes;
    /// this bounds either subtree of the root of a tree over `m` rows.
    private static func subtreeNodeBound(_ m: Int) -> Int { 4 * ((m / 2 + 1) / leafSize + 1) + 1 }

    /// Grows the root's left (`side` 0) or right (`side` 1) subtree of a tree made with
    /// `rootOnly`; does nothing when the root is a leaf.
    static func growSubtree(_ points: OrientedPoints, _ perm: UnsafeMutableBufferPointer<Int32>, _ tree: Tree, side: Int) {
        guard tree.left[0] >= 0 else { return }
        let block = subtreeNodeBound(perm.count)
        let start = 3 + side * block
        _ = grow(points, perm, tree, root: 1 + side, firstFree: start, limit: start + block)
    }

    /// Splits the subtree at `root` (at most `depth` levels deep), numbering new nodes from
    /// `firstFree` (below `limit`); returns the next free node number.
    private static func grow(_ points: OrientedPoints, _ perm: UnsafeMutableBufferPointer<Int32>, _ tree: Tree,
                             root: Int, firstFree: Int, limit: Int, depth: Int = .max) -> Int {
        let d = points.dimensions
        let low = UnsafeMutablePointer<Double>.allocate(capacity: d), high = UnsafeMutablePointer<Double>.allocate(capacity: d)
        defer { low.deallocate(); high.deallocate() }
        let stack = UnsafeMutablePointer<(node: Int, depth: Int)>.allocate(capacity: limit - firstFree + 1)
        defer { stack.deallocate() }
        var next = firstFree
        var top = 1
        stack[0] = (root, 0)
        while top > 0 {
            top -= 1
            let (node, level) = stack[top]
            let lo = Int(tree.low[node]), hi = Int(tree.high[node])
            guard hi - lo > leafSize, level < depth else { continue }
            // The widest objective, judged on at most 64 evenly spaced rows of the range: a
            // full pass would read every row's values (scattered in memory) at every level.
            for j in 0..<d { low[j] = .infinity; high[j] = -.infinity }
            let step = max(1, (hi - lo) / 64)
            for k in stride(from: lo, to: hi, by: step) {
                let i = Int(perm[k])
                for j in 0..<d {
                    let x = points.value(i, j)
                    if x < low[j] { low[j] = x }
                    if x > high[j] { high[j] = x }
                }
            }
            var axis = 0
            for j in 1..<d where high[j] - low[j] > high[axis] - low[axis] { axis = j }
            if high[axis] == low[axis] && !hasSpread(points, perm, lo, hi) { continue }   // all rows equal: one leaf
            if high[axis] == low[axis] { axis = widestAxis(points, perm, lo, hi) }
            let mid = (lo + hi) / 2
            select(points, perm, lo, hi, mid, axis)
            let child = next
            precondition(child + 2 <= limit, "k-d tree node bound exceeded")
            next += 2
            tree.left[node] = Int32(child)
            tree.low[child] = Int32(lo); tree.high[child] = Int32(mid); tree.left[child] = -1
            tree.low[child + 1] = Int32(mid); tree.high[child + 1] = Int32(hi); tree.left[child + 1] = -1
            stack[top] = (child, level + 1); stack[top + 1] = (child + 1, level + 1)
            top += 2
        }
        return next
    }

    /// Whether the rows of `perm[lo..<hi]` are not all equal.
    private static func hasSpread(_ points: OrientedPoints, _ perm: UnsafeMutableBufferPointer<Int32>, _ lo: Int, _ hi: Int) -> Bool {
        let first = Int(perm[lo])
        for k in lo..<hi {
            let i = Int(perm[k])
            for j in 0..<points.dimensions where points.value(i, j) != points.value(first, j) { return true }
        }
        return false
    }

    /// The objective with the widest range over all rows of `perm[lo..<hi]`.
    private static func widestAxis(_ points: OrientedPoints, _ perm: UnsafeMutableBufferPointer<Int32>, _ lo: Int, _ hi: Int) -> Int {
        let d = points.dimensions
        var low = [Double](repeating: .infinity, count: d), high = [Double](repeating: -.infinity, count: d)
        for k in lo..<hi {
            let i = Int(perm[k])
            for j in 0..<d { let x = points.value(i, j); low[j] = min(low[j], x); high[j] = max(high[j], x) }
        }
        var axis = 0
        for j in 1..<d where high[j] - low[j] > high[axis] - low[axis] { axis = j }
        return axis
    }

    /// Indices of `perm` sorted by sum descending, ties by lexicographic order descending.
    static func visitOrder(_ points: OrientedPoints, _ perm: UnsafeBufferPointer<Int32>) -> UnsafeMutableBufferPointer<Int32> {
        let m = perm.count, d = points.dimensions
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
        let out = UnsafeMutableBufferPointer<Int32>.allocate(capacity: m)
        _ = out.initialize(from: order)
        return out
    }

    /// The mutable side of a sweep over a fixed tree: per-node maxima of the accepted rows
    /// (`nodeCount × chunks` vectors, −∞ when none), per-leaf accepted counts, and the accepted
    /// rows with their codes, stored at the front of each leaf's `perm` range. Several sweeps
    /// can share one tree, each with its own state.
    struct SweepState {
        let upper: UnsafeMutablePointer<SIMD4<Double>>
        let acceptedCount: UnsafeMutablePointer<Int32>
        let accepted: UnsafeMutablePointer<Int32>
        let codes: UnsafeMutablePointer<UInt64>

        init(tree: Tree, rows m: Int, chunks: Int) {
            upper = .allocate(capacity: tree.nodeCount * chunks)
            upper.initialize(repeating: SIMD4(repeating: -.infinity), count: tree.nodeCount * chunks)
            acceptedCount = .allocate(capacity: tree.nodeCount)
            acceptedCount.initialize(repeating: 0, count: tree.nodeCount)
            accepted = .allocate(capacity: max(m, 1))
            codes = .allocate(capacity: max(m, 1))
        }

        func deallocate() { upper.deallocate(); acceptedCount.deallocate(); accepted.deallocate(); codes.deallocate() }
    }

    /// Per-thread scratch for queries: the traversal stack and the query row in scalar and
    /// SIMD form.
    struct Query {
        let stack: UnsafeMutablePointer<Int32>
        let q: UnsafeMutablePointer<Double>
        let qv: UnsafeMutablePointer<SIMD4<Double>>
        var code: UInt64 = 0

        init(tree: Tree, dimensions d: Int) {
            stack = .allocate(capacity: tree.nodeCount + 1)
            q = .allocate(capacity: d)
            qv = .allocate(capacity: (d + 3) / 4)
        }

        func deallocate() { stack.deallocate(); q.deallocate(); qv.deallocate() }

        /// Loads row `i` of `points` as the query.
        @inline(__always)
        mutating func load(_ points: OrientedPoints, _ i: Int, _ quantizer: Quantizer) {
            let d = points.dimensions
            for j in 0..<d { q[j] = points.value(i, j) }
            code = quantizer.code(q)
            for c in 0..<(d + 3) / 4 {
                var v = SIMD4<Double>(repeating: -.infinity)
                for l in 0..<min(4, d - 4 * c) { v[l] = q[4 * c + l] }
                qv[c] = v
            }
        }
    }

    /// Whether a row accepted into `state` dominates the loaded query row.
    @inline(__always)
    static func isDominated(_ points: OrientedPoints, _ tree: Tree, _ state: SweepState,
                            _ query: Query, guards: UInt64) -> Bool {
        let d = points.dimensions, chunks = (d + 3) / 4
        let upper = state.upper, left = tree.left, low = tree.low
        let stack = query.stack, q = query.q, qv = query.qv, code = query.code
        var top = 1
        stack[0] = 0
        search: while top > 0 {
            top -= 1
            let node = Int(stack[top])
            let u = upper + node &* chunks
            for c in 0..<chunks where any(u[c] .< qv[c]) { continue search }
            let l = left[node]
            if l >= 0 {
                stack[top] = l &+ 1
                stack[top &+ 1] = l
                top &+= 2
                continue
            }
            let lo = Int(low[node])
            for t in lo..<(lo &+ Int(state.acceptedCount[node])) {
                // A row whose code is below in some lane is below in that objective.
                if !allLanesAtLeast(state.codes[t], code, guards: guards) { continue }
                let r = Int(state.accepted[t])
                var better = false, worse = false
                for j in 0..<d {
                    let x = points.value(r, j)
                    if x < q[j] { worse = true; break }
                    if x > q[j] { better = true }
                }
                if worse { continue }
                // An accepted exact copy is non-dominated, so this row is too.
                return better
            }
        }
        return false
    }

    /// Visits the rows at `order[range]`, accepting into `state` each one that no row accepted
    /// earlier dominates; returns the accepted rows.
    static func sweep(_ points: OrientedPoints, _ perm: UnsafeMutableBufferPointer<Int32>,
                      _ order: UnsafeMutableBufferPointer<Int32>, _ range: Range<Int>, _ tree: Tree,
                      _ state: SweepState, _ quantizer: Quantizer) -> [Int32] {
        let chunks = (points.dimensions + 3) / 4
        var query = Query(tree: tree, dimensions: points.dimensions)
        defer { query.deallocate() }
        let guards = quantizer.guards
        let left = tree.left, high = tree.high, low = tree.low
        var out: [Int32] = []
        for k in range {
            let p = Int(order[k])
            let i = Int(perm[p])
            query.load(points, i, quantizer)
            if isDominated(points, tree, state, query, guards: guards) { continue }
            out.append(Int32(truncatingIfNeeded: i))
            // Accept: raise the maxima along the path to the row's leaf.
            var node = 0
            while true {
                let u = state.upper + node &* chunks
                for c in 0..<chunks { u[c] = pointwiseMax(u[c], query.qv[c]) }
                let l = Int(left[node])
                if l < 0 { break }
                node = p < Int(high[l]) ? l : l &+ 1
            }
            let slot = Int(low[node]) &+ Int(state.acceptedCount[node])
            state.accepted[slot] = Int32(truncatingIfNeeded: i)
            state.codes[slot] = query.code
            state.acceptedCount[node] &+= 1
        }
        return out
    }

    /// The rows of `candidates[range]` that no row accepted into `state` dominates.
    static func survivors(_ points: OrientedPoints, _ candidates: [Int32], _ range: Range<Int>, _ tree: Tree,
                          _ state: SweepState, _ quantizer: Quantizer) -> [Int32] {
        var query = Query(tree: tree, dimensions: points.dimensions)
        defer { query.deallocate() }
        let guards = quantizer.guards
        var out: [Int32] = []
        for k in range {
            query.load(points, Int(candidates[k]), quantizer)
            if !isDominated(points, tree, state, query, guards: guards) { out.append(candidates[k]) }
        }
        return out
    }

    /// Packs the first few objectives of a row into one 64-bit word, each quantized by a
    /// monotone map onto `bits` bits, so that a leaf scan can reject most non-dominators
    /// without reading their values: if `x ≥ y` then `quantize(x) ≥ quantize(y)`, so a lane
    /// where a row's code is smaller proves that row is worse in that objective. The codes
    /// cost one word per row (O(n), like an index), not a copy of the values.
    struct Quantizer {
        let lanes: Int, bits: Int
        var low: [Double] = [], scale: [Double] = []

        init(_ points: OrientedPoints, _ rows: UnsafeMutableBufferPointer<Int32>) {
            lanes = min(points.dimensions, 8)
            bits = min(32, 64 / lanes)
            low = [Double](repeating: .infinity, count: lanes)
            var high = [Double](repeating: -.infinity, count: lanes)
            for r in rows {
                for j in 0..<lanes {
                    let x = points.value(Int(r), j)
                    low[j] = min(low[j], x); high[j] = max(high[j], x)
                }
            }
            let top = Double((1 << (bits - 1)) - 1)
            scale = (0..<lanes).map { bucketScale(low: low[$0], high: high[$0], top: top) }
        }

        /// The code of the oriented values `x` (at least `lanes` of them). Each lane keeps
        /// its top bit clear, as a guard for ``allLanesAtLeast(_:_:)``.
        @inline(__always)
        func code(_ x: UnsafeMutablePointer<Double>) -> UInt64 {
            var c: UInt64 = 0
            let top = Double((1 << (bits - 1)) - 1)
            for j in 0..<lanes {
                let t = ((x[j] - low[j]) * scale[j]).clamped(0, top)
                c |= UInt64(t) << UInt64(j * bits)
            }
            return c
        }

        /// The guard bit of every lane.
        var guards: UInt64 {
            var h: UInt64 = 0
            for j in 0..<lanes { h |= 1 << UInt64(j * bits + bits - 1) }
            return h
        }
    }

    /// Whether every lane of `a` is at least the same lane of `b`, without branches: setting
    /// each lane's guard bit in `a` and subtracting `b` leaves the guard set exactly in the lanes
    /// where no borrow occurred, that is where `a ≥ b`.
    @inline(__always)
    static func allLanesAtLeast(_ a: UInt64, _ b: UInt64, guards: UInt64) -> Bool {
        ((a | guards) &- b) & guards == guards
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
