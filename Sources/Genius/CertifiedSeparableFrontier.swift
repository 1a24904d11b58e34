/// One point of a frontier found by the certified methods: the first outcome reaching it, its
/// utilities summed in doubles in issue order along that outcome, and its exact number of outcomes.
struct CertifiedFrontierPoint {
    let choices: [Int]
    let utilities: [Double]
    let count: BigNatural
}

/// The exact frontier of an additive problem by the separable merge on doubles, deciding
/// near ties exactly: the same points as ``exactSeparableFrontier(_:parties:candidateBudget:)``
/// on the exact integer sums (same groups, counts and first outcomes), at the cost of double
/// arithmetic.
///
/// Issues are merged one at a time as there; each level's candidates go through
/// ``certifiedNonDominatedGroups(_:dimensions:threshold:counts:key:layout:exact:)``, which
/// compares doubles unless two values are within ``CertifiedUtilities/threshold`` of each other,
/// and then asks the exact sums: a kept partial sum's exact sums are formed on demand from its
/// back-pointers (memoised) and ``LazyExactUtilities`` builds the exact table only if some
/// comparison needs it. Values of an issue form one class when their double rows are equal and
/// their exact rows too, and classes dominated within their issue are dropped. Kept partial sums are stored in exact lexicographic descending order, so
/// each value's candidates form a sorted run; their prefix order (which decides the first
/// outcome) is tracked separately.
///
/// Counts are carried in `UInt64` and the merge starts again on ``BigNatural`` if one overflows.
/// One level's buffers are reused by the next.
///
/// Returns `nil` when the candidates would exceed `candidateBudget`.
func certifiedSeparableFrontier(
    _ utilities: CertifiedUtilities, exact: LazyExactUtilities, candidateBudget: Int = .max
) -> [CertifiedFrontierPoint]? {
    switch certifiedMerge(utilities, exact: exact, candidateBudget: candidateBudget, counting: UInt64.self) {
    case let .points(points): return points
    case .overBudget: return nil
    case .overflow: break
    }
    switch certifiedMerge(utilities, exact: exact, candidateBudget: candidateBudget, counting: BigNatural.self) {
    case let .points(points): return points
    case .overBudget: return nil
    case .overflow: preconditionFailure("BigNatural counts do not overflow")
    }
}

/// What one run of the merge gives.
private enum MergeResult {
    case points([CertifiedFrontierPoint])
    case overBudget
    /// A count did not fit in the count type.
    case overflow
}

/// The value classes of one issue: values whose double rows are equal and whose exact rows are
/// equal too, each as its first value and its size, in order of first value. Sorting the rows
/// (rather than hashing them) keeps the exact rows untouched unless two double rows are equal.
private func valueClasses(
    _ rows: [[Double]], issue: Int, exact: LazyExactUtilities
) -> [(first: Int, size: Int)] {
    let order = rows.indices.sorted { a, b in
        rows[a].lexicographicallyPrecedes(rows[b]) || (rows[a] == rows[b] && a < b)
    }
    var classes: [(first: Int, size: Int)] = []
    var runStart = 0
    for (i, v) in order.enumerated() {
        if i > 0 && rows[order[i - 1]] != rows[v] { runStart = classes.count }
        // Classes of this run of equal double rows start at runStart; a match needs equal exact rows.
        var match: Int?
        if runStart < classes.count {
            let numerators = exact.table.numerators[issue]
            match = (runStart..<classes.count).first { numerators[classes[$0].first] == numerators[v] }
        }
        if let c = match { classes[c].size += 1 } else { classes.append((v, 1)) }
    }
    classes.sort { $0.first < $1.first }
    return classes
}

