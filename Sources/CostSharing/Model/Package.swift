/// One candidate agreement: how much, in what, paid how, for how long, growing how.
///
/// The first-year total is split in two: a **core** part, divided over the core categories in
/// their fixed base shares, and an **extra** part (`extraShare` of the total), divided over the
/// extra categories by `extraSplit`. `inKindShare` is the fraction of the whole total delivered
/// in kind; ``allocation(over:)`` spreads it over the categories within their allowed ranges.
///
/// ```swift
/// let p = Package(firstYearTotal: 1183.3, inKindShare: 0.586, extraShare: 0, extraSplit: [],
///                 duration: 6, escalation: .defenseBudget(cap: nil))
/// ```
public struct Package: Sendable, Hashable {
    /// First-year total, in billions of the scenario's currency.
    public var firstYearTotal: Double
    /// Fraction of the total delivered in kind, `0...1`.
    public var inKindShare: Double
    /// Fraction of the total that pays for extra (non-SOFA) categories, `0...1`.
    public var extraShare: Double
    /// How the extra part is divided over the scenario's extra categories, in their order;
    /// sums to 1 when `extraShare > 0`, may be empty when it is 0.
    public var extraSplit: [Double]
    /// Term in years.
    public var duration: Int
    /// How the annual total changes after the first year.
    public var escalation: EscalationRule

    /// Creates a package.
    public init(firstYearTotal: Double, inKindShare: Double, extraShare: Double, extraSplit: [Double],
                duration: Int, escalation: EscalationRule) {
        self.firstYearTotal = firstYearTotal
        self.inKindShare = inKindShare
        self.extraShare = extraShare
        self.extraSplit = extraSplit
        self.duration = duration
        self.escalation = escalation
    }
}
