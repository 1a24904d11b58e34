/// How two points compare under Pareto dominance.
///
/// For objectives oriented by ``ObjectiveSense``, `a` **dominates** `b` when `a` is at least as
/// good as `b` in every objective and strictly better in at least one. Equal points do not
/// dominate each other, so every copy of a non-dominated point is non-dominated.
public enum DominanceRelation: Sendable, Hashable {
    /// The first point dominates the second.
    case dominates
    /// The second point dominates the first.
    case dominated
    /// The points have equal values in every objective.
    case equal
    /// Each point is strictly better in some objective.
    case incomparable
}

/// Compares two points of equal length under Pareto dominance.
///
/// ```swift
/// dominance([2, 3], [1, 3])                               // .dominates
/// dominance([2, 3], [1, 3], senses: [.minimize, .maximize]) // .dominated
/// dominance([1, 2], [2, 1])                               // .incomparable
/// ```
///
/// - Parameters:
///   - a: The first point's objective values.
///   - b: The second point's objective values; same count as `a`.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: The relation of `a` to `b`.
/// - Complexity: O(d) time and memory (the points are copied to arrays), where d is the number
///   of objectives.
@inlinable
public func dominance<A: Collection<Double>, B: Collection<Double>>(
    _ a: A, _ b: B, senses: [ObjectiveSense]? = nil
) -> DominanceRelation {
    let x = Array(a), y = Array(b)
    precondition(x.count == y.count, "points have different numbers of objectives (\(x.count) and \(y.count))")
    precondition(senses == nil || senses!.count == x.count, "one sense per objective is required")
    return DominanceKernel.relation(dimensions: x.count) { j in
        let s = senses?[j].sign ?? 1
        return DominanceKernel.order(s * x[j], s * y[j])
    }
}
