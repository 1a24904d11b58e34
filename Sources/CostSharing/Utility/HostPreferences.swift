/// The host's (South Korea's or Japan's) utility parameters.
///
/// Per year of the term, in previous-agreement years, with x_{c,f}, A, D, B and S as in
/// ``RecipientPreferences`` and X the money for extra categories:
///
/// U_KR = −Σ_{c,f} (1 − σ_{c,f})·x_{c,f}/S − ν·X/S        (net cost: what leaves the economy,
///                                                         and a legal penalty on extra items)
///      − c_KR/D + ε·B                                    (one round of talks per term; caps)
///      − (κ/2)·(A/S)²                                    (rising cost of money)
///      − μ·(1/D)·Σ_{0≤t<D} max(0, L_t/J_t − 1)²          (growth above what it can justify)
///
/// where L_t = T·Π_{1≤k≤t}(1 + g_k) is the amount the package pays in contract year t and
/// J_t = S·(1 + b₀)·Π_{1≤k≤t}(1 + β_k) the amount the host can justify that year: the previous
/// total raised by the first-year benchmark b₀ and then by its benchmark index β. Every year of
/// the term counts, so a low first year followed by an uncapped index is judged by where it
/// ends up. Ratification (``Ratification``) then turns U into an expected utility or a hard
/// constraint.
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
    /// Which index the host judges growth against after the first year.
    public var growthBenchmark: GrowthBenchmark
    /// b₀: the first-year increase the host can justify (e.g. its defense-budget growth).
    public var firstYearBenchmark: Double
    /// μ ≥ 0: weight of the squared excess over the justifiable path, a steep penalty.
    public var growthPenalty: Double
    /// ν ≥ 0: penalty per unit of extra-category money when such money is allowed at all.
    public var extraCategoryPenalty: Double
    /// Ratification by the legislature.
    public var ratification: Ratification
    /// c_KR: the host's cost of one round of talks (a crisis, a ratification fight), in
    /// previous-agreement years; c/D a year over the term.
    public var renegotiationCost: Double
    /// ε: utility per year of a bounded escalation rule that can bind.
    public var boundedEscalationPreference: Double

    /// The defaults of the optional parameters, used by the initializer and by decoding.
    public enum Defaults {
        public static let risingCost = 0.0
        public static let growthBenchmark = GrowthBenchmark.cpi
        public static let firstYearBenchmark = 0.0
        public static let growthPenalty = 0.0
        public static let extraCategoryPenalty = 0.0
        public static let renegotiationCost = 0.0
        public static let boundedEscalationPreference = 0.0
    }

    /// Creates host preferences.
    public init(retainedValue: [String: FormValues], risingCost: Double = Defaults.risingCost,
                growthBenchmark: GrowthBenchmark = Defaults.growthBenchmark,
                firstYearBenchmark: Double = Defaults.firstYearBenchmark, growthPenalty: Double = Defaults.growthPenalty,
                extraCategoryPenalty: Double = Defaults.extraCategoryPenalty, ratification: Ratification,
                renegotiationCost: Double = Defaults.renegotiationCost,
                boundedEscalationPreference: Double = Defaults.boundedEscalationPreference) {
        self.retainedValue = retainedValue
        self.risingCost = risingCost
        self.growthBenchmark = growthBenchmark
        self.firstYearBenchmark = firstYearBenchmark
        self.growthPenalty = growthPenalty
        self.extraCategoryPenalty = extraCategoryPenalty
        self.ratification = ratification
        self.renegotiationCost = renegotiationCost
        self.boundedEscalationPreference = boundedEscalationPreference
    }

    /// The growth ratios q_t = path_t / ((1 + b₀)·Π_{1≤k≤t}(1 + β_k)) of a term and rule, so that
    /// year t's amount against the justifiable amount is (T/S)·q_t.
    /// - Complexity: O(D).
    public func growthRatios(duration: Int, rule: EscalationRule, forecast: Forecast) -> [Double] {
        var level = 1.0, justified = 1 + firstYearBenchmark
        var out = [level / justified]
        for t in stride(from: 1, to: duration, by: 1) {
            level *= 1 + rule.rate(year: t, forecast: forecast)
            justified *= 1 + growthBenchmark.rate(year: t, forecast: forecast)
            out.append(level / justified)
        }
        return out
    }

    /// The mean squared excess (1/D)·Σ_t max(0, (T/S)·q_t − 1)² for growth ratios `q` and a
    /// first-year total relative to the previous total, `relativeTotal` = T/S.
    @inlinable
    public static func growthExcess(relativeTotal: Double, ratios q: [Double]) -> Double {
        var sum = 0.0
        for r in q {
            let e = relativeTotal * r - 1
            if e > 0 { sum += e * e }
        }
        return sum / Double(q.count)
    }
}
