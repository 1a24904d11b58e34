import LinearAlgebra

/// Every candidate package of a scenario's grid that meets the hard constraints, with its
/// features in a **column-major** `Matrix` (LinearAlgebra) (one row per package, columns as in
/// ``FeatureLayout``).
///
/// Rows are ordered composition-major: row = (composition · totals + total) · terms + term,
/// where a composition is an (in-kind share, extra share, extra split) that meets the payment
/// forms and the legal limit, a total is a first-year total within the increase bounds, and a
/// term is a (duration, escalation) pair. ``package(at:)`` decodes a row back into a package
/// without storing one per row.
///
/// ```swift
/// let candidates = CandidateSet(scenario: try Preset.named("sma-2019").scenario)
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
        let inKindShare: Double
        let extraShare: Double
        let extraSplit: [Double]
        let unit: Allocation
    }
    let compositions: [Composition]
    let totals: [Double]
    let terms: [(duration: Int, rule: EscalationRule)]

    /// Number of candidate packages (rows).
    public var count: Int { features.rows }

    /// Enumerates the grid, drops the packages that break a hard constraint, and fills the
    /// feature matrix.
    ///
    /// - Parameter scenario: A scenario that passed ``Scenario/validate()``.
    /// - Complexity: O(G + n·f) for a grid of G combinations, n candidates and f features.
    public init(scenario: Scenario) {
        self.scenario = scenario
        let categories = scenario.categories
        let layout = FeatureLayout(categoryCount: categories.count)
        self.layout = layout
        let grid = scenario.grid

        var compositions: [Composition] = []
        for k in grid.inKindShares {
            for e in grid.extraShares {
                if e > 0 && scenario.constraints.extraCategories == .forbidden { continue }
                let splits: [[Double]] = e == 0 ? [[]] : grid.extraSplits
                for split in splits {
                    let p = Package(firstYearTotal: 1, inKindShare: k, extraShare: e, extraSplit: split,
                                    duration: 1, escalation: .fixed(0))
                    if let unit = p.unitAllocation(over: categories) {
                        compositions.append(Composition(inKindShare: k, extraShare: e, extraSplit: split, unit: unit))
                    }
                }
            }
        }
        let s = scenario.previousTotal
        let totals = grid.totals.values.filter { t in
            let r = t / s - 1
            if let lo = scenario.constraints.minimumIncrease, r < lo - 1e-12 { return false }
            if let hi = scenario.constraints.maximumIncrease, r > hi + 1e-12 { return false }
            return true
        }
        var terms: [(duration: Int, rule: EscalationRule)] = []
        for d in grid.durations { for rule in grid.escalations { terms.append((d, rule)) } }
        let termFeatures = terms.map { TermFeatures(duration: $0.duration, rule: $0.rule, scenario: scenario) }
        self.compositions = compositions
        self.totals = totals
        self.terms = terms

        let n = compositions.count * totals.count * terms.count
        let f = layout.count
        let c = categories.count
        let columnCount = f
        // Column by column: each pass writes one contiguous column, in row order.
        let storage = [Double](unsafeUninitializedCapacity: n * columnCount) { buffer, initialized in
            func fill(_ column: Int, _ value: (Composition, Double, TermFeatures) -> Double) {
                var i = column * n
                for comp in compositions {
                    for t in totals {
                        for tf in termFeatures {
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
            fill(layout.increase) { _, t, _ in t / s - 1 }
            fill(layout.extraYears) { _, _, tf in Double(tf.duration - 1) }
            fill(layout.bounded) { _, _, tf in tf.bounded }
            fill(layout.escalationExcess) { _, _, tf in tf.escalationExcess }
            initialized = n * columnCount
        }
        // The shape is consistent by construction.
        do { features = try Matrix(rows: n, columns: f, columnMajor: storage) }
        catch { preconditionFailure("feature matrix shape: \(error)") }
    }

    /// The package in row `row`.
    /// - Complexity: O(number of extra categories).
    public func package(at row: Int) -> Package {
        precondition(row >= 0 && row < count, "row \(row) outside 0..<\(count)")
        let term = terms[row % terms.count]
        let rest = row / terms.count
        let total = totals[rest % totals.count]
        let comp = compositions[rest / totals.count]
        return Package(firstYearTotal: total, inKindShare: comp.inKindShare, extraShare: comp.extraShare,
                       extraSplit: comp.extraSplit, duration: term.duration, escalation: term.rule)
    }
}
