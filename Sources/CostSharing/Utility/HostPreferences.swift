/// The host's (South Korea's or Japan's) utility parameters.
///
/// In previous-agreement years (see ``RecipientPreferences``), with x_{c,f}, A, D, B and r as
/// there, X = Σ over extra categories of x_{c,f}, and β_t the benchmark index path:
///
/// U_KR = −Σ_{c,f} (1 − σ_{c,f})·x_{c,f}/S − ν·X/S         (net cost: what leaves the economy,
///                                                          and a legal penalty on extra items)
///      + δ·(D − 1) + ε·B                                   (term and escalation preferences)
///      − (κ/2)·(A/S)²                                      (rising cost of money)
///      − μ·[max(0, r − b₀)² + Σ_{1≤t<D} max(0, g_t − β_t)²]  (growth above its own budget)
///      + ω·ln P(r)                                         (ratification, ``Ratification``)
///
/// The first two lines come out of the matrix product; the rest is applied afterwards.
/// ν applies only when the scenario turns the legal limit on extra categories into a penalty;
/// by default extra spending is excluded outright (``Constraints/extraCategories``).
public struct HostPreferences: Sendable, Hashable {
    /// σ: fraction of each unit of money that stays in the host economy (wages of its
    /// nationals, contracts with its firms), by category name and form, each in `0...1`.
    public var retainedValue: [String: FormValues]
    /// κ ≥ 0: curvature; each extra unit costs more as the annual amount rises.
    public var risingCost: Double
    /// Which index the host judges growth against in later years: CPI or its defense budget.
    public var growthBenchmark: EscalationRule.Index
    /// b₀: the first-year increase the host can justify (e.g. its defense-budget growth).
    public var firstYearBenchmark: Double
    /// μ ≥ 0: weight of the squared growth excess, a steep penalty.
    public var growthPenalty: Double
    /// ν ≥ 0: penalty per unit of extra-category money when such money is allowed at all.
    public var extraCategoryPenalty: Double
    /// Ratification by the legislature.
    public var ratification: Ratification
    /// δ: utility per extra year of term (positive: stability, fewer crises).
    public var durationPreference: Double
    /// ε: utility of a bounded escalation rule.
    public var boundedEscalationPreference: Double

    /// Creates host preferences.
    public init(retainedValue: [String: FormValues], risingCost: Double = 0,
                growthBenchmark: EscalationRule.Index = .cpi, firstYearBenchmark: Double = 0,
                growthPenalty: Double = 0, extraCategoryPenalty: Double = 0,
                ratification: Ratification = Ratification(midpointIncrease: 1, slope: 1, weight: 0),
                durationPreference: Double = 0, boundedEscalationPreference: Double = 0) {
        self.retainedValue = retainedValue
        self.risingCost = risingCost
        self.growthBenchmark = growthBenchmark
        self.firstYearBenchmark = firstYearBenchmark
        self.growthPenalty = growthPenalty
        self.extraCategoryPenalty = extraCategoryPenalty
        self.ratification = ratification
        self.durationPreference = durationPreference
        self.boundedEscalationPreference = boundedEscalationPreference
    }

    /// The later-year excess Σ_{1≤t<D} max(0, g_t − β_t)² for a term and rule.
    public func escalationExcess(duration: Int, rule: EscalationRule, forecast: Forecast) -> Double {
        var sum = 0.0
        for t in stride(from: 1, to: duration, by: 1) {
            let benchmark = growthBenchmark == .defenseBudget
                ? forecast.defenseBudgetGrowth[t - 1] : forecast.cpi[t - 1]
            let excess = rule.rate(year: t, forecast: forecast) - benchmark
            if excess > 0 { sum += excess * excess }
        }
        return sum
    }

    /// The first-year growth penalty term's argument, max(0, r − b₀)².
    public func firstYearExcess(increase: Double) -> Double {
        let e = increase - firstYearBenchmark
        return e > 0 ? e * e : 0
    }
}
