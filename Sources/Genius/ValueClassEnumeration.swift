/// The most value-class combinations the frontier of nonlinear profiles visits: 100 million
/// (the ANAC 2014 10-issue domains have about 2.5·10⁷; each costs a few dozen nanoseconds).
public let negotiationFrontierClassCombinationLimit = 100_000_000

/// The exact frontier of any mix of additive and nonlinear profiles, by enumerating value classes.
///
/// Two values of an issue are in one class when every profile treats them alike: the same exact
/// contribution for each additive profile, and the same answer to every box condition on that
/// issue for each nonlinear profile. Swapping values within a class changes no utility, so one
/// combination of classes stands for (product of the class sizes) outcomes with equal utilities,
/// and its first outcome is the combination of each class's first value. Classes are visited in
/// order of their first value, the last issue fastest, so the first combination reaching a vector
/// holds the first outcome reaching it.
///
/// Per party, utilities are integer sums: additive profiles as in ``IntegerUtilities``; a
/// nonlinear profile's box utilities over their common denominator, summed over the boxes whose
/// conditions every issue's class meets (a bit mask per class, ANDed along the odometer).
/// Combinations are filtered a million at a time against the frontier so far, so memory stays
/// bounded.
///
/// - Throws: ``NegotiationFrontierError/tooManyValueClasses(profiles:combinations:outcomes:limit:)``
///   above ``negotiationFrontierClassCombinationLimit`` combinations.
/// - Complexity: O(C·(k + p + b)) for C combinations, k issues, p parties and b boxes, plus the
///   non-dominated filter.
func classEnumeratedEntries(
    profiles: [NegotiationProfile], values: [[IssueValue]], realSteps: Int, outcomes: BigNatural
) throws(NegotiationFrontierError) -> [NegotiationFrontier.Entry] {
    let parties = profiles.count
    let k = values.count

    // Additive parties: exact integer tables.
    let additiveIndices = profiles.indices.filter { profiles[$0].additive != nil }
    let additive = additiveIndices.map { profiles[$0].additive! }
    let table = additive.isEmpty ? nil
        : IntegerUtilities(contributions: exactContributionTable(additive, realSteps: realSteps), parties: additive.count)

    // Nonlinear parties: box numerators over a common denominator, and the exact divisor.
    struct Boxes {
        let party: Int
        let numerators: [BigNatural]
        let divisor: ExactRational
        let profile: HyperRectangleProfile
        var words: Int { (numerators.count + 63) / 64 }
    }
    var boxParties: [Boxes] = []
    for (p, profile) in profiles.enumerated() {
        guard case let .hyperRectangles(h) = profile else { continue }
        let exact = h.boxes.map { ExactRational(shortestDecimalOf: $0.utility) }
        var scale = BigNatural(1)
        for e in exact { scale = scale.quotientAndRemainder(dividingBy: BigNatural.gcd(scale, e.denominator)).quotient * e.denominator }
        let s = ExactRational(numerator: scale)
        boxParties.append(Boxes(party: p, numerators: exact.map { ($0 * s).numerator },
                                divisor: s * ExactRational(shortestDecimalOf: h.maxUtility), profile: h))
    }

    // Value classes per issue.
    struct ValueClass { let first: Int; var size: Int }
    struct Signature: Hashable { let sums: [BigNatural]; let masks: [UInt64] }
    var classes: [[ValueClass]] = [], classSums: [[[BigNatural]]] = [], classMasks: [[[UInt64]]] = []
    for i in 0..<k {
        var index: [Signature: Int] = [:]
        var list: [ValueClass] = [], sums: [[BigNatural]] = [], masks: [[UInt64]] = []
        for (v, value) in values[i].enumerated() {
            let s = table.map { $0.numerators[i][v] } ?? []
            var m: [UInt64] = []
            for b in boxParties {
                var words = [UInt64](repeating: 0, count: b.words)
                for (n, box) in b.profile.boxes.enumerated() {
                    let inside = box.conditions.allSatisfy { c in
                        c.issue != i || value.number.map { c.holds(for: Int($0)) } == true
                    }
                    if inside { words[n / 64] |= 1 << UInt64(n % 64) }
                }
                m += words
            }
            let key = Signature(sums: s, masks: m)
            if let c = index[key] { list[c].size += 1 } else {
                index[key] = list.count
                list.append(ValueClass(first: v, size: 1)); sums.append(s); masks.append(m)
            }
        }
        classes.append(list); classSums.append(sums); classMasks.append(masks)
    }
    let combinations = classes.reduce(BigNatural(1)) { $0 * BigNatural($1.count) }
    let limit = negotiationFrontierClassCombinationLimit
    guard combinations <= BigNatural(limit) else {
        throw .tooManyValueClasses(profiles: boxParties.map(\.profile.name), combinations: combinations,
                                   outcomes: outcomes, limit: limit)
    }

    // Largest possible sums decide the word size.
    var largest = table?.largestSums ?? []
    for b in boxParties { largest.append(b.numerators.reduce(.zero, +)) }
    let points: [(choices: [Int], sums: [BigNatural], count: BigNatural)]
    let radices = classes.map(\.count)
    if largest.allSatisfy({ $0.uint64 != nil }) {
        points = enumerateClasses(radices: radices, sums: classSums.map { $0.map { $0.map(UInt64.init(natural:)) } },
                                  masks: classMasks, boxNumerators: boxParties.map { $0.numerators.map(UInt64.init(natural:)) },
                                  sizes: classes.map { $0.map(\.size) })
    } else {
        points = enumerateClasses(radices: radices, sums: classSums, masks: classMasks,
                                  boxNumerators: boxParties.map(\.numerators), sizes: classes.map { $0.map(\.size) })
    }

    // Party order: additive parties first in the sums, then nonlinear ones.
    let order = additiveIndices + boxParties.map(\.party)
    return points.map { point in
        var exact = [ExactRational](repeating: .zero, count: parties)
        for (slot, p) in order.enumerated() {
            if slot < additiveIndices.count {
                exact[p] = table!.utility(party: slot, sum: point.sums[slot])
            } else {
                exact[p] = ExactRational(numerator: point.sums[slot]) / boxParties[slot - additiveIndices.count].divisor
            }
        }
        let choices = point.choices.enumerated().map { classes[$0.offset][$0.element].first }
        return NegotiationFrontier.Entry(choices: choices, exactUtilities: exact, multiplicity: point.count)
    }
}

