/// The four bargaining solutions over the frontier, each a frontier package or `nil` when the
/// zone of agreement is empty.
///
/// Nash and Kalai–Smorodinsky are invariant to rescaling either side's utility, so they need no
/// comparison of one side's utility with the other's. The **egalitarian** (largest smallest
/// gain) and **utilitarian** (largest sum of utilities) solutions do: they treat one
/// previous-agreement year of gain to the recipient as worth one to the host, an interpersonal
/// comparison the model does not justify (one won is worth about +0.9 to one side and −0.5 to
/// the other). Reports say so beside them (``interpersonalComparisonCaveat``).
public struct BargainingSolutions: Sendable, Hashable, Codable {
    /// Nash (1950): the largest product of gains.
    public var nash: PackageOutcome?
    /// Kalai–Smorodinsky (1975): gains in proportion to each side's best gain in the zone.
    public var kalaiSmorodinsky: PackageOutcome?
    /// Egalitarian: the largest smallest gain (needs an interpersonal comparison).
    public var egalitarian: PackageOutcome?
    /// Utilitarian: the largest sum of utilities (needs an interpersonal comparison).
    public var utilitarian: PackageOutcome?

    /// Creates the set.
    public init(nash: PackageOutcome? = nil, kalaiSmorodinsky: PackageOutcome? = nil,
                egalitarian: PackageOutcome? = nil, utilitarian: PackageOutcome? = nil) {
        self.nash = nash
        self.kalaiSmorodinsky = kalaiSmorodinsky
        self.egalitarian = egalitarian
        self.utilitarian = utilitarian
    }

    /// The solutions with their identifiers, in report order.
    public var all: [(id: String, title: String, outcome: PackageOutcome?)] {
        [("nash", "Nash (largest product of gains)", nash),
         ("kalai-smorodinsky", "Kalai–Smorodinsky (gains proportional to each side's best)", kalaiSmorodinsky),
         ("egalitarian", "Egalitarian (largest smallest gain; compares the sides' utilities)", egalitarian),
         ("utilitarian", "Utilitarian (largest sum of utilities; compares the sides' utilities)", utilitarian)]
    }

    /// The plain statement reports print beside the egalitarian and utilitarian solutions.
    public static let interpersonalComparisonCaveat =
        "Egalitarian and utilitarian add or compare one side's utility with the other's, as if a previous-agreement "
        + "year meant the same to both; the model does not justify that, so read them as illustrations, not predictions."
}
