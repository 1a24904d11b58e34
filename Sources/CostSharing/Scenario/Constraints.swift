/// Hard constraints: packages that break one are not candidates at all.
///
/// Payment forms are always enforced (a package whose in-kind share cannot be reached within
/// the categories' in-kind ranges is excluded). The rest are scenario settings.
public struct Constraints: Sendable, Hashable {
    /// How the host's legal limit on extra (non-SOFA) categories is treated.
    public enum ExtraCategories: String, Sendable, Hashable, CaseIterable {
        /// Any package with a positive extra share is excluded (the default: under SOFA
        /// Art. V such items would need new treaty text and Assembly consent).
        case forbidden
        /// Allowed, at the host's ``HostPreferences/extraCategoryPenalty``.
        case penalized
    }

    /// The default legal limit: extra categories forbidden.
    public static let defaultExtraCategories = ExtraCategories.forbidden

    /// The legal limit on extra categories.
    public var extraCategories: ExtraCategories
    /// Lowest first-year increase over the previous total, if any (e.g. −0.1).
    public var minimumIncrease: Double?
    /// Highest first-year increase over the previous total, if any.
    public var maximumIncrease: Double?

    /// Creates constraints; by default extra categories are forbidden and increases unbounded.
    public init(extraCategories: ExtraCategories = Constraints.defaultExtraCategories, minimumIncrease: Double? = nil,
                maximumIncrease: Double? = nil) {
        self.extraCategories = extraCategories
        self.minimumIncrease = minimumIncrease
        self.maximumIncrease = maximumIncrease
    }
}
