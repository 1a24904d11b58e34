/// The pruning filter behind ``separableFrontier(_:lowerBounds:constraints:)``: keeps every point
/// that no other point dominates *by more than a tolerance*, merging exact duplicates.
///
/// Values are oriented for maximization. Point `b` *clearly dominates* `a` when `b ≥ a` in every
/// coordinate and `b[j] − a[j] > tolerance[j]` for at least one coordinate `j`. With zero
/// tolerances this is ordinary Pareto dominance; an infinite tolerance says "this coordinate may
/// tie or be better but never counts as the strict improvement" (used for constraint sums).
///
/// Why a tolerance: floating-point addition is monotone, so adding the same remaining
/// contributions to two partial sums keeps `b ≥ a`, but rounding can close a tiny gap and make the
/// final sums equal. The tolerance is a proven bound on how much the remaining additions can
/// shrink a gap, so a clearly dominated partial sum can never end equal to its dominator.
///
/// Returns the representatives (the first of each run of equal points in the order) in
/// lexicographic descending order, with the summed multiplicities of their runs.
///
/// Implementations: two coordinates, one sweep with two running maxima, O(n log n) for the sort;
/// three coordinates, a sweep with Fenwick trees over the ranks of the second coordinate,
/// O(n log n); otherwise, comparison with every point kept so far, O(n · kept · d).
struct ToleranceMaximalFilter {
    let dimensions: Int
    let tolerance: [Double]

    /// - Parameters:
    ///   - values: Row-major points, `dimensions` per point.
    ///   - multiplicity: One weight per point; runs of equal points are merged by summing.
    /// - Returns: Kept point indices (representatives) and their merged multiplicities.
    func callAsFunction(_ values: [Double], multiplicity: [Double]) -> (kept: [Int], multiplicity: [Double]) {
        let d = dimensions
        let n = values.count / d
        if n == 0 { return ([], []) }
        return values.withUnsafeBufferPointer { v in
            // Lexicographic descending order; the sort is adaptive, so concatenated sorted runs
            // (one per option) merge rather than sort from scratch.
            var order = Array(0..<n)
            order.sort { a, b in
                for j in 0..<d {
                    let x = v[a * d + j], y = v[b * d + j]
                    if x != y { return x > y }
                }
                return false
            }
            // Merge runs of equal points.
            var groups: [Int] = []
            var weights: [Double] = []
            groups.reserveCapacity(n); weights.reserveCapacity(n)
            for i in order {
                if let last = groups.last, (0..<d).allSatisfy({ v[last * d + $0] == v[i * d + $0] }) {
                    weights[weights.count - 1] += multiplicity[i]
                } else {
                    groups.append(i); weights.append(multiplicity[i])
                }
            }
            let keep: [Bool]
            switch d {
            case 2: keep = sweep2(v, groups)
            case 3: keep = sweep3(v, groups)
            default: keep = scan(v, groups)
            }
            var kept: [Int] = [], keptWeights: [Double] = []
            for g in groups.indices where keep[g] {
                kept.append(groups[g]); keptWeights.append(weights[g])
            }
            return (kept, keptWeights)
        }
    }

    /// Two coordinates, points distinct and in lexicographic descending order: every earlier point
    /// has a first coordinate ≥ the current one. `a` is clearly dominated when an earlier point is
    /// higher by more than the tolerance in the second coordinate, or at least as high while ahead
    /// by more than the tolerance in the first (those earlier points form a growing prefix).
    private func sweep2(_ v: UnsafeBufferPointer<Double>, _ g: [Int]) -> [Bool] {
        let tx = tolerance[0], ty = tolerance[1]
        var keep = [Bool](repeating: false, count: g.count)
        var maxY = -Double.infinity, laggedMaxY = -Double.infinity
        var lag = 0
        for (k, a) in g.enumerated() {
            let ax = v[2 * a], ay = v[2 * a + 1]
            while lag < k && v[2 * g[lag]] - ax > tx {
                laggedMaxY = max(laggedMaxY, v[2 * g[lag] + 1]); lag += 1
            }
            keep[k] = !(maxY - ay > ty || laggedMaxY >= ay)
            maxY = max(maxY, ay)
        }
        return keep
    }

