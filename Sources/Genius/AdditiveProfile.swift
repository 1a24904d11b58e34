import Foundation

/// One party's preferences over a domain, additive over issues as in GENIUS's
/// `AdditiveUtilitySpace` and GeniusWeb's `LinearAdditiveUtilitySpace`:
///
///     u(outcome) = Σᵢ (wᵢ / Σⱼ wⱼ) · eᵢ(valueᵢ)
///
/// with one weight wᵢ and one ``IssueEvaluator`` eᵢ per issue of ``domain``. Weights are kept
/// as written in the file and normalised by their sum when utilities are computed, as GENIUS
/// does when it loads a profile; weights that already sum to 1 are used as they are.
///
/// ``utility(of:)`` and ``contribution(issue:value:)`` compute in `Double`s. The frontier
/// (``negotiationFrontier(profiles:realSteps:method:lowerBounds:)``) does not: it takes every
/// number of the profile at its decimal value (``ExactRational/init(shortestDecimalOf:)``) and
/// computes utilities exactly.
///
/// The reservation value is what the party gets without agreement (0 when the file gives none).
/// The discount factor is GENIUS's: a file value ≤ 0 or > 1 means no discounting and is stored
/// as 1. Utilities reported by this package are undiscounted; ``discounted(_:time:)`` applies it.
///
/// ```swift
/// let profile = AdditiveProfile(
///     name: "buyer", domain: domain, weights: [0.75, 0.25],
///     evaluators: [.discrete(["Dell": 1, "HP": 0.5]), .linear(slope: 0.25, offset: 0, origin: 4)])
/// profile.utility(of: [IssueValue(label: "HP"), IssueValue(integer: 6)])   // 0.75·0.5 + 0.25·0.5 = 0.5
/// // weights [3, 1] give the same profile: they are normalised to [0.75, 0.25]
/// ```
public struct AdditiveProfile: Sendable, Hashable {
    /// The profile's name (the file name without extension when read from a file).
    public var name: String
    /// The domain the profile is defined on.
    public var domain: NegotiationDomain
    /// One weight per issue, in issue order, as written (not normalised; utilities divide by
    /// their sum). Not negative, with a positive sum.
    public let weights: [Double]
    /// One evaluator per issue, in issue order.
    public var evaluators: [IssueEvaluator]
    /// The utility of no agreement.
    public var reservationValue: Double
    /// The discount factor d in (0, 1]; 1 means no discounting.
    public var discountFactor: Double
    /// Σ weights, fixed with them.
    private let weightTotal: Double

    /// Creates a profile; `weights` and `evaluators` need one entry per issue of `domain`.
    /// Weights are relative: utilities divide them by their sum, which must be positive (a
    /// domain without issues has no weights). Weights must be finite and not negative.
    public init(
        name: String, domain: NegotiationDomain, weights: [Double], evaluators: [IssueEvaluator],
        reservationValue: Double = 0, discountFactor: Double = 1
    ) {
        precondition(weights.count == domain.issues.count, "one weight per issue is required")
        precondition(evaluators.count == domain.issues.count, "one evaluator per issue is required")
        precondition(weights.allSatisfy { $0.isFinite && $0 >= 0 }, "weights must be finite and not negative")
        precondition(weights.isEmpty || weights.reduce(0, +) > 0, "weights must have a positive sum")
        self.name = name
        self.domain = domain
        self.weights = weights
        self.weightTotal = weights.reduce(0, +)
        self.evaluators = evaluators
        self.reservationValue = reservationValue
        self.discountFactor = discountFactor
    }

    /// The weighted evaluation (wᵢ / Σw)·eᵢ(value) of one issue's value, in doubles: the issue's
    /// contribution to the utility.
    public func contribution(issue: Int, value: IssueValue) -> Double {
        weights[issue] / weightTotal * evaluators[issue].evaluate(value)
    }

    /// The undiscounted utility of an outcome given as one value per issue, summed in doubles in
    /// issue order (close to the exact utility, not always equal to it).
    ///
    /// - Complexity: O(k) for k issues.
    public func utility(of outcome: [IssueValue]) -> Double {
        precondition(outcome.count == weights.count, "an outcome needs one value per issue")
        var u = 0.0
        for i in outcome.indices { u += contribution(issue: i, value: outcome[i]) }
        return u
    }

    /// GENIUS's discounted utility u·dᵗ at normalised time t in [0, 1].
    public func discounted(_ utility: Double, time: Double) -> Double {
        discountFactor == 1 ? utility : utility * pow(discountFactor, time)
    }
}
