/// The 2-D staircase behind the two-objective rank sweeps of ``DivideAndConquerRanks``: a set of
/// integer pairs `(x, rank)` (`x` a dense rank of an objective's values) kept sorted by `x`
/// ascending with `rank` strictly descending, so that no pair is at least as large as another
/// in both.
///
/// ``maximumRank(atLeast:)`` answers "the largest rank of a pair with `x' ≥ x`": it is the rank
/// of the first pair with `x' ≥ x`, since every later pair has a smaller rank. The staircase
/// never holds more pairs than there are distinct ranks, so it stays small when the fronts are
/// few. It works in buffers owned by the caller (one pair per possible rank), which must
/// outlive it, so that sweeps that run thousands of times allocate nothing.
///
/// - Complexity: ``maximumRank(atLeast:)`` O(log k) for k pairs; ``insert(_:rank:)`` O(log k)
///   plus the pairs shifted.
struct BestRankStaircase {
    private let xs: UnsafeMutablePointer<Int32>
    private let ranks: UnsafeMutablePointer<Int32>
    private let capacity: Int
    /// Number of pairs.
    private(set) var count = 0

    /// A staircase in buffers of `capacity` pairs (at least the number of distinct ranks that
    /// will be inserted), which must outlive it.
    init(xs: UnsafeMutablePointer<Int32>, ranks: UnsafeMutablePointer<Int32>, capacity: Int) {
        self.xs = xs
        self.ranks = ranks
        self.capacity = capacity
    }

    /// Removes every pair.
    mutating func removeAll() { count = 0 }

    /// The largest rank of a pair with `x' ≥ x`, or `-1` when there is none.
    @inline(__always)
    func maximumRank(atLeast x: Int32) -> Int32 {
        let xs = self.xs
        let p = partitionPoint(count) { xs[$0] < x }
        return p < count ? ranks[p] : -1
    }

    /// Adds `(x, rank)` unless some pair is at least as large in both, and removes the pairs
    /// it makes redundant.
    mutating func insert(_ x: Int32, rank: Int32) {
        let xs = self.xs
        let p = partitionPoint(count) { xs[$0] < x }
        if p < count && ranks[p] >= rank { return }
        // The pair at p (if x' == x) and the pairs just before p with rank' ≤ rank are covered.
        let end = p < count && xs[p] == x ? p + 1 : p
        var start = p
        while start > 0 && ranks[start - 1] <= rank { start -= 1 }
        let removed = end - start
        if removed != 1 {
            precondition(count - removed + 1 <= capacity, "rank staircase over capacity")
            (xs + start + 1).update(from: xs + end, count: count - end)
            (ranks + start + 1).update(from: ranks + end, count: count - end)
        }
        xs[start] = x
        ranks[start] = rank
        count += 1 - removed
    }

    #if PARETO_CHECK_INVARIANTS
    /// Checks the order; traps on a violation.
    func checkInvariants() {
        for t in 1..<max(1, count) {
            precondition(xs[t - 1] < xs[t] && ranks[t - 1] > ranks[t], "rank staircase out of order at \(t)")
        }
    }
    #endif
}
