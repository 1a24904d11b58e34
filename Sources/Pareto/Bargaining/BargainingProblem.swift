#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bargaining problem over a finite set of candidate agreements: each candidate gives every
/// party a utility, and the **disagreement point** is what each party gets if there is no deal.
///
/// The solutions (``nash()`` and its weighted forms ``nash(bargainingPower:)`` and
/// ``nash(weights:)``, ``kalaiSmorodinsky()``, ``egalitarian()``, ``utilitarian()``) are
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
/// try problem.nash(bargainingPower: 0.2)?.index   // 1: 3^0.2 · 7^0.8 ≈ 5.9 beats 5^0.2 · 5^0.8 = 5
/// problem.utilitarian()?.index  // 1: [4, 8] and [6, 6] both sum to 12; the lower index wins
/// ```
///
/// References: Nash (1950), "The Bargaining Problem", *Econometrica* 18(2); Kalai & Smorodinsky
/// (1975), "Other Solutions to Nash's Bargaining Problem", *Econometrica* 43(3); Kalai (1977),
/// "Proportional Solutions to Bargaining Situations: Interpersonal Utility Comparisons",
/// *Econometrica* 45(7), for the egalitarian solution; Kalai (1977), "Nonsymmetric Nash Solutions
/// and Replications of 2-Person Bargaining", *International Journal of Game Theory* 6, 129–133, and
/// Binmore, Rubinstein & Wolinsky (1986), "The Nash Bargaining Solution in Economic Modelling",
/// *RAND Journal of Economics* 17, 176–188, for the weighted Nash solutions.
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

    /// The generalized (asymmetric) Nash solution for two parties: the candidate that maximizes
    /// (u₁ − d₁)^α · (u₂ − d₂)^(1−α) over individually rational candidates, where α is the
    /// bargaining power of party 1 (column 0) and 1 − α that of party 2 (column 1).
    ///
    /// Dropping symmetry from Nash's axioms leads to this family, one solution per α; Kalai (1977)
    /// also obtains a rational α = p / (p + q) from the symmetric Nash solution of a larger problem
    /// in which party 1 is replaced by p identical copies and party 2 by q. Binmore, Rubinstein &
    /// Wolinsky (1986) derive it from Rubinstein's alternating-offers game: as the time between
    /// offers shrinks to zero, the equilibrium agreement converges to this solution with
    /// α = r₂ / (r₁ + r₂) for discount rates r₁, r₂, so the more patient party has the larger
    /// power. In that reading the disagreement point is what the parties get while talks go on
    /// without end, not their outside options.
    ///
    /// Candidates are compared by α·log(u₁ − d₁) + (1 − α)·log(u₂ − d₂), the logarithm of the
    /// weighted product, which orders them the same way and cannot underflow. Ties, zero gains
    /// and the empty case are handled exactly as in ``nash()``: a candidate that leaves a party
    /// with no gain scores lowest (its weighted product is 0), so when no candidate gives both
    /// parties a strictly positive gain the tie-break (largest total gain, then lowest index)
    /// decides; scores that are equal as computed are tied the same way. α = 1/2 is ``nash()``
    /// itself, ties included, because equal powers are handed to ``nash()``.
    ///
    /// In exact arithmetic party 1's gain at the solution never decreases, and party 2's never
    /// increases, as α grows; rounding can only matter between candidates whose scores agree to
    /// within a few units in the last place.
    ///
    /// For any other number of parties use ``nash(weights:)``; this method is
    /// `nash(weights: [alpha, 1 - alpha])`.
    ///
    /// - Parameter alpha: Party 1's bargaining power, strictly between 0 and 1.
    /// - Returns: `nil` when no candidate is individually rational.
    /// - Throws: ``ParetoError/unsupportedDimensions(operation:dimensions:supported:)`` when the
    ///   problem does not have exactly two parties; ``ParetoError/invalidArgument(_:)`` when
    ///   `alpha` is NaN or not strictly between 0 and 1.
    /// - Complexity: O(n) for n candidates, with two logarithms per individually rational
    ///   candidate.
    public func nash(bargainingPower alpha: Double) throws(ParetoError) -> Solution? {
        let k = utilities.dimensions
        guard k == 2 else {
            throw .unsupportedDimensions(
                operation: "nash(bargainingPower:)", dimensions: k, supported: "2; use nash(weights:)")
        }
        guard alpha > 0 && alpha < 1 else {   // false for NaN as well
            throw .invalidArgument("bargaining power: value \(alpha) is not strictly between 0 and 1")
        }
        return weightedNash([alpha, 1 - alpha])
    }

    /// The generalized (asymmetric) Nash solution for any number of parties: the candidate that
    /// maximizes ∏ᵢ (uᵢ − dᵢ)^wᵢ over individually rational candidates, with one positive weight
    /// (bargaining power) wᵢ per party.
    ///
    /// Only the ratios of the weights matter, so they need not sum to 1: `[2, 1, 1]` and
    /// `[0.5, 0.25, 0.25]` choose the same candidate (scaling by a power of two changes no
    /// rounding; other factors can only matter between candidates whose scores agree to within
    /// a few units in the last place). With two parties, `nash(weights: [α, 1 − α])` is
    /// ``nash(bargainingPower:)``; see there for the theory and references.
    ///
    /// Candidates are compared by Σᵢ wᵢ·log(uᵢ − dᵢ). Ties, zero gains and the empty case are
    /// handled exactly as in ``nash()``: a candidate that leaves some party with no gain scores
    /// lowest, and ties go to the largest total gain, then the lowest index. When all weights are
    /// equal the solution is ``nash()`` itself, including its ties.
    ///
    /// - Parameter weights: One positive, finite weight per party (column).
    /// - Returns: `nil` when no candidate is individually rational.
    /// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `weights` does not have
    ///   one entry per party; ``ParetoError/invalidArgument(_:)`` naming the party of a weight that
    ///   is NaN, infinite, zero or negative.
    /// - Complexity: O(n·k) for n candidates and k parties, with k logarithms per individually
    ///   rational candidate.
    public func nash(weights: [Double]) throws(ParetoError) -> Solution? {
        let k = utilities.dimensions
        guard weights.count == k else {
            throw .wrongLength(what: "weights", expected: k, found: weights.count)
        }
        if let j = weights.firstIndex(where: { !($0.isFinite && $0 > 0) }) {
            throw .invalidArgument("weights, party \(j): value \(weights[j]) is not a positive finite number")
        }
        return weightedNash(weights)
    }

    /// The weighted Nash solution for validated weights; equal weights are exactly ``nash()``.
    private func weightedNash(_ weights: [Double]) -> Solution? {
        if weights.allSatisfy({ $0 == weights[0] }) { return nash() }
        return best { gains in
            var s = 0.0
            for (g, w) in zip(gains, weights) { s += w * log(g) }   // log(0) = −∞: lowest score
            return s
        }
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
