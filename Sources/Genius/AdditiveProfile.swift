import Foundation

/// One party's preferences over a domain, additive over issues as in GENIUS's
/// `AdditiveUtilitySpace` and GeniusWeb's `LinearAdditiveUtilitySpace`:
///
///     u(outcome) = Σᵢ wᵢ · eᵢ(valueᵢ)
///
/// with one weight wᵢ and one ``IssueEvaluator`` eᵢ per issue of ``domain``, summed in issue
/// order starting from 0 (the order GENIUS uses, so results match it to the last bit).
///
/// The readers normalise weights to sum to 1, as GENIUS does when it loads a profile. The
/// reservation value is what the party gets without agreement (0 when the file gives none).
/// The discount factor is GENIUS's: a file value ≤ 0 or > 1 means no discounting and is stored
/// as 1. Utilities reported by this package are undiscounted; ``discounted(_:time:)`` applies it.
///
/// ```swift
/// let profile = AdditiveProfile(
///     name: "buyer", domain: domain, weights: [0.75, 0.25],
///     evaluators: [.discrete(["Dell": 1, "HP": 0.5]), .linear(slope: 0.25, offset: 0, origin: 4)])
/// profile.utility(of: [IssueValue(label: "HP"), IssueValue(integer: 6)])   // 0.75·0.5 + 0.25·0.5 = 0.5
/// ```
public struct AdditiveProfile: Sendable, Hashable {
    /// The profile's name (the file name without extension when read from a file).
    public var name: String
    /// The domain the profile is defined on.
    public var domain: NegotiationDomain
    /// One weight per issue, in issue order.
    public var weights: [Double]
    /// One evaluator per issue, in issue order.
    public var evaluators: [IssueEvaluator]
    /// The utility of no agreement.
    public var reservationValue: Double
    /// The discount factor d in (0, 1]; 1 means no discounting.
    public var discountFactor: Double

    /// Creates a profile; `weights` and `evaluators` need one entry per issue of `domain`.
    /// Weights are used as given (not normalised).
    public init(
        name: String, domain: NegotiationDomain, weights: [Double], evaluators: [IssueEvaluator],
        reservationValue: Double = 0, discountFactor: Double = 1
    ) {
        precondition(weights.count == domain.issues.count, "one weight per issue is required")
        precondition(evaluators.count == domain.issues.count, "one evaluator per issue is required")
        self.name = name
        self.domain = domain
        self.weights = weights
        self.evaluators = evaluators
        self.reservationValue = reservationValue
        self.discountFactor = discountFactor
    }

    /// The weighted evaluation wᵢ·eᵢ(value) of one issue's value: the issue's contribution to
    /// the utility.
    public func contribution(issue: Int, value: IssueValue) -> Double {
        weights[issue] * evaluators[issue].evaluate(value)
    }

    /// The undiscounted utility of an outcome given as one value per issue.
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
