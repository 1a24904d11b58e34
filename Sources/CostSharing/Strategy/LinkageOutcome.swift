/// One point of the joint frontier of a ``LinkageAnalysis``: a package together with one option
/// of every linked issue, and what the combination is worth to both sides.
///
/// A joint frontier point is a distinct pair of utilities. Several combinations may give exactly
/// that pair (``outcomeCount``); the outcome names one of them, its **representative**: among
/// packages with equal utilities the first in the package list (for ``LinkageAnalysis/init(analysis:)``
/// the analysis's frontier order, as its bargaining solutions choose), and on each issue, among
/// options of exactly equal value, the one with the largest headline (the first listed on a tie).
/// Other combinations that coincide only by their sums are not listed.
public struct LinkageOutcome: Sendable, Hashable {
    /// Index of the package in ``LinkageAnalysis/packages`` (for an analysis, its `frontier`).
    public var packageIndex: Int
    /// The option chosen on each linked issue, an index into that issue's `options`, in issue order.
    public var options: [Int]
    /// Joint utilities: the package's utilities plus each chosen option's value divided by the
    /// previous total, summed in that order (package, then the issues in order), in
    /// previous-agreement years per year of the term.
    public var utilities: PartyPair<Double>
    /// Joint gains over the disagreement point (no package and no linked option).
    public var gains: PartyPair<Double>
    /// The total headline, billions of the currency: the package's first-year total plus each
    /// chosen option's `headline` (billions per year), in issue order.
    public var headline: Double
    /// How many combinations of a package and one option per issue have exactly these
    /// utilities (copies of packages and of options counted separately). Exact below 2⁵³; a
    /// rounded count beyond.
    public var outcomeCount: Double

    /// Creates an outcome.
    public init(packageIndex: Int, options: [Int], utilities: PartyPair<Double>, gains: PartyPair<Double>,
                headline: Double, outcomeCount: Double) {
        self.packageIndex = packageIndex
        self.options = options
        self.utilities = utilities
        self.gains = gains
        self.headline = headline
        self.outcomeCount = outcomeCount
    }

    /// Whether both sides gain strictly over the disagreement point (the zone of agreement).
    public var isInZone: Bool { gains.recipient > 0 && gains.host > 0 }
}
