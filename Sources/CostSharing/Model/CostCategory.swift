/// One cost category a package pays for, with the payment forms it may take.
///
/// Core categories split the core part of a package in fixed proportions (`baseShare`, which
/// sums to 1 over the core categories); extra categories split the extra part according to the
/// package's extra split. Within a category, the in-kind fraction must lie in `inKindRange`:
/// `0...0` means cash only, `1...1` in kind only, `0.88...0.88` the 2018 construction rule.
///
/// ```swift
/// let construction = CostCategory(name: "construction", framework: .core,
///                                 baseShare: 0.463, inKindRange: 0.88...1.0)
/// ```
public struct CostCategory: Sendable, Hashable {
    /// Identifier used in scenario files and reports, e.g. `"labor"`.
    public var name: String
    /// A human-readable label for reports, e.g. `"Korean employees' labor"`.
    public var label: String
    /// Core (inside the accepted framework) or extra.
    public var framework: CategoryFramework
    /// Share of the core part for a core category; ignored for extra categories.
    public var baseShare: Double
    /// Allowed fraction of this category's amount delivered in kind.
    public var inKindRange: ClosedRange<Double>

    /// Creates a category.
    /// - Parameters:
    ///   - name: Identifier used in scenario files.
    ///   - label: Report label; defaults to `name`.
    ///   - framework: Core or extra.
    ///   - baseShare: Share of the core part (core categories only).
    ///   - inKindRange: Allowed in-kind fraction, within `0...1`.
    public init(name: String, label: String? = nil, framework: CategoryFramework,
                baseShare: Double = 0, inKindRange: ClosedRange<Double>) {
        self.name = name
        self.label = label ?? name
        self.framework = framework
        self.baseShare = baseShare
        self.inKindRange = inKindRange
    }
}
