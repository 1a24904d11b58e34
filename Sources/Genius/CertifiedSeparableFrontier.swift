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
/// Returns `nil` when the candidates would exceed `candidateBudget`.
func certifiedSeparableFrontier(
    _ utilities: CertifiedUtilities, exact: LazyExactUtilities, candidateBudget: Int = .max
) -> [CertifiedFrontierPoint]? {
    let table = utilities.table
    let m = table.count, d = utilities.threshold.count
    var sums = [Double](repeating: 0, count: d)   // one state: the empty prefix
    var counts = [BigNatural(1)]
    var prefixRank = [0]
    var parents: [[Int32]] = [], options: [[Int32]] = []
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
    var formed = 0
    for issue in 0..<m {
        let rows = table[issue]
        // Value classes: rows equal in doubles and exactly.
        var classOf: [[Double]: [Int]] = [:]
        var classes: [(first: Int, size: Int)] = []
        for (v, row) in rows.enumerated() {
            let same = classOf[row]?.first { exact.table.numerators[issue][classes[$0].first] == exact.table.numerators[issue][v] }
            if let c = same { classes[c].size += 1 } else { classOf[row, default: []].append(classes.count); classes.append((v, 1)) }
        }
        // Drop classes dominated within the issue: an outcome using one is dominated by the
        // same outcome with the dominating value, so it has no frontier outcome.
        if classes.count > 1 {
            let classRows = classes.flatMap { rows[$0.first] }
            let keys = Array(classes.indices)
            let kept = certifiedNonDominatedGroups(
                classRows, dimensions: d, threshold: utilities.threshold, counts: nil, key: keys, layout: keys
            ) { a, b, p in
                sign(exact.table.numerators[issue][classes[a].first][p], exact.table.numerators[issue][classes[b].first][p])
            }
            classes = kept.map(\.index).sorted().map { classes[$0] }
        }
        let states = counts.count, k = classes.count
        let (product, overflow) = states.multipliedReportingOverflow(by: k)
        formed = overflow ? .max : formed.addingReportingOverflow(product).overflow ? .max : formed + product
        if formed > candidateBudget { return nil }
        let n = states * k
        var candidates = [Double](repeating: 0, count: n * d)
        var candidateCounts = [BigNatural](repeating: .zero, count: n)
        var key = [Int](repeating: 0, count: n)
        var layout = [Int]()
        layout.reserveCapacity(n)
        for (c, cls) in classes.enumerated() {
            let row = rows[cls.first]
            let size = BigNatural(cls.size)
            for s in 0..<states {
                let i = s * k + c
                for j in 0..<d { candidates[i * d + j] = sums[s * d + j] + row[j] }
                candidateCounts[i] = cls.size == 1 ? counts[s] : counts[s] * size
                key[i] = prefixRank[s] * k + c
                layout.append(i)
            }
        }
        memo.append([:])
        let level = issue
        let groups = certifiedNonDominatedGroups(
            candidates, dimensions: d, threshold: utilities.threshold, counts: candidateCounts, key: key,
            layout: layout
        ) { a, b, p in
            let xa = exactState(level - 1, a / k)[p] + exact.table.numerators[level][classes[a % k].first][p]
            let xb = exactState(level - 1, b / k)[p] + exact.table.numerators[level][classes[b % k].first][p]
            return sign(xa, xb)
        }
        var nextSums: [Double] = [], nextCounts: [BigNatural] = []
        var parent: [Int32] = [], option: [Int32] = []
        nextSums.reserveCapacity(groups.count * d)
        nextCounts.reserveCapacity(groups.count)
        for g in groups {
            nextSums.append(contentsOf: candidates[g.index * d ..< (g.index + 1) * d])
            nextCounts.append(g.count)
            parent.append(Int32(g.index / k))
            option.append(Int32(classes[g.index % k].first))
        }
        let byKey = groups.indices.sorted { key[groups[$0].index] < key[groups[$1].index] }
        var rank = [Int](repeating: 0, count: groups.count)
        for (r, g) in byKey.enumerated() { rank[g] = r }
        sums = nextSums; counts = nextCounts; prefixRank = rank
        parents.append(parent); options.append(option)
    }
    return counts.indices.map { leaf in
        var choices = [Int](repeating: 0, count: m), node = leaf
        for issue in stride(from: m - 1, through: 0, by: -1) {
            choices[issue] = Int(options[issue][node])
            node = Int(parents[issue][node])
        }
        return CertifiedFrontierPoint(choices: choices, utilities: Array(sums[leaf * d ..< (leaf + 1) * d]), count: counts[leaf])
    }
}

/// The exact frontier of an additive problem by visiting every outcome in doubles (prefix sums
/// along an odometer, the same left fold as the separable merge) and deciding near ties exactly:
/// the certified counterpart of ``exactEnumeratedFrontier(_:parties:)``.
func certifiedEnumeratedFrontier(_ utilities: CertifiedUtilities, exact: LazyExactUtilities) -> [CertifiedFrontierPoint] {
    let table = utilities.table
    let d = utilities.threshold.count
    let radices = table.map(\.count)
    let n = radices.reduce(1, *)
    guard n > 0 else { return [] }
    let k = radices.count
    var values = [Double](repeating: 0, count: n * d)
    var digits = [Int](repeating: 0, count: k)
    var prefix = [Double](repeating: 0, count: (k + 1) * d)
    func refresh(from level: Int) {
        for i in level..<k {
            for p in 0..<d { prefix[(i + 1) * d + p] = prefix[i * d + p] + table[i][digits[i]][p] }
        }
    }
    refresh(from: 0)
    for outcome in 0..<n {
        for p in 0..<d { values[outcome * d + p] = prefix[k * d + p] }
        var level = k - 1
        while level >= 0 {
            digits[level] += 1
            if digits[level] < radices[level] { break }
            digits[level] = 0
            level -= 1
        }
        if level >= 0 { refresh(from: level) }
    }
    func choices(_ index: Int) -> [Int] {
        var c = [Int](repeating: 0, count: k), rest = index
        for i in stride(from: k - 1, through: 0, by: -1) { c[i] = rest % radices[i]; rest /= radices[i] }
        return c
    }
    let all = Array(0..<n)
    let groups = certifiedNonDominatedGroups(
        values, dimensions: d, threshold: utilities.threshold, counts: nil, key: all, layout: all
    ) { a, b, p in
        sign(exact.sums(choices(a))[p], exact.sums(choices(b))[p])
    }
    return groups.map { g in
        CertifiedFrontierPoint(choices: choices(g.index), utilities: Array(values[g.index * d ..< (g.index + 1) * d]), count: g.count)
    }
}
