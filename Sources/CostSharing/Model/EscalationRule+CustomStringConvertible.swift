import Foundation

extension EscalationRule: CustomStringConvertible {
    /// A short description for reports: `"none"`, `"fixed 4%"`, `"freeze (fixed 0%)"`,
    /// `"CPI, cap 4%"`, `"defense budget, no cap"`.
    public var description: String {
        switch self {
        case .none: return "none"
        case .fixed(let rate): return rate == 0 ? "freeze (fixed 0%)" : "fixed \(Self.percent(rate))"
        case .cpi(let cap): return "CPI, " + (cap.map { "cap \(Self.percent($0))" } ?? "no cap")
        case .defenseBudget(let cap): return "defense budget, " + (cap.map { "cap \(Self.percent($0))" } ?? "no cap")
        }
    }

    /// 0.04 → "4%", 0.025 → "2.5%".
    static func percent(_ x: Double) -> String {
        let v = x * 100
        return v == v.rounded() && abs(v) < 1e6 ? "\(Int(v))%" : String(format: "%.1f%%", v)
    }
}
