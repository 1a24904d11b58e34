import LinearAlgebra

/// Both sides' utility functions for one scenario, evaluated over a whole feature matrix.
///
/// The linear part of both utilities is **one BLAS product**, `features · weights`
/// (n×f times f×2, via `Matrix.multiplied(by:)` from LinearAlgebra): column 0 of `weights` holds
/// the recipient's coefficients, column 1 the host's (see ``RecipientPreferences`` and
/// ``HostPreferences`` for the formulas). The nonlinear terms (diminishing value, headline,
/// growth penalty, ratification) are then added column by column.
///
/// ```swift
/// let model = UtilityModel(scenario: scenario)
/// let (us, korea) = try model.utilities(of: candidates.features)
/// ```
public struct UtilityModel: Sendable {
    /// The scenario.
    public let scenario: Scenario
    /// Column layout the weights refer to.
    public let layout: FeatureLayout
    /// The f×2 coefficient matrix of the linear part: column 0 recipient, column 1 host.
    public let weights: Matrix

    /// Builds the weights from the scenario's preferences. Utilities are in previous-agreement
    /// years, so money coefficients are divided by the previous total S.
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
        w[layout.extraYears, 0] = scenario.recipient.durationPreference
        w[layout.extraYears, 1] = scenario.host.durationPreference
        w[layout.bounded, 0] = scenario.recipient.boundedEscalationPreference
        w[layout.bounded, 1] = scenario.host.boundedEscalationPreference
        weights = w
    }

    /// Utilities of every row of a feature matrix.
    ///
    /// - Parameter features: n×f, laid out as ``layout``.
    /// - Returns: The recipient's and the host's utility per row.
    /// - Throws: `LinearAlgebraError` when `features` has the wrong number of columns.
    /// - Complexity: O(n·f).
    public func utilities(of features: Matrix) throws(LinearAlgebraError) -> (recipient: [Double], host: [Double]) {
        let linear = try features.multiplied(by: weights)
        let n = features.rows
        var us = Array(linear.column(0)), kr = Array(linear.column(1))
        let s = scenario.previousTotal
        let rec = scenario.recipient, host = scenario.host
        let annualized = features.column(layout.annualized)
        let increase = features.column(layout.increase)
        let excess = features.column(layout.escalationExcess)
        let a0 = annualized.startIndex, i0 = increase.startIndex, e0 = excess.startIndex
        for i in 0..<n {
            let a = annualized[a0 + i] / s
            let r = increase[i0 + i]
            us[i] += -0.5 * rec.diminishingValue * a * a + rec.headline(increase: r)
            kr[i] += -0.5 * host.risingCost * a * a
                - host.growthPenalty * (host.firstYearExcess(increase: r) + excess[e0 + i])
                + host.ratification.utility(increase: r)
        }
        return (us, kr)
    }

    /// Both utilities of one package, or `nil` when its payment forms cannot be met.
    public func utilities(of package: Package) -> [Double]? {
        guard let row = layout.row(for: package, in: scenario),
              let m = try? Matrix(rows: 1, columns: layout.count, columnMajor: row),
              let u = try? utilities(of: m) else { return nil }
        return [u.recipient[0], u.host[0]]
    }

    /// The disagreement point [recipient, host]: each side's utility if there is no deal
    /// (see ``NoDealOutcome``), or its utility for the package it is anchored to.
    public var disagreement: [Double] {
        let s = scenario.previousTotal
        var us = -scenario.noDeal.recipientFriction, kr = -scenario.noDeal.hostFriction
        // Sum in name order: dictionary order changes from run to run, and so would the last bits.
        for name in scenario.noDeal.payments.keys.sorted() {
            let paid = scenario.noDeal.payments[name]!
            let theta = scenario.recipient.moneyValue[name] ?? FormValues(cash: 0, inKind: 0)
            let sigma = scenario.host.retainedValue[name] ?? FormValues(cash: 0, inKind: 0)
            for form in PaymentForm.allCases {
                us += theta[form] * paid[form] / s
                kr -= (1 - sigma[form]) * paid[form] / s
            }
        }
        if let anchor = scenario.noDeal.recipientIndifferentTo, let u = utilities(of: anchor) { us = u[0] }
        if let anchor = scenario.noDeal.hostIndifferentTo, let u = utilities(of: anchor) { kr = u[1] }
        return [us, kr]
    }
}
