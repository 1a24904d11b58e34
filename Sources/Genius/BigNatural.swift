/// A natural number (0, 1, 2, …) of any size: outcome counts and exact utility numerators.
///
/// The value is `low + 2⁶⁴ · (high[0] + 2⁶⁴ · high[1] + …)`. `high` has no trailing zero
/// words, so every number has exactly one representation and `==` / hashing compare values.
/// Numbers below 2⁶⁴ keep `high` empty and never allocate, so adding or multiplying small
/// counts costs a few instructions; larger numbers fall back to schoolbook word arithmetic.
///
/// 64 bits hold counts up to about 1.8·10¹⁹; a domain of 40 issues with 10 values each has
/// 10⁴⁰ outcomes (133 bits), which this type holds exactly.
///
/// ```swift
/// var n = BigNatural(10)
/// for _ in 1..<30 { n = n * BigNatural(10) }
/// n.description   // "1000000000000000000000000000000"
/// ```
public struct BigNatural: Sendable, Hashable {
    /// The lowest 64 bits.
    var low: UInt64
    /// The higher words, least significant first, without trailing zeros.
    var high: [UInt64]

    /// Zero.
    public static let zero = BigNatural(0)

    /// The number `value`.
    public init(_ value: UInt64) {
        low = value
        high = []
    }

    /// The number `value`; `value` must not be negative.
    public init(_ value: Int) {
        precondition(value >= 0, "a natural number cannot be negative, got \(value)")
        self.init(UInt64(value))
    }

    /// The number with these words, least significant first (trailing zeros allowed).
    init(words: [UInt64]) {
        var w = words
        while let last = w.last, last == 0 { w.removeLast() }
        low = w.first ?? 0
        high = w.count > 1 ? Array(w[1...]) : []
    }

    /// All words, least significant first, at least one.
    var words: [UInt64] { [low] + high }

    /// Whether the number is 0.
    public var isZero: Bool { low == 0 && high.isEmpty }

    /// The value as a `UInt64`, or `nil` when it is 2⁶⁴ or more.
    public var uint64: UInt64? { high.isEmpty ? low : nil }

    /// The number of significant bits (0 for zero).
    var bitWidth: Int {
        if let top = high.last { return 64 * (high.count + 1) - top.leadingZeroBitCount }
        return 64 - low.leadingZeroBitCount
    }

    /// Whether bit `i` (0 is the least significant) is set.
    func bit(_ i: Int) -> Bool {
        let word = i / 64
        let w: UInt64 = word == 0 ? low : (word - 1 < high.count ? high[word - 1] : 0)
        return (w >> UInt64(i % 64)) & 1 == 1
    }

    /// The nearest `Double` (ties to even).
    public var doubleValue: Double {
        if high.isEmpty { return Double(low) }
        let width = bitWidth
        // The top 64 bits, with a sticky bit for anything shifted out, round correctly.
        let shift = width - 64
        let shifted = self >> shift
        let sticky: UInt64 = (shifted << shift) == self ? 0 : 1
        return Double(shifted.low | sticky) * pow2(shift)
    }
}

/// 2ⁿ as a `Double` (n within the normal range).
func pow2(_ n: Int) -> Double {
    Double(sign: .plus, exponent: n, significand: 1)
}

// MARK: Arithmetic