/// Visits every combination of value classes (the last issue fastest) and returns the
/// non-dominated ones grouped by sums: the first combination (as class indices), the sums (the
/// additive parties' then the nonlinear parties'), and the number of outcomes.
private func enumerateClasses<V: ExactSum>(
    radices: [Int], sums: [[[V]]], masks: [[[UInt64]]], boxNumerators: [[V]], sizes: [[Int]]
) -> [(choices: [Int], sums: [BigNatural], count: BigNatural)] {
    let k = radices.count
    let a = sums.first?.first?.count ?? 0          // additive parties
    let words = boxNumerators.map { ($0.count + 63) / 64 }
    let maskWidth = words.reduce(0, +)
    let d = a + boxNumerators.count
    var counter = MixedRadixCounter(radices: radices)
    let total = counter.outcomeCount
    guard total > 0 else { return [] }

    var prefixSums = [V](repeating: .zero, count: (k + 1) * a)
    var prefixMasks = [UInt64](repeating: 0, count: (k + 1) * maskWidth)
    var start = 0   // before any issue, every box still holds
    for numerators in boxNumerators {
        for n in numerators.indices { prefixMasks[start + n / 64] |= 1 << UInt64(n % 64) }
        start += (numerators.count + 63) / 64
    }
    var prefixCounts = [BigNatural](repeating: BigNatural(1), count: k + 1)
    func refresh(from level: Int) {
        for i in level..<k {
            let c = counter.digits[i]
            for p in 0..<a { prefixSums[(i + 1) * a + p] = prefixSums[i * a + p] + sums[i][c][p] }
            for w in 0..<maskWidth { prefixMasks[(i + 1) * maskWidth + w] = prefixMasks[i * maskWidth + w] & masks[i][c][w] }
            let s = sizes[i][c]
            prefixCounts[i + 1] = s == 1 ? prefixCounts[i] : prefixCounts[i] * BigNatural(s)
        }
    }
    refresh(from: 0)

    // Survivors so far, then the current chunk, in combination order.
    let chunk = 1 << 20
    var buffer: [V] = [], counts: [BigNatural] = [], ids: [Int] = []
    buffer.reserveCapacity((chunk + 1024) * d)
    func filter() {
        let groups = nonDominatedGroups(buffer, dimensions: d, counts: counts)
        var b: [V] = [], c: [BigNatural] = [], i: [Int] = []
        b.reserveCapacity((chunk + groups.count) * d)
        for g in groups {
            b.append(contentsOf: buffer[g.index * d ..< (g.index + 1) * d]); c.append(g.count); i.append(ids[g.index])
        }
        buffer = b; counts = c; ids = i
    }
    var pending = 0
    for combination in 0..<total {
        let base = k * a
        for p in 0..<a { buffer.append(prefixSums[base + p]) }
        var offset = k * maskWidth
        for (q, numerators) in boxNumerators.enumerated() {
            var s = V.zero
            for w in 0..<words[q] {
                var bits = prefixMasks[offset + w]
                while bits != 0 {
                    let t = bits.trailingZeroBitCount
                    s = s + numerators[w * 64 + t]
                    bits &= bits - 1
                }
            }
            buffer.append(s)
            offset += words[q]
        }
        counts.append(prefixCounts[k]); ids.append(combination)
        pending += 1
        if pending == chunk { filter(); pending = 0 }
        if let level = counter.advance() { refresh(from: level) }
    }
    filter()
    return ids.indices.map { g in
        (counter.digits(of: ids[g]), buffer[g * d ..< (g + 1) * d].map(\.natural), counts[g])
    }
}
