/// One candidate agreement: how much, in what, paid how, for how long, growing how.
///
/// The first-year total is split in two: a **core** part, divided over the core categories
/// (by `coreShares`, or by the categories' base shares when it is empty), and an **extra**
/// part (`extraShare` of the total), divided over the extra categories by `extraSplit`.
/// `inKindShare` is the fraction of the whole total delivered in kind;
/// ``allocation(over:)`` spreads it over the categories within their allowed ranges.
///
/// ```swift
/// let p = Package(firstYearTotal: 1183.3, inKindShare: 0.558, extraShare: 0, extraSplit: [],
///                 duration: 5, escalation: .defenseBudget(cap: nil))
/// print(p)   // "1,183.3 first year, 55.8% in kind, no extra items, 5 years, defense budget, no cap"
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
    /// How the core part is divided over the core categories, in their order (sums to 1);
    /// empty for the categories' base shares.
    public var coreShares: [Double]
    /// Term in years.
    public var duration: Int
    /// How the annual total changes after the first year.
    public var escalation: EscalationRule

    /// The defaults of the optional fields: no extra items (share 0, no split) and the
    /// categories' base shares (no core split).
    public static let coreOnly = (extraShare: 0.0, extraSplit: [Double](), coreShares: [Double]())

    /// Creates a package; by default core only, with the categories' base shares (``coreOnly``).
    public init(firstYearTotal: Double, inKindShare: Double, extraShare: Double = Package.coreOnly.extraShare,
                extraSplit: [Double] = Package.coreOnly.extraSplit, coreShares: [Double] = Package.coreOnly.coreShares,
                duration: Int, escalation: EscalationRule) {
        self.firstYearTotal = firstYearTotal
        self.inKindShare = inKindShare
        self.extraShare = extraShare
        self.extraSplit = extraSplit
        self.coreShares = coreShares
        self.duration = duration
        self.escalation = escalation
    }

    /// The same package with its escalation rule in canonical form for its term
    /// (``EscalationRule/canonical(forDuration:)``): a one-year package has rule `none`.
    public var canonical: Package {
        var p = self
        p.escalation = escalation.canonical(forDuration: duration)
        return p
    }

    /// Whether the escalation rule is bounded and can bind over the term (a cap or a fixed rate
    /// over more than one year): the feature matrix's bounded flag, for one package.
    public var hasBindingBoundedEscalation: Bool { escalation.isBounded && escalation.canBind(duration: duration) }
}
