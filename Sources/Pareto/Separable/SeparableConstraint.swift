/// A linear side condition on the outcomes of a ``SeparableProblem``: a sum of per-issue,
/// per-option coefficients that must stay within a bound (a budget, a cap, a minimum).
///
/// The sum is taken in issue order starting from zero, like the objectives, and compared exactly
/// with the bound.
///
/// ```swift
/// // Option costs per issue; at most 5 in total.
/// let budget = try SeparableConstraint(coefficients: [[0, 2, 4], [1, 3]], bound: .atMost(5))
/// budget.isSatisfied(by: [1, 1])   // true: 2 + 3 = 5
/// budget.isSatisfied(by: [2, 1])   // false: 4 + 3 = 7
/// ```
public struct SeparableConstraint: Sendable, Hashable {
    /// Which side of the bound is allowed.
    public enum Bound: Sendable, Hashable {
        /// The sum must be ≤ the value.
        case atMost(Double)
        /// The sum must be ≥ the value.
        case atLeast(Double)
    }

    /// `coefficients[issue][option]`.
    public let coefficients: [[Double]]
    /// The bound on the sum.
    public let bound: Bound

    /// Creates a constraint, checking that every coefficient and the bound are finite. Whether
    /// the shape matches a problem is checked by ``separableFrontier(_:lowerBounds:constraints:)``.
    ///
    /// - Throws: ``ParetoError/invalidArgument(_:)`` naming the issue and option of a NaN or
    ///   infinite coefficient, or a non-finite bound.
    public init(coefficients: [[Double]], bound: Bound) throws(ParetoError) {
        for (issue, row) in coefficients.enumerated() {
            if let option = row.firstIndex(where: { !$0.isFinite }) {
                throw .invalidArgument("constraint issue \(issue), option \(option): coefficient \(row[option]) is not finite")
            }
        }
        switch bound {
        case let .atMost(b), let .atLeast(b):
            guard b.isFinite else { throw .invalidArgument("constraint bound \(b) is not finite") }
        }
        self.coefficients = coefficients
        self.bound = bound
    }

    /// The constraint's sum for an outcome, in issue order starting from zero.
    public func value(of choices: [Int]) -> Double {
        precondition(choices.count == coefficients.count, "one choice per issue is required (\(coefficients.count)), found \(choices.count)")
        var sum = 0.0
        for (issue, option) in choices.enumerated() { sum = sum + coefficients[issue][option] }
        return sum
    }

    /// Whether an outcome's sum is within the bound.
    public func isSatisfied(by choices: [Int]) -> Bool {
        let v = value(of: choices)
        switch bound {
        case let .atMost(b): return v <= b
        case let .atLeast(b): return v >= b
        }
    }

    /// `+1` when larger sums are better (an `atLeast` bound), `-1` otherwise; with the bound.
    var orientation: (sign: Double, bound: Double) {
        switch bound {
        case let .atMost(b): return (-1, b)
        case let .atLeast(b): return (1, b)
        }
    }
}
