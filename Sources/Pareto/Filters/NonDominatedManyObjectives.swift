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
/// **Parallel sweep.** The rows are cut, in visiting order, into blocks, in the way of the
/// multi-core skyline algorithms (Chester, Šidlauskas, Assent & Bøgh 2015, "Scalable
/// parallelization of skyline computation for multi-core processors", *ICDE*, whose "Hybrid"
/// also processes a sorted input block by block). Each block takes three steps: (1) its rows are
/// tested against the rows accepted from earlier blocks, split across the workers (the tree is
/// only read meanwhile); (2) the survivors are visited in order, on one thread, against a
/// second, block-local set of accepted rows over the same tree (a row can only be dominated by
/// a row before it in the order, which is either in an earlier block or earlier in this one);
/// (3) the block's accepted rows join the global set and the local set is emptied again. The
/// result is the same set as the single sweep's. Step (1), the costly one, is parallel; steps
/// (2) and (3) cost a few tree paths per surviving row.
///
/// **Alternatives considered.** BSkyTree (Lee & Hwang 2010, 2014) partitions the data space
/// around a pivot point into 2^d regions so that whole regions are never compared; its pivot
/// test is the same idea as the node maxima here, which prune by the actual accepted rows of a
/// subtree instead of by lattice regions, and which cost nothing to maintain when the
/// frontier is most of the data (concave fronts), where region lattices degenerate. An ND-tree
/// (Jaszkiewicz & Lust 2018) is a dynamic index of the accepted set that also supports removal;
/// with the sum order no accepted row is ever removed, so a static tree over all rows with
/// per-node maxima of the accepted ones does the same job without rebalancing.
///
/// - Complexity: O(n log n) for the sort and the tree; each query is O(k) in the worst case
///   (k accepted rows) but visits only nodes whose accepted maximum is above the query, which is
///   a small part of the tree on typical data. The parallel sweep does the same queries, plus
///   O(log n) per surviving row for the block-local set. Memory: O(n) words.
enum NonDominatedManyObjectives {
    private static let leafSize = 128

    /// Fewest rows for which ``frontier(_:_:workers:splitMinimum:)`` uses several workers.
    static let defaultSplitMinimum = 1 << 15

    /// The non-dominated rows among `rows`, in no particular order.
    ///
    /// With two or more `workers` and at least `splitMinimum` rows, the tree's two subtrees and
    /// the visiting order are built concurrently, and the sweep runs block by block with each
    /// block's queries split across the workers (see the type's documentation). The result is
    /// the same set as on one thread.
    static func frontier(_ points: OrientedPoints, _ rows: [Int32], workers: Int = 1,
                         splitMinimum: Int = defaultSplitMinimum) -> [Int32] {
        let m = rows.count
        if m <= 1 { return rows }
        // Scratch buffers are raw (no copy-on-write checks in the hot loops), each with one owner.
        let perm = ScratchBuffer<Int32>(copying: rows)
        let order = ScratchBuffer<Int32>(uninitializedCount: m)
        let parallel = workers > 1 && m >= max(2, splitMinimum)
        var tree = Tree(rows: m)
        if parallel {
            // The visiting order (as indices into `rows`) does not depend on the tree, so it is
            // computed while the root's two subtrees are grown.
            tree.splitRoot(points, perm.shared)
            let permPointer = perm.shared, orderPointer = order.shared
            _ = ParallelFrontier.map(rows: 3, workers: 3) { [tree = tree.view] range in
                for task in range {
                    if task == 0 {
                        rows.withUnsafeBufferPointer { visitOrder(points, SharedPointer(readOnly: $0.baseAddress!), m, into: orderPointer) }
                    } else {
                        growSubtree(points, permPointer, m, tree, side: task - 1)
                    }
                }
            }
            // Turn indices into `rows` into positions in the rearranged `perm`.
            let position = ScratchBuffer<Int32>(uninitializedCount: points.count)
            for pos in 0..<m { position[Int(perm[pos])] = Int32(truncatingIfNeeded: pos) }
            for t in 0..<m { order[t] = position[Int(rows[Int(order[t])])] }
        } else {
            tree.build(points, perm.shared)
            visitOrder(points, perm.shared, m, into: order.shared)
        }
        let quantizer = Quantizer(points, perm.buffer)
        let chunks = (points.dimensions + 3) / 4
        let view = tree.view
        let state = SweepState(tree: view, rows: m, chunks: chunks)
        if !parallel {
            return sweep(points, perm.shared, order.shared, 0..<m, view, state.view, quantizer)
        }
        return blockSweep(points, perm.shared, order.shared, m, view, state.view, quantizer, workers: workers)
    }

