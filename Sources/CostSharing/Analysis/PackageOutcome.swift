/// One package described in domain terms, with both sides' utilities: what a report prints.
///
/// Amounts are in billions of the scenario's currency and of US dollars (at the scenario's
/// exchange rate); shares and increases are fractions (0.139 is +13.9%).
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
    /// The package itself.
    public var package: Package
    /// First-year total in billions of US dollars.
    public var firstYearTotalUSD: Double
    /// First-year increase over the previous agreement's annual total.
    public var increase: Double
    /// First-year amounts by category and form.
    public var amounts: [CategoryAmount]
    /// Undiscounted annual totals over the term.
    public var annualTotals: [Double]
    /// Present value over the term, in billions of the currency.
    public var presentValue: Double
    /// Present value in billions of US dollars.
    public var presentValueUSD: Double
    /// Utilities [recipient, host], in previous-agreement years.
    public var utilities: [Double]
    /// Gains over no deal [recipient, host].
    public var gains: [Double]
    /// Probability that the host's legislature ratifies it.
    public var ratificationProbability: Double

    /// Describes `package` for `scenario`; `nil` when its payment forms cannot be met.
    public init?(package: Package, candidate: Int?, utilities: [Double], disagreement: [Double], scenario: Scenario) {
        guard let allocation = package.allocation(over: scenario.categories) else { return nil }
        self.candidate = candidate
        self.package = package
        let t = package.firstYearTotal
        firstYearTotalUSD = scenario.currency.usd(billions: t)
        increase = t / scenario.previousTotal - 1
        amounts = scenario.categories.indices.map {
            CategoryAmount(category: scenario.categories[$0].name, cash: allocation.cash[$0], inKind: allocation.inKind[$0])
        }
        annualTotals = scenario.forecast.path(duration: package.duration, rule: package.escalation).map { $0 * t }
        presentValue = t * scenario.forecast.presentValueFactor(duration: package.duration, rule: package.escalation)
        presentValueUSD = scenario.currency.usd(billions: presentValue)
        self.utilities = utilities
        gains = zip(utilities, disagreement).map { $0 - $1 }
        ratificationProbability = scenario.host.ratification.probability(increase: increase)
    }
}
