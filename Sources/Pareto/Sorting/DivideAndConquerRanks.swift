/// Non-dominated ranks for any number of objectives by divide and conquer: Jensen's
/// generalization of Kung, Luccio & Preparata's maxima algorithm to sorting (Jensen 2003,
/// "Reducing the run-time complexity of multiobjective EAs: the NSGA-II and other algorithms",
/// IEEE TEC 7(5)), in the form of Fortin, Grenier & Parizeau (2013, GECCO) and Buzdalov &
/// Shalyto (2014, PPSN), which stays correct and O(n log^{d−1} n) when values repeat.
///
/// The rows are the distinct oriented rows of a ``LexicographicRows`` (so "at least as good in
/// every objective" means "dominates", and a dominator always comes earlier), objectives
/// numbered 0 … d − 1. The rank of a row is one more than the largest rank of its dominators
/// (0 without any); ranks start at 0 and only grow. Two procedures recurse on sets of rows,
/// each set a run of positions in ascending (lexicographic) order:
///
/// - `rankAll(S, k)` finishes the ranks of S, where every dominator outside S has already been
///   counted and the rows of S agree on every objective above k. It splits S at the median of
///   objective k into the rows above, equal to and below it, finishes the upper part, lets it
///   update the rest through objectives 0 … k − 1 only (`update`), finishes the middle part
///   (equal in k, so one objective fewer), lets it update the lower part, and finishes the
///   lower part. With three objectives left (0, 1, 2) it sweeps the rows in position order
///   with one ``Staircase`` of `(objective 1, objective 2)` per rank r, holding the rows swept
///   so far of rank at least r: "staircase r covers the row" holds for a prefix of the ranks,
///   so binary search finds the best dominator's rank, and a new row enters the staircases
///   from its rank down until one already covers it.
/// - `update(L, H, k)` raises the rank of every row of H to one more than the rank of any row of
///   L that is at least as good in objectives 0 … k, where the ranks of L are final and every
///   row of L is at least as good as every row of H in the objectives above k. It splits both
///   at the median of objective k of their union and recurses on (upper L, upper H) and
///   (lower L, lower H) with k, and on (upper and middle L, middle and lower H) with k − 1.
///   With objectives 0, 1 and 2 left it sweeps as above, rows of L entering the staircases and
///   rows of H asking them (ranks below H's smallest are left out; ranks above L's largest
///   cannot occur).
///
/// Objective 0 is never compared: the position says it (for the pairs the recursion compares,
/// "at least as good in objectives 0 … k" is "earlier, and at least as good in 1 … k").
/// Objectives 1 … d − 1 are replaced by dense ranks (``DenseRanker``). A split copies the run into
/// its parts, each still in position order, on a stack of runs, so no part is ever merged back.
///
/// Both procedures stop early when one side is empty, when no row of L can reach a row of H in
/// objective k, when every rank of H already exceeds every rank of L, and (for `update`) skip
/// objective k when every row of L is at least as large in it as every row of H. Small sets are
/// compared pair by pair: the ranks and objectives of the earlier rows are first gathered into
/// contiguous columns, and each later row scans them without branches (the sign of the OR of
/// the differences says whether an earlier row is at least as good everywhere), which costs a
/// few instructions per pair and lets the sets compared this way be larger (``pairwiseRankAll``,
/// ``pairwiseUpdate``).
///
/// - Complexity: Jensen's splits cost O(n log^{d−3} n) row visits per level down to three
///   objectives, O(n log^{d−2} n) in all; each three-objective sweep then makes O(log f)
///   staircase lookups (O(log n) each) per row of H for f ranks, and enters each row of L in one
///   staircase per rank it reaches before one covers it (one or two in practice, since a row's
///   own dominator covers it below its rank; f at worst). O(n·d) extra memory: the dense ranks,
///   the staircases, at most 2(d − 1)·n positions of runs on the stack, and the pairwise
///   columns ((d + 1)·min(n, ``pairwiseUpdate``) values).
struct DivideAndConquerRanks {
    /// At or below this many rows `rankAll` compares all pairs.
    static let pairwiseRankAll = 128
    /// At or below this many pairs `update` compares all pairs.
    static let pairwiseUpdate = 1 << 16
    /// The three-objective sweeps keep one staircase per rank; beyond this many ranks in one
    /// sweep they give way to the splits, whose cost does not depend on the ranks.
    static let maximumSweepRanks = 256

