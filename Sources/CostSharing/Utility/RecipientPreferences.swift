/// The recipient's (the United States') utility parameters.
///
/// Every term is a rate **per year of the term**, in previous-agreement years (1.0 is the value
/// of one year of the last agreement's total, paid at par). With S the previous annual total,
/// x_{c,f} the annualized present value (PV/D) of category c in form f, A = Σ x_{c,f}, D the
/// term, B = 1 when a bounded escalation rule can bind (a capped index or a fixed rate, over more
/// than one year), and r̄ the term increase (the average annual amount over the term against S):
///
/// U_US = Σ_{c,f} θ_{c,f}·x_{c,f}/S                      (money, valued by category and form)
///      − c_US/D + ε·B                                     (one round of talks per term; attitude to caps)
///      − (κ/2)·(A/S)²                                     (diminishing value of money)
///      + η·G(r̄ − r*),  G(z) = z for z ≥ 0, λ·z for z < 0  (headline against its own demand)
///
/// The first two lines are linear in the features and come out of one matrix product
/// (see ``UtilityModel``); the last two are applied afterwards, row by row. Ratification then
/// turns U into an expected utility (``Ratification``).
///
/// ```swift
/// var us = RecipientPreferences(moneyValue: ["labor": FormValues(cash: 1, inKind: 1)])
/// us.demandIncrease = 0.5   // the $1.3B ask of mid-2020, +50%
/// ```
public struct RecipientPreferences: Sendable, Hashable {
    /// θ: value per unit of money, by category name and form. Cash is usually worth more than
    /// in kind (frictions, unspent balances); extra categories may be worth more than 1 (the
    /// money relieves the recipient's own budget and sets a precedent).
    public var moneyValue: [String: FormValues]
    /// κ ≥ 0: curvature; the marginal value of money falls as the annual amount rises.
    public var diminishingValue: Double
    /// r*: the term increase over the previous total the recipient demands (its reference point).
    public var demandIncrease: Double
    /// η ≥ 0: weight of the headline term (being able to call the deal a win).
    public var headlineWeight: Double
    /// λ ≥ 1: loss aversion; falling short of the demand hurts λ times as much as exceeding it helps.
    public var lossAversion: Double
    /// c_US: the recipient's cost of one round of talks, in previous-agreement years; spread over
    /// the term it costs c/D a year. Negative when a round is worth something, as annual talks
    /// were to a US that wanted the leverage of renegotiating every year.
    public var renegotiationCost: Double
    /// ε: utility per year of a bounded escalation rule that can bind (negative: the recipient
    /// dislikes caps).
    public var boundedEscalationPreference: Double

    /// The defaults of every parameter but the money values: no curvature, no demand, no
    /// headline, no loss aversion, no cost of talks, no attitude to caps. Decoding uses them too.
    public enum Defaults {
        public static let diminishingValue = 0.0
        public static let demandIncrease = 0.0
        public static let headlineWeight = 0.0
        public static let lossAversion = 1.0
        public static let renegotiationCost = 0.0
        public static let boundedEscalationPreference = 0.0
    }

    /// Creates recipient preferences; every parameter but the money values defaults to
    /// ``Defaults``.
    public init(moneyValue: [String: FormValues], diminishingValue: Double = Defaults.diminishingValue,
                demandIncrease: Double = Defaults.demandIncrease, headlineWeight: Double = Defaults.headlineWeight,
                lossAversion: Double = Defaults.lossAversion, renegotiationCost: Double = Defaults.renegotiationCost,
                boundedEscalationPreference: Double = Defaults.boundedEscalationPreference) {
        self.moneyValue = moneyValue
        self.diminishingValue = diminishingValue
        self.demandIncrease = demandIncrease
        self.headlineWeight = headlineWeight
        self.lossAversion = lossAversion
        self.renegotiationCost = renegotiationCost
        self.boundedEscalationPreference = boundedEscalationPreference
    }

    /// The headline term η·G(r̄ − r*) for a term increase r̄.
    public func headline(termIncrease: Double) -> Double {
        let z = termIncrease - demandIncrease
        return headlineWeight * (z >= 0 ? z : lossAversion * z)
    }
}
