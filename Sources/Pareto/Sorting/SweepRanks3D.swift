/// Non-dominated ranks for three objectives by one sweep with a staircase per front.
///
/// The distinct rows of a ``LexicographicRows`` are swept in lexicographic descending order, so
/// every row already swept is at least as large in objective 0 as the current one, and the
/// current row is dominated by one of them exactly when that row is at least as large in
/// objectives 1 and 2 as well. Front k keeps the ``Staircase`` of the `(objective 1,
/// objective 2)` pairs of its members; "front k dominates the row" is then "staircase k covers
/// its pair", and it holds for a prefix of the fronts (a dominator in front k is itself
/// dominated by a member of every earlier front, swept earlier still). So the row's rank is the
/// first front whose staircase does not cover it, and the row joins that front's staircase.
/// This is the sweep of Kung, Luccio & Preparata (1975) with Jensen's (2003) search over fronts.
///
/// The first front that does not cover the row is found by binary search over the f fronts
/// (log₂ f lookups), or by galloping from front 0 (fronts 0, 1, 2, 4, 5, 9, …, then binary search
/// in the last gap: about 2 log₂ r lookups for rank r), whichever the recent ranks make cheaper:
/// when most rows sit in the first few of many fronts, as near a concave front, galloping
/// wins; when ranks spread evenly, binary search does.
///
/// - Complexity: O(n log f · log k) for n distinct rows, f fronts and fronts of at most k
///   staircase points, after the sort; O(n) extra memory.
enum SweepRanks3D {
    /// The ranks of the distinct rows of `rows`, which must have three objectives.
    static func ranks(_ rows: LexicographicRows) -> [Int32] {
        precondition(rows.dimensions == 3, "the three-objective sweep needs three objectives")
        let m = rows.count
        var rank = [Int32](repeating: 0, count: m)
        var fronts: [Staircase] = []
        // Running balance of galloping's lookups minus binary search's, in 1/16 lookups.
        var balance = 0
        rows.values.withUnsafeBufferPointer { v in
            rank.withUnsafeMutableBufferPointer { rank in
                for i in 0..<m {
                    let y = v[3 &* i &+ 1], z = v[3 &* i &+ 2]
                    let count = fronts.count
                    let f = fronts.withUnsafeBufferPointer { fronts in
                        balance < 0 ? gallop(count) { fronts[$0].covers(y, z) }
                                    : partitionPoint(count) { fronts[$0].covers(y, z) }
                    }
                    // Estimated lookups: 1 + 2·bits(f) galloping, bits(f) binary searching.
                    let gallopCost = 1 + 2 * (Int.bitWidth - f.leadingZeroBitCount)
                    let binaryCost = Int.bitWidth - count.leadingZeroBitCount
                    balance += gallopCost - binaryCost - balance / 16
                    if f == count { fronts.append(Staircase()) }
                    _ = fronts[f].insertUnlessCovered(y, z)
                    rank[i] = Int32(truncatingIfNeeded: f)
                }
            }
        }
        #if PARETO_CHECK_INVARIANTS
        for front in fronts { front.checkInvariants() }
        #endif
        return rank
    }

    /// The number of leading positions of `0 ..< n` that satisfy `isBefore` (which holds on a
    /// prefix), found by galloping from position 0: O(log r) calls for an answer r.
    @inline(__always)
    static func gallop(_ n: Int, _ isBefore: (Int) -> Bool) -> Int {
        var low = 0, step = 1
        while low < n && isBefore(low) {
            // Every position up to `low` holds; probe `low + step`.
            let probe = low + step
            if probe >= n || !isBefore(probe) {
                let first = low + 1, end = min(probe, n)
                return first + partitionPoint(end - first) { isBefore(first + $0) }
            }
            low = probe + 1
            step *= 2
        }
        return low
    }
}