    /// Dense ranks of objectives 1 … d − 1, `stride` per row.
    private let coords: UnsafePointer<Int32>
    private let stride: Int
    private let rank: UnsafeMutablePointer<Int32>
    /// The stack of runs of positions; `top` is its first free slot.
    private let stack: UnsafeMutablePointer<Int32>
    private let stackCapacity: Int
    private var top: Int
    /// Temporary values for median selection.
    private let keys: UnsafeMutablePointer<Int32>
    private var stairs: BestRankStaircase
    /// Columns for the pairwise comparisons (see `gather`): `(2 + objectives) · pairCapacity`.
    private let pairs: UnsafeMutablePointer<Int32>
    private let pairCapacity: Int
    /// Staircases of `(objective 1, objective 2)` for the three-objective sweeps: entry `r`
    /// holds the rows swept so far whose rank is at least `low + r`.
    private var pool: [Staircase] = []

    /// The ranks of the distinct rows of `rows` (which must have at least two objectives).
    static func ranks(_ rows: LexicographicRows) -> [Int32] {
        let m = rows.count, d = rows.dimensions
        precondition(d >= 2, "the divide and conquer needs at least two objectives")
        var rank = [Int32](repeating: 0, count: m)
        guard m > 1 else { return rank }
        let stride = d - 1
        let coords = ScratchBuffer<Int32>(uninitializedCount: m * stride)
        do {
            let ranker = DenseRanker(capacity: m)
            rows.values.withUnsafeBufferPointer { v in
                for j in 1..<d {
                    ranker.rank(m, { v[$0 * d + j] }) { p, r in coords[p * stride + j - 1] = r }
                }
            }
        }
        // The stack is written before it is read; only its first m slots are set here.
        let stackCapacity = m * (2 * d + 1)
        let stack = ScratchBuffer<Int32>(uninitializedCount: stackCapacity)
        let keys = ScratchBuffer<Int32>(uninitializedCount: m)
        let stairRanks = ScratchBuffer<Int32>(uninitializedCount: m + 1)
        let stairXs = ScratchBuffer<Int32>(uninitializedCount: m + 1)
        // A pairwise `update` has at most `pairwiseUpdate` rows of L (H is not empty).
        let pairCapacity = min(m, max(pairwiseRankAll, pairwiseUpdate)), pairSize = (d + 1) * pairCapacity
        let pairs = ScratchBuffer<Int32>(uninitializedCount: pairSize)
        for p in 0..<m { stack[p] = Int32(truncatingIfNeeded: p) }
        rank.withUnsafeMutableBufferPointer { rank in
            var sorter = DivideAndConquerRanks(
                coords: coords.base, stride: stride, rank: rank.baseAddress!,
                stack: stack.base, stackCapacity: stackCapacity, top: m, keys: keys.base,
                stairs: BestRankStaircase(xs: stairXs.base, ranks: stairRanks.base, capacity: m + 1),
                pairs: pairs.base, pairCapacity: pairCapacity)
            sorter.rankAll(0, m, d - 1)
        }
        return rank
    }

    /// The dense rank of objective `k` (1 … d − 1) of position `p`.
    @inline(__always)
    private func coordinate(_ p: Int32, _ k: Int) -> Int32 {
        coords[Int(p) &* stride &+ k &- 1]
    }

    /// Whether position `a` is at least as large as position `b` in objectives 1 … k.
    @inline(__always)
    private func atLeast(_ a: Int32, _ b: Int32, _ k: Int) -> Bool {
        let pa = coords + Int(a) &* stride, pb = coords + Int(b) &* stride
        var j = 0
        while j < k {
            if pa[j] < pb[j] { return false }
            j &+= 1
        }
        return true
    }

    // MARK: rankAll

    /// Finishes the ranks of the run `stack[a..<b]`, whose rows agree on every objective above
    /// `k`.
    private mutating func rankAll(_ a: Int, _ b: Int, _ k: Int) {
        let s = b - a
        if s < 2 { return }
        if s <= Self.pairwiseRankAll { rankAllPairwise(a, b, k); return }
        if k == 1 { sweepAll(a, b); return }
        if k == 2 && sweepAll3(a, b) { return }
        for t in 0..<s { keys[t] = coordinate(stack[a &+ t], k) }
        let median = select(s, s / 2)
        var above = 0, equal = 0
        for t in 0..<s {
            let x = keys[t]
            above &+= x > median ? 1 : 0
            equal &+= x == median ? 1 : 0
        }
        if equal == s { rankAll(a, b, k - 1); return }
        let saved = top
        // The upper part and the rest, then the rest's middle and lower parts.
        let upper = top, rest = upper + above
        split(a, b, k, into: upper, rest) { $0 > median }
        let middle = rest + (s - above), lower = middle + equal
        split(rest, middle, k, into: middle, lower) { $0 == median }
        top = lower + (s - above - equal)
        precondition(top <= stackCapacity, "divide and conquer stack overflow")
        rankAll(upper, rest, k)
        update(upper, rest, rest, middle, k - 1)
        rankAll(middle, lower, k - 1)
        update(middle, lower, lower, top, k - 1)
        rankAll(lower, top, k)
        top = saved
    }

