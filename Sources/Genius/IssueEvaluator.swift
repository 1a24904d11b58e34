/// How one party values one issue: a function from the issue's values to an evaluation,
/// normally in [0, 1], that the profile multiplies by the issue's weight.
///
/// The cases follow GENIUS (10.4) and GeniusWeb:
///
/// | case | evaluation of value x | source |
/// |---|---|---|
/// | `discrete` | the table entry for x's label | GeniusWeb `valueUtilities`, tables built in code |
/// | `relativeDiscrete` | the table entry for x's label ÷ the table's largest entry (every value 0 when that is below 10⁻⁵) | GENIUS discrete, evaluations kept as written |
/// | `linear` | slope·(x − origin) + offset, clipped to [0, 1] | GENIUS integer (origin = the issue's lower bound) and real (origin 0) |
/// | `constant` | the constant, for every x | GENIUS `ftype="constant"` |
/// | `triangular` | 0 below `lower`; (x − lower)/(top − lower) below `top`; 1 − (x − top)/(upper − top) below `upper`; 0 from `upper` on | GENIUS `ftype="triangular"` |
/// | `interpolated` | lowUtility + (highUtility − lowUtility)·(x − lowValue)/(highValue − lowValue) inside [lowValue, highValue], 0 outside | GeniusWeb `NumberValueSetUtilities` |
///
/// A discrete value missing from the table evaluates to 0 (the readers reject profiles that
/// leave a domain value out, so this only happens for values built by hand).
///
/// ```swift
/// let e = IssueEvaluator.linear(slope: 0.1, offset: 0, origin: -5)
/// e.evaluate(IssueValue(integer: 0))   // 0.5
/// ```
public enum IssueEvaluator: Sendable, Hashable {
    /// Evaluation per value label, used as given.
    case discrete([String: Double])
    /// Evaluation per value label as written in a GENIUS file, divided by the largest entry
    /// (all 0 when the largest is below 10⁻⁵), GENIUS's rule.
    case relativeDiscrete([String: Double])
    /// `slope·(x − origin) + offset`, clipped to [0, 1].
    case linear(slope: Double, offset: Double, origin: Double)
    /// The same evaluation for every value.
    case constant(Double)
    /// A tent with its peak (1) at `top`, zero outside (`lower`, `upper`).
    case triangular(lower: Double, upper: Double, top: Double)
    /// Linear interpolation between two (value, utility) points, zero outside them.
    case interpolated(lowValue: Double, lowUtility: Double, highValue: Double, highUtility: Double)

    /// The evaluation of `value`.
    ///
    /// Numeric cases need `value.number`; a discrete value given to them evaluates to 0.
    /// - Complexity: O(1) on average.
    public func evaluate(_ value: IssueValue) -> Double {
        switch self {
        case let .discrete(table):
            return table[value.label] ?? 0
        case let .relativeDiscrete(table):
            let largest = table.values.max() ?? 0
            return largest < IssueEvaluator.negligibleLargestEvaluation ? 0 : (table[value.label] ?? 0) / largest
        case let .constant(c):
            return c
        case let .linear(slope, offset, origin):
            guard let x = value.number else { return 0 }
            return min(max(slope * (x - origin) + offset, 0), 1)
        case let .triangular(lower, upper, top):
            guard let x = value.number else { return 0 }
            if x < lower { return 0 }
            if x < top { return (x - lower) / (top - lower) }
            if x < upper { return 1 - (x - top) / (upper - top) }
            return 0
        case let .interpolated(lowValue, lowUtility, highValue, highUtility):
            guard let x = value.number, x >= lowValue, x <= highValue else { return 0 }
            return lowUtility + (highUtility - lowUtility) * (x - lowValue) / (highValue - lowValue)
        }
    }
}

extension IssueEvaluator {
    /// GENIUS's threshold: a discrete issue whose largest evaluation is below it evaluates to 0.
    public static let negligibleLargestEvaluation = 0.00001
}
