/// The recipient's (the United States') utility parameters.
///
/// Utilities are measured in **previous-agreement years**: 1.0 is the value of one year of the
/// last agreement's total paid at par. With S the previous annual total, x_{c,f} the
/// annualized present value (PV/D) of category c in form f, A = Σ x_{c,f}, D the term,
/// B = 1 when the escalation is bounded (capped or fixed), and r the first-year increase over S:
///
/// U_US = Σ_{c,f} θ_{c,f}·x_{c,f}/S                      (money, valued by category and form)
///      + δ·(D − 1) + ε·B                                  (term and escalation preferences)
///      − (κ/2)·(A/S)²                                     (diminishing value of money)
///      + η·G(r − r*),  G(z) = z for z ≥ 0, λ·z for z < 0  (headline against its own demand)
///
/// The first two lines are linear in the features and come out of one matrix product
/// (see ``UtilityModel``); the last two are applied afterwards, row by row.
///
/// ```swift
/// var us = RecipientPreferences(moneyValue: ["labor": FormValues(cash: 1, inKind: 0.9)])
/// us.demandIncrease = 0.5   // the $1.3B ask of mid-2020, +50%
/// ```
public struct RecipientPreferences: Sendable, Hashable {
    /// θ: value per unit of money, by category name and form. Cash is usually worth more than
    /// in kind (frictions, unspent balances); extra categories may be worth more than 1 (the
    /// money relieves the recipient's own budget and sets a precedent).
    public var moneyValue: [String: FormValues]
    /// κ ≥ 0: curvature; the marginal value of money falls as the annual amount rises.
    public var diminishingValue: Double
    /// r*: the increase over the previous total the recipient demands (its reference point).
    public var demandIncrease: Double
    /// η ≥ 0: weight of the headline term (being able to call the deal a win).
    public var headlineWeight: Double
    /// λ ≥ 1: loss aversion; falling short of the demand hurts λ times as much as exceeding it helps.
    public var lossAversion: Double
    /// δ: utility per extra year of term; negative when annual talks are valued as leverage.
    public var durationPreference: Double
    /// ε: utility of a bounded escalation rule (negative: the recipient dislikes caps).
    public var boundedEscalationPreference: Double

    /// Creates recipient preferences; every parameter but the money values defaults to a
    /// neutral value (no curvature, no headline term, no term or escalation preference).
    public init(moneyValue: [String: FormValues], diminishingValue: Double = 0, demandIncrease: Double = 0,
                headlineWeight: Double = 0, lossAversion: Double = 1, durationPreference: Double = 0,
                boundedEscalationPreference: Double = 0) {
        self.moneyValue = moneyValue
        self.diminishingValue = diminishingValue
        self.demandIncrease = demandIncrease
        self.headlineWeight = headlineWeight
        self.lossAversion = lossAversion
        self.durationPreference = durationPreference
        self.boundedEscalationPreference = boundedEscalationPreference
    }

    /// The headline term η·G(r − r*) for a first-year increase r.
    public func headline(increase: Double) -> Double {
        let z = increase - demandIncrease
        return headlineWeight * (z >= 0 ? z : lossAversion * z)
    }
}
