/// How the annual total changes after the first year of a multi-year agreement.
///
/// The SMA has used all of them: no clause (one-year deals such as the 10th SMA), a fixed rate
/// (5th SMA), CPI of two years earlier capped at 4% (8th and 9th SMA) or 5% (12th SMA), and the
/// previous year's defense-budget growth without a cap (11th SMA). The scenario's ``Forecast``
/// supplies the CPI and defense-budget paths. Each case carries only what it needs.
///
/// A rule only binds when there is a second year: for a one-year term every rule is the same
/// rule, ``none`` (see ``canonical(forDuration:)``), and the grid holds each such package once.
///
/// ```swift
/// EscalationRule.cpi(cap: 0.05).rate(year: 1, forecast: f)   // min(f.cpi[0], 0.05)
/// EscalationRule.defenseBudget(cap: nil).canonical(forDuration: 1)   // .none
/// ```
public enum EscalationRule: Sendable, Hashable {
    /// No escalation clause: every year pays the first-year total. For a one-year term this is
    /// the only rule; for a longer term it is the same as `fixed(rate: 0)`, a freeze.
    case none
    /// A fixed annual rate, e.g. `0.04`.
    case fixed(rate: Double)
    /// The consumer-price index path of the forecast, with an optional cap on the annual increase.
    case cpi(cap: Double?)
    /// The host's defense-budget growth path of the forecast, with an optional cap.
    case defenseBudget(cap: Double?)

    /// The cap on the annual increase, if the rule has one (`nil` for `none` and `fixed`).
    public var cap: Double? {
        switch self {
        case .none, .fixed: return nil
        case .cpi(let cap), .defenseBudget(let cap): return cap
        }
    }

    /// Whether the rule bounds the annual increase in advance: a fixed rate, a cap, or no clause.
    public var isBounded: Bool {
        switch self {
        case .none, .fixed: return true
        case .cpi(let cap), .defenseBudget(let cap): return cap != nil
        }
    }

    /// Whether the rule applies at all over a term of `duration` years: only from the second
    /// year on, so never for a one-year term, and never for ``none`` (a fixed 0% over several
    /// years is a freeze, a bound that applies).
    public func canBind(duration: Int) -> Bool { duration > 1 && self != .none }

    /// The one rule that stands for this rule over `duration` years: ``none`` for a one-year
    /// term (no rule can bind), `fixed(rate: 0)` for ``none`` over a longer term (a freeze),
    /// otherwise the rule itself. Two packages whose rules have the same canonical form pay
    /// the same amounts in every year.
    public func canonical(forDuration duration: Int) -> EscalationRule {
        if duration <= 1 { return .none }
        if self == .none { return .fixed(rate: 0) }
        return self
    }

    /// The increase applied in contract year `year` (1 is the second year), capped.
    ///
    /// - Parameters:
    ///   - year: Contract year, at least 1 (year 0 pays the first-year total).
    ///   - forecast: The scenario's index paths; `year` must be within them.
    /// - Returns: `min(g_year, cap)` where `g` is the followed index; 0 for ``none``.
    public func rate(year: Int, forecast: Forecast) -> Double {
        precondition(year >= 1, "escalation applies from contract year 1")
        switch self {
        case .none: return 0
        case .fixed(let rate): return rate
        case .cpi(let cap): return cap.map { min(forecast.cpi[year - 1], $0) } ?? forecast.cpi[year - 1]
        case .defenseBudget(let cap):
            return cap.map { min(forecast.defenseBudgetGrowth[year - 1], $0) } ?? forecast.defenseBudgetGrowth[year - 1]
        }
    }
}
