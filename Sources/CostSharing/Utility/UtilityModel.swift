import Foundation
import LinearAlgebra

/// Both sides' utility functions for one scenario, evaluated over a whole feature matrix or
/// for one package.
///
/// Every utility is a rate per year of the package's term, in previous-agreement years. The
/// linear part of both utilities is **one matrix product**, `features · weights` (n×f times f×2,
/// via `Matrix.multiplied(by:)` from LinearAlgebra, which runs its row-blocked loop on this tall,
/// skinny shape and BLAS `dgemm` on wide ones): column 0 of `weights` holds the
/// recipient's coefficients, column 1 the host's (see ``RecipientPreferences`` and
/// ``HostPreferences`` for the formulas). The nonlinear terms (curvature, headline, growth
/// penalty) are then added row by row; that gives the **base utilities**. In the
/// expected-utility form of ``Ratification``, each side's utility of a package is then
/// P·base + (1 − P)·d with d its disagreement utility; in the win-set form the base utilities
/// are the utilities.
///
/// ``CostSharingAnalysis`` evaluates its rows in the factored form instead (a composition's value
/// times a (total, term) scale plus a (total, term) offset; see `FactoredUtilities`), which sums
/// the same terms in another order: the two agree to about 1e-15 relative, not bit for bit.
///
/// ```swift
/// let model = UtilityModel(scenario: scenario)
/// let u = try model.utilities(of: candidates.features)   // PartyPair<[Double]>
/// ```
public struct UtilityModel: Sendable {
    /// The scenario.
    public let scenario: Scenario
    /// Column layout the weights refer to.
    public let layout: FeatureLayout
    /// The f×2 coefficient matrix of the linear part: column 0 recipient, column 1 host.
    public let weights: Matrix
    /// Each side's utility if there is no deal (see ``NoDealOutcome``).
    public private(set) var disagreement: PartyPair<Double>

    /// Builds the weights from the scenario's preferences, and the disagreement point.
    /// Utilities are in previous-agreement years, so money coefficients are divided by the
    /// previous total S.
    /// - Parameter scenario: A validated scenario.
    public init(scenario: Scenario) {
        self.scenario = scenario
        let layout = FeatureLayout(categoryCount: scenario.categories.count)
        self.layout = layout
        let s = scenario.previousTotal
        var w = Matrix(rows: layout.count, columns: 2)
        for (c, category) in scenario.categories.enumerated() {
            let theta = scenario.recipient.moneyValue[category.name] ?? FormValues(cash: 0, inKind: 0)
            let sigma = scenario.host.retainedValue[category.name] ?? FormValues(cash: 0, inKind: 0)
            let legal = category.framework == .extra ? scenario.host.extraCategoryPenalty : 0
            for form in PaymentForm.allCases {
                w[layout.money(c, form), 0] = theta[form] / s
                w[layout.money(c, form), 1] = -((1 - sigma[form]) + legal) / s
            }
        }
        w[layout.inverseTerm, 0] = -scenario.recipient.renegotiationCost
        w[layout.inverseTerm, 1] = -scenario.host.renegotiationCost
        w[layout.bounded, 0] = scenario.recipient.boundedEscalationPreference
        w[layout.bounded, 1] = scenario.host.boundedEscalationPreference
        weights = w
        disagreement = PartyPair(recipient: 0, host: 0)
        disagreement = computedDisagreement()
    }

    /// The no-deal utilities: the impasse's money and consequences per year, or a side's base
    /// utility of the package it is anchored to.
    private func computedDisagreement() -> PartyPair<Double> {
        let s = scenario.previousTotal
        let noDeal = scenario.noDeal
        let cost = noDeal.costPerYear
        var d = PartyPair(recipient: -cost.recipient, host: -cost.host)
        // Sum in name order: dictionary order changes from run to run, and so would the last bits.
        for name in noDeal.payments.keys.sorted() {
            let paid = noDeal.payments[name]!
            let theta = scenario.recipient.moneyValue[name] ?? FormValues(cash: 0, inKind: 0)
            let sigma = scenario.host.retainedValue[name] ?? FormValues(cash: 0, inKind: 0)
            for form in PaymentForm.allCases {
                d.recipient += theta[form] * paid[form] / s
                d.host -= (1 - sigma[form]) * paid[form] / s
            }
        }
        if let anchor = noDeal.recipientIndifferentTo, let u = baseUtilities(of: anchor) { d.recipient = u.recipient }
        if let anchor = noDeal.hostIndifferentTo, let u = baseUtilities(of: anchor) { d.host = u.host }
        return d
    }