    /// The parallel sweep: blocks of the visiting order, each tested against the rows accepted
    /// from earlier blocks on `workers` threads, then against its own earlier rows on one.
    private static func blockSweep(_ points: OrientedPoints, _ perm: SharedPointer<Int32>, _ order: SharedPointer<Int32>,
                                   _ m: Int, _ tree: TreeView, _ global: SweepView, _ quantizer: Quantizer,
                                   workers: Int) -> [Int32] {
        let chunks = (points.dimensions + 3) / 4
        let localState = SweepState(tree: tree, rows: m, chunks: chunks)
        let local = localState.view
        var query = Query(nodes: tree.nodeCount, dimensions: points.dimensions)
        let guards = quantizer.guards
        var out: [Int32] = []
        var accepted: [Int32] = []
        // Blocks of 1024 to 2048 rows: step 2 compares a block's survivors with each other, on
        // one thread, so its cost grows with the block (on a concave front nearly every row
        // survives step 1); more blocks only cost one hand-off between threads each.
        var block = 1024
        var start = 0
        while start < m {
            let end = min(m, start + block)
            let lower = start
            // More parts than workers, so that a worker that gets less of the processor (other
            // processes) takes fewer of them.
            let candidates = ParallelFrontier.map(rows: end - start, workers: 4 * workers) { range in
                var q = Query(nodes: tree.nodeCount, dimensions: points.dimensions)
                var out: [Int32] = []
                for k in (lower + range.lowerBound) ..< (lower + range.upperBound) {
                    let p = Int(order[k])
                    q.load(points, Int(perm[p]), quantizer)
                    if !q.isDominated(points, tree, global, guards: guards) { out.append(Int32(truncatingIfNeeded: p)) }
                }
                return out
            }
            accepted.removeAll(keepingCapacity: true)
            for part in candidates {
                for p in part {
                    let p = Int(p), i = Int(perm[p])
                    query.load(points, i, quantizer)
                    if query.isDominated(points, tree, local, guards: guards) { continue }
                    insert(p, row: i, query, tree, local, chunks: chunks)
                    insert(p, row: i, query, tree, global, chunks: chunks)
                    accepted.append(Int32(truncatingIfNeeded: p))
                    out.append(Int32(truncatingIfNeeded: i))
                }
            }
            for p in accepted { clear(Int(p), tree, local, chunks: chunks) }
            start = end
            block = min(block * 2, 1 << 11)
        }
        return out
    }

    /// Adds the row at position `p` of `perm` (row `i`, loaded in `query`) to `state`: raises the
    /// maxima along the path to its leaf and stores it with its code in the leaf.
    @inline(__always)
    private static func insert(_ p: Int, row i: Int, _ query: borrowing Query, _ tree: TreeView,
                               _ state: SweepView, chunks: Int) {
        let left = tree.left, high = tree.high
        let qv = query.qv
        var node = 0
        while true {
            let u = state.upper.base + node &* chunks
            for c in 0..<chunks { u[c] = pointwiseMax(u[c], qv[c]) }
            let l = Int(left[node])
            if l < 0 { break }
            node = p < Int(high[l]) ? l : l &+ 1
        }
        let slot = Int(tree.low[node]) &+ Int(state.acceptedCount[node])
        state.accepted[slot] = Int32(truncatingIfNeeded: i)
        state.codes[slot] = query.code
        state.acceptedCount[node] &+= 1
    }

    /// Undoes every ``insert(_:row:_:_:_:chunks:)`` on the path of position `p`: the maxima
    /// along it become −∞ and its leaf holds no accepted row. Clearing the paths of all rows
    /// inserted into a state empties it.
    private static func clear(_ p: Int, _ tree: TreeView, _ state: SweepView, chunks: Int) {
        let left = tree.left, high = tree.high
        var node = 0
        while true {
            let u = state.upper.base + node &* chunks
            for c in 0..<chunks { u[c] = SIMD4(repeating: -.infinity) }
            let l = Int(left[node])
            if l < 0 { break }
            node = p < Int(high[l]) ? l : l &+ 1
        }
        state.acceptedCount[node] = 0
    }

