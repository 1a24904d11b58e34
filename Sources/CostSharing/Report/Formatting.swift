import Foundation

/// Number formatting shared by the reports (no locale: reports are stable across machines).
enum Format {
    /// `x` with `decimals` digits and thousands separators: 1234.5 → "1,234.5".
    static func number(_ x: Double, _ decimals: Int = 1) -> String {
        guard x.isFinite else { return "\(x)" }
        let s = String(format: "%.\(decimals)f", abs(x))
        let parts = s.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        let sign = x < 0 && s.contains(where: { $0 != "0" && $0 != "." }) ? "-" : ""
        return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A signed percentage: 0.139 → "+13.9%".
    static func percent(_ x: Double, _ decimals: Int = 1) -> String {
        (x >= 0 ? "+" : "") + String(format: "%.\(decimals)f%%", x * 100)
    }

    /// A share as a percentage: 0.558 → "55.8%".
    static func share(_ x: Double, _ decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f%%", x * 100)
    }

    /// A signed utility: "+0.123" / "-0.456".
    static func signed(_ x: Double, _ decimals: Int = 3) -> String {
        (x >= 0 ? "+" : "") + String(format: "%.\(decimals)f", x)
    }

    /// A utility: "0.123".
    static func utility(_ x: Double, _ decimals: Int = 3) -> String {
        String(format: "%.\(decimals)f", x)
    }
}
