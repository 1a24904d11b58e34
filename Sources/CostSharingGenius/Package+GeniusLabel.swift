import CostSharing
import Foundation

extension CostSharing.Package {
    /// A short, readable label for the package, used as its value in an exported GENIUS domain.
    ///
    /// Fields are separated by `|`: the first-year total in billions (`bn`), the in-kind share
    /// of the total, the extra-category share with its split over the extra categories in
    /// parentheses (omitted when the share is 0), the core split when the package sets one, the
    /// term in years, and the escalation rule in canonical form (`none` for one year).
    /// Numbers are written with up to four decimals, trailing zeros removed.
    ///
    /// ```swift
    /// let p = Package(firstYearTotal: 1183.3, inKindShare: 0.586, extraShare: 0.1, extraSplit: [0.5, 0.5],
    ///                 duration: 5, escalation: .defenseBudget(cap: nil))
    /// p.geniusLabel   // "1183.3bn|inkind58.6%|extra10%(50/50)|5y|defense-budget-nocap"
    /// ```
    ///
    /// Two packages whose numbers differ only beyond the fourth decimal get the same label;
    /// ``CostSharingExport`` makes exported labels unique.
    ///
    /// - Complexity: O(number of extra categories).
    public var geniusLabel: String {
        var extra = "extra" + Self.percent(extraShare)
        if extraShare > 0 && !extraSplit.isEmpty {
            extra += "(" + extraSplit.map { Self.trimmed($0 * 100) }.joined(separator: "/") + ")"
        }
        var fields = [Self.trimmed(firstYearTotal) + "bn", "inkind" + Self.percent(inKindShare), extra]
        if !coreShares.isEmpty { fields.append("core(" + coreShares.map { Self.trimmed($0 * 100) }.joined(separator: "/") + ")") }
        return (fields + ["\(duration)y", Self.label(escalation.canonical(forDuration: duration))]).joined(separator: "|")
    }

    private static func label(_ rule: EscalationRule) -> String {
        switch rule {
        case .none: return "none"
        case .fixed(let rate): return "fixed" + percent(rate)
        case .cpi(let cap): return "cpi" + (cap.map { "-cap" + percent($0) } ?? "-nocap")
        case .defenseBudget(let cap): return "defense-budget" + (cap.map { "-cap" + percent($0) } ?? "-nocap")
        }
    }

    private static func percent(_ fraction: Double) -> String { trimmed(fraction * 100) + "%" }

    /// `x` with at most four decimals and no trailing zeros: 1150 → "1150", 58.60000001 → "58.6".
    private static func trimmed(_ x: Double) -> String {
        var s = String(format: "%.4f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}
