/// Non-dominated ranks for three objectives by one sweep with a staircase per front.
///
/// The distinct rows of a ``LexicographicRows`` are swept in lexicographic descending order, so
/// every row already swept is at least as large in objective 0 as the current one, and the
/// current row is dominated by one of them exactly when that row is at least as large in
/// objectives 1 and 2 as well. Front k keeps the ``Staircase`` of the `(objective 1,
/// objective 2)` pairs of its members; "front k dominates the row" is then "staircase k covers
/// its pair", and it holds for a prefix of the fronts (a dominator in front k is itself
/// dominated by a member of every earlier front, swept earlier still). So the row's rank is the
/// first front whose staircase does not cover it, found by binary search over the fronts, and
/// the row joins that front's staircase. This is the sweep of Kung, Luccio & Preparata (1975)
/// with Jensen's (2003) binary search over fronts.
///
/// - Complexity: O(n log f · log k) for n distinct rows, f fronts and fronts of at most k
///   staircase points, after the O(n log n) sort; O(n) extra memory.
enum SweepRanks3D {
    /// The ranks of the distinct rows of `rows`, which must have three objectives.
    static func ranks(_ rows: LexicographicRows) -> [Int32] {
        precondition(rows.dimensions == 3, "the three-objective sweep needs three objectives")
        let m = rows.count
        var rank = [Int32](repeating: 0, count: m)
        var fronts: [Staircase] = []
        rows.values.withUnsafeBufferPointer { v in
            rank.withUnsafeMutableBufferPointer { rank in
                for i in 0..<m {
                    let y = v[3 &* i &+ 1], z = v[3 &* i &+ 2]
                    let f = fronts.withUnsafeBufferPointer { fronts in
                        partitionPoint(fronts.count) { fronts[$0].covers(y, z) }
                    }
                    if f == fronts.count { fronts.append(Staircase()) }
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
}