    /// Compares all pairs of the run `stack[a..<b]` (each row with the rows before it) in
    /// objectives 1 … k; see ``bestDominatorRank(_:_:_:_:_:)``.
    private func rankAllPairwise(_ a: Int, _ b: Int, _ k: Int) {
        let n = b - a
        gather(a, n, k)
        let columns = UnsafePointer(pairs), width = pairCapacity
        for t in 0..<n {
            let h = Int(pairs[t])
            let best = Self.bestDominatorRank(columns, width, t, k, h: coords + h &* stride)
            let r = max(rank[h], best &+ 1)
            rank[h] = r
            pairs[width &+ t] = r
        }
    }

    /// Two objectives left (0 and 1): in position order every earlier row is at least as large
    /// in objective 0, so a row's dominators are the earlier rows at least as large in
    /// objective 1.
    private mutating func sweepAll(_ a: Int, _ b: Int) {
        stairs.removeAll()
        for t in a..<b {
            let h = stack[t]
            let y = coordinate(h, 1)
            let best = stairs.maximumRank(atLeast: y)
            var r = rank[Int(h)]
            if best >= r { r = best &+ 1; rank[Int(h)] = r }
            stairs.insert(y, rank: r)
        }
    }

    // MARK: update

    /// Raises the ranks of the run `stack[ha..<hb]` by those of the run `stack[la..<lb]` through
    /// objectives 0 … k.
    private mutating func update(_ la: Int, _ lb: Int, _ ha: Int, _ hb: Int, _ k: Int) {
        let nl = lb - la, nh = hb - ha
        if nl == 0 || nh == 0 { return }
        var topL = Int32.min, lowL = Int32.max, highL = Int32.min
        for t in 0..<nl {
            let p = stack[la &+ t]
            topL = max(topL, rank[Int(p)])
            let x = coordinate(p, k)
            keys[t] = x
            lowL = min(lowL, x); highL = max(highL, x)
        }
        var bottomH = Int32.max, lowH = Int32.max, highH = Int32.min
        for t in 0..<nh {
            let p = stack[ha &+ t]
            bottomH = min(bottomH, rank[Int(p)])
            let x = coordinate(p, k)
            keys[nl &+ t] = x
            lowH = min(lowH, x); highH = max(highH, x)
        }
        if topL < bottomH { return }
        if highL < lowH { return }
        if nl * nh <= Self.pairwiseUpdate { updatePairwise(la, lb, ha, hb, k); return }
        if k == 1 { sweepUpdate(la, lb, ha, hb); return }
        if k == 2 && Int(topL - bottomH) < Self.maximumSweepRanks {
            sweepUpdate3(la, lb, ha, hb, low: bottomH, high: topL)
            return
        }
        if lowL >= highH { update(la, lb, ha, hb, k - 1); return }
        let median = select(nl + nh, (nl + nh) / 2)
        var aboveL = 0, belowL = 0
        for t in la..<lb {
            let x = coordinate(stack[t], k)
            aboveL &+= x > median ? 1 : 0
            belowL &+= x < median ? 1 : 0
        }
        var aboveH = 0, belowH = 0
        for t in ha..<hb {
            let x = coordinate(stack[t], k)
            aboveH &+= x > median ? 1 : 0
            belowH &+= x < median ? 1 : 0
        }
        let saved = top
        // L: upper-and-middle part, lower part; then the upper part of the first.
        let lUpMid = top, lLow = lUpMid + (nl - belowL), lUp = lLow + belowL
        split(la, lb, k, into: lUpMid, lLow) { $0 >= median }
        split(lUpMid, lLow, k, into: lUp, lUp + aboveL) { $0 > median }
        // H: upper part, middle-and-lower part; then the lower part of the second.
        let hUp = lUp + aboveL, hMidLow = hUp + aboveH, hLow = hMidLow + (nh - aboveH)
        split(ha, hb, k, into: hUp, hMidLow) { $0 > median }
        split(hMidLow, hLow, k, into: hLow, hLow + belowH) { $0 < median }
        top = hLow + belowH
        precondition(top <= stackCapacity, "divide and conquer stack overflow")
        update(lUp, lUp + aboveL, hUp, hMidLow, k)
        update(lLow, lUp, hLow, top, k)
        update(lUpMid, lLow, hMidLow, hLow, k - 1)
        top = saved
    }

