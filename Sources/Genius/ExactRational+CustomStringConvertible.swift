extension ExactRational: CustomStringConvertible {
    /// `"-3/4"`, `"5"`: the reduced fraction.
    public var description: String {
        let sign = isNegative ? "-" : ""
        if denominator == BigNatural(1) { return sign + numerator.description }
        return sign + numerator.description + "/" + denominator.description
    }
}
