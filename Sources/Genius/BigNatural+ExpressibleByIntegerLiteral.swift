extension BigNatural: ExpressibleByIntegerLiteral {
    /// `let n: BigNatural = 27`.
    public init(integerLiteral value: UInt64) {
        self.init(value)
    }
}
