extension BigNatural: CustomStringConvertible {
    /// The number in decimal digits, without separators: `"1000000000000000000000000000000"`.
    ///
    /// - Complexity: O(w²) for w words.
    public var description: String {
        if high.isEmpty { return String(low) }
        let chunk = BigNatural(10_000_000_000_000_000_000 as UInt64)   // 10¹⁹
        var parts: [UInt64] = [], rest = self
        while !rest.isZero {
            let (q, r) = rest.quotientAndRemainder(dividingBy: chunk)
            parts.append(r.low)
            rest = q
        }
        var text = String(parts.removeLast())
        for part in parts.reversed() {
            let digits = String(part)
            text += String(repeating: "0", count: 19 - digits.count) + digits
        }
        return text
    }
}

extension BigNatural {
    /// Parses decimal digits (no sign, no separators); `nil` for anything else or empty text.
    ///
    /// - Complexity: O(n²/19²) word operations for n digits.
    public init?(decimalDigits text: Substring) {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        var value = BigNatural.zero
        var chunk: UInt64 = 0, chunkScale: UInt64 = 1
        for byte in text.utf8 {
            chunk = chunk * 10 + UInt64(byte - 48)
            chunkScale *= 10
            if chunkScale == 10_000_000_000_000_000_000 {
                value = value * BigNatural(chunkScale) + BigNatural(chunk)
                chunk = 0; chunkScale = 1
            }
        }
        if chunkScale > 1 { value = value * BigNatural(chunkScale) + BigNatural(chunk) }
        self = value
    }
}
