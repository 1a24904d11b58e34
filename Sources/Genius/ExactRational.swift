/// An exact rational number `±numerator / denominator` of any size, always in lowest terms
/// with a positive denominator (so `==` and hashing compare values; zero is `+0/1`).
///
/// The exact frontier computes utilities with it: every number of a domain file is a decimal,
/// so weights, evaluations and their normalised products are rationals.
///
/// ```swift
/// let a = ExactRational(decimal: "0.1")!, b = ExactRational(decimal: "0.2")!
/// a + b == ExactRational(decimal: "0.3")!   // true (0.1 + 0.2 != 0.3 in doubles)
/// (a + b).doubleValue                       // 0.3, the nearest double
/// ```
public struct ExactRational: Sendable, Hashable {
    /// Whether the number is below zero (never true for zero).
    public let isNegative: Bool
    /// The magnitude's numerator.
    public let numerator: BigNatural
    /// The denominator, at least 1, coprime to the numerator.
    public let denominator: BigNatural

    /// Creates `±numerator / denominator`, reduced; `denominator` must not be 0.
    public init(negative: Bool = false, numerator: BigNatural, denominator: BigNatural = BigNatural(1)) {
        precondition(!denominator.isZero, "a rational number needs a non-zero denominator")
        let g = BigNatural.gcd(numerator, denominator)
        if g.high.isEmpty && g.low == 1 {
            self.numerator = numerator
            self.denominator = denominator
        } else {
            self.numerator = numerator.quotientAndRemainder(dividingBy: g).quotient
            self.denominator = denominator.quotientAndRemainder(dividingBy: g).quotient
        }
        isNegative = negative && !numerator.isZero
    }

    /// The integer `value`.
    public init(_ value: Int) {
        self.init(negative: value < 0, numerator: BigNatural(UInt64(value.magnitude)))
    }

    public static let zero = ExactRational(0)
    public static let one = ExactRational(1)

    /// Parses a decimal number as written: an optional sign, digits with an optional point, an
    /// optional exponent (`"0.35"`, `"-2"`, `"1.5E-3"`, `".5"`). `nil` for anything else.
    ///
    /// - Complexity: O(n²) for n digits.
    public init?(decimal text: String) {
        var s = Substring(text.trimmingSpaces)
        var negative = false
        if let first = s.first, first == "-" || first == "+" { negative = first == "-"; s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let x = Int(s[s.index(after: e)...]) , abs(x) < 100_000 else { return nil }
            exponent = x
            s = s[..<e]
        }
        var digits = s
        if let dot = s.firstIndex(of: ".") {
            let fraction = s[s.index(after: dot)...]
            guard !fraction.contains(".") else { return nil }
            digits = s[..<dot] + fraction
            exponent -= fraction.count
        }
        guard let magnitude = BigNatural(decimalDigits: digits) else { return nil }
        let scale = BigNatural.power(of: 10, exponent.magnitude)
        if exponent >= 0 {
            self.init(negative: negative, numerator: magnitude * scale)
        } else {
            self.init(negative: negative, numerator: magnitude, denominator: scale)
        }
    }

    /// The decimal a finite `Double` prints as: the shortest decimal that reads back as the
    /// same double (`0.1` for the double nearest 0.1). This is how numbers held as doubles are
    /// taken at their written value.
    public init(shortestDecimalOf x: Double) {
        precondition(x.isFinite, "only finite doubles have a decimal value, got \(x)")
        self = ExactRational(decimal: x.description)!
    }

    /// The nearest `Double`, ties to even (exact when the number is a double).
    ///
    /// - Complexity: O(1) when numerator and denominator are below 2⁵³; one long division
    ///   otherwise.
    public var doubleValue: Double {
        let sign: Double = isNegative ? -1 : 1
        if let n = numerator.uint64, let d = denominator.uint64, n < 1 << 53, d < 1 << 53 {
            return sign * (Double(n) / Double(d))   // both exact, so the quotient is correctly rounded
        }
        if numerator.isZero { return 0 }
        // A quotient of 65 or 66 bits, then a sticky bit for the remainder: rounding it to 53
        // bits rounds the exact value.
        let shift = 65 + denominator.bitWidth - numerator.bitWidth
        let (q, r) = shift >= 0
            ? (numerator << shift).quotientAndRemainder(dividingBy: denominator)
            : numerator.quotientAndRemainder(dividingBy: denominator << -shift)
        let top = q >> 2   // 63 or 64 bits
        let sticky: UInt64 = (r.isZero && (top << 2) == q) ? 0 : 1
        return sign * Double(top.low | sticky) * pow2(2 - shift)
    }
}

extension BigNatural {
    /// `base`ⁿ.
    static func power(of base: UInt64, _ n: UInt) -> BigNatural {
        var result = BigNatural(1), b = BigNatural(base), e = n
        while e > 0 {
            if e & 1 == 1 { result = result * b }
            e >>= 1
            if e > 0 { b = b * b }
        }
        return result
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) })!
        return self[start...end]
    }
}

// MARK: Arithmetic

extension ExactRational {
    public static func + (a: ExactRational, b: ExactRational) -> ExactRational {
        let x = a.numerator * b.denominator, y = b.numerator * a.denominator
        let d = a.denominator * b.denominator
        if a.isNegative == b.isNegative { return ExactRational(negative: a.isNegative, numerator: x + y, denominator: d) }
        return x >= y
            ? ExactRational(negative: a.isNegative, numerator: x - y, denominator: d)
            : ExactRational(negative: b.isNegative, numerator: y - x, denominator: d)
    }

    public static prefix func - (a: ExactRational) -> ExactRational {
        ExactRational(negative: !a.isNegative, numerator: a.numerator, denominator: a.denominator)
    }

    public static func - (a: ExactRational, b: ExactRational) -> ExactRational { a + (-b) }

    public static func * (a: ExactRational, b: ExactRational) -> ExactRational {
        ExactRational(negative: a.isNegative != b.isNegative, numerator: a.numerator * b.numerator,
                      denominator: a.denominator * b.denominator)
    }

    /// The quotient; `b` must not be 0.
    public static func / (a: ExactRational, b: ExactRational) -> ExactRational {
        precondition(!b.numerator.isZero, "division by zero")
        return ExactRational(negative: a.isNegative != b.isNegative, numerator: a.numerator * b.denominator,
                             denominator: a.denominator * b.numerator)
    }
}