    /// Compares every row of H with the rows of L before it in position order, in objectives
    /// 1 … k; see ``bestDominatorRank(_:_:_:_:_:)``.
    private func updatePairwise(_ la: Int, _ lb: Int, _ ha: Int, _ hb: Int, _ k: Int) {
        let nl = lb - la
        gather(la, nl, k)
        let columns = UnsafePointer(pairs)
        var end = 0   // rows of L before the current row of H (H is in position order)
        for t in ha..<hb {
            let h = stack[t]
            while end < nl && pairs[end] < h { end &+= 1 }
            let best = Self.bestDominatorRank(columns, pairCapacity, end, k, h: coords + Int(h) &* stride)
            if best >= rank[Int(h)] { rank[Int(h)] = best &+ 1 }
        }
    }

    /// Copies the positions, ranks and objectives 1 … k of the `count` rows of the run starting
    /// at `stack[start]` into the columns of `pairs`: positions at 0, ranks at `pairCapacity`,
    /// objective j at `(1 + j) · pairCapacity`.
    @inline(__always)
    private func gather(_ start: Int, _ count: Int, _ k: Int) {
        precondition(count <= pairCapacity, "pairwise comparison over capacity")
        let width = pairCapacity
        for u in 0..<count {
            let p = stack[start &+ u]
            pairs[u] = p
            pairs[width &+ u] = rank[Int(p)]
            let c = coords + Int(p) &* stride
            for j in 0..<k { pairs[(2 &+ j) &* width &+ u] = c[j] }
        }
    }

    /// The largest rank among the first `count` gathered rows that are at least as large as the
    /// row whose objectives 1 … k start at `h`, or −1 when none is. Branch-free: a row's
    /// differences `mine − its` are OR-ed, and the sign of the result says whether any is
    /// negative (dense ranks lie in 0 ..< 2³¹, so a difference cannot overflow), so the loops
    /// for one to three objectives vectorize.
    @inline(__always)
    private static func bestDominatorRank(_ columns: UnsafePointer<Int32>, _ width: Int, _ count: Int,
                                          _ k: Int, h: UnsafePointer<Int32>) -> Int32 {
        let ranks = columns + width, c0 = columns + 2 &* width
        var best: Int32 = -1
        switch k {
        case 1:
            let y = h[0]
            for u in 0..<count { best = max(best, ranks[u] | ((c0[u] &- y) >> 31)) }
        case 2:
            let y = h[0], z = h[1], c1 = c0 + width
            for u in 0..<count { best = max(best, ranks[u] | (((c0[u] &- y) | (c1[u] &- z)) >> 31)) }
        case 3:
            let y = h[0], z = h[1], w = h[2], c1 = c0 + width, c2 = c1 + width
            for u in 0..<count {
                best = max(best, ranks[u] | (((c0[u] &- y) | (c1[u] &- z) | (c2[u] &- w)) >> 31))
            }
        default:
            for u in 0..<count {
                var sign: Int32 = 0
                for j in 0..<k { sign |= columns[(2 &+ j) &* width &+ u] &- h[j] }
                best = max(best, ranks[u] | (sign >> 31))
            }
        }
        return best
    }

    /// Objectives 0 and 1 left: the rows of both runs in position order; a row of L is at
    /// least as large in objective 0 as every row of H after it.
    private mutating func sweepUpdate(_ la: Int, _ lb: Int, _ ha: Int, _ hb: Int) {
        stairs.removeAll()
        var u = la
        for t in ha..<hb {
            let h = stack[t]
            while u < lb && stack[u] < h {
                let l = stack[u]
                stairs.insert(coordinate(l, 1), rank: rank[Int(l)])
                u &+= 1
            }
            let best = stairs.maximumRank(atLeast: coordinate(h, 1))
            if best >= rank[Int(h)] { rank[Int(h)] = best &+ 1 }
        }
    }

    // MARK: three-objective sweeps

    /// Empties staircases `from..<to` of the pool, adding staircases as needed.
    private mutating func emptyStaircases(from: Int = 0, to: Int) {
        for r in from..<min(to, pool.count) { pool[r].removeAll() }
        while pool.count < to { pool.append(Staircase()) }
    }

