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
        let x = x == 0 ? 0 : x
        return (x >= 0 ? "+" : "") + String(format: "%.\(decimals)f%%", x * 100)
    }

    /// A share as a percentage: 0.558 → "55.8%".
    static func share(_ x: Double, _ decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f%%", x * 100)
    }

    /// A signed utility: "+0.123" / "-0.456".
    static func signed(_ x: Double, _ decimals: Int = 3) -> String {
        let x = x == 0 ? 0 : x   // no "+-0.000"
        return (x >= 0 ? "+" : "") + String(format: "%.\(decimals)f", x)
    }

    /// A utility: "0.123".
    static func utility(_ x: Double, _ decimals: Int = 3) -> String {
        String(format: "%.\(decimals)f", x)
    }

    /// A count with its noun, singular or plural and thousands separators:
    /// (1, "year") → "1 year", (1412, "package") → "1,412 packages".
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        number(Double(n), 0) + " " + (n == 1 ? noun : (plural ?? noun + "s"))
    }

    /// An amount with its unit: (1038.9, "KRW") → "1,038.9 bn KRW".
    static func amount(_ x: Double, _ code: String, _ decimals: Int = 1) -> String {
        number(x, decimals) + " bn " + code
    }

    /// A number as typed, without grouping or trailing zeros: 0.05 → "0.05", 950 → "950".
    static func plain(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        let s = String(format: "%.10g", x)
        return s
    }

    /// A byte count: "3.2 GB", "512 MB".
    static func bytes(_ n: Int) -> String {
        let x = Double(n)
        if x >= 1e9 { return String(format: "%.1f GB", x / 1e9) }
        if x >= 1e6 { return String(format: "%.0f MB", x / 1e6) }
        if x >= 1e3 { return String(format: "%.0f kB", x / 1e3) }
        return n == 1 ? "1 byte" : "\(n) bytes"
    }

    /// The possessive of a name: "South Korea's", "the United States'".
    static func possessive(_ name: String) -> String {
        name.hasSuffix("s") ? name + "'" : name + "'s"
    }
}
