/// How the annual total changes after the first year of a multi-year agreement.
///
/// The SMA has used all three: a fixed rate (5th SMA), CPI of two years earlier capped at 4%
/// (8th and 9th SMA) or 5% (12th SMA), and the previous year's defense-budget growth without a
/// cap (11th SMA). The scenario's ``Forecast`` supplies the CPI and defense-budget paths.
///
/// ```swift
/// EscalationRule.cpi(cap: 0.05).rate(year: 1, forecast: f)  // min(f.cpi[0], 0.05)
/// ```
public struct EscalationRule: Sendable, Hashable {
    /// The index the rule follows.
    public enum Index: String, Sendable, Hashable, Codable, CaseIterable {
        /// A fixed annual rate, ``EscalationRule/rate``.
        case fixed
        /// The consumer-price index path of the forecast.
        case cpi
        /// The host's defense-budget growth path of the forecast.
        case defenseBudget
    }

    /// The index followed.
    public var index: Index
    /// The annual rate for ``Index/fixed`` (e.g. `0.04`); `nil` for the indexed rules.
    public var rate: Double?
    /// Upper bound on the annual increase, or `nil` for none. Applies to every index.
    public var cap: Double?

    /// Creates a rule; prefer the static constructors.
    public init(index: Index, rate: Double? = nil, cap: Double? = nil) {
        self.index = index
        self.rate = rate
        self.cap = cap
    }

    /// A fixed annual rate.
    public static func fixed(_ rate: Double) -> EscalationRule { .init(index: .fixed, rate: rate) }
    /// CPI-linked, with an optional cap.
    public static func cpi(cap: Double?) -> EscalationRule { .init(index: .cpi, cap: cap) }
    /// Linked to the host's defense-budget growth, with an optional cap.
    public static func defenseBudget(cap: Double?) -> EscalationRule { .init(index: .defenseBudget, cap: cap) }

    /// Whether the rule bounds the increase: a cap, or a fixed rate.
    public var isBounded: Bool { cap != nil || index == .fixed }

    /// The increase applied in contract year `year` (1 is the second year), capped.
    ///
    /// - Parameters:
    ///   - year: Contract year, at least 1 (year 0 pays the first-year total).
    ///   - forecast: The scenario's index paths; `year` must be within them.
    /// - Returns: `min(g_year, cap)` where `g` is the followed index.
    public func rate(year: Int, forecast: Forecast) -> Double {
        precondition(year >= 1, "escalation applies from contract year 1")
        let g: Double
        switch index {
        case .fixed: g = rate ?? 0
        case .cpi: g = forecast.cpi[year - 1]
        case .defenseBudget: g = forecast.defenseBudgetGrowth[year - 1]
        }
        if let cap { return min(g, cap) }
        return g
    }

    /// A short description, e.g. `"CPI, cap 4%"`, `"fixed 0%"`, `"defense budget, no cap"`.
    public var summary: String {
        func pct(_ x: Double) -> String {
            let v = x * 100
            return v == v.rounded() ? "\(Int(v))%" : String(format: "%.1f%%", v)
        }
        switch index {
        case .fixed: return "fixed \(pct(rate ?? 0))"
        case .cpi: return "CPI, " + (cap.map { "cap \(pct($0))" } ?? "no cap")
        case .defenseBudget: return "defense budget, " + (cap.map { "cap \(pct($0))" } ?? "no cap")
        }
    }
}
