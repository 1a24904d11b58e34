/// A number of outcomes as the certified merge carries it: `UInt64` while counts fit in a word
/// (the usual case: no allocation, no reference counting), ``BigNatural`` otherwise. The `UInt64`
/// operations report overflow as `nil`, and the merge then starts again on ``BigNatural``, so
/// counts are always exact.
protocol FrontierCount: Sendable {
    /// One outcome.
    static var unit: Self { get }
    /// `self + other`, or `nil` when it does not fit.
    func adding(_ other: Self) -> Self?
    /// `self · n` for n ≥ 0, or `nil` when it does not fit.
    func multiplied(by n: Int) -> Self?
    /// The count as a ``BigNatural``.
    var natural: BigNatural { get }
}

extension UInt64: FrontierCount {
    static var unit: UInt64 { 1 }

    @inline(__always) func adding(_ other: UInt64) -> UInt64? {
        let (r, overflow) = addingReportingOverflow(other)
        return overflow ? nil : r
    }

    @inline(__always) func multiplied(by n: Int) -> UInt64? {
        let (r, overflow) = multipliedReportingOverflow(by: UInt64(n))
        return overflow ? nil : r
    }
}

extension BigNatural: FrontierCount {
    static var unit: BigNatural { BigNatural(1) }

    func adding(_ other: BigNatural) -> BigNatural? { self + other }

    func multiplied(by n: Int) -> BigNatural? { n == 1 ? self : self * BigNatural(n) }
}
