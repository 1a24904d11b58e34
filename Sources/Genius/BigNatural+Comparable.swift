extension BigNatural: Comparable {
    /// Numeric order.
    ///
    /// - Complexity: O(1) below 2⁶⁴, O(words) otherwise.
    public static func < (a: BigNatural, b: BigNatural) -> Bool {
        if a.high.count != b.high.count { return a.high.count < b.high.count }
        for i in stride(from: a.high.count - 1, through: 0, by: -1) where a.high[i] != b.high[i] {
            return a.high[i] < b.high[i]
        }
        return a.low < b.low
    }
}
