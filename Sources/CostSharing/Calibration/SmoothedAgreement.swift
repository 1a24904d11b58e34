import Foundation

/// A smooth stand-in for a bargaining solution, for fitting parameters: the average package of
/// the zone of agreement, each package weighted by its solution's score raised to the power 1/τ.
///
/// A bargaining solution is an argmax over a grid, so it jumps from package to package as a
/// parameter moves and has no useful derivative. Here every admissible package with both gains
/// g₁, g₂ strictly positive gets the weight w = exp((log s − log s_max) / τ), where s is
///
/// - ``Solution/nash``: the (asymmetric) Nash product g₁^α · g₂^(1−α) (α = 1/2 is Nash's);
/// - ``Solution/kalaiSmorodinsky``: the smaller relative gain min(g₁ / a₁, g₂ / a₂), with a the
///   zone's ideal gains (each party's largest gain over the zone), as the full analysis defines
///   the Kalai–Smorodinsky solution;
///
/// so a package whose score is 2% below the best weighs about e^(−0.02/τ) of it. The prediction
/// is the weighted mean of the first-year total, of the term, and of the share of weight on
/// packages with a bounded escalation rule. A package entering or leaving the zone does so with
/// a gain, so a score and a weight, of zero. For Nash every weight moves continuously with the
/// utilities, so the prediction is continuous in the parameters. For Kalai–Smorodinsky the ideal
/// gains are a maximum over the zone's packages, which jumps (by one grid step's gain) when the
/// package attaining it leaves the zone; the prediction is continuous between such jumps.
/// As τ → 0 the weight concentrates on the packages of greatest score (they lie on the
/// frontier), so the predicted total tends to the solution's (the average of the tied maximisers
/// when several share the greatest score), as tests check for both solutions.
///
/// **An empty zone.** Where no package has both gains positive, the prediction is instead the
/// softmax, at temperature ``gapTemperatureFactor`` × τ in utility units, of each package's
/// smaller gain min(g₁, g₂) (the packages that come closest to agreement), and ``gap`` is how far
/// the best of them misses: −max min(g₁, g₂) ≥ 0. As the zone shrinks to nothing both the
/// solution's prediction and this one close in on the same package, and the gap grows from 0,
/// so a fit can see which way a zone opens.
///
/// The grid is used as given (no widening), so the scenarios fitted should have grids that hold
/// their zones of agreement.
///
/// - Complexity: O(C·P) for C compositions and P (total, term) pairs (every row once; twice for
///   Kalai–Smorodinsky or with an empty zone), O(1) extra memory beyond the factored utilities.
public struct SmoothedAgreement: Sendable, Hashable {
    /// The weighted mean first-year total (the scenario's currency, billions).
    public var firstYearTotal: Double
    /// The weighted mean term in years.
    public var duration: Double
    /// The share of weight on packages whose escalation rule is bounded (a cap or a fixed rate).
    public var boundedShare: Double
    /// The number of packages in the zone of agreement (0 when it is empty).
    public var zoneCount: Int
    /// With an empty zone, how far the closest package misses agreement: −max min(g₁, g₂), in
    /// previous-agreement years per year; 0 when the zone is not empty.
    public var gap: Double

    /// The share of weight on the grid's first and last totals: when it is not small the zone
    /// may reach beyond the grid, and the prediction is held in by the grid's edge.
    public var edgeShare: Double

    /// The empty-zone softmax's temperature per unit of τ, in utility units.
    public static let gapTemperatureFactor = 0.1

    /// The bargaining solution a smoothed agreement stands in for.
    public enum Solution: Sendable, Hashable {
        /// The asymmetric Nash solution with the recipient's bargaining power α in (0, 1);
        /// α = 1/2 is Nash's.
        case nash(power: Double)
        /// The Kalai–Smorodinsky solution.
        case kalaiSmorodinsky
    }

    /// The smoothed asymmetric Nash agreement of a validated scenario (see
    /// ``init(scenario:temperature:solution:lattice:)``).
    init?(scenario: Scenario, temperature: Double, power: Double = 0.5,
          lattice given: CandidateLattice? = nil) throws(ScenarioError) {
        try self.init(scenario: scenario, temperature: temperature, solution: .nash(power: power), lattice: given)
    }

