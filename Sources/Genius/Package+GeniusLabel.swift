import CostSharing
import Foundation

extension CostSharing.Package {
    /// A short, readable label for the package, used as its value in an exported GENIUS domain.
    ///
    /// Fields are separated by `|`: the first-year total in billions (`bn`), the in-kind share
    /// of the total, the extra-category share with its split over the extra categories in
    /// parentheses (omitted when the share is 0), the term in years, and the escalation rule.
    /// Numbers are written with up to four decimals, trailing zeros removed.
    ///
    /// ```swift
    /// let p = Package(firstYearTotal: 1183.3, inKindShare: 0.586, extraShare: 0.1, extraSplit: [0.5, 0.5],
    ///                 duration: 6, escalation: .defenseBudget(cap: nil))
    /// p.geniusLabel   // "1183.3bn|inkind58.6%|extra10%(50/50)|6y|defense-budget-nocap"
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
        return [Self.trimmed(firstYearTotal) + "bn", "inkind" + Self.percent(inKindShare), extra,
                "\(duration)y", Self.label(escalation)].joined(separator: "|")
    }

    private static func label(_ rule: EscalationRule) -> String {
        let cap = rule.cap.map { "-cap" + percent($0) }
        switch rule.index {
        case .fixed: return "fixed" + percent(rule.rate ?? 0) + (cap ?? "")
        case .cpi: return "cpi" + (cap ?? "-nocap")
        case .defenseBudget: return "defense-budget" + (cap ?? "-nocap")
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
