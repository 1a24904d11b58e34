/// Non-dominated ranks for two objectives by one sweep (Jensen 2003, for two objectives).
///
/// The distinct rows of a ``LexicographicRows`` are swept in lexicographic descending order, so
/// every row already swept is at least as large in objective 0 as the current one, and it
/// dominates the current row exactly when it is at least as large in objective 1 too. Within a
/// front, objective 1 never decreases in sweep order, so front k dominates the row exactly when
/// its most recent member's objective 1 is at least the row's. That holds for a prefix of the
/// fronts (a dominator in front k is itself dominated by a member of every earlier front, swept
/// earlier still), so the row's rank is the first front whose latest objective 1 is smaller,
/// found by binary search (``partitionPoint(_:_:)``), and the row becomes that front's latest
/// member.
///
/// - Complexity: O(n log f) for n distinct rows and f fronts, after the sort; O(f) extra memory.
enum SweepRanks2D {
    /// The ranks of the distinct rows of `rows`, which must have two objectives.
    static func ranks(_ rows: LexicographicRows) -> [Int32] {
        precondition(rows.dimensions == 2, "the two-objective sweep needs two objectives")
        let m = rows.count
        var latest: [Double] = []   // objective 1 of each front's most recent member
        return [Int32](unsafeUninitializedCapacity: m) { rank, initialized in
            rows.values.withUnsafeBufferPointer { v in
                for i in 0..<m {
                    let y = v[2 &* i &+ 1]
                    let f = latest.withUnsafeBufferPointer { latest in
                        partitionPoint(latest.count) { latest[$0] >= y }
                    }
                    if f == latest.count { latest.append(y) } else { latest[f] = y }
                    rank[i] = Int32(truncatingIfNeeded: f)
                }
            }
            initialized = m
        }
    }
}
