import Pareto

/// The frontier of an additive problem with the exact separable algorithm, in the same form as
/// ``enumeratedFrontier(contributions:parties:)``: the same utility vectors bit for bit, the same
/// multiplicities, the same representatives (the first outcome in enumeration order), sorted by
/// utilities ascending.
///
/// `Pareto.separableFrontier(_:lowerBounds:constraints:)` returns one outcome per frontier vector, not
/// necessarily the first. It is turned into the first one in two steps:
///
/// 1. *Interchangeable values.* Values of an issue with the same contribution for every party
///    can be swapped without changing any sum (the additions are the same), so each choice is
///    replaced by the lowest-indexed value of its class. When the vector's multiplicity equals the
///    number of such swaps (the product of the class sizes), these are all its outcomes and the
///    result is the first. This is the only step for domains whose frontier vectors are each
///    reached by essentially one outcome, the usual case.
/// 2. *Otherwise* (different values of several issues add up to the same vector), one forward
///    pass over the issues (``FirstOutcomeSearch/firstOutcomes(reaching:)``) finds the first
///    outcome of every such vector at once.
///
/// - Complexity: One separable run; step 2, when needed, costs about as much again.
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
    let search = FirstOutcomeSearch(table: table, parties: parties)
    var entries: [NegotiationFrontier.Entry] = []
    entries.reserveCapacity(frontier.count)
    var unresolved: [Int] = []
    for i in 0..<frontier.count {
        let utilities = frontier.values(i), multiplicity = frontier.multiplicity(i)
        let (choices, isFirst) = search.lowestInterchangeable(frontier.choices(i), multiplicity: multiplicity)
        if !isFirst { unresolved.append(i) }
        entries.append(.init(choices: choices, utilities: utilities, multiplicity: multiplicity))
    }
    if !unresolved.isEmpty {
        let first = search.firstOutcomes(reaching: unresolved.map { entries[$0].utilities })
        for (k, i) in unresolved.enumerated() {
            let e = entries[i]
            guard let choices = first[k] else {
                preconditionFailure("frontier vector \(e.utilities) has outcomes but the first-outcome search found none")
            }
            entries[i] = .init(choices: choices, utilities: e.utilities, multiplicity: e.multiplicity)
        }
    }
    entries.sort { $0.utilities.lexicographicallyPrecedes($1.utilities) }
    return entries
}

/// Finds the first outcome, in enumeration order, that produces given frontier vectors.
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
                let l = first[sumKey(c)] ?? o
                first[sumKey(c)] = l
                row.append(l)
                size[l, default: 0] += 1
            }
            lowest.append(row)
            classSize.append(row.map { size[$0]! })
        }
        self.lowest = lowest
        self.classSize = classSize
    }

    /// `witness` with every value replaced by the lowest interchangeable one, and whether that is
    /// provably the first outcome of its vector (the multiplicity is exactly the number of swaps).
    func lowestInterchangeable(_ witness: [Int], multiplicity: Double) -> (choices: [Int], isFirst: Bool) {
        let choices = witness.enumerated().map { lowest[$0.offset][$0.element] }
        var swaps = 1.0
        for (issue, o) in choices.enumerated() { swaps *= Double(classSize[issue][o]) }
        return (choices, swaps == multiplicity && multiplicity < 0x1p53)
    }

    /// The first outcome producing each target exactly, or `nil` for a target no outcome produces.
    ///
    /// A forward pass over the issues keeps the distinct partial sums (taken in issue order from
    /// 0, exactly as the utilities are) in the order of their first prefix: candidates are formed
    /// parent by parent in that order and value by value ascending, so the first candidate giving
    /// a partial sum carries its lexicographically first prefix. A partial sum is dropped when
    /// another one is at least as large for every party and larger for some party by more than the
    /// remaining additions can round away (rounding is monotone, so it can then only end strictly
    /// dominated), or when even the best remaining values cannot lift it to the lowest target.
    ///
    /// - Complexity: Per issue, O(C log C) for two parties and O(C · kept) beyond, for the
    ///   C = kept × values candidates.
    func firstOutcomes(reaching targets: [[Double]]) -> [[Int]?] {
        let m = table.count, d = parties
        // Bound on one rounding of any partial sum, per party, and the best remaining sums.
        var magnitude = [Double](repeating: 0, count: d)
        var suffixBest = [[Double]](repeating: [Double](repeating: 0, count: d), count: m + 1)
        for issue in stride(from: m - 1, through: 0, by: -1) {
            for j in 0..<d {
                let column = table[issue].map { $0[j] }
                magnitude[j] += column.map(abs).max() ?? 0
                suffixBest[issue][j] = suffixBest[issue + 1][j] + (column.max() ?? 0)
            }
        }
        let unit = magnitude.map { $0 * 0x1p-52 + Double.leastNonzeroMagnitude }
        let lowestTarget = (0..<d).map { j in targets.map { $0[j] }.min() ?? .infinity }

        var sums = [Double](repeating: 0, count: d)   // one node: the empty prefix
        var parents: [[Int32]] = [], options: [[Int32]] = []
        for issue in 0..<m {
            let remaining = m - 1 - issue
            let tolerance = unit.map { 4 * Double(remaining) * $0 }
            let nodeCount = sums.count / d
            var next: [Double] = [], parent: [Int32] = [], option: [Int32] = []
            let distinctOptions = table[issue].indices.filter { lowest[issue][$0] == $0 }
            next.reserveCapacity(nodeCount * distinctOptions.count * d)
            for p in 0..<nodeCount {
                candidates: for o in distinctOptions {
                    for j in 0..<d {
                        let x = sums[p * d + j] + table[issue][o][j]
                        if x + suffixBest[issue + 1][j] + 4 * Double(remaining + 1) * unit[j] < lowestTarget[j] {
                            next.removeLast(j)
                            continue candidates
                        }
                        next.append(x)
                    }
                    parent.append(Int32(p))
                    option.append(Int32(o))
                }
            }
            let keep = firstOfEachNotClearlyDominated(next, dimensions: d, tolerance: tolerance)
            var kept: [Double] = []
            var keptParent: [Int32] = [], keptOption: [Int32] = []
            for c in keep.indices where keep[c] {
                kept.append(contentsOf: next[c * d ..< (c + 1) * d])
                keptParent.append(parent[c]); keptOption.append(option[c])
            }
            sums = kept
            parents.append(keptParent); options.append(keptOption)
        }

        var leafOf: [[UInt64]: Int] = [:]
        for leaf in 0..<(sums.count / d) { leafOf[sumKey(Array(sums[leaf * d ..< (leaf + 1) * d]))] = leaf }
        return targets.map { target in
            guard var node = leafOf[sumKey(target)] else { return nil }
            var choices = [Int](repeating: 0, count: m)
            for issue in stride(from: m - 1, through: 0, by: -1) {
                choices[issue] = Int(options[issue][node])
                node = Int(parents[issue][node])
            }
            return choices
        }
    }
}

