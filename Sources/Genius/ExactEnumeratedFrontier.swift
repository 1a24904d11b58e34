/// The exact frontier of an additive problem by visiting every outcome: the independent check
/// of ``exactSeparableFrontier(_:parties:)``, and the faster method when the frontier of the
/// first issues is large compared with the number of outcomes.
///
/// `table[issue][value][party]` as for the separable method. Outcome sums are formed along an
/// odometer (the last issue fastest) with prefix sums, then filtered by
/// ``nonDominatedGroups(_:dimensions:counts:)``; each group's first outcome is its representative.
/// The caller bounds the number of outcomes. Returns the points in no particular order.
///
/// - Complexity: O(N·(k + p)) for N outcomes, k issues and p parties, plus the filter on N
///   points; O(N·p) memory.
func exactEnumeratedFrontier<V: ExactSum>(_ table: [[[V]]], parties d: Int) -> [ExactFrontierPoint] {
    let radices = table.map(\.count)
    let n = radices.reduce(1, *)
    guard n > 0 else { return [] }
    let k = radices.count
    var utilities = [V](repeating: .zero, count: n * d)
    var digits = [Int](repeating: 0, count: k)
    var prefix = [V](repeating: .zero, count: (k + 1) * d)   // prefix[(i + 1)·d + p] = Σ_{j ≤ i}
    func refresh(from level: Int) {
        for i in level..<k {
            for p in 0..<d { prefix[(i + 1) * d + p] = prefix[i * d + p] + table[i][digits[i]][p] }
        }
    }
    refresh(from: 0)
    for outcome in 0..<n {
        for p in 0..<d { utilities[outcome * d + p] = prefix[k * d + p] }
        var level = k - 1
        while level >= 0 {
            digits[level] += 1
            if digits[level] < radices[level] { break }
            digits[level] = 0
            level -= 1
        }
        if level >= 0 { refresh(from: level) }
    }
    return nonDominatedGroups(utilities, dimensions: d, counts: nil).map { g in
        var choices = [Int](repeating: 0, count: k), rest = g.index
        for i in stride(from: k - 1, through: 0, by: -1) {
            choices[i] = rest % radices[i]
            rest /= radices[i]
        }
        return ExactFrontierPoint(choices: choices, sums: utilities[g.index * d ..< (g.index + 1) * d].map(\.natural), count: g.count)
    }
}
