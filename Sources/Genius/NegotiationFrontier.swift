import Pareto

/// The Pareto frontier of a negotiation domain under several parties' profiles: the outcomes
/// no other outcome beats for every party, grouped by utility vector.
///
/// **Exact.** Dominance, ties and counts are decided in exact rational arithmetic on the
/// numbers of the files as written (each number at its decimal value, see
/// ``ExactRational/init(shortestDecimalOf:)``): an outcome is on the frontier when no outcome
/// is at least as good for every party and better for one, with utilities such as
/// Σ (wᵢ / Σw)·(eᵢ / maxᵢ e) computed without rounding. Outcomes whose exact utilities are equal
/// are listed once, as one ``Entry`` with a representative outcome (the first in enumeration
/// order, where the last issue varies fastest) and a ``Entry/multiplicity`` counting them, an
/// exact integer. Utilities are reported as the nearest doubles of the exact values
/// (``Entry/utilities``) and in full (``Entry/exactUtilities``). Entries are sorted by utilities,
/// ascending, party by party. Utilities are undiscounted.
///
/// ```swift
/// let frontier = try negotiationFrontier(profiles: [buyer, seller])
/// frontier.outcomeCount          // 27
/// frontier.entries.first?.utilities
/// let nash = try frontier.bargainingProblem().nash()
/// ```
public struct NegotiationFrontier: Sendable {
    /// One utility vector on the frontier.
    public struct Entry: Sendable, Equatable {
        /// The representative outcome: one value index per issue, into ``NegotiationFrontier/values``.
        public let choices: [Int]
        /// Each party's utility as a double. When the exact integer sums fit in 64 bits (decimal
        /// files with few digits, such as the ANAC domains) this is the nearest double of
        /// ``exactUtilities``; otherwise (long decimals) it is the representative's utility summed
        /// in doubles in issue order, within ``NegotiationFrontier/utilityErrorBounds`` of the exact
        /// value (a few units in the last place).
        public let utilities: [Double]
        /// How many outcomes have exactly these utilities, at least 1.
        public let multiplicity: BigNatural
        private let stored: [ExactRational]?
        private let lazy: LazyExactUtilities?

        /// Each party's exact utility (computed on first use for long-decimal domains).
        public var exactUtilities: [ExactRational] { stored ?? lazy!.utilities(choices) }

        /// An entry; ``utilities`` are the nearest doubles of `exactUtilities`.
        public init(choices: [Int], exactUtilities: [ExactRational], multiplicity: BigNatural) {
            precondition(!multiplicity.isZero, "a frontier entry stands for at least one outcome")
            self.choices = choices
            self.stored = exactUtilities
            self.lazy = nil
            self.utilities = exactUtilities.map(\.doubleValue)
            self.multiplicity = multiplicity
        }

        /// An entry of a certified (double-filtered) frontier.
        init(choices: [Int], utilities: [Double], multiplicity: BigNatural, exact: LazyExactUtilities) {
            self.choices = choices
            self.utilities = utilities
            self.multiplicity = multiplicity
            self.stored = nil
            self.lazy = exact
        }

        /// Whether the exact utilities are held (rather than computed on demand).
        var holdsExactUtilities: Bool { stored != nil }

        /// Same outcome, doubles and multiplicity (the exact utilities follow from the outcome).
        public static func == (a: Entry, b: Entry) -> Bool {
            a.choices == b.choices && a.utilities == b.utilities && a.multiplicity == b.multiplicity
        }
    }

    /// The profiles, one per party.
    public let profiles: [NegotiationProfile]
    /// The values enumerated for each issue.
    public let values: [[IssueValue]]
    /// The number of outcomes in the domain (after sampling real issues), whether or not they
    /// meet ``lowerBounds``.
    public let outcomeCount: BigNatural
    /// The bounds the entries were restricted to (one per party), or `nil` for the whole frontier.
    public let lowerBounds: [Double]?
    /// The frontier, sorted by utilities.
    public let entries: [Entry]
    /// Per party, a bound on |``Entry/utilities`` − exact utility| (0 when the utilities are the
    /// nearest doubles of the exact ones, which is then within half a unit in the last place).
    public let utilityErrorBounds: [Double]
    /// The method that computed it (``Method/separable`` or ``Method/enumerate``; what
    /// ``Method/automatic`` chose).
    public let method: Method

    /// The representative outcome of `entry` as one value per issue.
    public func outcome(_ entry: Entry) -> [IssueValue] {
        entry.choices.enumerated().map { values[$0.offset][$0.element] }
    }

    /// The parties' reservation values, the natural disagreement point.
    public var reservationValues: [Double] { profiles.map(\.reservationValue) }

    /// The total number of outcomes on the frontier, Σ multiplicities.
    public var frontierOutcomeCount: BigNatural { entries.reduce(BigNatural.zero) { $0 + $1.multiplicity } }

    /// The frontier entries as a bargaining problem over the nearest-double utilities; solutions'
    /// indices are indices into ``entries``. ``exactSolutions()`` decides the same four solutions
    /// in exact arithmetic.
    ///
    /// - Parameter disagreement: One value per party; `nil` uses ``reservationValues``.
    /// - Throws: `Pareto.ParetoError` when `disagreement` has the wrong length or is not finite.
    public func bargainingProblem(disagreement: [Double]? = nil) throws(ParetoError) -> BargainingProblem {
        let k = profiles.count
        let points = try PointSet(dimensions: k, values: entries.flatMap(\.utilities))
        return try BargainingProblem(utilities: points, disagreement: disagreement ?? reservationValues)
    }
}

/// The most outcomes ``negotiationFrontier(profiles:realSteps:method:lowerBounds:)`` enumerates
/// with ``NegotiationFrontier/Method/enumerate`` for additive profiles, and the most value-class
/// combinations it visits for nonlinear ones: 20 million. The separable method has no limit.
public let negotiationFrontierEnumerationLimit = 20_000_000