/// A hashable key for a vector of sums: the bit patterns, with −0 read as +0 (they add alike to
/// any partial sum, which is never −0).
private func sumKey(_ values: [Double]) -> [UInt64] {
    values.map { ($0 + 0.0).bitPattern }
}

/// Which candidates to keep: of each group of equal points (row-major, all coordinates
/// maximised) only the first in index order, and only when no other point clearly dominates it
/// (is at least as large everywhere and larger by more than `tolerance[j]` in some `j`).
///
/// - Complexity: O(n log n) for two coordinates, O(n · kept · d) beyond.
private func firstOfEachNotClearlyDominated(_ values: [Double], dimensions d: Int, tolerance: [Double]) -> [Bool] {
    let n = values.count / d
    var order = Array(0..<n)
    values.withUnsafeBufferPointer { v in
        if d == 2 {
            order.sort { a, b in
                let (xa, xb) = (v[2 * a], v[2 * b])
                if xa != xb { return xa > xb }
                let (ya, yb) = (v[2 * a + 1], v[2 * b + 1])
                return ya != yb ? ya > yb : a < b
            }
        } else {
            order.sort { a, b in
                for j in 0..<d where v[a * d + j] != v[b * d + j] { return v[a * d + j] > v[b * d + j] }
                return a < b
            }
        }
    }
    // Representatives: the first of each run of equal points, which is its lowest index.
    var distinct: [Int] = []
    distinct.reserveCapacity(n)
    for a in order {
        if let last = distinct.last, (0..<d).allSatisfy({ values[last * d + $0] == values[a * d + $0] }) { continue }
        distinct.append(a)
    }
    var keep = [Bool](repeating: false, count: n)
    if d == 2 {
        // Earlier points in the order have x ≥ the current x.
        var maxY = -Double.infinity, farMaxY = -Double.infinity, lag = 0
        for (k, a) in distinct.enumerated() {
            let x = values[2 * a], y = values[2 * a + 1]
            while lag < k && values[2 * distinct[lag]] - x > tolerance[0] {
                farMaxY = max(farMaxY, values[2 * distinct[lag] + 1]); lag += 1
            }
            keep[a] = !(maxY - y > tolerance[1] || farMaxY >= y)
            maxY = max(maxY, y)
        }
        return keep
    }
    var kept: [Int] = []
    for a in distinct {
        var dominated = false
        search: for b in kept {
            var clearly = false
            for j in 0..<d {
                let gap = values[b * d + j] - values[a * d + j]
                if gap < 0 { continue search }
                if gap > tolerance[j] { clearly = true }
            }
            if clearly { dominated = true; break }
        }
        if !dominated { keep[a] = true; kept.append(a) }
    }
    return keep
}