    /// The smoothed agreement of a validated scenario, or `nil` when a utility is not finite or
    /// the win-set admits no package.
    /// - Parameters:
    ///   - temperature: τ > 0, in units of the log score (0.02: a package whose score is 2% below
    ///     the best weighs about e⁻¹ of it).
    ///   - solution: The solution smoothed; a Nash power must lie in (0, 1).
    ///   - lattice: The scenario's candidate lattice, when the caller has one that fits it.
    init?(scenario: Scenario, temperature: Double, solution: Solution,
          lattice given: CandidateLattice? = nil) throws(ScenarioError) {
        var power = 0.5, relative = false
        switch solution {
        case .nash(let alpha): power = alpha
        case .kalaiSmorodinsky: relative = true
        }
        precondition(temperature > 0 && power > 0 && power < 1, "temperature > 0 and power in (0, 1)")
        let lattice: CandidateLattice
        if let given { lattice = given } else { lattice = try CandidateLattice(validated: scenario) }
        let model = UtilityModel(scenario: scenario)
        let f = FactoredUtilities(model: model, lattice: lattice)
        let d = f.disagreement
        guard d.recipient.isFinite, d.host.isFinite else { return nil }
        let pairs = f.pairCount
        // One pass over the zone's rows with a running softmax (sums rescaled whenever the largest
        // exponent grows), so no per-row arrays; with an empty zone a second pass over every
        // admissible row's smaller gain.
        var sums = SoftmaxSums(totals: lattice.totals, terms: lattice.terms)
        var closest = -Double.infinity
        // Kalai–Smorodinsky measures gains against the zone's ideal gains: one pass to find them.
        var ideal = (recipient: 0.0, host: 0.0)
        if relative {
            for c in 0..<f.compositionCount {
                for p in 0..<pairs where f.admits(p) {
                    let g1 = f.utility(.recipient, c, p) - d.recipient, g2 = f.utility(.host, c, p) - d.host
                    guard g1.isFinite, g2.isFinite else { return nil }
                    if g1 > 0, g2 > 0 { ideal = (max(ideal.recipient, g1), max(ideal.host, g2)) }
                }
            }
        }
        for c in 0..<f.compositionCount {
            for p in 0..<pairs where f.admits(p) {
                let g1 = f.utility(.recipient, c, p) - d.recipient, g2 = f.utility(.host, c, p) - d.host
                guard g1.isFinite, g2.isFinite else { return nil }
                closest = max(closest, min(g1, g2))
                guard g1 > 0, g2 > 0 else { continue }
                let e = (relative ? log(min(g1 / ideal.recipient, g2 / ideal.host))
                                  : power * log(g1) + (1 - power) * log(g2)) / temperature
                guard e.isFinite else { return nil }
                sums.add(e, pair: p)
            }
        }
        zoneCount = sums.count
        gap = sums.count == 0 ? max(0, -closest) : 0
        if sums.count == 0 {
            let t = Self.gapTemperatureFactor * temperature
            for c in 0..<f.compositionCount {
                for p in 0..<pairs where f.admits(p) {
                    sums.add(min(f.utility(.recipient, c, p) - d.recipient, f.utility(.host, c, p) - d.host) / t, pair: p)
                }
            }
        }
        guard sums.count > 0 else { return nil }
        firstYearTotal = sums.total / sums.weight
        duration = sums.duration / sums.weight
        boundedShare = sums.bounded / sums.weight
        edgeShare = sums.edge / sums.weight
    }
}

/// Weighted sums of a softmax accumulated one exponent at a time: when an exponent exceeds the
/// largest so far, the sums are rescaled by exp(old − new), so every weight is at most 1.
private struct SoftmaxSums {
    let totals: [Double]
    let terms: [TermFeatures]
    private(set) var count = 0
    private var top = -Double.infinity
    private(set) var weight = 0.0, total = 0.0, duration = 0.0, bounded = 0.0, edge = 0.0

    init(totals: [Double], terms: [TermFeatures]) { self.totals = totals; self.terms = terms }

    /// Adds the row of pair `p` (total index `p / terms`, term `p % terms`) with exponent `e`.
    mutating func add(_ e: Double, pair p: Int) {
        if e > top {
            let scale = top == -.infinity ? 0 : exp(top - e)
            weight *= scale; total *= scale; duration *= scale; bounded *= scale; edge *= scale
            top = e
        }
        let w = exp(e - top)
        let k = p / terms.count, term = terms[p % terms.count]
        count += 1
        weight += w
        total += w * totals[k]
        duration += w * Double(term.duration)
        bounded += w * term.bounded
        if k == 0 || k == totals.count - 1 { edge += w }
    }
}
