import Foundation

/// The chance that the host's legislature ratifies a package, as a logistic function of the
/// first-year increase over the previous agreement:
///
/// P(r) = 1 / (1 + exp(s·(r − m)))
///
/// where m is the increase at which ratification is a coin flip and s > 0 how fast support
/// falls around it. The host's utility carries ω·ln P(r): a package that may fail in the
/// National Assembly costs the government a political fight (ω ≥ 0 sets how much).
///
/// ```swift
/// let r = Ratification(midpointIncrease: 0.2, slope: 15, weight: 0.5)
/// r.probability(increase: 0.2)   // 0.5
/// ```
public struct Ratification: Sendable, Hashable {
    /// m: the increase at which the probability is one half.
    public var midpointIncrease: Double
    /// s > 0: steepness, per unit of increase (15 means a 10-point rise moves the log-odds by 1.5).
    public var slope: Double
    /// ω ≥ 0: weight of ln P in the host's utility.
    public var weight: Double

    /// Creates the ratification model.
    public init(midpointIncrease: Double, slope: Double, weight: Double) {
        self.midpointIncrease = midpointIncrease
        self.slope = slope
        self.weight = weight
    }

    /// P(r), in (0, 1).
    public func probability(increase: Double) -> Double {
        1 / (1 + exp(slope * (increase - midpointIncrease)))
    }

    /// ω·ln P(r), computed stably for large increases (ln P = −softplus(s·(r − m))).
    public func utility(increase: Double) -> Double {
        let z = slope * (increase - midpointIncrease)
        let softplus = z > 30 ? z : log1p(exp(z))
        return -weight * softplus
    }
}
