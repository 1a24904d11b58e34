/// A tiny exact fraction for the brute forces, independent of the module's `ExactRational`:
/// `Int` numerator and denominator in lowest terms, overflow trapping (so a test that outgrows it
/// fails loudly instead of passing wrongly).
struct TestFraction: Hashable, Comparable, CustomStringConvertible {
    let n: Int
    let d: Int

    init(_ n: Int, _ d: Int = 1) {
        precondition(d != 0)
        var (a, b) = (abs(n), abs(d))
        while b != 0 { (a, b) = (b, a % b) }
        let g = max(a, 1), sign = d < 0 ? -1 : 1
        self.n = sign * n / g
        self.d = sign * d / g
    }

    /// A decimal as written, "0.35", "-2", "7".
    init(decimal text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        var scale = 1
        for _ in fraction { scale *= 10 }
        let digits = Int(whole + fraction)!
        self.init(digits, scale)
    }

    static func + (a: Self, b: Self) -> Self { Self(a.n * b.d + b.n * a.d, a.d * b.d) }
    static func - (a: Self, b: Self) -> Self { Self(a.n * b.d - b.n * a.d, a.d * b.d) }
    static func * (a: Self, b: Self) -> Self { Self(a.n * b.n, a.d * b.d) }
    static func / (a: Self, b: Self) -> Self { Self(a.n * b.d, a.d * b.n) }
    static func < (a: Self, b: Self) -> Bool { a.n * b.d < b.n * a.d }

    /// The nearest double (numerator and denominator are far below 2⁵³ in these tests).
    var double: Double { Double(n) / Double(d) }

    var description: String { d == 1 ? "\(n)" : "\(n)/\(d)" }
}

/// The exact frontier by brute force: every outcome's exact utilities, pairwise dominance,
/// equal vectors grouped with their first outcome (the lowest in enumeration order).
func bruteForceFrontier(radices: [Int], utility: ([Int]) -> [TestFraction])
    -> [(choices: [Int], utilities: [TestFraction], count: Int)] {
    var outcomes: [[Int]] = [[]]
    for r in radices { outcomes = outcomes.flatMap { o in (0..<r).map { o + [$0] } } }
    let u = outcomes.map(utility)
    func dominates(_ a: [TestFraction], _ b: [TestFraction]) -> Bool {
        zip(a, b).allSatisfy { $0 >= $1 } && zip(a, b).contains { $0 > $1 }
    }
    var result: [(choices: [Int], utilities: [TestFraction], count: Int)] = []
    for (i, x) in u.enumerated() where !u.contains(where: { dominates($0, x) }) {
        if let g = result.firstIndex(where: { $0.utilities == x }) { result[g].count += 1 } else { result.append((outcomes[i], x, 1)) }
    }
    return result.sorted { $0.utilities.lexicographicallyPrecedes($1.utilities) }
}
