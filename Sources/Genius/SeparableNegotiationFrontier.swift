import Pareto

/// The frontier of an additive problem with the exact separable algorithm, in the same form as
/// ``enumeratedFrontier(contributions:parties:)``: the same utility vectors bit for bit, the same
/// multiplicities, the same representatives (the first outcome in enumeration order), sorted by
/// utilities ascending.
///
/// ``separableFrontier(_:lowerBounds:constraints:)`` returns one outcome per frontier vector, not
/// necessarily the first. It is turned into the first one in two steps:
///
/// 1. *Interchangeable values.* Values of an issue with the same contribution for every party
///    can be swapped without changing any sum (the additions are the same), so each choice is
///    replaced by the lowest-indexed value of its class. When the vector's multiplicity equals the
///    number of such swaps (the product of the class sizes), these are all its outcomes and the
///    result is the first.
/// 2. *Otherwise* (different values of several issues add up to the same vector), issue by
///    issue, each value below the current choice is tried, in order: the separable frontier of
///    the outcomes that start with the fixed prefix and that value, bounded below by the vector,
///    is non-empty exactly when such an outcome reaches the vector (nothing else on it can meet
///    the bound, since it would dominate a frontier vector). The first value that succeeds is
///    kept, with the outcome that run found.
///
/// - Complexity: One separable run, plus for each entry that needs step 2 at most
///   Σᵢ (choiceᵢ) bounded separable runs over the remaining issues.
func separableEntries(
    contributions table: [[[Double]]], parties: Int, lowerBounds: [Double]?
) throws(ParetoError) -> [NegotiationFrontier.Entry] {
    // Degenerate domains: no issues (one empty outcome) or an issue without values (none).
    if table.isEmpty {
        let entries = try enumeratedFrontier(contributions: table, parties: parties)
        guard let lowerBounds else { return entries }
        return entries.filter { zip($0.utilities, lowerBounds).allSatisfy { $0 >= $1 } }
    }
    if table.contains(where: \.isEmpty) { return [] }

    let problem = try SeparableProblem(contributions: table, objectives: parties)
    let frontier = try separableFrontier(problem, lowerBounds: lowerBounds)
    let canonical = FirstOutcomeSearch(table: table, parties: parties)
    var entries: [NegotiationFrontier.Entry] = []
    entries.reserveCapacity(frontier.count)
    for i in 0..<frontier.count {
        let utilities = frontier.values(i), multiplicity = frontier.multiplicity(i)
        let choices = try canonical.firstOutcome(reaching: utilities, from: frontier.choices(i), multiplicity: multiplicity)
        entries.append(.init(choices: choices, utilities: utilities, multiplicity: multiplicity))
    }
    entries.sort { $0.utilities.lexicographicallyPrecedes($1.utilities) }
    return entries
}

/// Finds the first outcome, in enumeration order, that produces a given frontier vector.
struct FirstOutcomeSearch {
    let table: [[[Double]]]
    let parties: Int
    /// `lowest[issue][value]`: the lowest value index with the same contributions for every party.
    let lowest: [[Int]]
    /// `classSize[issue][value]`: how many values share that value's contributions.
    let classSize: [[Int]]

    init(table: [[[Double]]], parties: Int) {
        self.table = table
        self.parties = parties
        var lowest: [[Int]] = [], classSize: [[Int]] = []
        for options in table {
            var first: [[UInt64]: Int] = [:], size: [Int: Int] = [:]
            var row: [Int] = []
            row.reserveCapacity(options.count)
            for (o, c) in options.enumerated() {
                // ±0 add identically to a partial sum (which is never −0), so they share a key.
                let key = c.map { ($0 + 0.0).bitPattern }
                let l = first[key] ?? o
                first[key] = l
                row.append(l)
                size[l, default: 0] += 1
            }
            lowest.append(row)
            classSize.append(row.map { size[$0]! })
        }
        self.lowest = lowest
        self.classSize = classSize
    }

    /// The first outcome producing `target`, given one outcome `witness` that produces it and
    /// the number of outcomes that do.
    func firstOutcome(reaching target: [Double], from witness: [Int], multiplicity: Double) throws(ParetoError) -> [Int] {
        var best = witness.enumerated().map { lowest[$0.offset][$0.element] }
        var swaps = 1.0
        for (issue, o) in best.enumerated() { swaps *= Double(classSize[issue][o]) }
        if swaps == multiplicity && multiplicity < 0x1p53 { return best }

        let m = table.count
        var prefix = [Double](repeating: 0, count: parties)   // Σ over the fixed issues, in order
        for issue in 0..<m {
            for o in 0..<best[issue] where lowest[issue][o] == o {
                let start = (0..<parties).map { prefix[$0] + table[issue][o][$0] }
                // The fixed prefix collapses into one option: 0 + start == start exactly, and
                // later sums add to it in the same order as in the full problem.
                let rest: [[[Double]]] = [[start]] + table[(issue + 1)...]
                let restricted = try SeparableProblem(contributions: rest, objectives: parties)
                let found = try separableFrontier(restricted, lowerBounds: target)
                if found.count > 0 && found.values(0) == target {
                    let tail = found.choices(0).dropFirst()
                    best[issue] = o
                    for (j, choice) in tail.enumerated() { best[issue + 1 + j] = lowest[issue + 1 + j][choice] }
                    break
                }
            }
            for p in 0..<parties { prefix[p] = prefix[p] + table[issue][best[issue]][p] }
        }
        return best
    }
}
