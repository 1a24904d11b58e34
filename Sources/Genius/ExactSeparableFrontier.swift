/// The exact frontier of an additive problem without enumerating outcomes.
///
/// `table[issue][value][party]` holds natural numbers; an outcome's vector is the sum of its
/// values' rows, and larger is better for every party. Issues are merged one at a time: the
/// partial sums of the first issues are extended by every value of the next issue, and only the
/// non-dominated ones are kept (``nonDominatedGroups(_:dimensions:counts:)``), with equal partial
/// sums merged into one carrying their number of prefixes. Dropping a dominated partial sum loses
/// nothing: whatever completes it completes its dominator to a dominating outcome. So every
/// prefix of a frontier outcome survives, counts add up exactly, and since candidates are formed
/// in the lexicographic order of their prefixes the first prefix of each partial sum is kept as
/// its representative, making each point's `choices` the first outcome reaching it.
///
/// Values of an issue with equal rows are one class: it is extended once, with its first value,
/// and multiplies counts by its size.
///
/// Returns the points in no particular order, or `nil` when the candidates formed would exceed
/// `candidateBudget` (checked before each issue, so little work is wasted). A domain without
/// issues has one point (the empty outcome, sums 0); an issue without values leaves none.
///
/// - Complexity: Per issue, one filter on (kept partial sums) × (value classes) candidates, O(C log C)
///   for two or three parties; the kept partial sums are the frontier of the first issues. Memory
///   O(issues × kept) for the representatives.
func exactSeparableFrontier<V: ExactSum>(
    _ table: [[[V]]], parties d: Int, candidateBudget: Int = .max
) -> [ExactFrontierPoint]? {
    let m = table.count
    var sums = [V](repeating: .zero, count: d)   // one state: the empty prefix
    var counts = [BigNatural(1)]
    var parents: [[Int32]] = [], options: [[Int32]] = []
    parents.reserveCapacity(m); options.reserveCapacity(m)
    var formed = 0
    for issue in 0..<m {
        // Value classes: first value and size, in order of first value.
        var classOf: [[V]: Int] = [:]
        var classes: [(first: Int, size: Int)] = []
        for (v, row) in table[issue].enumerated() {
            if let c = classOf[row] { classes[c].size += 1 } else { classOf[row] = classes.count; classes.append((v, 1)) }
        }
        let states = counts.count
        let (product, overflow) = states.multipliedReportingOverflow(by: classes.count)
        formed = overflow ? .max : formed.addingReportingOverflow(product).overflow ? .max : formed + product
        if formed > candidateBudget { return nil }
        var candidates: [V] = [], candidateCounts: [BigNatural] = []
        candidates.reserveCapacity(states * classes.count * d)
        candidateCounts.reserveCapacity(states * classes.count)
        for s in 0..<states {
            for c in classes {
                let row = table[issue][c.first]
                for j in 0..<d { candidates.append(sums[s * d + j] + row[j]) }
                candidateCounts.append(c.size == 1 ? counts[s] : counts[s] * BigNatural(c.size))
            }
        }
        let groups = nonDominatedGroups(candidates, dimensions: d, counts: candidateCounts)
        var nextSums: [V] = [], nextCounts: [BigNatural] = []
        var parent: [Int32] = [], option: [Int32] = []
        nextSums.reserveCapacity(groups.count * d)
        for g in groups {
            nextSums.append(contentsOf: candidates[g.index * d ..< (g.index + 1) * d])
            nextCounts.append(g.count)
            parent.append(Int32(g.index / classes.count))
            option.append(Int32(classes[g.index % classes.count].first))
        }
        sums = nextSums; counts = nextCounts
        parents.append(parent); options.append(option)
    }
    return counts.indices.map { leaf in
        var choices = [Int](repeating: 0, count: m), node = leaf
        for issue in stride(from: m - 1, through: 0, by: -1) {
            choices[issue] = Int(options[issue][node])
            node = Int(parents[issue][node])
        }
        return ExactFrontierPoint(choices: choices, sums: sums[leaf * d ..< (leaf + 1) * d].map(\.natural), count: counts[leaf])
    }
}