    /// Base utilities (before ratification risk) of every row of a feature matrix.
    ///
    /// - Parameter features: n×f, laid out as ``layout``.
    /// - Returns: Each side's base utility per row.
    /// - Throws: `LinearAlgebraError` when `features` has the wrong number of columns.
    /// - Complexity: O(n·f).
    public func baseUtilities(of features: Matrix) throws(LinearAlgebraError) -> PartyPair<[Double]> {
        let linear = try features.multiplied(by: weights)
        let n = features.rows
        var us = Array(linear.column(0)), kr = Array(linear.column(1))
        let s = scenario.previousTotal
        let rec = scenario.recipient, host = scenario.host
        let annualized = features.column(layout.annualized)
        let increase = features.column(layout.termIncrease)
        let excess = features.column(layout.growthExcess)
        let a0 = annualized.startIndex, i0 = increase.startIndex, e0 = excess.startIndex
        let kUS = 0.5 * rec.diminishingValue, kKR = 0.5 * host.risingCost, mu = host.growthPenalty
        for i in 0..<n {
            let a = annualized[a0 + i] / s
            us[i] += -kUS * a * a + rec.headline(termIncrease: increase[i0 + i])
            kr[i] += -kKR * a * a - mu * excess[e0 + i]
        }
        return PartyPair(recipient: us, host: kr)
    }

    /// Utilities of every row: the base utilities with ratification applied (the expected
    /// value over ratification and its failure, or the base utilities in the win-set form).
    /// - Complexity: O(n·f).
    public func utilities(of features: Matrix) throws(LinearAlgebraError) -> PartyPair<[Double]> {
        expectedUtilities(base: try baseUtilities(of: features), features: features)
    }

    /// The base utilities of a feature matrix's rows with ratification applied:
    /// d + P·(base − d) per side in the expected-utility form, the base utilities in the win-set form.
    /// - Complexity: O(n).
    public func expectedUtilities(base: PartyPair<[Double]>, features: Matrix) -> PartyPair<[Double]> {
        var u = base
        guard case .expectedUtility = scenario.host.ratification.form else { return u }
        let increase = features.column(layout.termIncrease)
        let i0 = increase.startIndex
        let ratification = scenario.host.ratification, d = disagreement
        u.recipient.withUnsafeMutableBufferPointer { us in
            u.host.withUnsafeMutableBufferPointer { kr in
                for i in 0..<us.count {
                    let p = ratification.probability(termIncrease: increase[i0 + i])
                    us[i] = d.recipient + p * (us[i] - d.recipient)
                    kr[i] = d.host + p * (kr[i] - d.host)
                }
            }
        }
        return u
    }

    /// Base utilities of one package (the same numbers as a feature row gives), or `nil` when
    /// its payment forms cannot be met or its term is outside `1...forecast.longestTerm`.
    public func baseUtilities(of package: Package) -> PartyPair<Double>? {
        guard package.duration >= 1, package.duration <= scenario.forecast.longestTerm,
              let unit = package.unitAllocation(over: scenario.categories) else { return nil }
        let term = TermFeatures(duration: package.duration, rule: package.escalation, scenario: scenario)
        return baseUtilities(total: package.firstYearTotal, unit: unit, term: term)
    }

    /// Utilities of one package with ratification applied, or `nil` when its payment forms
    /// cannot be met or its term is outside the forecast.
    public func utilities(of package: Package) -> PartyPair<Double>? {
        guard let base = baseUtilities(of: package), let p = ratificationProbability(of: package) else { return nil }
        guard case .expectedUtility = scenario.host.ratification.form else { return base }
        return base.combined(with: disagreement) { u, d in d + p * (u - d) }
    }

    /// The chance the host's legislature ratifies `package`, or `nil` when its term is outside
    /// `1...forecast.longestTerm`.
    public func ratificationProbability(of package: Package) -> Double? {
        guard package.duration >= 1, package.duration <= scenario.forecast.longestTerm else { return nil }
        let term = TermFeatures(duration: package.duration, rule: package.escalation, scenario: scenario)
        return scenario.host.ratification.probability(
            termIncrease: term.termIncrease(total: package.firstYearTotal, previousTotal: scenario.previousTotal))
    }

