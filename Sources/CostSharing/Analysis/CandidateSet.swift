import LinearAlgebra

/// Every candidate package of a scenario's grid that meets the hard constraints, with its
/// features in a **column-major** ``LinearAlgebra/Matrix`` (one row per package, columns as in
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
        var storage = [Double](repeating: 0, count: n * f)
        storage.withUnsafeMutableBufferPointer { m in
            var row = 0
            for comp in compositions {
                for t in totals {
                    let increase = t / s - 1
                    for tf in termFeatures {
                        let scale = t * tf.annualFactor
                        for j in 0..<c {
                            m[row + (2 * j) * n] = comp.unit.cash[j] * scale
                            m[row + (2 * j + 1) * n] = comp.unit.inKind[j] * scale
                        }
                        m[row + layout.annualized * n] = scale
                        m[row + layout.presentValue * n] = t * tf.presentValueFactor
                        m[row + layout.firstYearTotal * n] = t
                        m[row + layout.increase * n] = increase
                        m[row + layout.extraYears * n] = Double(tf.duration - 1)
                        m[row + layout.bounded * n] = tf.bounded
                        m[row + layout.escalationExcess * n] = tf.escalationExcess
                        row += 1
                    }
                }
            }
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
