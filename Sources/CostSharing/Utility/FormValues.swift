/// A pair of numbers, one per payment form, for one category: how much a side values a unit
/// paid in cash and a unit paid in kind.
public struct FormValues: Sendable, Hashable {
    /// Value per unit paid in cash.
    public var cash: Double
    /// Value per unit delivered in kind.
    public var inKind: Double

    /// Creates the pair.
    public init(cash: Double, inKind: Double) {
        self.cash = cash
        self.inKind = inKind
    }

    /// The value for `form`.
    public subscript(form: PaymentForm) -> Double {
        form == .cash ? cash : inKind
    }
}
