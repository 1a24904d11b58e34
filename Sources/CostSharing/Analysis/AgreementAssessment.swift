/// How the agreement actually concluded compares with the model's frontier and solutions.
public struct AgreementAssessment: Sendable, Hashable, Codable {
    /// The agreement's label, e.g. "11th SMA".
    public var label: String
    /// The agreement, described like any package.
    public var outcome: PackageOutcome
    /// Whether the agreement gives each side less than no deal (a side that signed it was,
    /// under the model, better off walking away).
    public var belowNoDeal: PartyPair<Bool>
    /// Number of frontier packages that dominate it (better for one side, no worse for the other).
    public var dominatedBy: Int
    /// Among those, the one that improves the worse-off side most: largest min(ΔU_US, ΔU_KR).
    public var bestImprovement: PackageOutcome?
    /// The improvement that package offers over the agreement.
    public var bestImprovementGains: PartyPair<Double>?
    /// Euclidean distance in utility space to the Nash package.
    public var utilityDistanceToNash: Double?
    /// Euclidean distance in utility space to the Kalai–Smorodinsky package.
    public var utilityDistanceToKalaiSmorodinsky: Double?
    /// Nash package's first-year total minus the agreement's.
    public var totalGapToNash: Double?
    /// Kalai–Smorodinsky package's first-year total minus the agreement's.
    public var totalGapToKalaiSmorodinsky: Double?
}
