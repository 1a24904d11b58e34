extension ExactRational: Comparable {
    /// Numeric order, by cross-multiplication.
    public static func < (a: ExactRational, b: ExactRational) -> Bool {
        if a.isNegative != b.isNegative { return a.isNegative }
        let x = a.numerator * b.denominator, y = b.numerator * a.denominator
        return a.isNegative ? y < x : x < y
    }
}
