/// The unit amounts are expressed in, and its exchange rate to US dollars.
///
/// ```swift
/// let won = Currency(code: "KRW", perUSD: 1199)
/// won.usd(billions: 1038.9)   // ≈ 0.866 (billion USD)
/// ```
public struct Currency: Sendable, Hashable {
    /// ISO-style code, e.g. `"KRW"` or `"JPY"`. Amounts are in billions of this currency.
    public var code: String
    /// Units of this currency per US dollar.
    public var perUSD: Double

    /// Creates a currency.
    public init(code: String, perUSD: Double) {
        self.code = code
        self.perUSD = perUSD
    }

    /// Converts billions of this currency to billions of US dollars.
    public func usd(billions amount: Double) -> Double { amount / perUSD }
}