    /// The k-d tree: node ranges of `perm` positions and children (`left`, −1 for a leaf; the
    /// right child is `left + 1`). The per-node maxima of accepted rows live in ``SweepState``.
    /// The tree owns its three arrays.
    struct Tree: ~Copyable {
        private let lowBuffer: ScratchBuffer<Int32>, highBuffer: ScratchBuffer<Int32>, leftBuffer: ScratchBuffer<Int32>
        private var nodeCount: Int
        private let rows: Int

        /// Room for the tree over `m` rows; only the root exists (a leaf over all rows).
        init(rows m: Int) {
            let capacity = 3 + 2 * NonDominatedManyObjectives.subtreeNodeBound(m)
            lowBuffer = ScratchBuffer(uninitializedCount: capacity)
            highBuffer = ScratchBuffer(uninitializedCount: capacity)
            leftBuffer = ScratchBuffer(uninitializedCount: capacity)
            lowBuffer[0] = 0; highBuffer[0] = Int32(m); leftBuffer[0] = -1
            nodeCount = 1
            rows = m
        }

        /// A non-owning handle for the tree's users, valid while the tree lives.
        var view: TreeView {
            TreeView(low: lowBuffer.shared, high: highBuffer.shared, left: leftBuffer.shared, nodeCount: nodeCount)
        }

        /// Builds the whole tree over `perm` (rearranging it): median split on the widest
        /// objective until a range has at most `leafSize` rows or all its rows are equal.
        mutating func build(_ points: OrientedPoints, _ perm: SharedPointer<Int32>) {
            nodeCount = NonDominatedManyObjectives.grow(points, perm, view, root: 0, firstFree: 1, limit: lowBuffer.count)
        }

        /// Splits the root only; ``growSubtree(_:_:_:_:side:)`` then grows each of its two
        /// subtrees (which may run concurrently), each numbering its nodes from its own block
        /// (unused node slots are never reached from the root).
        mutating func splitRoot(_ points: OrientedPoints, _ perm: SharedPointer<Int32>) {
            _ = NonDominatedManyObjectives.grow(points, perm, view, root: 0, firstFree: 1, limit: 3, depth: 1)
            nodeCount = lowBuffer.count
        }
    }

    /// The arrays of a ``Tree``, shared read-only by the sweeps (and written by the builders,
    /// each in its own block of nodes).
    struct TreeView: Sendable {
        let low: SharedPointer<Int32>, high: SharedPointer<Int32>, left: SharedPointer<Int32>
        let nodeCount: Int
    }

    /// Splits stop at `leafSize` rows and cut at the median, so every leaf has more than
    /// `leafSize / 2` rows and a subtree over `s` rows has fewer than `4s / leafSize + 1` nodes;
    /// this bounds either subtree of the root of a tree over `m` rows.
    fileprivate static func subtreeNodeBound(_ m: Int) -> Int { 4 * ((m / 2 + 1) / leafSize + 1) + 1 }

    /// Grows the root's left (`side` 0) or right (`side` 1) subtree of a tree made with
    /// ``Tree/splitRoot(_:_:)`` over `m` rows; does nothing when the root is a leaf.
    static func growSubtree(_ points: OrientedPoints, _ perm: SharedPointer<Int32>, _ m: Int, _ tree: TreeView, side: Int) {
        guard tree.left[0] >= 0 else { return }
        let block = subtreeNodeBound(m)
        let start = 3 + side * block
        _ = grow(points, perm, tree, root: 1 + side, firstFree: start, limit: start + block)
    }

