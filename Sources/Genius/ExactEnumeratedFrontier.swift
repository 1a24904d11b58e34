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
    let counter = MixedRadixCounter(radices: table.map(\.count))
    guard counter.outcomeCount > 0 else { return [] }
    let utilities = additiveOutcomeSums(table, parties: d, zero: V.zero, +)
    return nonDominatedGroups(utilities, dimensions: d, counts: nil).map { g in
        let choices = counter.digits(of: g.index)
        return ExactFrontierPoint(choices: choices, sums: utilities[g.index * d ..< (g.index + 1) * d].map(\.natural), count: g.count)
    }
}
