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
        /// How many outcomes share these utilities (a `Double`, as outcome counts can exceed `Int`).
        public let multiplicity: Double
    }

    /// The profiles, one per party.
    public let profiles: [AdditiveProfile]
    /// The values enumerated for each issue.
    public let values: [[IssueValue]]
    /// The number of outcomes in the domain (after sampling real issues).
    public let outcomeCount: Double
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
    /// - Parameter disagreement: One value per party; `nil` uses ``reservationValues``.
    /// - Throws: ``ParetoError`` when `disagreement` has the wrong length or is not finite.
    public func bargainingProblem(disagreement: [Double]? = nil) throws(ParetoError) -> BargainingProblem {
        let k = profiles.count
        let points = try PointSet(dimensions: k, values: entries.flatMap(\.utilities))
        return try BargainingProblem(utilities: points, disagreement: disagreement ?? reservationValues)
    }
}

/// The most outcomes ``negotiationFrontier(profiles:realSteps:)`` enumerates: 20 million.
public let negotiationFrontierEnumerationLimit = 20_000_000

/// Computes the Pareto frontier of the parties' profiles over all outcomes of their domain.
///
/// Every outcome is enumerated, its utilities computed as GENIUS does (Σ wᵢ·eᵢ in issue order),
/// and the non-dominated ones kept (``nonDominatedIndices(_:senses:algorithm:)``, all
/// utilities maximised), then grouped by identical utility vector.
///
/// - Parameters:
///   - profiles: One profile per party (at least one), all on the same domain.
///   - realSteps: Samples taken of each real issue; at least 2 (default 21).
/// - Returns: The frontier.
/// - Throws: ``ParetoError/invalidArgument(_:)`` when the domain has more than
///   ``negotiationFrontierEnumerationLimit`` outcomes.
/// - Complexity: O(N·(k + p)) to enumerate N outcomes of k issues for p parties, plus the
///   non-dominated filter on N points.
public func negotiationFrontier(
    profiles: [AdditiveProfile], realSteps: Int = AdditiveProfile.defaultRealSteps
) throws(ParetoError) -> NegotiationFrontier {
    let table = contributions(profiles: profiles, realSteps: realSteps)
    let domain = profiles[0].domain
    let count = domain.outcomeCount(realSteps: realSteps)
    guard count <= Double(negotiationFrontierEnumerationLimit) else {
        throw .invalidArgument("the domain has \(count) outcomes, more than the \(negotiationFrontierEnumerationLimit) that can be enumerated")
    }
    let entries = try enumeratedFrontier(contributions: table, parties: profiles.count)
    return NegotiationFrontier(profiles: profiles, values: domain.values(realSteps: realSteps),
                               outcomeCount: count, entries: entries)
}

/// The frontier of an additive problem by enumerating every outcome.
///
/// `contributions[issue][value][party]`; the same table a separable frontier algorithm takes,
/// so a caller can switch large domains to one without changing anything else. Sums run in
/// issue order from 0 (prefix sums along an odometer, which is the same left fold).
func enumeratedFrontier(contributions: [[[Double]]], parties: Int) throws(ParetoError) -> [NegotiationFrontier.Entry] {
    let radices = contributions.map(\.count)
    precondition(radices.reduce(1.0) { $0 * Double($1) } <= Double(negotiationFrontierEnumerationLimit),
                 "too many outcomes to enumerate")
    let n = radices.reduce(1, *)
    guard n > 0 else { return [] }
    let k = radices.count

    // Utilities of every outcome, row-major, outcome index in mixed radix (issue 0 most significant).
    var utilities = [Double](repeating: 0, count: n * parties)
    var digits = [Int](repeating: 0, count: k)
    // prefix[(i + 1) * parties + p] = Σ_{j ≤ i} contributions[j][digits[j]][p]
    var prefix = [Double](repeating: 0, count: (k + 1) * parties)
    func refresh(from level: Int) {
        for i in level..<k {
            for p in 0..<parties {
                prefix[(i + 1) * parties + p] = prefix[i * parties + p] + contributions[i][digits[i]][p]
            }
        }
    }
    refresh(from: 0)
    for outcome in 0..<n {
        for p in 0..<parties { utilities[outcome * parties + p] = prefix[k * parties + p] }
        // Advance the odometer: the last issue fastest.
        var level = k - 1
        while level >= 0 {
            digits[level] += 1
            if digits[level] < radices[level] { break }
            digits[level] = 0
            level -= 1
        }
        if level >= 0 { refresh(from: level) }
    }

    let points = try PointSet(dimensions: parties, values: utilities)
    let front = try nonDominatedIndices(points)

    // Group identical utility vectors; the first (lowest) outcome index represents the group.
    var groupOf: [[UInt64]: Int] = [:]
    var representatives: [Int] = [], counts: [Double] = []
    for index in front {
        let key = (0..<parties).map { (utilities[index * parties + $0] + 0.0).bitPattern }
        if let g = groupOf[key] {
            counts[g] += 1
        } else {
            groupOf[key] = representatives.count
            representatives.append(index)
            counts.append(1)
        }
    }
    var entries = zip(representatives, counts).map { index, count in
        var choices = [Int](repeating: 0, count: k), rest = index
        for i in stride(from: k - 1, through: 0, by: -1) {
            choices[i] = rest % radices[i]
            rest /= radices[i]
        }
        return NegotiationFrontier.Entry(
            choices: choices, utilities: Array(utilities[index * parties ..< (index + 1) * parties]), multiplicity: count)
    }
    entries.sort { $0.utilities.lexicographicallyPrecedes($1.utilities) }
    return entries
}
