/// The structure of a scenario's candidate packages without their feature matrix: the
/// compositions that meet the payment forms and the legal limit, the totals within the increase
/// bounds, and the distinct terms. A candidate row is `(composition · totals + total) · terms + term`,
/// that is `composition · pairCount + pair` with `pair = total · terms + term`.
///
/// ``CandidateSet`` adds the feature matrix; the many-draw engine of ``SampledAnalysis`` works
/// on the lattice alone, since both utilities of a row factor into a composition part and a
/// (total, term) part (``FactoredUtilities``).
struct CandidateLattice: Sendable {
    struct Composition: Sendable {
        let coreShares: [Double]
        let inKindShare: Double
        let extraShare: Double
        let extraSplit: [Double]
        let unit: Allocation
    }

    let scenario: Scenario
    let compositions: [Composition]
    let totals: [Double]
    let terms: [TermFeatures]

    /// Number of candidate rows.
    var count: Int { compositions.count * totals.count * terms.count }
    /// Number of (total, term) pairs; a row's pair is `row % pairCount`.
    var pairCount: Int { totals.count * terms.count }
    /// Number of (composition, term) combinations, each a line of packages that differ only in total.
    var combinationCount: Int { compositions.count * terms.count }
    /// The combination of a row: `composition · terms + term`.
    @inline(__always) func combination(ofRow row: Int) -> Int {
        let term = row % terms.count
        return (row / terms.count / totals.count) * terms.count + term
    }
    /// The total index of a row.
    @inline(__always) func totalIndex(ofRow row: Int) -> Int { (row / terms.count) % totals.count }
    /// The row of a combination and total index.
    @inline(__always) func row(combination: Int, totalIndex: Int) -> Int {
        let comp = combination / terms.count, term = combination % terms.count
        return (comp * totals.count + totalIndex) * terms.count + term
    }

    /// Enumerates the grid of a validated scenario.
    /// - Throws: ``ScenarioError`` naming the field that empties the candidate set.
    /// - Complexity: O(G·C) for G grid compositions over C categories, plus the totals and terms.
    init(validated scenario: Scenario) throws(ScenarioError) {
        let categories = scenario.categories
        let grid = scenario.grid

        var compositions: [Composition] = []
        // A value listed twice counts once.
        func unique<T: Hashable>(_ values: [T]) -> [T] { var seen = Set<T>(); return values.filter { seen.insert($0).inserted } }
        for core in grid.coreSplits.isEmpty ? [[]] : unique(grid.coreSplits) {
            for k in unique(grid.inKindShares) {
                for e in unique(grid.extraShares) {
                    if e > 0 && scenario.constraints.extraCategories == .forbidden { continue }
                    let splits: [[Double]] = e == 0 ? [[]] : unique(grid.extraSplits)
                    for split in splits {
                        let p = Package(firstYearTotal: 1, inKindShare: k, extraShare: e, extraSplit: split,
                                        coreShares: core, duration: 1, escalation: .none)
                        if let unit = p.unitAllocation(over: categories) {
                            compositions.append(Composition(coreShares: core, inKindShare: k, extraShare: e,
                                                            extraSplit: split, unit: unit))
                        }
                    }
                }
            }
        }
        guard !compositions.isEmpty else { throw Self.noComposition(scenario) }
        let s = scenario.previousTotal
        let totals = grid.totals.values.filter { t in
            let r = t / s - 1
            if let lo = scenario.constraints.minimumIncrease, r < lo - 1e-12 { return false }
            if let hi = scenario.constraints.maximumIncrease, r > hi + 1e-12 { return false }
            return true
        }
        guard !totals.isEmpty else {
            let lo = grid.totals.from, hi = grid.totals.last ?? grid.totals.from
            throw ScenarioError(path: "constraints", message: "minimumIncrease and maximumIncrease exclude every total of "
                + "grid.totals (\(Format.number(lo))–\(Format.number(hi)), \(Format.percent(lo / s - 1)) to \(Format.percent(hi / s - 1)))")
        }
        self.init(scenario: scenario, compositions: compositions, totals: totals)
    }

    /// The lattice of `scenario` that shares `other`'s compositions and totals: valid when the
    /// two scenarios differ only in preferences, the no-deal outcome or the forecast (which
    /// change the terms' features, not which compositions and totals are candidates).
    init(scenario: Scenario, sharingCompositionsOf other: CandidateLattice) {
        self.init(scenario: scenario, compositions: other.compositions, totals: other.totals)
    }

    private init(scenario: Scenario, compositions: [Composition], totals: [Double]) {
        self.scenario = scenario
        self.compositions = compositions
        self.totals = totals
        // Terms that pay the same amounts every year and carry the same bounded flag are one term
        // (a cap the forecast never reaches binds nothing): the first rule in grid order names it,
        // the others are kept as its equivalents.
        var terms: [TermFeatures] = []
        for (duration, rule) in scenario.grid.terms {
            let term = TermFeatures(duration: duration, rule: rule, scenario: scenario)
            if let i = terms.firstIndex(where: { $0.paysTheSame(as: term) }) {
                terms[i].equivalents.append(rule)
            } else {
                terms.append(term)
            }
        }

        self.terms = terms
    }

    /// Why no composition is left: the legal limit, or unreachable in-kind shares.
    private static func noComposition(_ scenario: Scenario) -> ScenarioError {
        let grid = scenario.grid
        if scenario.constraints.extraCategories == .forbidden && !grid.extraShares.contains(0) {
            return ScenarioError(path: "grid.extraShares", message: "every share is positive, and constraints.extraCategories "
                                 + "is \"forbidden\", which excludes every package with extra items; add 0")
        }
        // The in-kind shares a core-only package can reach with the base shares.
        var lo = 0.0, hi = 0.0
        for c in scenario.categories where c.framework == .core {
            lo += c.baseShare * c.inKindRange.lowerBound
            hi += c.baseShare * c.inKindRange.upperBound
        }
        return ScenarioError(path: "grid.inKindShares", message: "no share can be reached within the categories' in-kind "
            + "ranges for any composition of the grid (a core-only package with the base shares reaches "
            + "\(Format.share(lo))–\(Format.share(hi)))")
    }

    /// The other rules of the grid that pay exactly what row `row`'s rule pays.
    func equivalentRules(ofRow row: Int) -> [EscalationRule] { terms[row % terms.count].equivalents }

    /// The package in row `row`, its escalation rule in canonical form.
    /// - Complexity: O(number of categories).
    func package(at row: Int) -> Package {
        precondition(row >= 0 && row < count, "row \(row) outside 0..<\(count)")
        let term = terms[row % terms.count]
        let rest = row / terms.count
        let total = totals[rest % totals.count]
        let comp = compositions[rest / totals.count]
        return Package(firstYearTotal: total, inKindShare: comp.inKindShare, extraShare: comp.extraShare,
                       extraSplit: comp.extraSplit, coreShares: comp.coreShares, duration: term.duration,
                       escalation: term.rule)
    }
}
