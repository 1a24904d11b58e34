/// The exact Pareto frontier of a ``SeparableProblem``, as computed by
/// ``separableFrontier(_:lowerBounds:constraints:)``.
///
/// Each frontier point is a distinct objective vector. ``multiplicity(_:)`` says how many outcomes
/// produce exactly that vector, and ``choices(_:)`` rebuilds one of them (one option index per
/// issue) from per-issue back-pointers, so the frontier stores no full choice vectors.
///
/// Points are ordered lexicographically by their objective values oriented for maximization,
/// best first: with two maximized objectives, the first objective descending and the second
/// ascending along the frontier.
///
/// ```swift
/// let frontier = try separableFrontier(problem)
/// for i in 0..<frontier.count {
///     print(frontier.values(i), frontier.choices(i), frontier.multiplicity(i))
/// }
/// ```
public struct SeparableFrontier: Sendable {
    /// Number of objectives.
    public let objectives: Int
    /// The objective values, row-major, `objectives` per frontier point, in the objectives' own units.
    let flatValues: [Double]
    let multiplicities: [Double]
    /// Index of each frontier point in the last level of the back-pointer chain.
    let leaf: [Int32]
    /// Per issue and kept partial sum: the partial sum it extends on the previous issue (−1 on issue 0).
    let parents: [[Int32]]
    /// Per issue and kept partial sum: the option (original index) it picks on that issue.
    let options: [[Int32]]

    /// Number of frontier points.
    public var count: Int { multiplicities.count }

    /// Whether the frontier is empty (possible only with bounds or constraints no outcome meets).
    public var isEmpty: Bool { multiplicities.isEmpty }

    /// The objective values (the sums) of frontier point `i`, in the objectives' own units.
    public func values(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < count, "frontier point \(i) out of range 0..<\(count)")
        return Array(flatValues[i * objectives ..< (i + 1) * objectives])
    }

    /// One outcome producing frontier point `i`: an option index per issue.
    ///
    /// - Complexity: O(issues), following back-pointers.
    public func choices(_ i: Int) -> [Int] {
        precondition(i >= 0 && i < count, "frontier point \(i) out of range 0..<\(count)")
        var result = [Int](repeating: 0, count: parents.count)
        var node = Int(leaf[i])
        for issue in stride(from: parents.count - 1, through: 0, by: -1) {
            result[issue] = Int(options[issue][node])
            node = Int(parents[issue][node])
        }
        return result
    }

    /// How many outcomes have exactly the objective values of frontier point `i` (and, with
    /// constraints, satisfy them). Exact while below 2^53; a rounded count beyond.
    public func multiplicity(_ i: Int) -> Double {
        precondition(i >= 0 && i < count, "frontier point \(i) out of range 0..<\(count)")
        return multiplicities[i]
    }

    /// The frontier's objective values as a point set (for hypervolume, bargaining solutions, …).
    public var points: PointSet { PointSet(unchecked: flatValues, dimensions: objectives) }

    /// The number of outcomes on the frontier: the sum of the multiplicities.
    public var outcomeCount: Double { multiplicities.reduce(0, +) }
}
