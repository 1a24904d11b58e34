/// A natural-number type the exact frontier algorithms add and compare: `UInt64` when every
/// utility sum of the problem fits in a word (the usual case, and the fast one), ``BigNatural``
/// otherwise. Callers check the largest possible sum first, so `+` never overflows.
protocol ExactSum: Hashable, Comparable, Sendable {
    static var zero: Self { get }
    static func + (a: Self, b: Self) -> Self
    /// The number `natural`, which must fit.
    init(natural: BigNatural)
    /// The number as a ``BigNatural``.
    var natural: BigNatural { get }
    /// The number as a `Double` when that is exact (below 2⁵³), else `nil`.
    var exactDouble: Double? { get }
}
