/// Computes the exact Pareto frontier of the parties' profiles over all outcomes of their domain.
///
/// All utilities are maximised; dominance, ties and counts are exact (see ``NegotiationFrontier``).
/// Outcomes with equal exact utility vectors form one entry, whose representative is the first of
/// them in enumeration order (issue 0 varies slowest).
///
/// **Methods.** Additive profiles are separable: ``NegotiationFrontier/Method/separable`` merges
/// issues one at a time (``exactSeparableFrontier(_:parties:candidateBudget:)``) and never
/// enumerates the outcome space, so a domain of 30 issues with 10 values each (10³⁰ outcomes)
/// takes milliseconds when its frontier is small. ``NegotiationFrontier/Method/enumerate`` visits
/// every outcome (at most ``negotiationFrontierEnumerationLimit``). ``NegotiationFrontier/Method/automatic``
/// (the default) starts the merge and switches to enumeration when the merge's work passes
/// ``NegotiationFrontier/separableBudgetPerOutcome`` candidates per outcome and the domain can
/// be enumerated. Nonlinear (``HyperRectangleProfile``) profiles are not separable: their
/// frontier is enumerated over *value classes*, the values of an issue that every profile treats
/// alike (same contribution, same boxes) being visited once and counted by their number; at most
/// ``negotiationFrontierEnumerationLimit`` class combinations are visited, else
/// ``NegotiationFrontierError/tooManyValueClasses(profiles:combinations:outcomes:limit:)``.
///
/// **Lower bounds.** With `lowerBounds` (each taken at its decimal value), only entries giving
/// every party at least its bound are returned: exactly the whole frontier filtered afterwards
/// (an outcome dominating one that meets the bounds meets them too).
///
/// ```swift
/// let frontier = try negotiationFrontier(profiles: [buyer, seller])
/// let rational = try negotiationFrontier(profiles: [buyer, seller],
///                                        lowerBounds: [buyer.reservationValue, seller.reservationValue])
/// ```
///
/// - Parameters:
///   - profiles: One profile per party (at least one), all on the same domain.
///   - realSteps: Samples taken of each real issue; at least 2 (default 21).
///   - method: How to compute the frontier; ``NegotiationFrontier/Method/automatic`` by default.
///   - lowerBounds: One utility per party (not NaN; −∞ bounds nothing), or `nil` (the default) for
///     the whole frontier.
/// - Returns: The frontier.
/// - Throws: ``NegotiationFrontierError``.
/// - Complexity: Separable: per issue, O(C log C) for the C = (kept partial sums) × (value
///   classes) candidates with two or three parties, the kept partial sums being the frontier of
///   the first issues. Enumeration: O(N·(k + p)) for N outcomes (or value-class combinations) of
///   k issues and p parties, plus the non-dominated filter on N points. Preparing the exact
///   integer tables costs O(values × parties) rational operations.
public func negotiationFrontier(
    profiles: [NegotiationProfile], realSteps: Int = AdditiveProfile.defaultRealSteps,
    method: NegotiationFrontier.Method = .automatic, lowerBounds: [Double]? = nil
) throws(NegotiationFrontierError) -> NegotiationFrontier {
    try negotiationFrontier(profiles: profiles, realSteps: realSteps, method: method, lowerBounds: lowerBounds, certifiedOnly: false)
}

