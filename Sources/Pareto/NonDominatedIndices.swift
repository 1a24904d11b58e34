/// Which non-dominated filtering algorithm to use.
public enum FrontierAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// Picks by dimension: ``sweep2D`` for 2 objectives, ``kung3D`` for 3, ``manyObjectives`` for 4+.
    case automatic
    /// Sort-and-sweep for two objectives, O(n log n), after a linear-time pre-filter.
    case sweep2D
    /// Kung, Luccio & Preparata's sweep for three objectives with an ordered staircase, O(n log n).
    case kung3D
    /// The general algorithm for any number of objectives.
    case manyObjectives
    /// The O(n²) reference, ``bruteForceNonDominatedIndices(_:senses:)``.
    case bruteForce
}

/// Returns the indices of the points that no other point dominates, in input order.
///
/// A point `a` dominates `b` when `a` is at least as good as `b` in every objective (as oriented
/// by `senses`) and strictly better in at least one. Equal points never dominate each other, so
/// every copy of a non-dominated point is reported. The empty set gives `[]`; a single point is
/// always non-dominated. NaN and ±infinity cannot occur: ``PointSet`` rejects them.
///
/// ```swift
/// let points = try PointSet(rows: [[1, 3], [2, 2], [1, 1], [2, 2]])
/// try nonDominatedIndices(points)   // [0, 1, 3]
/// ```
///
/// - Parameters:
///   - points: The points to filter.
///   - senses: One sense per objective; `nil` maximizes every objective.
///   - algorithm: The algorithm; `.automatic` chooses by dimension.
/// - Returns: Ascending indices of the non-dominated points.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `senses` has the wrong length.
public func nonDominatedIndices(
    _ points: PointSet,
    senses: [ObjectiveSense]? = nil,
    algorithm: FrontierAlgorithm = .automatic
) throws(ParetoError) -> [Int] {
    // Fast algorithms are added per dimension; until then the reference is exact.
    try bruteForceNonDominatedIndices(points, senses: senses)
}
