import Pareto

/// The Pareto frontier of a negotiation domain under several parties' profiles: the outcomes
/// no other outcome beats for every party, grouped by utility vector.
///
/// Outcomes that give every party the same utilities are listed once, as one ``Entry`` with a
/// representative outcome (the first in enumeration order, where the last issue varies
/// fastest) and a ``Entry/multiplicity`` counting them. Entries are sorted by utilities,
/// ascending, party by party. Utilities are undiscounted.
///
/// ```swift
/// let frontier = try negotiationFrontier(profiles: [buyer, seller])
/// frontier.outcomeCount          // 27.0
/// frontier.entries.first?.utilities
/// let nash = try frontier.bargainingProblem().nash()
/// ```
public struct NegotiationFrontier: Sendable {
    /// One utility vector on the frontier.
    public struct Entry: Sendable, Equatable {
        /// The representative outcome: one value index per issue, into ``NegotiationFrontier/values``.
        public let choices: [Int]
        /// Each party's utility.
        public let utilities: [Double]
        /// How many outcomes share these utilities (a `Double`, as outcome counts can exceed `Int`;
        /// exact below 2⁵³).
        public let multiplicity: Double
    }

    /// The profiles, one per party.
    public let profiles: [AdditiveProfile]
    /// The values enumerated for each issue.
    public let values: [[IssueValue]]
    /// The number of outcomes in the domain (after sampling real issues), whether or not they
    /// meet ``lowerBounds``.
    public let outcomeCount: Double
    /// The bounds the entries were restricted to (one per party), or `nil` for the whole frontier.
    public let lowerBounds: [Double]?
    /// The frontier, sorted by utilities.
    public let entries: [Entry]

    /// The representative outcome of `entry` as one value per issue.
    public func outcome(_ entry: Entry) -> [IssueValue] {
        entry.choices.enumerated().map { values[$0.offset][$0.element] }
    }

    /// The parties' reservation values, the natural disagreement point.
    public var reservationValues: [Double] { profiles.map(\.reservationValue) }

    /// The frontier entries as a bargaining problem; solutions' indices are indices into
    /// ``entries``.
    ///
    /// The bargaining solutions only consider entries giving every party at least its
    /// disagreement value, so the whole frontier and the frontier restricted to the reservation
    /// values (``negotiationFrontier(profiles:realSteps:method:lowerBounds:)`` with
    /// `lowerBounds: reservationValues`) give the same solutions.
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
/// with ``NegotiationFrontier/Method/enumerate``: 20 million. The separable method has no limit.
public let negotiationFrontierEnumerationLimit = 20_000_000

/// Computes the Pareto frontier of the parties' profiles over all outcomes of their domain.
///
/// A party's utility for an outcome is computed as GENIUS does, Σ wᵢ·eᵢ in issue order from 0;
/// all utilities are maximised. Outcomes with identical utility vectors form one entry, whose
/// representative is the first of them in enumeration order (issue 0 varies slowest).
///
/// Every GENIUS and GeniusWeb linear additive profile is separable, so the default method
/// (``NegotiationFrontier/Method/automatic``) uses the exact separable frontier
/// (`Pareto.separableFrontier(_:lowerBounds:constraints:)`), which never enumerates the outcome space:
/// a domain of 30 issues with 10 values each (10³⁰ outcomes) takes milliseconds when its
/// frontier is small. ``NegotiationFrontier/Method/enumerate`` visits every outcome instead and
/// gives the identical result.
///
/// ```swift
/// let frontier = try negotiationFrontier(profiles: [buyer, seller])
/// let rational = try negotiationFrontier(profiles: [buyer, seller],
///                                        lowerBounds: [buyer.reservationValue, seller.reservationValue])
/// // `rational.entries` are the entries of `frontier` giving both at least their reservation value.
/// ```
///
/// **Lower bounds.** With `lowerBounds`, only entries giving every party at least its bound are
/// returned. This is exactly the whole frontier filtered afterwards (an outcome dominating one that
/// meets the bounds meets them too), so the separable method passes the bounds on to prune early,
/// and the enumeration method filters.
///
/// - Parameters:
///   - profiles: One profile per party (at least one), all on the same domain.
///   - realSteps: Samples taken of each real issue; at least 2 (default 21).
///   - method: How to compute the frontier; ``NegotiationFrontier/Method/automatic`` by default.
///   - lowerBounds: One utility per party, or `nil` (the default) for the whole frontier.
/// - Returns: The frontier.
/// - Throws: `Pareto.ParetoError/invalidArgument(_:)` when ``NegotiationFrontier/Method/enumerate``
///   is asked for a domain of more than ``negotiationFrontierEnumerationLimit`` outcomes, or a
///   contribution is not finite; `Pareto.ParetoError/wrongLength(what:expected:found:)` when
///   `lowerBounds` does not have one entry per party, `Pareto.ParetoError/invalidArgument(_:)` when one is NaN.
/// - Complexity: Separable: per issue, O(N log N) for the N = (kept partial sums) × (values)
///   candidates with two or three parties (see `Pareto.separableFrontier(_:lowerBounds:constraints:)`),
///   where the kept partial sums are about the size of the frontier of the first issues; plus,
///   only for entries shared by outcomes that differ in more than interchangeable values, a few
///   bounded separable runs to find the first outcome. Enumeration: O(N·(k + p)) for N outcomes of
///   k issues and p parties, plus the non-dominated filter on N points.
public func negotiationFrontier(
    profiles: [AdditiveProfile], realSteps: Int = AdditiveProfile.defaultRealSteps,
    method: NegotiationFrontier.Method = .automatic, lowerBounds: [Double]? = nil
) throws(ParetoError) -> NegotiationFrontier {
    let table = contributions(profiles: profiles, realSteps: realSteps)
    let domain = profiles[0].domain
    let count = domain.outcomeCount(realSteps: realSteps)
    let parties = profiles.count
    if let lowerBounds {
        guard lowerBounds.count == parties else {
            throw .wrongLength(what: "lowerBounds", expected: parties, found: lowerBounds.count)
        }
        if let p = lowerBounds.firstIndex(where: \.isNaN) {
            throw .invalidArgument("lowerBounds: party \(p) is NaN")
        }
    }
    let entries: [NegotiationFrontier.Entry]
    switch method {
    case .automatic, .separable:
        entries = try separableEntries(contributions: table, parties: parties, lowerBounds: lowerBounds)
    case .enumerate:
        guard count <= Double(negotiationFrontierEnumerationLimit) else {
            throw .invalidArgument("the domain has \(count) outcomes, more than the \(negotiationFrontierEnumerationLimit) that can be enumerated; use the separable method")
        }
        let all = try enumeratedFrontier(contributions: table, parties: parties)
        if let lowerBounds {
            entries = all.filter { e in zip(e.utilities, lowerBounds).allSatisfy { $0 >= $1 } }
        } else {
            entries = all
        }
    }
    return NegotiationFrontier(profiles: profiles, values: domain.values(realSteps: realSteps),
                               outcomeCount: count, lowerBounds: lowerBounds, entries: entries)
}