    /// Objectives 0, 1 and 2 left: in position order every earlier row is at least as large in
    /// objective 0, so a row's best dominator is the earlier row of largest rank at least as
    /// large in objectives 1 and 2. Staircase `r` holds the rows of rank at least `low + r`, so
    /// "staircase r covers the row" holds for a prefix of r, and binary search finds the best.
    /// Returns `false`, leaving the ranks of the rows swept so far final and the others as they
    /// were, when the ranks reach ``maximumSweepRanks`` staircases.
    private mutating func sweepAll3(_ a: Int, _ b: Int) -> Bool {
        var low = Int32.max
        for t in a..<b { low = min(low, rank[Int(stack[t])]) }
        var count = 0   // staircases in use
        for t in a..<b {
            let h = stack[t]
            let y = Double(coordinate(h, 1)), z = Double(coordinate(h, 2))
            var r = Int(rank[Int(h)] - low)
            // The largest s ≥ r with staircase s covering (y, z), if any.
            if r < count && pool.withUnsafeBufferPointer({ $0[r].covers(y, z) }) {
                let first = r + 1
                let more = pool.withUnsafeBufferPointer { pool in
                    partitionPoint(count - first) { pool[first + $0].covers(y, z) }
                }
                r = first + more
                rank[Int(h)] = Int32(r) + low
            }
            if r >= count {
                if r >= Self.maximumSweepRanks { return false }
                emptyStaircases(from: count, to: r + 1)
                count = r + 1
            }
            pool.withUnsafeMutableBufferPointer { pool in
                var s = r
                while s >= 0 && pool[s].insertUnlessCovered(y, z) { s -= 1 }
            }
        }
        return true
    }

    /// Objectives 0, 1 and 2 left: as ``sweepAll3(_:_:)``, with the rows of L entering the
    /// staircases and the rows of H asking them. Only ranks from `low` (the smallest rank in H)
    /// to `high` (the largest in L) can raise a rank of H; a row of L with a larger rank enters
    /// as `high`.
    private mutating func sweepUpdate3(_ la: Int, _ lb: Int, _ ha: Int, _ hb: Int, low: Int32, high: Int32) {
        let count = Int(high - low) + 1
        emptyStaircases(to: count)
        var pool = self.pool
        self.pool = []
        defer { self.pool = pool }
        pool.withUnsafeMutableBufferPointer { pool in
            var u = la
            for t in ha..<hb {
                let h = stack[t]
                while u < lb && stack[u] < h {
                    let l = stack[u]
                    u &+= 1
                    let rl = rank[Int(l)]
                    if rl < low { continue }
                    let y = Double(coordinate(l, 1)), z = Double(coordinate(l, 2))
                    var s = Int(min(rl, high) - low)
                    while s >= 0 && pool[s].insertUnlessCovered(y, z) { s -= 1 }
                }
                let first = Int(rank[Int(h)] - low)
                if first >= count { continue }
                let y = Double(coordinate(h, 1)), z = Double(coordinate(h, 2))
                if !pool[first].covers(y, z) { continue }
                let more = partitionPoint(count - first - 1) { pool[first + 1 + $0].covers(y, z) }
                rank[Int(h)] = low + Int32(first + 1 + more)
            }
        }
    }

    // MARK: helpers

    /// Copies the run `stack[a..<b]` into two runs, those whose objective `k` satisfies `isFirst`
    /// from `first` on and the others from `second` on, both in position order.
    @inline(__always)
    private func split(_ a: Int, _ b: Int, _ k: Int, into first: Int, _ second: Int,
                       _ isFirst: (Int32) -> Bool) {
        var f = first, g = second
        for t in a..<b {
            let p = stack[t]
            if isFirst(coordinate(p, k)) {
                stack[f] = p; f &+= 1
            } else {
                stack[g] = p; g &+= 1
            }
        }
    }

    /// The element of rank `target` (0-based) of `keys[0..<count]`, which it reorders
    /// (Hoare's selection).
    private func select(_ count: Int, _ target: Int) -> Int32 {
        var lo = 0, hi = count - 1
        while hi > lo {
            let mid = lo + (hi - lo) / 2
            var a = keys[lo], b = keys[mid], c = keys[hi]
            if a > b { swap(&a, &b) }
            if b > c { swap(&b, &c) }
            if a > b { swap(&a, &b) }
            let pivot = b
            var i = lo, j = hi
            while i <= j {
                while keys[i] < pivot { i += 1 }
                while keys[j] > pivot { j -= 1 }
                if i <= j {
                    let t = keys[i]; keys[i] = keys[j]; keys[j] = t
                    i += 1; j -= 1
                }
            }
            if target <= j { hi = j } else if target >= i { lo = i } else { return keys[target] }
        }
        return keys[target]
    }
}
