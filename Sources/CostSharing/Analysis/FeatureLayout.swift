/// The columns of a feature matrix: which column holds what.
///
/// For C categories, columns `2c` and `2c + 1` hold category c's cash and in-kind money as an
/// **annualized present value** (PV/D: the present value over the term divided by the term,
/// so every package is valued per year of its term), in billions. Then: the annualized total A,
/// the present value PV, the first-year total T, the term increase r̄ (the average annual
/// amount over the term against the previous total, minus 1), the inverse term 1/D, the flag
/// B (1 when a bounded escalation rule can bind: a capped index or a fixed rate over more than
/// one year), and the host's growth excess (1/D)·Σ_t max(0, L_t/J_t − 1)² (see
/// ``HostPreferences``).
public struct FeatureLayout: Sendable, Hashable {
    /// Number of categories C.
    public let categoryCount: Int

    /// Creates the layout for `categoryCount` categories.
    public init(categoryCount: Int) { self.categoryCount = categoryCount }

    /// Column of category `c`'s money in `form`.
    public func money(_ c: Int, _ form: PaymentForm) -> Int { 2 * c + (form == .cash ? 0 : 1) }
    /// Column of the annualized present value A = PV/D.
    public var annualized: Int { 2 * categoryCount }
    /// Column of the present value over the term.
    public var presentValue: Int { 2 * categoryCount + 1 }
    /// Column of the first-year total.
    public var firstYearTotal: Int { 2 * categoryCount + 2 }
    /// Column of the term increase r̄.
    public var termIncrease: Int { 2 * categoryCount + 3 }
    /// Column of 1/D.
    public var inverseTerm: Int { 2 * categoryCount + 4 }
    /// Column of the bounded-escalation flag.
    public var bounded: Int { 2 * categoryCount + 5 }
    /// Column of the host's growth excess.
    public var growthExcess: Int { 2 * categoryCount + 6 }
    /// Number of columns.
    public var count: Int { 2 * categoryCount + 7 }

    /// Column names, for CSV headers and debugging.
    public func names(categories: [CostCategory]) -> [String] {
        var out: [String] = []
        for c in categories { out += ["\(c.name).cash", "\(c.name).inKind"] }
        return out + ["annualizedPV", "presentValue", "firstYearTotal", "termIncrease", "inverseTerm",
                      "boundedEscalation", "growthExcess"]
    }

    /// The feature row of one package, or `nil` when its payment forms cannot be met.
    ///
    /// - Parameters:
    ///   - package: A package valid for `scenario` (duration within the forecast).
    ///   - scenario: The scenario.
    /// - Returns: `count` values in column order, the same as ``CandidateSet`` writes; `nil` when
    ///   the term is outside `1...forecast.longestTerm`.
    public func row(for package: Package, in scenario: Scenario) -> [Double]? {
        guard package.duration >= 1, package.duration <= scenario.forecast.longestTerm,
              let unit = package.unitAllocation(over: scenario.categories) else { return nil }
        let term = TermFeatures(duration: package.duration, rule: package.escalation, scenario: scenario)
        var out = [Double](repeating: 0, count: count)
        let t = package.firstYearTotal
        for c in 0..<categoryCount {
            out[money(c, .cash)] = unit.cash[c] * t * term.annualFactor
            out[money(c, .inKind)] = unit.inKind[c] * t * term.annualFactor
        }
        out[annualized] = t * term.annualFactor
        out[presentValue] = t * term.presentValueFactor
        out[firstYearTotal] = t
        out[termIncrease] = term.termIncrease(total: t, previousTotal: scenario.previousTotal)
        out[inverseTerm] = term.inverseTerm
        out[bounded] = term.bounded
        out[growthExcess] = term.growthExcess(total: t, previousTotal: scenario.previousTotal)
        return out
    }
}

/// What a (duration, escalation rule) pair contributes to a package's features, per unit of
/// first-year total.
struct TermFeatures: Sendable {
    let duration: Int
    /// The rule in canonical form for the duration.
    let rule: EscalationRule
    /// φ / D: annualized present value per unit of first-year total.
    let annualFactor: Double
    /// φ: present value per unit of first-year total.
    let presentValueFactor: Double
    /// The mean annual level over the term.
    let meanLevel: Double
    /// 1/D.
    let inverseTerm: Double
    /// 1 when a bounded rule can bind.
    let bounded: Double
    /// The host's growth ratios q_t.
    let growthRatios: [Double]
    /// The annual levels per unit of first-year total.
    let levels: [Double]
    /// Other rules of the grid that pay the same (merged into this term by ``CandidateSet``).
    var equivalents: [EscalationRule] = []

    /// Whether `other` pays the same amounts in every year, with the same bounded flag, so the
    /// two are one package for every total and composition.
    func paysTheSame(as other: TermFeatures) -> Bool {
        duration == other.duration && bounded == other.bounded && levels == other.levels
    }

    init(duration: Int, rule: EscalationRule, scenario: Scenario) {
        self.duration = duration
        let rule = rule.canonical(forDuration: duration)
        self.rule = rule
        let f = scenario.forecast
        let phi = f.presentValueFactor(duration: duration, rule: rule)
        presentValueFactor = phi
        annualFactor = phi / Double(duration)
        meanLevel = f.meanLevel(duration: duration, rule: rule)
        levels = f.path(duration: duration, rule: rule)
        inverseTerm = 1 / Double(duration)
        bounded = rule.canBind(duration: duration) && rule.isBounded ? 1 : 0
        growthRatios = scenario.host.growthRatios(duration: duration, rule: rule, forecast: f)
    }

    @inline(__always)
    func termIncrease(total t: Double, previousTotal s: Double) -> Double { t * meanLevel / s - 1 }

    @inline(__always)
    func growthExcess(total t: Double, previousTotal s: Double) -> Double {
        HostPreferences.growthExcess(relativeTotal: t / s, ratios: growthRatios)
    }
}
