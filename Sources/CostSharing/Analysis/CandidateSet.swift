import LinearAlgebra

/// Every candidate package of a scenario's grid that meets the hard constraints, with its
/// features in a **column-major** `Matrix` (LinearAlgebra) (one row per package, columns as in
/// ``FeatureLayout``).
///
/// Rows are ordered composition-major: row = (composition · totals + total) · terms + term,
/// where a composition is a (core split, in-kind share, extra share, extra split) that meets the
/// payment forms and the legal limit, a total is a first-year total within the increase bounds,
/// and a term is a distinct (duration, canonical escalation rule) pair (a one-year term has the
/// one rule `none`). ``package(at:)`` decodes a row back into a package without storing one per row.
///
/// ```swift
/// let candidates = try CandidateSet(scenario: try Preset.named("sma-2019").scenario)
/// candidates.count             // packages that passed the constraints
/// candidates.package(at: 0)    // the first of them
/// ```
public struct CandidateSet: Sendable {
    /// The scenario the candidates come from.
    public let scenario: Scenario
    /// Column layout of ``features``.
    public let layout: FeatureLayout
    /// The feature matrix, `count × layout.count`, column-major.
    public let features: Matrix

    struct Composition: Sendable {
        let coreShares: [Double]
        let inKindShare: Double
        let extraShare: Double
        let extraSplit: [Double]
        let unit: Allocation
    }
    let compositions: [Composition]
    let totals: [Double]
    let terms: [TermFeatures]

    /// Number of candidate packages (rows).
    public var count: Int { features.rows }

    /// Number of distinct totals; a row's total index is `(row / terms) % totals`.
    var totalCount: Int { totals.count }
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

    /// Bytes the features and per-row utilities of `rows` candidates need (the analysis holds
    /// the feature matrix, both utilities and a few per-row work arrays).
    public static func estimatedBytes(rows: Int, categories: Int) -> Int {
        saturatingProduct([rows, FeatureLayout(categoryCount: categories).count + 8, 8])
    }

    /// Enumerates the grid, drops the packages that break a hard constraint, and fills the
    /// feature matrix.
    ///
    /// - Parameter scenario: The scenario; it is validated first (``Scenario/validate()``).
    /// - Throws: ``ScenarioError`` for an invalid scenario, or naming the field that empties the
    ///   candidate set.
    /// - Complexity: O(G + n·f) for a grid of G combinations, n candidates and f features.
    public init(scenario: Scenario) throws(ScenarioError) {
        try scenario.validate()
        try self.init(validated: scenario)
    }

    /// The same, for a scenario the caller has just validated (the analysis validates once).
    init(validated scenario: Scenario) throws(ScenarioError) {
        self.scenario = scenario
        let categories = scenario.categories
        let layout = FeatureLayout(categoryCount: categories.count)
        self.layout = layout
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
        // Terms that pay the same amounts every year and carry the same bounded flag are one term
        // (a cap the forecast never reaches binds nothing): the first rule in grid order names it,
        // the others are kept as its equivalents.
        var terms: [TermFeatures] = []
        for (duration, rule) in grid.terms {
            let term = TermFeatures(duration: duration, rule: rule, scenario: scenario)
            if let i = terms.firstIndex(where: { $0.paysTheSame(as: term) }) {
                terms[i].equivalents.append(rule)
            } else {
                terms.append(term)
            }
        }
        self.compositions = compositions
        self.totals = totals
        self.terms = terms

        let n = compositions.count * totals.count * terms.count
        let f = layout.count
        let c = categories.count
        // Column by column: each pass writes one contiguous column, in row order.
        let storage = [Double](unsafeUninitializedCapacity: n * f) { buffer, initialized in
            func fill(_ column: Int, _ value: (Composition, Double, TermFeatures) -> Double) {
                var i = column * n
                for comp in compositions {
                    for t in totals {
                        for tf in terms {
                            buffer[i] = value(comp, t, tf)
                            i += 1
                        }
                    }
                }
            }
            for j in 0..<c {
                fill(2 * j) { comp, t, tf in comp.unit.cash[j] * t * tf.annualFactor }
                fill(2 * j + 1) { comp, t, tf in comp.unit.inKind[j] * t * tf.annualFactor }
            }
            fill(layout.annualized) { _, t, tf in t * tf.annualFactor }
            fill(layout.presentValue) { _, t, tf in t * tf.presentValueFactor }
            fill(layout.firstYearTotal) { _, t, _ in t }
            fill(layout.termIncrease) { _, t, tf in tf.termIncrease(total: t, previousTotal: s) }
            fill(layout.inverseTerm) { _, _, tf in tf.inverseTerm }
            fill(layout.bounded) { _, _, tf in tf.bounded }
            fill(layout.growthExcess) { _, t, tf in tf.growthExcess(total: t, previousTotal: s) }
            initialized = n * f
        }
        // The shape is consistent by construction.
        do { features = try Matrix(rows: n, columns: f, columnMajor: storage) }
        catch { preconditionFailure("feature matrix shape: \(error)") }
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

    /// The other rules of the grid that pay exactly what row `row`'s rule pays under the
    /// scenario's forecast (e.g. a 5% CPI cap when CPI never exceeds 4%); empty for most rows.
    public func equivalentRules(ofRow row: Int) -> [EscalationRule] { terms[row % terms.count].equivalents }

    /// The package in row `row`, its escalation rule in canonical form.
    /// - Complexity: O(number of categories).
    public func package(at row: Int) -> Package {
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