    /// Splits the subtree at `root` (at most `depth` levels deep), numbering new nodes from
    /// `firstFree` (below `limit`); returns the next free node number.
    fileprivate static func grow(_ points: OrientedPoints, _ perm: SharedPointer<Int32>, _ tree: TreeView,
                                 root: Int, firstFree: Int, limit: Int, depth: Int = .max) -> Int {
        let d = points.dimensions
        let bounds = ScratchBuffer<Double>(uninitializedCount: 2 * d)
        let low = bounds.base, high = bounds.base + d
        let stack = ScratchBuffer<(node: Int, depth: Int)>(uninitializedCount: limit - firstFree + 1)
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
    private static func hasSpread(_ points: OrientedPoints, _ perm: SharedPointer<Int32>, _ lo: Int, _ hi: Int) -> Bool {
        let first = Int(perm[lo])
        for k in lo..<hi {
            let i = Int(perm[k])
            for j in 0..<points.dimensions where points.value(i, j) != points.value(first, j) { return true }
        }
        return false
    }

    /// The objective with the widest range over all rows of `perm[lo..<hi]`.
    private static func widestAxis(_ points: OrientedPoints, _ perm: SharedPointer<Int32>, _ lo: Int, _ hi: Int) -> Int {
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

    /// Writes to `out` the indices `0 ..< m` of `rows` sorted by the rows' sums descending, ties
    /// by lexicographic order descending.
    static func visitOrder(_ points: OrientedPoints, _ rows: SharedPointer<Int32>, _ m: Int, into out: SharedPointer<Int32>) {
        let d = points.dimensions
        var keys = [UInt64](repeating: 0, count: m)
        for pos in 0..<m {
            let i = Int(rows[pos])
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
                    let ia = Int(rows[Int(a)]), ib = Int(rows[Int(b)])
                    for j in 0..<d {
                        let x = points.value(ia, j), y = points.value(ib, j)
                        if x != y { return x > y }
                    }
                    return false
                }
            }
            start = end
        }
        order.withUnsafeBufferPointer { out.base.update(from: $0.baseAddress!, count: m) }
    }

    /// The mutable side of a sweep over a fixed tree: per-node maxima of the accepted rows
    /// (`nodeCount × chunks` vectors, −∞ when none), per-leaf accepted counts, and the accepted
    /// rows with their codes, stored at the front of each leaf's `perm` range. Several sweeps
    /// can share one tree, each with its own state. The state owns its four arrays.
    struct SweepState: ~Copyable {
        private let upperBuffer: ScratchBuffer<SIMD4<Double>>
        private let countBuffer: ScratchBuffer<Int32>
        private let acceptedBuffer: ScratchBuffer<Int32>
        private let codeBuffer: ScratchBuffer<UInt64>

        init(tree: TreeView, rows m: Int, chunks: Int) {
            upperBuffer = ScratchBuffer(repeating: SIMD4(repeating: -.infinity), count: tree.nodeCount * chunks)
            countBuffer = ScratchBuffer(repeating: 0, count: tree.nodeCount)
            acceptedBuffer = ScratchBuffer(uninitializedCount: m)
            codeBuffer = ScratchBuffer(uninitializedCount: m)
        }

        /// A non-owning handle, valid while the state lives.
        var view: SweepView {
            SweepView(upper: upperBuffer.shared, acceptedCount: countBuffer.shared,
                      accepted: acceptedBuffer.shared, codes: codeBuffer.shared)
        }
    }

    /// The arrays of a ``SweepState``.
    struct SweepView: Sendable {
        let upper: SharedPointer<SIMD4<Double>>
        let acceptedCount: SharedPointer<Int32>
        let accepted: SharedPointer<Int32>
        let codes: SharedPointer<UInt64>
    }

    /// Per-thread scratch for queries: the traversal stack, the query row in scalar and SIMD
    /// form with its code, and the few rows that most recently dominated a query (with their
    /// codes). It owns its arrays.
    ///
    /// **Recent dominators.** Consecutive rows of the visiting order are often dominated by the
    /// same strong row, so the rows that dominated the last queries are tried first, before
    /// the tree (a hit moves one place forward). Any row that dominates the query proves it
    /// dominated, whichever set it came from, so this never changes a result.
    struct Query: ~Copyable {
        static let recentCapacity = 8
        private let stackBuffer: ScratchBuffer<Int32>
        private let valueBuffer: ScratchBuffer<Double>
        private let vectorBuffer: ScratchBuffer<SIMD4<Double>>
        private let recentBuffer: ScratchBuffer<Int32>
        private let recentCodeBuffer: ScratchBuffer<UInt64>
        let stack: UnsafeMutablePointer<Int32>
        let q: UnsafeMutablePointer<Double>
        let qv: UnsafeMutablePointer<SIMD4<Double>>
        private let recent: UnsafeMutablePointer<Int32>, recentCodes: UnsafeMutablePointer<UInt64>
        private var recentCount = 0
        var code: UInt64 = 0

