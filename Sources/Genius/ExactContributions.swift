import Foundation

extension NegotiationIssue {
    /// The exact numeric value of each value ``values(realSteps:)`` visits, or `nil` for a
    /// discrete issue.
    ///
    /// Integers are themselves; a real issue's k-th sample is lower + (upper − lower)·k/(realSteps − 1)
    /// with the bounds at their decimal value (``ExactRational/init(shortestDecimalOf:)``); a number
    /// issue's values are its decimals `low + k·step`.
    ///
    /// - Complexity: O(v) rational operations for v values.
    func exactNumbers(realSteps: Int) -> [ExactRational]? {
        switch kind {
        case .discrete:
            return nil
        case let .integer(lower, upper):
            return (lower...upper).map(ExactRational.init)
        case let .real(lower, upper):
            let a = ExactRational(shortestDecimalOf: lower), b = ExactRational(shortestDecimalOf: upper)
            let span = b - a, steps = ExactRational(realSteps - 1)
            return (0..<realSteps).map { k in a + span * ExactRational(k) / steps }
        case let .number(low, _, step):
            return (0..<valueCount(realSteps: realSteps)).map { k in
                ExactRational(decimal: "\(low + Decimal(k) * step)")!   // Decimal prints its exact digits
            }
        }
    }
}

extension IssueEvaluator {
    /// The exact evaluation of a value: the same formula as ``evaluate(_:)`` with every parameter
    /// at its decimal value and rational arithmetic, so no rounding happens.
    ///
    /// - Parameters:
    ///   - label: The value's label (discrete lookups).
    ///   - number: The value's exact number, `nil` for a discrete value.
    func exactEvaluation(label: String, number: ExactRational?) -> ExactRational {
        func d(_ x: Double) -> ExactRational { ExactRational(shortestDecimalOf: x) }
        func clip(_ x: ExactRational) -> ExactRational { min(max(x, .zero), .one) }
        switch self {
        case let .discrete(table):
            return table[label].map(d) ?? .zero
        case let .relativeDiscrete(table):
            let largest = table.values.max() ?? 0
            guard largest >= IssueEvaluator.negligibleLargestEvaluation, let e = table[label] else { return .zero }
            return d(e) / d(largest)
        case let .constant(c):
            return d(c)
        case let .linear(slope, offset, origin):
            guard let x = number else { return .zero }
            return clip(d(slope) * (x - d(origin)) + d(offset))
        case let .triangular(lower, upper, top):
            guard let x = number else { return .zero }
            let (l, u, t) = (d(lower), d(upper), d(top))
            if x < l { return .zero }
            if x < t { return (x - l) / (t - l) }
            if x < u { return .one - (x - t) / (u - t) }
            return .zero
        case let .interpolated(lowValue, lowUtility, highValue, highUtility):
            let (lv, lu, hv, hu) = (d(lowValue), d(lowUtility), d(highValue), d(highUtility))
            guard let x = number, x >= lv, x <= hv else { return .zero }
            return lu + (hu - lu) * (x - lv) / (hv - lv)
        }
    }
}

extension AdditiveProfile {
    /// Each value's exact contribution (wᵢ / Σw)·eᵢ(value), indexed `[issue][value]` in the order
    /// of ``NegotiationDomain/values(realSteps:)``.
    ///
    /// - Complexity: O(total number of values) rational operations.
    func exactContributions(realSteps: Int) -> [[ExactRational]] {
        let exactWeights = weights.map(ExactRational.init(shortestDecimalOf:))
        let total = exactWeights.reduce(ExactRational.zero, +)
        return domain.issues.enumerated().map { i, issue in
            let w = exactWeights[i] / total
            let labels = issue.values(realSteps: realSteps).map(\.label)
            let numbers = issue.exactNumbers(realSteps: realSteps)
            return labels.indices.map { v in
                w * evaluators[i].exactEvaluation(label: labels[v], number: numbers?[v])
            }
        }
    }
}