private func certifiedMerge<C: FrontierCount>(
    _ utilities: CertifiedUtilities, exact: LazyExactUtilities, candidateBudget: Int, counting: C.Type
) -> MergeResult {
    let table = utilities.table
    let m = table.count, d = utilities.threshold.count
    var sums = [Double](repeating: 0, count: d)   // one state: the empty prefix
    var counts: [C] = [.unit]
    var prefixRank = [0]
    var parents: [[Int32]] = [], options: [[Int32]] = []
    parents.reserveCapacity(m); options.reserveCapacity(m)
    // memo[level][state]: exact integer sums of a kept partial sum of issues 0...level.
    var memo: [[Int: [BigNatural]]] = []
    func exactState(_ level: Int, _ s: Int) -> [BigNatural] {
        if level < 0 { return [BigNatural](repeating: .zero, count: d) }
        if let x = memo[level][s] { return x }
        let base = exactState(level - 1, Int(parents[level][s]))
        let row = exact.table.numerators[level][Int(options[level][s])]
        let x = (0..<d).map { base[$0] + row[$0] }
        memo[level][s] = x
        return x
    }
    // Buffers reused from level to level.
    var candidates: [Double] = [], candidateCounts: [C] = [], key: [Int] = [], layout: [Int] = []
    var nextSums: [Double] = [], nextCounts: [C] = [], slot: [Int32] = []
    var formed = 0
    for issue in 0..<m {
        let rows = table[issue]
        var classes = valueClasses(rows, issue: issue, exact: exact)
        // Drop classes dominated within the issue: an outcome using one is dominated by the
        // same outcome with the dominating value, so it has no frontier outcome.
        if classes.count > 1 {
            let classRows = classes.flatMap { rows[$0.first] }
            let keys = Array(classes.indices)
            let kept = certifiedNonDominatedGroups(
                classRows, dimensions: d, threshold: utilities.threshold, counts: nil as [UInt64]?, key: keys, layout: keys
            ) { a, b, p in
                sign(exact.table.numerators[issue][classes[a].first][p], exact.table.numerators[issue][classes[b].first][p])
            }!
            classes = kept.map(\.index).sorted().map { classes[$0] }
        }
        let states = counts.count, k = classes.count
        let (product, overflow) = states.multipliedReportingOverflow(by: k)
        formed = overflow ? .max : formed.addingReportingOverflow(product).overflow ? .max : formed + product
        if formed > candidateBudget { return .overBudget }
        let n = states * k
        candidates.removeAll(keepingCapacity: true)
        candidates.reserveCapacity(n * d)
        candidateCounts.removeAll(keepingCapacity: true)
        candidateCounts.reserveCapacity(n)
        // Candidate i = s·k + c: laid out class by class (each class a run over the states).
        key.removeAll(keepingCapacity: true)
        key.reserveCapacity(n)
        layout.removeAll(keepingCapacity: true)
        layout.reserveCapacity(n)
        for s in 0..<states {
            let base = s * d, rank = prefixRank[s] * k
            for (c, cls) in classes.enumerated() {
                let row = rows[cls.first]
                for j in 0..<d { candidates.append(sums[base + j] + row[j]) }
                if cls.size == 1 {
                    candidateCounts.append(counts[s])
                } else {
                    guard let x = counts[s].multiplied(by: cls.size) else { return .overflow }
                    candidateCounts.append(x)
                }
                key.append(rank + c)
            }
        }
        for c in 0..<k { for s in 0..<states { layout.append(s * k + c) } }
        memo.append([:])
        let level = issue
        guard let groups = certifiedNonDominatedGroups(
            candidates, dimensions: d, threshold: utilities.threshold, counts: candidateCounts, key: key,
            layout: layout, exact: { a, b, p in
            let xa = exactState(level - 1, a / k)[p] + exact.table.numerators[level][classes[a % k].first][p]
            let xb = exactState(level - 1, b / k)[p] + exact.table.numerators[level][classes[b % k].first][p]
            return sign(xa, xb)
        }) else { return .overflow }
        nextSums.removeAll(keepingCapacity: true)
        nextSums.reserveCapacity(groups.count * d)
        nextCounts.removeAll(keepingCapacity: true)
        nextCounts.reserveCapacity(groups.count)
        var parent = [Int32](), option = [Int32]()
        parent.reserveCapacity(groups.count); option.reserveCapacity(groups.count)
        for g in groups {
            let i = g.index
            for j in 0..<d { nextSums.append(candidates[i * d + j]) }
            nextCounts.append(g.count)
            parent.append(Int32(i / k))
            option.append(Int32(classes[i % k].first))
        }
        // Prefix ranks of the kept partial sums: their keys are distinct and below n, so one
        // pass over a slot per key orders them (no sort).
        slot.removeAll(keepingCapacity: true)
        slot.append(contentsOf: repeatElement(-1, count: n))
        for (r, g) in groups.enumerated() { slot[key[g.index]] = Int32(r) }
        prefixRank.removeAll(keepingCapacity: true)
        prefixRank.append(contentsOf: repeatElement(0, count: groups.count))
        var next = 0
        for s in slot where s >= 0 { prefixRank[Int(s)] = next; next += 1 }
        swap(&sums, &nextSums); swap(&counts, &nextCounts)
        parents.append(parent); options.append(option)
    }
    return .points(counts.indices.map { leaf in
        var choices = [Int](repeating: 0, count: m), node = leaf
        for issue in stride(from: m - 1, through: 0, by: -1) {
            choices[issue] = Int(options[issue][node])
            node = Int(parents[issue][node])
        }
        return CertifiedFrontierPoint(choices: choices, utilities: Array(sums[leaf * d ..< (leaf + 1) * d]), count: counts[leaf].natural)
    })
}

/// The exact frontier of an additive problem by visiting every outcome in doubles (prefix sums
/// along an odometer, the same left fold as the separable merge) and deciding near ties exactly:
/// the certified counterpart of ``exactEnumeratedFrontier(_:parties:)``.
func certifiedEnumeratedFrontier(_ utilities: CertifiedUtilities, exact: LazyExactUtilities) -> [CertifiedFrontierPoint] {
    let table = utilities.table
    let d = utilities.threshold.count
    let counter = MixedRadixCounter(radices: table.map(\.count))
    let n = counter.outcomeCount
    guard n > 0 else { return [] }
    let values = additiveOutcomeSums(table, parties: d, zero: 0.0, +)
    let choices = counter.digits(of:)
    let all = Array(0..<n)
    let groups = certifiedNonDominatedGroups(
        values, dimensions: d, threshold: utilities.threshold, counts: nil as [UInt64]?, key: all, layout: all
    ) { a, b, p in
        sign(exact.sums(choices(a))[p], exact.sums(choices(b))[p])
    }!
    return groups.map { g in
        CertifiedFrontierPoint(choices: choices(g.index), utilities: Array(values[g.index * d ..< (g.index + 1) * d]), count: BigNatural(g.count))
    }
}