        init(nodes: Int, dimensions d: Int) {
            stackBuffer = ScratchBuffer(uninitializedCount: nodes + 1)
            valueBuffer = ScratchBuffer(uninitializedCount: d)
            vectorBuffer = ScratchBuffer(uninitializedCount: (d + 3) / 4)
            recentBuffer = ScratchBuffer(uninitializedCount: Self.recentCapacity)
            recentCodeBuffer = ScratchBuffer(uninitializedCount: Self.recentCapacity)
            stack = stackBuffer.base; q = valueBuffer.base; qv = vectorBuffer.base
            recent = recentBuffer.base; recentCodes = recentCodeBuffer.base
        }

        /// Whether row `r` (with code `rc`) dominates the loaded row.
        @inline(__always)
        private func rowDominates(_ points: OrientedPoints, _ r: Int, _ rc: UInt64, guards: UInt64) -> Bool {
            // A row whose code is below in some lane is below in that objective.
            if !allLanesAtLeast(rc, code, guards: guards) { return false }
            let q = self.q
            return DominanceKernel.dominates(dimensions: points.dimensions) { j in
                DominanceKernel.order(points.value(r, j), q[j])
            }
        }

        /// Puts `r` first among the recent dominators (the last one drops out when full).
        @inline(__always)
        private mutating func remember(_ r: Int32, _ c: UInt64) {
            if recentCount < Self.recentCapacity { recentCount &+= 1 }
            var e = recentCount &- 1
            while e > 0 { recent[e] = recent[e &- 1]; recentCodes[e] = recentCodes[e &- 1]; e &-= 1 }
            recent[0] = r; recentCodes[0] = c
        }

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

        /// Whether a row accepted into `state`, or a recent dominator, dominates the loaded row.
        @inline(__always)
        mutating func isDominated(_ points: OrientedPoints, _ tree: TreeView, _ state: SweepView, guards: UInt64) -> Bool {
            for e in 0..<recentCount where rowDominates(points, Int(recent[e]), recentCodes[e], guards: guards) {
                if e > 0 {
                    let r = recent[e], c = recentCodes[e]
                    recent[e] = recent[e &- 1]; recentCodes[e] = recentCodes[e &- 1]
                    recent[e &- 1] = r; recentCodes[e &- 1] = c
                }
                return true
            }
            let d = points.dimensions, chunks = (d + 3) / 4
            let upper = state.upper.base, left = tree.left.base, low = tree.low.base
            let counts = state.acceptedCount.base, codes = state.codes.base, accepted = state.accepted.base
            let code = self.code, q = self.q
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
                for t in lo..<(lo &+ Int(counts[node])) {
                    // A row whose code is below in some lane is below in that objective.
                    if !allLanesAtLeast(codes[t], code, guards: guards) { continue }
                    let r = Int(accepted[t])
                    guard let better = DominanceKernel.coverage(dimensions: d, { j in
                        DominanceKernel.order(points.value(r, j), q[j])
                    }) else { continue }
                    // An accepted exact copy is non-dominated, so this row is too.
                    if better { remember(accepted[t], codes[t]) }
                    return better
                }
            }
            return false
        }
    }

    /// Visits the rows at `order[range]`, accepting into `state` each one that no row accepted
    /// earlier dominates; returns the accepted rows.
    static func sweep(_ points: OrientedPoints, _ perm: SharedPointer<Int32>, _ order: SharedPointer<Int32>,
                      _ range: Range<Int>, _ tree: TreeView, _ state: SweepView, _ quantizer: Quantizer) -> [Int32] {
        let chunks = (points.dimensions + 3) / 4
        var query = Query(nodes: tree.nodeCount, dimensions: points.dimensions)
        let guards = quantizer.guards
        var out: [Int32] = []
        for k in range {
            let p = Int(order[k])
            let i = Int(perm[p])
            query.load(points, i, quantizer)
            if query.isDominated(points, tree, state, guards: guards) { continue }
            out.append(Int32(truncatingIfNeeded: i))
            insert(p, row: i, query, tree, state, chunks: chunks)
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

        /// Lane ranges from the values of `rows`; values outside them are clamped (still a
        /// monotone map).
        init(_ points: OrientedPoints, _ rows: some Sequence<Int32>) {
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
    private static func select(_ points: OrientedPoints, _ perm: SharedPointer<Int32>,
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
                if i <= j { let t = perm[i]; perm[i] = perm[j]; perm[j] = t; i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
