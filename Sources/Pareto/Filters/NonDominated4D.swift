/// Non-dominated filtering for exactly four objectives (``FrontierAlgorithm/divideAndConquer4D``):
/// the divide and conquer of Kung, Luccio & Preparata (1975), "On Finding the Maxima of a Set of
/// Vectors", *JACM* 22(4), with its three-objective merge done by a sweep.
///
/// **Ranks.** Each objective is replaced by its dense rank among the rows (equal values, including
/// `-0.0` and `+0.0`, get equal ranks), so a row is four 32-bit integers and every comparison the
/// algorithm makes is the same as on the values. The ranks are O(n) indices; the values are not
/// copied.
///
/// **Divide.** Rows are ordered by the first objective `x`, descending, and a range of that order
/// is cut near its middle at a change of `x`: every row of the upper part `A` has a strictly
/// larger `x` than every row of the lower part `B`. No row of `B` dominates a row of `A`. Both
/// parts are solved recursively; each returns its non-dominated rows ordered by the second
/// objective `y`, descending.
///
/// **Merge.** A row `b` of `B`'s frontier is dominated overall exactly when some row `a` of
/// `A`'s frontier has `y`, `z` and `w` at least those of `b` (the strictly larger `x` makes the
/// dominance strict). The two lists are merged by `y` (rows of `A` first among equal `y`) while a
/// 2-D staircase holds the `(z, w)` maxima of the `A` rows passed so far, so each `b` is one
/// staircase lookup. The merged list, in `y` order, is the range's frontier, as in merge sort.
///
/// A range whose rows all share one `x`, or that is small, is decided by direct comparison of
/// the rows (with the sort-filter skyline of ``NonDominatedManyObjectives`` beyond 512 rows).
/// Copies of a row never dominate each other and are all kept.
///
/// - Complexity: O(n log n · log h) time, where h bounds the staircase sizes (at most n), after
///   four O(n) radix sorts for the ranks; O(n) extra words: per row, four ranks, its position
///   and row index, and a merge buffer of the same size.
enum NonDominated4D {
    /// Ranges of at most this many rows are decided by comparing all pairs.
    static let defaultBaseSize = 16

    /// The non-dominated rows among `rows`, in no particular order, on up to `workers` threads.
    ///
    /// With two or more workers and at least `splitMinimum` rows, the two halves of the first
    /// cut are solved concurrently; the result is the same.
    static func frontier(_ points: OrientedPoints, _ rows: [Int32], workers: Int = 1,
                         baseSize: Int = defaultBaseSize, splitMinimum: Int = 1 << 14) -> [Int32] {
        precondition(points.dimensions == 4, "NonDominated4D needs four objectives")
        let m = rows.count
        if m <= 1 { return rows }
        // Each buffer has one owner here and is freed when this call returns.
        let records = ScratchBuffer<SIMD4<Int32>>(uninitializedCount: m)
        let scratch = ScratchBuffer<SIMD4<Int32>>(uninitializedCount: m)
        let xRank = ScratchBuffer<Int32>(uninitializedCount: m)
        let rowAt = ScratchBuffer<Int32>(uninitializedCount: m)
        rankRows(points, rows, workers: workers, records: records.shared, scratch: scratch.shared,
                 xRank: xRank.shared, rowAt: rowAt.shared)
        let buffers = Buffers(points: points, records: records.shared, scratch: scratch.shared, xRank: xRank.shared,
                              rowAt: rowAt.shared, baseSize: max(2, baseSize))
        var solver = Solver(buffers, capacity: m)
        let count: Int
        let cut = solver.cut(0, m)
        if workers >= 2 && m >= max(2, splitMinimum), let cut {
            let counts = ParallelFrontier.map(rows: 2, workers: 2) { range in
                var local = Solver(buffers, capacity: range.lowerBound == 0 ? cut : m - cut)
                return range.lowerBound == 0 ? local.solve(0, cut) : local.solve(cut, m)
            }
            count = solver.merge(0, cut, m, counts[0], counts[1])
        } else {
            count = solver.solve(0, m)
        }
        return (0..<count).map { rowAt[Int(records[$0].x)] }
    }