    /// The money weights alone, `2C × 2` (rows as ``FeatureLayout/money(_:_:)``): the top rows of ``weights``.
    var moneyWeights: Matrix {
        var w = Matrix(rows: 2 * layout.categoryCount, columns: 2)
        for r in 0..<w.rows { w[r, 0] = weights[r, 0]; w[r, 1] = weights[r, 1] }
        return w
    }

    /// The unit allocations of compositions as a `count × 2C` matrix, columns as ``FeatureLayout/money(_:_:)``.
    static func unitMatrix(_ units: [Allocation], categories: Int) -> Matrix {
        var u = Matrix(rows: units.count, columns: 2 * categories)
        for (i, unit) in units.enumerated() {
            for c in 0..<categories { u[i, 2 * c] = unit.cash[c]; u[i, 2 * c + 1] = unit.inKind[c] }
        }
        return u
    }

    /// Each side's value per unit of scale of each composition: units · money weights, by the
    /// Swift loop, which sums over the 2C columns in order as ``value(of:)`` does.
    func compositionValues(of units: [Allocation]) -> PartyPair<[Double]> {
        guard !units.isEmpty else { return PartyPair(recipient: [], host: []) }
        do {
            let v = try Self.unitMatrix(units, categories: layout.categoryCount).multiplied(by: moneyWeights, method: .smallInnerLoop)
            return PartyPair(recipient: Array(v.column(0)), host: Array(v.column(1)))
        } catch {
            preconditionFailure("unit and weight shapes: \(error)")
        }
    }

    /// One composition's value per unit of scale: the sum, in column order, of its unit
    /// allocation times the money weights (the same arithmetic as ``compositionValues(of:)``).
    func value(of unit: Allocation) -> PartyPair<Double> {
        var us = weights[0, 0] * unit.cash[0], kr = weights[0, 1] * unit.cash[0]
        for l in 1..<(2 * layout.categoryCount) {
            let c = l / 2, x = l % 2 == 0 ? unit.cash[c] : unit.inKind[c]
            us += weights[l, 0] * x
            kr += weights[l, 1] * x
        }
        return PartyPair(recipient: us, host: kr)
    }

    /// What total `t` and a term contribute to both base utilities apart from the composition:
    /// the scale (t × annualized factor), each side's offset (renegotiation, bounded escalation,
    /// curvature, headline, growth penalty) and the term increase. See ``FactoredUtilities``.
    func pairTerms(total t: Double, term: TermFeatures) -> (scale: Double, offset: PartyPair<Double>, increase: Double) {
        let s = scenario.previousTotal
        let scale = t * term.annualFactor
        let a = scale / s
        let increase = term.termIncrease(total: t, previousTotal: s)
        let rec = scenario.recipient, host = scenario.host
        let us = (weights[layout.inverseTerm, 0] * term.inverseTerm + weights[layout.bounded, 0] * term.bounded)
            + (-0.5 * rec.diminishingValue * a * a + rec.headline(termIncrease: increase))
        let kr = (weights[layout.inverseTerm, 1] * term.inverseTerm + weights[layout.bounded, 1] * term.bounded)
            + (-0.5 * host.risingCost * a * a - host.growthPenalty * term.growthExcess(total: t, previousTotal: s))
        return (scale, PartyPair(recipient: us, host: kr), increase)
    }

    /// Base utilities at first-year total `t` for a composition's unit allocation and a term:
    /// the scalar form of the analysis's row utilities (``FactoredUtilities``, the same
    /// arithmetic), used for single packages and the reservation search. The feature-matrix form
    /// ``baseUtilities(of:)-(Matrix)`` sums the same terms in another order, so it agrees to
    /// rounding (about 1e-15 relative), not bit for bit.
    func baseUtilities(total t: Double, unit: Allocation, term: TermFeatures) -> PartyPair<Double> {
        let v = value(of: unit)
        let f = pairTerms(total: t, term: term)
        return PartyPair(recipient: f.scale * v.recipient + f.offset.recipient, host: f.scale * v.host + f.offset.host)
    }
}
