/// A bargaining problem over a finite set of candidate agreements: each candidate gives every
/// party a utility, and the **disagreement point** is what each party gets if there is no deal.
///
/// The solutions (``nash()``, ``kalaiSmorodinsky()``, ``egalitarian()``, ``utilitarian()``) are
/// chosen among the **individually rational** candidates, those that give every party at least
/// its disagreement utility. Utilities are always maximized. Candidates are usually the Pareto
/// frontier, but any set works; the solutions below are Pareto-optimal within the candidate set
/// whenever they are unique.
///
/// Ties are broken first by the larger sum of gains over disagreement, then by the lower index,
/// so every solution is deterministic.
///
/// ```swift
/// let frontier = try PointSet(rows: [[0, 10], [4, 8], [6, 6], [9, 1]])
/// let problem = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
/// problem.nash()?.index         // 2: gains 5·5 = 25 beat 3·7 = 21
/// problem.utilitarian()?.index  // 1: [4, 8] and [6, 6] both sum to 12; the lower index wins
/// ```
///
/// References: Nash (1950), "The Bargaining Problem", *Econometrica* 18(2); Kalai & Smorodinsky
/// (1975), "Other Solutions to Nash's Bargaining Problem", *Econometrica* 43(3); Kalai (1977) for
/// the egalitarian solution.
public struct BargainingProblem: Sendable {
    /// Candidate agreements, one row per candidate, one column per party.
    public let utilities: PointSet
    /// Each party's utility when there is no agreement.
    public let disagreement: [Double]

    /// Creates a problem; `disagreement` needs one finite value per party (column).
    public init(utilities: PointSet, disagreement: [Double]) throws(ParetoError) {
        guard disagreement.count == utilities.dimensions else {
            throw .wrongLength(what: "disagreement point", expected: utilities.dimensions, found: disagreement.count)
        }
        if let j = disagreement.firstIndex(where: { !$0.isFinite }) {
            throw .invalidArgument("disagreement point, party \(j): value \(disagreement[j]) is not finite")
        }
        self.utilities = utilities
        self.disagreement = disagreement
    }

    /// One chosen candidate.
    public struct Solution: Sendable, Equatable {
        /// Row of the candidate in ``BargainingProblem/utilities``.
        public let index: Int
        /// Each party's utility at the candidate.
        public let utilities: [Double]
        /// Each party's gain over the disagreement point (never negative).
        public let gains: [Double]
    }

    /// Indices of candidates that give every party at least its disagreement utility, ascending.
    ///
    /// - Complexity: O(n·k) for n candidates and k parties.
    public var individuallyRational: [Int] {
        let k = utilities.dimensions
        return (0..<utilities.count).filter { i in
            (0..<k).allSatisfy { utilities.values[i * k + $0] >= disagreement[$0] }
        }
    }

    /// The best utility each party can reach among individually rational candidates, or `nil`
    /// when there are none. The Kalai–Smorodinsky solution measures gains against it.
    public var ideal: [Double]? {
        let rational = individuallyRational
        guard !rational.isEmpty else { return nil }
        let k = utilities.dimensions
        return (0..<k).map { j in rational.map { utilities.values[$0 * k + j] }.max()! }
    }

    /// The Nash bargaining solution: the candidate that maximizes the product of gains
    /// ∏ᵢ (uᵢ − dᵢ) over individually rational candidates.
    ///
    /// When no candidate gives every party a strictly positive gain, every product is 0 and the
    /// tie-break (largest total gain, then lowest index) decides.
    /// - Returns: `nil` when no candidate is individually rational.
    /// - Complexity: O(n·k).
    public func nash() -> Solution? {
        best { gains in gains.reduce(1, *) }
    }

    /// The Kalai–Smorodinsky solution: the candidate whose smallest *relative* gain
    /// (uᵢ − dᵢ) / (aᵢ − dᵢ), with a the ``ideal`` point, is largest. On a continuous frontier
    /// this is where the line from d to a meets the frontier; on a finite set it is the candidate
    /// closest to that line in the max–min sense. A party whose ideal equals its disagreement
    /// value (it cannot gain) is left out of the minimum.
    /// - Returns: `nil` when no candidate is individually rational.
    /// - Complexity: O(n·k).
    public func kalaiSmorodinsky() -> Solution? {
        guard let ideal else { return nil }
        let range = zip(ideal, disagreement).map { $0 - $1 }
        return best { gains in
            var m = Double.infinity
            for (g, r) in zip(gains, range) where r > 0 { m = min(m, g / r) }
            return m == .infinity ? 0 : m
        }
    }

    /// The egalitarian solution: the candidate whose smallest absolute gain uᵢ − dᵢ is largest.
    /// - Returns: `nil` when no candidate is individually rational.
    /// - Complexity: O(n·k).
    public func egalitarian() -> Solution? {
        best { gains in gains.min() ?? 0 }
    }

    /// The utilitarian solution: the individually rational candidate with the largest sum of
    /// utilities Σᵢ uᵢ (utilities are compared as given: rescale them first if they are not on
    /// a common scale).
    /// - Returns: `nil` when no candidate is individually rational.
    /// - Complexity: O(n·k).
    public func utilitarian() -> Solution? {
        best { gains in gains.reduce(0, +) }
    }

    /// Maximizes `score(gains)` over individually rational candidates, breaking ties by total
    /// gain and then by index.
    private func best(_ score: ([Double]) -> Double) -> Solution? {
        let k = utilities.dimensions
        var bestIndex = -1, bestScore = -Double.infinity, bestSum = -Double.infinity
        var gains = [Double](repeating: 0, count: k)
        for i in 0..<utilities.count {
            var rational = true
            for j in 0..<k {
                gains[j] = utilities.values[i * k + j] - disagreement[j]
                if gains[j] < 0 { rational = false; break }
            }
            guard rational else { continue }
            let s = score(gains), sum = gains.reduce(0, +)
            if s > bestScore || (s == bestScore && sum > bestSum) {
                bestIndex = i; bestScore = s; bestSum = sum
            }
        }
        guard bestIndex >= 0 else { return nil }
        let u = Array(utilities.point(bestIndex))
        return Solution(index: bestIndex, utilities: u, gains: zip(u, disagreement).map { $0 - $1 })
    }
}