    /// Three coordinates, same order. Earlier points all have x ≥ a.x; among them, "max z over
    /// points with y ≥ t" is a Fenwick prefix maximum over descending y ranks. Three questions
    /// cover the three ways to be clearly better: in z (max z over y ≥ a.y exceeds a.z by more
    /// than the tolerance), in y (max z over y > a.y + tolerance is ≥ a.z), in x (the same
    /// question as plain dominance, asked of a second tree holding only points ahead in x by more
    /// than the tolerance).
    private func sweep3(_ v: UnsafeBufferPointer<Double>, _ g: [Int]) -> [Bool] {
        let tx = tolerance[0], ty = tolerance[1], tz = tolerance[2]
        var ys = g.map { v[3 * $0 + 1] }
        ys.sort(by: >)   // descending: rank r ↔ ys[r]; "y ≥ t" is a prefix
        var unique: [Double] = []
        unique.reserveCapacity(ys.count)
        for y in ys where unique.last != y { unique.append(y) }
        let size = unique.count
        /// Number of distinct y values satisfying `predicate` (a prefix of the descending list).
        func prefixLength(_ predicate: (Double) -> Bool) -> Int {
            var lo = 0, hi = size
            while lo < hi {
                let mid = (lo + hi) / 2
                if predicate(unique[mid]) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        var main = [Double](repeating: -.infinity, count: size + 1)
        var lagged = [Double](repeating: -.infinity, count: size + 1)
        func insert(_ tree: inout [Double], _ rank: Int, _ z: Double) {
            var i = rank + 1
            while i <= size { if tree[i] < z { tree[i] = z }; i += i & -i }
        }
        func prefixMax(_ tree: [Double], _ length: Int) -> Double {
            var i = length, m = -Double.infinity
            while i > 0 { m = max(m, tree[i]); i -= i & -i }
            return m
        }
        var rank = [Int](repeating: 0, count: g.count)
        var keep = [Bool](repeating: false, count: g.count)
        var lag = 0
        for (k, a) in g.enumerated() {
            let ax = v[3 * a], ay = v[3 * a + 1], az = v[3 * a + 2]
            while lag < k && v[3 * g[lag]] - ax > tx {
                insert(&lagged, rank[lag], v[3 * g[lag] + 2]); lag += 1
            }
            let atLeastY = prefixLength { $0 >= ay }
            rank[k] = atLeastY - 1
            var clear = prefixMax(main, atLeastY) - az > tz
            if !clear && ty.isFinite {
                clear = prefixMax(main, prefixLength { $0 - ay > ty }) >= az
            }
            if !clear && lag > 0 {
                clear = prefixMax(lagged, atLeastY) >= az
            }
            keep[k] = !clear
            insert(&main, rank[k], az)
        }
        return keep
    }

    /// Any number of coordinates: compare with the points kept so far, most recent first. Checking
    /// kept points suffices: whatever clearly dominates `a` is itself weakly dominated by an
    /// earlier kept point (the lexicographically largest point weakly dominating it), which then
    /// clearly dominates `a` too.
    private func scan(_ v: UnsafeBufferPointer<Double>, _ g: [Int]) -> [Bool] {
        let d = dimensions
        var keep = [Bool](repeating: false, count: g.count)
        var kept: [Int] = []
        for (k, a) in g.enumerated() {
            var clear = false
            for b in kept.reversed() {
                // "Better" here means ahead by more than the tolerance; within it, a tie.
                let ahead = DominanceKernel.dominates(dimensions: d) { j in
                    let gap = v[b * d + j] - v[a * d + j]
                    return gap < 0 ? -1 : (gap > tolerance[j] ? 1 : 0)
                }
                if ahead { clear = true; break }
            }
            if !clear { keep[k] = true; kept.append(a) }
        }
        return keep
    }
}
