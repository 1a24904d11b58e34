/// Assigns every point its non-domination rank: 0 for the frontier, 1 for the frontier of what
/// remains once rank 0 is removed, and so on (the "fronts" of NSGA-II, Deb et al. 2002).
///
/// Use it to layer a point set, for example to see how far a proposal is from the frontier in
/// steps rather than in distance. Dominance is the module's: a point dominates another when it is
/// at least as good in every objective (as oriented by `senses`) and strictly better in one, so
/// equal points never dominate each other and duplicates always share a rank.
///
/// ```swift
/// let points = try PointSet(rows: [[3, 1], [1, 3], [2, 2], [1, 1], [2, 2], [0, 0]])
/// try nonDominatedRanks(points)   // [0, 0, 0, 1, 0, 2]
/// ```
///
/// Algorithms, after turning every objective into one to maximize:
/// - one objective: sort, then count distinct better values;
/// - two objectives: sort by the first objective then the second (both descending), then give each
///   point the first front whose most recent member does not dominate it, found by binary search
///   over the fronts (Jensen 2003's idea for two objectives);
/// - three or more: the efficient non-dominated sort with sequential search, ENS-SS (Zhang, Tian,
///   Cheng & Jin 2015): points in lexicographic order can only be dominated by earlier points, so
///   each point goes to the first front none of whose members dominates it, members checked from
///   the most recently added.
///
/// - Parameters:
///   - points: The points to rank.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: One rank per point, in input order. Empty input gives `[]`.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `senses` has the wrong length.
/// - Complexity: O(n log n) for one or two objectives; for d ≥ 3 objectives, O(n log n · d) to sort
///   plus O(d · n²) comparisons in the worst case (all points mutually non-dominated), typically far
///   fewer because a dominated point is usually caught by a recent member of an early front.
public func nonDominatedRanks(
    _ points: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> [Int] {
    let senses = try points.resolvedSenses(senses)
    let n = points.count, d = points.dimensions
    if n == 0 { return [] }
    // Orient so that every objective is maximized; negation is exact.
    var oriented = points.values
    for i in 0..<n {
        for j in 0..<d where senses[j] == .minimize { oriented[i * d + j] = -oriented[i * d + j] }
    }
    switch d {
    case 1: return ranksOneObjective(oriented)
    case 2: return ranksTwoObjectives(oriented, count: n)
    default: return ranksEfficientNonDominatedSort(oriented, count: n, dimensions: d)
    }
}

/// The indices of each non-domination front: element 0 is the frontier, element 1 the next front,
/// and so on. Indices are ascending within each front; every point appears exactly once.
///
/// ```swift
/// let points = try PointSet(rows: [[3, 1], [1, 3], [2, 2], [1, 1], [2, 2], [0, 0]])
/// try nonDominatedFronts(points)   // [[0, 1, 2, 4], [3], [5]]
/// ```
///
/// - Parameters:
///   - points: The points to sort into fronts.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: The fronts, best first. Empty input gives `[]`.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `senses` has the wrong length.
/// - Complexity: That of ``nonDominatedRanks(_:senses:)`` plus O(n).
public func nonDominatedFronts(
    _ points: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> [[Int]] {
    let ranks = try nonDominatedRanks(points, senses: senses)
    var fronts: [[Int]] = Array(repeating: [], count: (ranks.max() ?? -1) + 1)
    for (i, r) in ranks.enumerated() { fronts[r].append(i) }
    return fronts
}

// MARK: - Implementations (values already oriented for maximization)

/// One objective: the rank is the number of distinct values strictly greater.
private func ranksOneObjective(_ v: [Double]) -> [Int] {
    let order = v.indices.sorted { v[$0] > v[$1] }
    var ranks = [Int](repeating: 0, count: v.count)
    var rank = 0
    for (position, i) in order.enumerated() {
        if position > 0 && v[i] < v[order[position - 1]] { rank += 1 }
        ranks[i] = rank
    }
    return ranks
}

/// Two objectives in O(n log n).
///
/// Points are processed by first objective descending, ties by second descending, so a point can
/// only be dominated by points processed before it. Within a front the second objective never
/// decreases in processing order, so the front's most recent member has its largest second value:
/// the front dominates the new point `q` exactly when that member's second value exceeds `q`'s,
/// or equals it while its first value is larger (an equal point is a duplicate and does not
/// dominate). Whether front `k` dominates `q` is monotone in `k` (a dominator in a later front is
/// itself dominated by a member of every earlier front), so binary search finds the first front
/// that does not.
private func ranksTwoObjectives(_ v: [Double], count n: Int) -> [Int] {
    let order = (0..<n).sorted { a, b in
        let xa = v[2 * a], xb = v[2 * b]
        return xa != xb ? xa > xb : v[2 * a + 1] > v[2 * b + 1]
    }
    var lastX: [Double] = [], lastY: [Double] = []   // the most recent member of each front
    var ranks = [Int](repeating: 0, count: n)
    for i in order {
        let x = v[2 * i], y = v[2 * i + 1]
        var lo = 0, hi = lastY.count   // first front that does not dominate (x, y)
        while lo < hi {
            let mid = (lo + hi) / 2
            let dominates = lastY[mid] > y || (lastY[mid] == y && lastX[mid] != x)
            if dominates { lo = mid + 1 } else { hi = mid }
        }
        if lo == lastY.count {
            lastX.append(x); lastY.append(y)
        } else {
            lastX[lo] = x; lastY[lo] = y
        }
        ranks[i] = lo
    }
    return ranks
}

/// ENS-SS for three or more objectives.
///
/// After a lexicographic descending sort, a later point never dominates an earlier one, and an
/// earlier point that differs from `q` dominates it exactly when it is at least as large in every
/// objective. Runs of equal points are ranked once.
private func ranksEfficientNonDominatedSort(_ v: [Double], count n: Int, dimensions d: Int) -> [Int] {
    let order = (0..<n).sorted { a, b in
        for j in 0..<d {
            let x = v[a * d + j], y = v[b * d + j]
            if x != y { return x > y }
        }
        return false
    }
    var ranks = [Int](repeating: 0, count: n)
    var fronts: [[Int]] = []
    v.withUnsafeBufferPointer { v in
        func weaklyBetter(_ a: Int, _ b: Int) -> Bool {
            // The first objective is already ordered by the sort.
            for j in 1..<d where v[a * d + j] < v[b * d + j] { return false }
            return true
        }
        func equal(_ a: Int, _ b: Int) -> Bool {
            for j in 0..<d where v[a * d + j] != v[b * d + j] { return false }
            return true
        }
        var previous = -1
        for q in order {
            if previous >= 0 && equal(previous, q) {
                ranks[q] = ranks[previous]
                continue
            }
            previous = q
            var k = 0
            while k < fronts.count {
                var dominated = false
                for member in fronts[k].reversed() where weaklyBetter(member, q) {
                    dominated = true
                    break
                }
                if !dominated { break }
                k += 1
            }
            if k == fronts.count { fronts.append([q]) } else { fronts[k].append(q) }
            ranks[q] = k
        }
    }
    return ranks
}
