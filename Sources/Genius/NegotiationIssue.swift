import Foundation

/// One issue of a negotiation domain: its name and the values it can take.
///
/// GENIUS has discrete, integer and real issues; GeniusWeb adds number issues given by a
/// decimal range and step. Real issues are continuous; to enumerate outcomes they are sampled
/// at `realSteps` evenly spaced values that include both bounds (see ``values(realSteps:)``).
///
/// ```swift
/// let price = NegotiationIssue(name: "price", kind: .integer(lower: -5, upper: 5))
/// price.valueCount(realSteps: 21)   // 11
/// ```
public struct NegotiationIssue: Sendable, Hashable {
    /// The values an issue can take.
    public enum Kind: Sendable, Hashable {
        /// A finite list of labels, in file order.
        case discrete([String])
        /// Every integer from `lower` to `upper`, both included.
        case integer(lower: Int, upper: Int)
        /// Any real number from `lower` to `upper`; sampled for enumeration.
        case real(lower: Double, upper: Double)
        /// GeniusWeb's number value set: `low`, `low + step`, … up to and including `high`
        /// when reached, computed in decimal arithmetic.
        case number(low: Decimal, high: Decimal, step: Decimal)
    }

    /// The issue's name, unique within its domain.
    public var name: String
    /// The values it can take.
    public var kind: Kind

    /// Creates an issue.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// The number of values enumeration visits.
    ///
    /// - Parameter realSteps: Samples taken of a real issue; at least 2.
    /// - Complexity: O(1).
    public func valueCount(realSteps: Int) -> Int {
        switch kind {
        case let .discrete(labels): return labels.count
        case let .integer(lower, upper): return upper - lower + 1
        case .real: return realSteps
        case let .number(low, high, step):
            var steps = (high - low) / step
            var whole = Decimal()
            NSDecimalRound(&whole, &steps, 0, .down)
            return NSDecimalNumber(decimal: whole).intValue + 1
        }
    }

    /// The values enumeration visits, in order.
    ///
    /// Discrete values come in file order, integers ascending. A real issue `[lower, upper]` gives
    /// `lower + (upper − lower)·k/(realSteps − 1)` for k = 0 … realSteps − 1, the last one exactly
    /// `upper`. (GENIUS's own bid iterator takes `lower + (upper − lower)·k/steps` for
    /// k < steps, which never reaches `upper`; including both bounds keeps the best and worst
    /// values of monotone evaluators in the outcome space.) A number issue gives
    /// `low + k·step` in decimal arithmetic while it does not exceed `high`.
    ///
    /// - Parameter realSteps: Samples taken of a real issue; at least 2.
    /// - Returns: ``valueCount(realSteps:)`` values.
    /// - Complexity: O(v) for v values.
    public func values(realSteps: Int) -> [IssueValue] {
        precondition(realSteps >= 2, "realSteps must be at least 2, got \(realSteps)")
        switch kind {
        case let .discrete(labels):
            return labels.map(IssueValue.init(label:))
        case let .integer(lower, upper):
            return (lower...upper).map(IssueValue.init(integer:))
        case let .real(lower, upper):
            return (0..<realSteps).map { k in
                let x = k == realSteps - 1 ? upper : lower + (upper - lower) * Double(k) / Double(realSteps - 1)
                return IssueValue(number: x)
            }
        case let .number(low, _, step):
            return (0..<valueCount(realSteps: realSteps)).map { k in
                let x = low + Decimal(k) * step, label = "\(x)"
                return IssueValue(number: Double(label) ?? NSDecimalNumber(decimal: x).doubleValue, label: label)
            }
        }
    }
}