    /// Fills, for every position `p` (positions order the rows by the first objective,
    /// descending), `rowAt[p]` with its row, `xRank[p]` with the dense rank of its first
    /// objective and `records[p]` with `(p, ranks of the other three)`. The four columns are
    /// ranked on up to two threads; `scratch` (m records, 4m ranks) holds the rank columns
    /// meanwhile (no fresh memory: first touches of new pages cost more than the ranking on
    /// small inputs).
    private static func rankRows(_ points: OrientedPoints, _ rows: [Int32], workers: Int,
                                 records: SharedPointer<SIMD4<Int32>>, scratch: SharedPointer<SIMD4<Int32>>,
                                 xRank: SharedPointer<Int32>, rowAt: SharedPointer<Int32>) {
        let m = rows.count
        let threads = min(workers, 2)
        scratch.base.withMemoryRebound(to: Int32.self, capacity: 4 * m) { columnMemory in
        let columns = SharedPointer(columnMemory)
        rows.withUnsafeBufferPointer { buffer in
            let rows = SharedPointer(readOnly: buffer.baseAddress!)
            _ = ParallelFrontier.map(rows: threads, workers: threads) { range in
                let ranker = DenseRanker(capacity: m)
                let dims = threads == 1 ? 0..<4 : range.lowerBound == 0 ? 0..<2 : 2..<4
                for j in dims {
                    let column = columns + j * m
                    if j == 0 {
                        // Positions: the first objective descending.
                        var p = m
                        ranker.rank(m, { points.value(Int(rows[$0]), 0) }) { k, rank in
                            column[k] = rank
                            p -= 1
                            rowAt[p] = Int32(truncatingIfNeeded: k)
                        }
                    } else {
                        ranker.rank(m, { points.value(Int(rows[$0]), j) }) { k, rank in column[k] = rank }
                    }
                }
            }
            _ = ParallelFrontier.map(rows: m, workers: threads) { range in
                for p in range {
                    let k = Int(rowAt[p])
                    records[p] = SIMD4(Int32(truncatingIfNeeded: p), columns[m + k], columns[2 * m + k], columns[3 * m + k])
                    xRank[p] = columns[k]
                    rowAt[p] = rows[k]
                }
            }
        }
        }
    }

    /// The shared buffers of a run. `records` holds, per position, `(position, y, z, w)` ranks;
    /// each solved range's frontier replaces the range's first records, ordered by `y`
    /// descending. `scratch` is the merge buffer. Solvers on disjoint ranges may share them.
    /// The buffers are owned by ``frontier(_:_:workers:baseSize:splitMinimum:)``.
    private struct Buffers {
        let points: OrientedPoints
        let records: SharedPointer<SIMD4<Int32>>
        let scratch: SharedPointer<SIMD4<Int32>>
        let xRank: SharedPointer<Int32>
        let rowAt: SharedPointer<Int32>
        let baseSize: Int
    }

    /// The recursion over positions, with its own merge staircase. The records move with the
    /// merges, so every merge reads and writes memory in order.
    private struct Solver: ~Copyable {
        let b: Buffers
        var stairs: RankStaircase

        init(_ buffers: Buffers, capacity: Int) {
            b = buffers
            stairs = RankStaircase(capacity: capacity)
        }

        /// A cut of `lo..<hi` near its middle where the first rank changes, or `nil` when every
        /// row of the range has the same first objective.
        func cut(_ lo: Int, _ hi: Int) -> Int? {
            let mid = (lo + hi) / 2
            var up = mid, down = mid
            while true {
                if up < hi && up > lo && b.xRank[up - 1] != b.xRank[up] { return up }
                if down > lo && down < hi && b.xRank[down - 1] != b.xRank[down] { return down }
                if up >= hi && down <= lo { return nil }
                up += 1; down -= 1
            }
        }

        /// Solves `lo..<hi`: its frontier goes to `records[lo...]`, ordered by `y` descending;
        /// returns its size.
        mutating func solve(_ lo: Int, _ hi: Int) -> Int {
            if hi - lo <= b.baseSize { return direct(lo, hi) }
            guard let cut = cut(lo, hi) else { return sameFirstObjective(lo, hi) }
            let upper = solve(lo, cut)
            let lower = solve(cut, hi)
            return merge(lo, cut, hi, upper, lower)
        }

        /// Merges the solved parts `lo..<cut` (`upper` rows, all with a larger `x`) and
        /// `cut..<hi` (`lower` rows) into the frontier of `lo..<hi`; returns its size.
        mutating func merge(_ lo: Int, _ cut: Int, _ hi: Int, _ upper: Int, _ lower: Int) -> Int {
            stairs.removeAll()
            let records = b.records.base, scratch = b.scratch.base
            var i = lo, j = cut, out = lo
            let iEnd = lo + upper, jEnd = cut + lower
            // Which list the next row comes from is data-dependent and unpredictable, so the
            // choice, the lookup and the output are arithmetic and selects; only the rare
            // insertion into the staircase branches.
            while i < iEnd && j < jEnd {
                let a = records[i], r = records[j]
                let fromB = (Int(a.y) &- Int(r.y)) &>> 63            // −1 when a.y < r.y, else 0
                let mask = SIMD4<Int32>(repeating: Int32(truncatingIfNeeded: fromB))
                let e = (a & ~mask) | (r & mask)
                i &+= 1 &+ fromB; j &-= fromB
                let k = stairs.lowerBound(e.z)
                let covered = stairs.w(at: k) >= e.w
                if fromB == 0 && !covered { stairs.insert(e.z, e.w, at: k) }
                scratch[out] = e
                out &+= (fromB == 0 || !covered) ? 1 : 0
            }
            while i < iEnd { scratch[out] = records[i]; out &+= 1; i &+= 1 }
            while j < jEnd {
                let r = records[j]
                scratch[out] = r
                out &+= stairs.covers(r.z, r.w) ? 0 : 1
                j &+= 1
            }
            (records + lo).update(from: scratch + lo, count: out - lo)
            return out - lo
        }

