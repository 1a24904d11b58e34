/// One package described in domain terms, with both sides' utilities: what a report prints.
///
/// Amounts are in billions of the scenario's currency and of US dollars (at the scenario's
/// exchange rate); shares and increases are fractions (0.139 is +13.9%); utilities are per year
/// of the term, in previous-agreement years.
public struct PackageOutcome: Sendable, Hashable, Codable {
    /// One category's first-year money.
    public struct CategoryAmount: Sendable, Hashable, Codable {
        /// Category name.
        public var category: String
        /// First-year cash amount.
        public var cash: Double
        /// First-year in-kind amount.
        public var inKind: Double
    }

    /// Row in the candidate set, or `nil` for a package outside the grid (the actual agreement).
    public var candidate: Int?
    /// The package itself, its escalation rule in canonical form for its term.
    public var package: Package
    /// First-year total in billions of US dollars.
    public var firstYearTotalUSD: Double
    /// First-year increase over the previous agreement's annual total.
    public var firstYearIncrease: Double
    /// The average annual amount over the term (undiscounted), in billions.
    public var averageAnnualTotal: Double
    /// The term increase r̄: the average annual amount against the previous total, minus 1.
    /// The Assembly, the host's growth penalty and the recipient's headline judge a package by it.
    public var termIncrease: Double
    /// First-year amounts by category and form.
    public var amounts: [CategoryAmount]
    /// Undiscounted annual totals over the term.
    public var annualTotals: [Double]
    /// Present value over the term, in billions of the currency.
    public var presentValue: Double
    /// Present value in billions of US dollars.
    public var presentValueUSD: Double
    /// Utilities (ratification applied), in previous-agreement years per year of the term.
    public var utilities: PartyPair<Double>
    /// Gains over no deal.
    public var gains: PartyPair<Double>
    /// Probability that the host's legislature ratifies it.
    public var ratificationProbability: Double
    /// Whether the first-year total is the lowest or highest total of the analysed grid, so
    /// that a wider grid might move this package (never for packages outside the grid).
    public var atGridEdge: Bool
    /// Other escalation rules of the grid that pay exactly the same under the scenario's
    /// forecast, merged into this package (e.g. `CPI, cap 5%` beside `CPI, cap 4%` when CPI never
    /// exceeds 4%).
    public var equivalentEscalations: [EscalationRule]

    /// Describes `package` for `scenario`; `nil` when its payment forms cannot be met or its
    /// term is outside `1...forecast.longestTerm`.
    public init?(package: Package, candidate: Int?, utilities: PartyPair<Double>, disagreement: PartyPair<Double>,
                 scenario: Scenario, atGridEdge: Bool = false, equivalentEscalations: [EscalationRule] = []) {
        let package = package.canonical
        guard package.duration >= 1, package.duration <= scenario.forecast.longestTerm,
              let allocation = package.allocation(over: scenario.categories) else { return nil }
        self.candidate = candidate
        self.package = package
        let t = package.firstYearTotal, s = scenario.previousTotal
        let f = scenario.forecast
        firstYearTotalUSD = scenario.currency.usd(billions: t)
        firstYearIncrease = t / s - 1
        amounts = scenario.categories.indices.map {
            CategoryAmount(category: scenario.categories[$0].name, cash: allocation.cash[$0], inKind: allocation.inKind[$0])
        }
        annualTotals = f.path(duration: package.duration, rule: package.escalation).map { $0 * t }
        averageAnnualTotal = annualTotals.reduce(0, +) / Double(annualTotals.count)
        termIncrease = averageAnnualTotal / s - 1
        presentValue = t * f.presentValueFactor(duration: package.duration, rule: package.escalation)
        presentValueUSD = scenario.currency.usd(billions: presentValue)
        self.utilities = utilities
        gains = utilities.combined(with: disagreement, -)
        ratificationProbability = scenario.host.ratification.probability(termIncrease: termIncrease)
        self.atGridEdge = atGridEdge
        self.equivalentEscalations = equivalentEscalations
    }
}
