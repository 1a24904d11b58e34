import Foundation

/// The chance that the host's legislature ratifies a package, and how that chance enters the
/// analysis.
///
/// The chance is a logistic function of the package's **term increase** r̄, its average annual
/// amount over the whole term against the previous agreement's total (so a low first year with
/// an uncapped index cannot pass as a small increase):
///
/// P(r̄) = 1 / (1 + exp(s·(r̄ − m)))
///
/// where m is the increase at which ratification is a coin flip and s > 0 how fast support
/// falls around it. It enters in one of two forms (``Form``):
///
/// - **expected utility** (the default): a signed package is ratified with probability P, and
///   otherwise the talks are back at no deal, so each side's utility of a package is
///   P·U(package) + (1 − P)·U(no deal). Both sides bear the risk.
/// - **win-set** (Putnam 1988): the Assembly's consent is a hard constraint, P ≥ p_min; packages
///   below it are not candidates, and P does not otherwise enter the utilities.
///
/// ```swift
/// let r = Ratification(midpointIncrease: 0.3, slope: 15)
/// r.probability(termIncrease: 0.3)   // 0.5
/// ```
public struct Ratification: Sendable, Hashable {
    /// How the chance of ratification enters the analysis.
    public enum Form: Sendable, Hashable {
        /// Utilities are expected values over ratification and its failure.
        case expectedUtility
        /// Only packages with P ≥ `minimumProbability` (in `0..<1`) are candidates.
        case winSet(minimumProbability: Double)
    }

    /// m: the term increase at which the probability is one half.
    public var midpointIncrease: Double
    /// s > 0: steepness, per unit of increase (15 means a 10-point rise moves the log-odds by 1.5).
    public var slope: Double
    /// How P enters.
    public var form: Form

    /// Creates the ratification model.
    public init(midpointIncrease: Double, slope: Double, form: Form = .expectedUtility) {
        self.midpointIncrease = midpointIncrease
        self.slope = slope
        self.form = form
    }

    /// P(r̄), in (0, 1), for a term increase r̄ (0.139 is +13.9%).
    public func probability(termIncrease: Double) -> Double {
        1 / (1 + exp(slope * (termIncrease - midpointIncrease)))
    }

    /// The largest term increase the win-set admits, `m + ln((1 − p)/p)/s`, or `nil` in the
    /// expected-utility form (or for p = 0, where every increase passes).
    public var largestAdmissibleIncrease: Double? {
        guard case .winSet(let p) = form, p > 0 else { return nil }
        if p >= 1 { return -.infinity }
        return midpointIncrease + log((1 - p) / p) / slope
    }
}