        /// All pairs of a small range; the survivors sorted by `y` descending.
        func direct(_ lo: Int, _ hi: Int) -> Int {
            let records = b.records.base, scratch = b.scratch.base, xRank = b.xRank.base
            var count = 0
            for p in lo..<hi {
                let r = records[p], v = SIMD4(xRank[p], r.y, r.z, r.w)
                var dominated = false
                for q in lo..<hi {
                    let s = records[q], u = SIMD4(xRank[q], s.y, s.z, s.w)
                    if all(u .>= v) && any(u .> v) { dominated = true; break }
                }
                if dominated { continue }
                // Insertion by y, descending.
                var at = lo + count
                while at > lo && scratch[at - 1].y < r.y { scratch[at] = scratch[at - 1]; at -= 1 }
                scratch[at] = r
                count += 1
            }
            (records + lo).update(from: scratch + lo, count: count)
            return count
        }

        /// A range whose rows share the first objective: all pairs when small, otherwise the
        /// sort-filter skyline; the survivors sorted by `y` descending.
        func sameFirstObjective(_ lo: Int, _ hi: Int) -> Int {
            if hi - lo <= 512 { return direct(lo, hi) }
            let rows = (lo..<hi).map { b.rowAt[$0] }
            var positionOf: [Int32: Int] = [:]
            positionOf.reserveCapacity(hi - lo)
            for p in lo..<hi { positionOf[b.rowAt[p]] = p }
            let kept = NonDominatedManyObjectives.frontier(b.points, rows, workers: 1)
                .map { b.records[positionOf[$0]!] }
                .sorted { $0.y > $1.y }
            for (t, r) in kept.enumerated() { b.records[lo + t] = r }
            return kept.count
        }
    }
}

/// The 2-D staircase of ``NonDominated4D``'s merge over integer ranks: mutually non-dominated
/// pairs `(z, w)` sorted by `z` ascending (so `w` strictly descending), in one sorted array.
///
/// ``covers(_:_:)`` is a binary search, O(log h) for h pairs; ``insert(_:_:at:)`` also moves the
/// pairs after the insertion point, O(h) in the worst case. Near a front the staircase of a
/// merge holds a small part of the rows, so the moves are short.
///
/// The staircase owns its two arrays (it is not copyable and frees them when it goes out of
/// scope).
struct RankStaircase: ~Copyable {
    /// The pairs, with one more slot: `ws[count]` is always `Int32.min`, below every rank, so
    /// reading `w(at: count)` needs no bounds test.
    private let zBuffer: ScratchBuffer<Int32>, wBuffer: ScratchBuffer<Int32>
    private let zs: UnsafeMutablePointer<Int32>, ws: UnsafeMutablePointer<Int32>
    private(set) var count = 0

    init(capacity: Int) {
        zBuffer = ScratchBuffer(uninitializedCount: capacity + 1)
        wBuffer = ScratchBuffer(uninitializedCount: capacity + 1)
        zs = zBuffer.base
        ws = wBuffer.base
        ws[0] = .min
    }

    mutating func removeAll() { count = 0; ws[0] = .min }

    /// The `w` of pair `k`, or `Int32.min` for `k == count`.
    @inline(__always)
    func w(at k: Int) -> Int32 { ws[k] }

    /// The first index whose `z` is at least `z` (`count` when none), by a branch-free search
    /// (``partitionPoint(_:_:)``).
    @inline(__always)
    func lowerBound(_ z: Int32) -> Int { partitionPoint(count) { zs[$0] < z } }

    /// Whether some pair `(z', w')` has `z' ≥ z` and `w' ≥ w`.
    @inline(__always)
    func covers(_ z: Int32, _ w: Int32) -> Bool { ws[lowerBound(z)] >= w }

    /// Adds `(z, w)` at `k == lowerBound(z)` and removes the pairs it covers. Requires that
    /// the staircase does not cover it (`w(at: k) < w`).
    mutating func insert(_ z: Int32, _ w: Int32, at k: Int) {
        // Pairs with z' ≥ z have w' < w; a pair with z' == z is covered by the new one, as are
        // the pairs just before it with w' ≤ w.
        var end = k
        if end < count && zs[end] == z { end += 1 }
        var start = end
        while start > 0 && ws[start - 1] <= w { start -= 1 }
        let removed = end - start
        if removed != 1 {
            let tail = count - end
            if tail > 32 {
                (zs + start + 1).update(from: zs + end, count: tail)
                (ws + start + 1).update(from: ws + end, count: tail)
            } else if removed == 0 {
                // Short moves inline: a library call costs more than the copy.
                var t = count
                while t > end { zs[t] = zs[t &- 1]; ws[t] = ws[t &- 1]; t &-= 1 }
            } else {
                for t in 0..<tail { zs[start &+ 1 &+ t] = zs[end &+ t]; ws[start &+ 1 &+ t] = ws[end &+ t] }
            }
            count += 1 - removed
            ws[count] = .min
        }
        zs[start] = z; ws[start] = w
    }
}