extension BigNatural {
    /// The sum.
    ///
    /// - Complexity: O(1) when both are below 2⁶⁴ and so is the sum; O(words) otherwise.
    public static func + (a: BigNatural, b: BigNatural) -> BigNatural {
        if a.high.isEmpty && b.high.isEmpty {
            let (s, o) = a.low.addingReportingOverflow(b.low)
            return o ? BigNatural(words: [s, 1]) : BigNatural(s)
        }
        let x = a.words, y = b.words
        var out = [UInt64](repeating: 0, count: max(x.count, y.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<(out.count - 1) {
            let (s1, o1) = (i < x.count ? x[i] : 0).addingReportingOverflow(i < y.count ? y[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        out[out.count - 1] = carry
        return BigNatural(words: out)
    }

    /// Adds `b` in place.
    public static func += (a: inout BigNatural, b: BigNatural) {
        if a.high.isEmpty && b.high.isEmpty {
            let (s, o) = a.low.addingReportingOverflow(b.low)
            if !o { a.low = s; return }
        }
        a = a + b
    }

    /// The difference `a − b`; `b` must not exceed `a`.
    ///
    /// - Complexity: O(words).
    public static func - (a: BigNatural, b: BigNatural) -> BigNatural {
        precondition(b <= a, "a natural number cannot be negative")
        if a.high.isEmpty { return BigNatural(a.low - b.low) }
        var x = a.words
        let y = b.words
        var borrow: UInt64 = 0
        for i in 0..<x.count {
            let (d1, o1) = x[i].subtractingReportingOverflow(i < y.count ? y[i] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            x[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return BigNatural(words: x)
    }

    /// The product.
    ///
    /// - Complexity: O(1) when both factors and the product are below 2⁶⁴; O(m·n) words
    ///   otherwise.
    public static func * (a: BigNatural, b: BigNatural) -> BigNatural {
        if a.high.isEmpty && b.high.isEmpty {
            let (h, l) = a.low.multipliedFullWidth(by: b.low)
            return h == 0 ? BigNatural(l) : BigNatural(words: [l, h])
        }
        let x = a.words, y = b.words
        var out = [UInt64](repeating: 0, count: x.count + y.count)
        for i in 0..<x.count where x[i] != 0 {
            var carry: UInt64 = 0
            for j in 0..<y.count {
                let (h, l) = x[i].multipliedFullWidth(by: y[j])
                let (s1, o1) = out[i + j].addingReportingOverflow(l)
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = h &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)   // h ≤ 2⁶⁴ − 2, so this cannot wrap
            }
            out[i + y.count] = carry
        }
        return BigNatural(words: out)
    }

    /// The number shifted left by `n ≥ 0` bits (multiplied by 2ⁿ).
    public static func << (a: BigNatural, n: Int) -> BigNatural {
        precondition(n >= 0, "shift must not be negative")
        if a.isZero || n == 0 { return a }
        let x = a.words, wordShift = n / 64, bitShift = UInt64(n % 64)
        var out = [UInt64](repeating: 0, count: x.count + wordShift + 1)
        for i in 0..<x.count {
            out[i + wordShift] |= x[i] << bitShift
            if bitShift > 0 { out[i + wordShift + 1] |= x[i] >> (64 - bitShift) }
        }
        return BigNatural(words: out)
    }

    /// The number shifted right by `n ≥ 0` bits (divided by 2ⁿ, rounded down).
    public static func >> (a: BigNatural, n: Int) -> BigNatural {
        precondition(n >= 0, "shift must not be negative")
        if n == 0 { return a }
        let x = a.words, wordShift = n / 64, bitShift = UInt64(n % 64)
        guard wordShift < x.count else { return .zero }
        var out = [UInt64](repeating: 0, count: x.count - wordShift)
        for i in 0..<out.count {
            out[i] = x[i + wordShift] >> bitShift
            if bitShift > 0 && i + wordShift + 1 < x.count { out[i] |= x[i + wordShift + 1] << (64 - bitShift) }
        }
        return BigNatural(words: out)
    }

    /// The quotient and remainder of `self ÷ divisor`; `divisor` must not be 0.
    ///
    /// - Complexity: O(1) below 2⁶⁴; otherwise O(b·w) for a quotient of b bits and w words
    ///   (binary long division, meant for the few hundred numbers a profile holds).
    public func quotientAndRemainder(dividingBy divisor: BigNatural) -> (quotient: BigNatural, remainder: BigNatural) {
        precondition(!divisor.isZero, "division by zero")
        if high.isEmpty && divisor.high.isEmpty {
            return (BigNatural(low / divisor.low), BigNatural(low % divisor.low))
        }
        if self < divisor { return (.zero, self) }
        let shift = bitWidth - divisor.bitWidth
        var remainder = self
        var quotientWords = [UInt64](repeating: 0, count: shift / 64 + 1)
        var d = divisor << shift
        for s in stride(from: shift, through: 0, by: -1) {
            if d <= remainder {
                remainder = remainder - d
                quotientWords[s / 64] |= 1 << UInt64(s % 64)
            }
            d = d >> 1
        }
        return (BigNatural(words: quotientWords), remainder)
    }

    /// The greatest common divisor (gcd(0, 0) = 0).
    ///
    /// - Complexity: Euclid's algorithm, O(log) divisions.
    static func gcd(_ a: BigNatural, _ b: BigNatural) -> BigNatural {
        var (x, y) = (a, b)
        while !y.isZero {
            if x.high.isEmpty && y.high.isEmpty {
                var (p, q) = (x.low, y.low)
                while q != 0 { (p, q) = (q, p % q) }
                return BigNatural(p)
            }
            (x, y) = (y, x.quotientAndRemainder(dividingBy: y).remainder)
        }
        return x
    }
}