/// The frontier; `certifiedOnly` forces the double filter with exact near-tie resolution even
/// when the exact sums fit in 64 bits (tests check it against the exact brute force).
func negotiationFrontier(
    profiles: [NegotiationProfile], realSteps: Int, method: NegotiationFrontier.Method, lowerBounds: [Double]?,
    certifiedOnly: Bool
) throws(NegotiationFrontierError) -> NegotiationFrontier {
    guard let domain = profiles.first?.domain else { throw .profilesMismatch("at least one profile is required") }
    guard profiles.allSatisfy({ $0.domain.issues == domain.issues }) else {
        throw .profilesMismatch("the profiles are not all on the same domain")
    }
    let parties = profiles.count
    // Per party: nil for −∞ (no bound); +∞ keeps nothing.
    var bounds: [ExactRational?]?, keepsNothing = false
    if let lowerBounds {
        guard lowerBounds.count == parties else {
            throw .invalidLowerBounds("expected one per party (\(parties)), found \(lowerBounds.count)")
        }
        if let p = lowerBounds.firstIndex(where: \.isNaN) { throw .invalidLowerBounds("party \(p) is NaN") }
        keepsNothing = lowerBounds.contains(.infinity)
        bounds = lowerBounds.map { $0.isFinite ? ExactRational(shortestDecimalOf: $0) : nil }
    }
    let values = domain.values(realSteps: realSteps)
    let count = domain.outcomeCount(realSteps: realSteps)
    let limit = negotiationFrontierEnumerationLimit
    let enumerable = count <= BigNatural(limit)

    var used = method
    var entries: [NegotiationFrontier.Entry]
    var errorBounds = [Double](repeating: 0, count: parties)
    var threshold = [Double](repeating: 0, count: parties)
    let additive = profiles.compactMap(\.additive)
    if additive.count == parties {
        let makeTable: @Sendable () -> IntegerUtilities = {
            IntegerUtilities(contributions: exactContributionTable(additive, realSteps: realSteps), parties: parties)
        }
        var wordTable: IntegerUtilities?
        if !certifiedOnly && additive.allSatisfy(\.hasShortDecimals) {
            let t = makeTable()
            if t.fitsInWord { wordTable = t }
        }
        if let table = wordTable {
            // Short decimals: exact 64-bit integer sums throughout.
            func utilities(_ points: [ExactFrontierPoint]) -> [NegotiationFrontier.Entry] {
                points.map { point in
                    .init(choices: point.choices,
                          exactUtilities: point.sums.enumerated().map { table.utility(party: $0.offset, sum: $0.element) },
                          multiplicity: point.count)
                }
            }
            switch method {
            case .separable:
                entries = utilities(separablePoints(table, budget: .max)!)
            case .enumerate:
                guard enumerable else { throw .tooManyOutcomes(outcomes: count, limit: limit) }
                entries = utilities(enumeratedPoints(table))
            case .automatic:
                let budget = enumerable ? Int(count.low) * NegotiationFrontier.separableBudgetPerOutcome : .max
                if let points = separablePoints(table, budget: budget) {
                    entries = utilities(points); used = .separable
                } else {
                    entries = utilities(enumeratedPoints(table)); used = .enumerate
                }
            }
        } else {
            // Long decimals: doubles with a proven error bound, near ties decided exactly.
            let certified = CertifiedUtilities(profiles: additive, values: values, realSteps: realSteps)
            let lazy = LazyExactUtilities(makeTable)
            errorBounds = certified.error
            threshold = certified.threshold
            func utilities(_ points: [CertifiedFrontierPoint]) -> [NegotiationFrontier.Entry] {
                points.map { .init(choices: $0.choices, utilities: $0.utilities, multiplicity: $0.count, exact: lazy) }
            }
            switch method {
            case .separable:
                entries = utilities(certifiedSeparableFrontier(certified, exact: lazy)!)
            case .enumerate:
                guard enumerable else { throw .tooManyOutcomes(outcomes: count, limit: limit) }
                entries = utilities(certifiedEnumeratedFrontier(certified, exact: lazy))
            case .automatic:
                let budget = enumerable ? Int(count.low) * NegotiationFrontier.separableBudgetPerOutcome : .max
                if let points = certifiedSeparableFrontier(certified, exact: lazy, candidateBudget: budget) {
                    entries = utilities(points); used = .separable
                } else {
                    entries = utilities(certifiedEnumeratedFrontier(certified, exact: lazy)); used = .enumerate
                }
            }
        }
    } else {
        if method == .separable, let p = profiles.first(where: { $0.additive == nil }) { throw .notSeparable(profile: p.name) }
        entries = try classEnumeratedEntries(profiles: profiles, values: values, realSteps: realSteps, outcomes: count)
        used = .enumerate
    }
    if let bounds, let lowerBounds {
        entries = keepsNothing ? [] : entries.filter { e in
            (0..<parties).allSatisfy { p in
                guard let b = bounds[p] else { return true }
                if !e.holdsExactUtilities {
                    // |utility − exact| ≤ errorBounds[p] and |bound − exact bound| ≤ 2⁻⁵³·|bound|.
                    let margin = (errorBounds[p] + 0x1p-52 * abs(lowerBounds[p])) * (1 + 0x1p-30) + Double.leastNonzeroMagnitude
                    let gap = e.utilities[p] - lowerBounds[p]
                    if gap > margin { return true }
                    if gap < -margin { return false }
                }
                return e.exactUtilities[p] >= b
            }
        }
    }
    entries.sort { a, b in
        for p in 0..<parties {
            if !a.holdsExactUtilities {
                let g = a.utilities[p] - b.utilities[p]
                if g > threshold[p] { return false }
                if g < -threshold[p] { return true }
            }
            let x = a.exactUtilities[p], y = b.exactUtilities[p]
            if x != y { return x < y }
        }
        return false
    }
    return NegotiationFrontier(profiles: profiles, values: values, outcomeCount: count,
                               lowerBounds: lowerBounds, entries: entries, utilityErrorBounds: errorBounds, method: used)
}

/// The frontier of additive profiles; see ``negotiationFrontier(profiles:realSteps:method:lowerBounds:)``.
public func negotiationFrontier(
    profiles: [AdditiveProfile], realSteps: Int = AdditiveProfile.defaultRealSteps,
    method: NegotiationFrontier.Method = .automatic, lowerBounds: [Double]? = nil
) throws(NegotiationFrontierError) -> NegotiationFrontier {
    try negotiationFrontier(profiles: profiles.map(NegotiationProfile.additive), realSteps: realSteps,
                            method: method, lowerBounds: lowerBounds)
}

/// `[issue][value][party]` exact contributions of additive profiles.
func exactContributionTable(_ profiles: [AdditiveProfile], realSteps: Int) -> [[[ExactRational]]] {
    let perParty = profiles.map { $0.exactContributions(realSteps: realSteps) }
    return perParty[0].indices.map { i in perParty[0][i].indices.map { v in perParty.map { $0[i][v] } } }
}

/// The separable merge on word-sized sums when they fit, on ``BigNatural`` otherwise.
private func separablePoints(_ table: IntegerUtilities, budget: Int) -> [ExactFrontierPoint]? {
    if table.fitsInWord {
        return exactSeparableFrontier(table.numerators.map { $0.map { $0.map(UInt64.init(natural:)) } },
                                      parties: table.parties, candidateBudget: budget)
    }
    return exactSeparableFrontier(table.numerators, parties: table.parties, candidateBudget: budget)
}

/// Enumeration on word-sized sums when they fit, on ``BigNatural`` otherwise.
private func enumeratedPoints(_ table: IntegerUtilities) -> [ExactFrontierPoint] {
    if table.fitsInWord {
        return exactEnumeratedFrontier(table.numerators.map { $0.map { $0.map(UInt64.init(natural:)) } }, parties: table.parties)
    }
    return exactEnumeratedFrontier(table.numerators, parties: table.parties)
}
