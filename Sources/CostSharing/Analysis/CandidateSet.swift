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

    /// The compositions, totals and terms the rows enumerate.
    let lattice: CandidateLattice
    var terms: [TermFeatures] { lattice.terms }

    /// Number of candidate packages (rows).
    public var count: Int { features.rows }

    /// The combination of a row: `composition · terms + term`.
    @inline(__always) func combination(ofRow row: Int) -> Int { lattice.combination(ofRow: row) }
    /// The total index of a row.
    @inline(__always) func totalIndex(ofRow row: Int) -> Int { lattice.totalIndex(ofRow: row) }
    /// The row of a combination and total index.
    @inline(__always) func row(combination: Int, totalIndex: Int) -> Int { lattice.row(combination: combination, totalIndex: totalIndex) }

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
        try self.init(lattice: CandidateLattice(validated: scenario))
    }

    /// The feature matrix of a lattice's rows.
    init(lattice: CandidateLattice) {
        self.lattice = lattice
        let scenario = lattice.scenario
        self.scenario = scenario
        let categories = scenario.categories
        let layout = FeatureLayout(categoryCount: categories.count)
        self.layout = layout
        let compositions = lattice.compositions, totals = lattice.totals, terms = lattice.terms
        let s = scenario.previousTotal
        let n = compositions.count * totals.count * terms.count
        let f = layout.count
        let c = categories.count
        // Column by column: each pass writes one contiguous column, in row order.
        let storage = [Double](unsafeUninitializedCapacity: n * f) { buffer, initialized in
            func fill(_ column: Int, _ value: (CandidateLattice.Composition, Double, TermFeatures) -> Double) {
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

    /// The other rules of the grid that pay exactly what row `row`'s rule pays under the
    /// scenario's forecast (e.g. a 5% CPI cap when CPI never exceeds 4%); empty for most rows.
    public func equivalentRules(ofRow row: Int) -> [EscalationRule] { lattice.equivalentRules(ofRow: row) }

    /// The package in row `row`, its escalation rule in canonical form.
    /// - Complexity: O(number of categories).
    public func package(at row: Int) -> Package {
        precondition(row >= 0 && row < count, "row \(row) outside 0..<\(count)")
        return lattice.package(at: row)
    }
}
