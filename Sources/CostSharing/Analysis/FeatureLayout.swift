/// The columns of a feature matrix: which column holds what.
///
/// For C categories, columns `2c` and `2c + 1` hold category c's cash and in-kind money as an
/// **annualized present value** (PV/D: the present value over the term divided by the term,
/// so one-year and six-year packages compare on a per-year footing), in billions. Then:
/// the annualized total A, the present value PV, the first-year total T, the first-year
/// increase r = T/S − 1, the extra years D − 1, the bounded-escalation flag B (0 or 1), and
/// the host's later-year growth excess Σ max(0, g_t − β_t)².
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
    /// Column of the first-year increase over the previous total.
    public var increase: Int { 2 * categoryCount + 3 }
    /// Column of D − 1.
    public var extraYears: Int { 2 * categoryCount + 4 }
    /// Column of the bounded-escalation flag.
    public var bounded: Int { 2 * categoryCount + 5 }
    /// Column of the host's later-year growth excess.
    public var escalationExcess: Int { 2 * categoryCount + 6 }
    /// Number of columns.
    public var count: Int { 2 * categoryCount + 7 }

    /// Column names, for CSV headers and debugging.
    public func names(categories: [CostCategory]) -> [String] {
        var out: [String] = []
        for c in categories { out += ["\(c.name).cash", "\(c.name).inKind"] }
        return out + ["annualizedPV", "presentValue", "firstYearTotal", "increase", "extraYears",
                      "boundedEscalation", "escalationExcess"]
    }

    /// The feature row of one package, or `nil` when its payment forms cannot be met.
    ///
    /// - Parameters:
    ///   - package: A package valid for `scenario` (duration within the forecast).
    ///   - scenario: The scenario.
    /// - Returns: `count` values in column order.
    public func row(for package: Package, in scenario: Scenario) -> [Double]? {
        guard let unit = package.unitAllocation(over: scenario.categories) else { return nil }
        let phi = scenario.forecast.presentValueFactor(duration: package.duration, rule: package.escalation)
        let term = TermFeatures(duration: package.duration, rule: package.escalation, scenario: scenario)
        var out = [Double](repeating: 0, count: count)
        let scale = package.firstYearTotal * phi / Double(package.duration)
        for c in 0..<categoryCount {
            out[money(c, .cash)] = unit.cash[c] * scale
            out[money(c, .inKind)] = unit.inKind[c] * scale
        }
        out[annualized] = scale
        out[presentValue] = package.firstYearTotal * phi
        out[firstYearTotal] = package.firstYearTotal
        out[increase] = package.firstYearTotal / scenario.previousTotal - 1
        out[extraYears] = Double(package.duration - 1)
        out[bounded] = term.bounded
        out[escalationExcess] = term.escalationExcess
        return out
    }
}

/// What a (duration, escalation rule) pair contributes to a package's features.
struct TermFeatures {
    let duration: Int
    let rule: EscalationRule
    /// φ / D: annualized present value per unit of first-year total.
    let annualFactor: Double
    /// φ: present value per unit of first-year total.
    let presentValueFactor: Double
    let bounded: Double
    let escalationExcess: Double

    init(duration: Int, rule: EscalationRule, scenario: Scenario) {
        self.duration = duration
        self.rule = rule
        let phi = scenario.forecast.presentValueFactor(duration: duration, rule: rule)
        presentValueFactor = phi
        annualFactor = phi / Double(duration)
        bounded = rule.isBounded ? 1 : 0
        escalationExcess = scenario.host.escalationExcess(duration: duration, rule: rule, forecast: scenario.forecast)
    }
}
