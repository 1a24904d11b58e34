/// The Pareto dominance test, written once for every filter, sort and indicator of the package.
///
/// The scalar forms take the number of coordinates and a closure that compares coordinate `j`
/// of the first point with coordinate `j` of the second: positive when the first is better,
/// negative when it is worse, zero when they are equal. Callers supply that comparison in their
/// own terms (oriented doubles read through ``OrientedPoints``, exact integers, tolerances with
/// an exact fallback), so the rule itself (what dominates, what covers, when equal points are
/// neither) lives here alone. The vector forms compare oriented doubles four lanes at a time.
///
/// Semantics, for points `a` and `b`:
/// - `a` **covers** `b` (weak dominance) when no coordinate of `a` is worse; equal points cover
///   each other.
/// - `a` **dominates** `b` when `a` covers `b` and some coordinate of `a` is better; equal points
///   do not dominate each other, so every copy of a non-dominated point is non-dominated.
/// - A comparison involving NaN is neither better nor worse (IEEE `<` and `>` are both false),
///   so NaN coordinates count as ties; the public entry points reject NaN before they get here.
///
/// Every function is `@inlinable` and forced inline, so the closure disappears into the
/// caller's loop and the test costs what the loop written out by hand would.
@usableFromInline
package enum DominanceKernel {
    /// `+1` when `x > y`, `-1` when `x < y`, `0` otherwise (equal, or either is NaN).
    @inlinable @inline(__always)
    package static func order(_ x: Double, _ y: Double) -> Int {
        x > y ? 1 : (x < y ? -1 : 0)
    }

    /// How `a` compares with `b` under Pareto dominance.
    ///
    /// - Parameters:
    ///   - d: The number of coordinates.
    ///   - order: `order(j)` compares coordinate `j` of `a` with that of `b` (sign as above).
    /// - Complexity: O(d); stops at the first coordinate where each point has been better once.
    @inlinable @inline(__always)
    package static func relation(dimensions d: Int, _ order: (Int) -> Int) -> DominanceRelation {
        var aBetter = false, bBetter = false
        for j in 0..<d {
            let c = order(j)
            if c > 0 { aBetter = true } else if c < 0 { bBetter = true }
            if aBetter && bBetter { return .incomparable }
        }
        return aBetter ? .dominates : (bBetter ? .dominated : .equal)
    }

    /// Whether `a` dominates `b`: no coordinate worse, one better.
    ///
    /// - Complexity: O(d); stops at the first coordinate where `a` is worse.
    @inlinable @inline(__always)
    package static func dominates(dimensions d: Int, _ order: (Int) -> Int) -> Bool {
        var better = false
        for j in 0..<d {
            let c = order(j)
            if c < 0 { return false }
            if c > 0 { better = true }
        }
        return better
    }

    /// Whether `a` covers `b` (weak dominance): no coordinate of `a` is worse.
    ///
    /// - Complexity: O(d); stops at the first coordinate where `a` is worse.
    @inlinable @inline(__always)
    package static func covers(dimensions d: Int, _ order: (Int) -> Int) -> Bool {
        for j in 0..<d where order(j) < 0 { return false }
        return true
    }

    /// Whether `a` covers `b` and, if it does, whether it dominates: `nil` when some coordinate
    /// of `a` is worse, `false` when the points are equal, `true` when `a` dominates `b`. One
    /// pass for callers that treat a covering copy differently from a dominator.
    ///
    /// - Complexity: O(d); stops at the first coordinate where `a` is worse.
    @inlinable @inline(__always)
    package static func coverage(dimensions d: Int, _ order: (Int) -> Int) -> Bool? {
        var better = false
        for j in 0..<d {
            let c = order(j)
            if c < 0 { return nil }
            if c > 0 { better = true }
        }
        return better
    }

    /// Whether `a` dominates `b`, four oriented coordinates at once (unused lanes equal in both,
    /// for instance −∞).
    ///
    /// Written on the lane differences: `a − b` is negative exactly where `a < b` and positive
    /// exactly where `a > b` (the difference of two different finite doubles is never zero;
    /// equal lanes give `+0`, or NaN for −∞ − −∞, and NaN compares false both ways). Two
    /// reductions over one vector compile to fewer instructions than
    /// `all(a .>= b) && any(a .> b)`.
    @inlinable @inline(__always)
    package static func dominates(_ a: SIMD4<Double>, _ b: SIMD4<Double>) -> Bool {
        let difference = a - b
        return !any(difference .< 0) && any(difference .> 0)
    }

    /// Whether `a` covers `b`, four oriented coordinates at once: no lane of `a` below `b`'s
    /// (NaN lanes count as ties).
    @inlinable @inline(__always)
    package static func covers(_ a: SIMD4<Double>, _ b: SIMD4<Double>) -> Bool {
        !any(a .< b)
    }

    /// Whether the point stored as `chunks` vectors at `a` dominates the one at `b` (unused
    /// lanes of the last vector equal in both).
    ///
    /// - Complexity: O(chunks); stops at the first vector with a lane where `a` is worse.
    @inlinable @inline(__always)
    package static func dominates(
        _ a: UnsafePointer<SIMD4<Double>>, _ b: UnsafePointer<SIMD4<Double>>, chunks: Int
    ) -> Bool {
        var better = false
        for c in 0..<chunks {
            let difference = a[c] - b[c]
            if any(difference .< 0) { return false }
            if any(difference .> 0) { better = true }
        }
        return better
    }

    /// Whether `a` covers `b` and whether `b` covers `a`, for two rows of `k` oriented doubles:
    /// four coordinates per vector comparison, then the rest one by one.
    ///
    /// - Complexity: O(k), without early exit (the vector loop has no branch).
    @inlinable @inline(__always)
    package static func mutualCover(
        _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count k: Int
    ) -> (aCoversB: Bool, bCoversA: Bool) {
        var aBelow = SIMDMask<SIMD4<Int64>>(repeating: false), bBelow = aBelow
        var j = 0
        while j &+ 4 <= k {
            let va = UnsafeRawPointer(a + j).loadUnaligned(as: SIMD4<Double>.self)
            let vb = UnsafeRawPointer(b + j).loadUnaligned(as: SIMD4<Double>.self)
            aBelow .|= va .< vb
            bBelow .|= vb .< va
            j &+= 4
        }
        var aLow = any(aBelow), bLow = any(bBelow)
        while j < k {
            aLow = aLow || a[j] < b[j]
            bLow = bLow || b[j] < a[j]
            j &+= 1
        }
        return (!aLow, !bLow)
    }
}
