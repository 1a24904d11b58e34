/// Assigns every point its non-domination rank: 0 for the frontier, 1 for the frontier of what
/// remains once rank 0 is removed, and so on (the "fronts" of NSGA-II, Deb et al. 2002).
///
/// Use it to layer a point set, for example to see how far a proposal is from the frontier in
/// steps rather than in distance. Dominance is the module's: a point dominates another when it is
/// at least as good in every objective (as oriented by `senses`) and strictly better in one, so
/// equal points never dominate each other and duplicates always share a rank.
///
/// ```swift
/// let points = try PointSet(rows: [[3, 1], [1, 3], [2, 2], [1, 1], [2, 2], [0, 0]])
/// try nonDominatedRanks(points)   // [0, 0, 0, 1, 0, 2]
/// ```
///
/// Algorithms, after turning every objective into one to maximize and ordering the rows
/// lexicographically descending (in this order a row can only be dominated by rows before it,
/// and copies are ranked once):
/// - one objective: the rank is the row's position among the distinct values;
/// - two objectives (``SweepRanks2D``, straight from the input: buckets of the first objective
///   with insertion sort, or a radix sort when the buckets are uneven): one sweep; the most
///   recent (largest second objective) member of each front tells whether that front dominates
///   the row, and binary search over the fronts, two rows at a time, finds the first that does
///   not (Jensen 2003);
/// - three objectives: one sweep with a 2-D staircase per front and the same binary search
///   over the fronts (rows sorted and deduplicated by ``LexicographicRows``, a radix sort of the
///   first objective);
/// - four or more: Jensen's divide and conquer in the tie-safe form of Fortin, Grenier &
///   Parizeau (2013) and Buzdalov & Shalyto (2014), on the same sorted distinct rows.
///
/// - Parameters:
///   - points: The points to rank.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: One rank per point, in input order. Empty input gives `[]`.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `senses` has the wrong
///   length; ``ParetoError/invalidArgument(_:)`` for more than 2³¹ − 1 points.
/// - Complexity: O(n·d) to sort continuous data (rows sharing their first objective are
///   compared further; for two objectives O(n) expected on smooth data); then O(n) for one
///   objective, O(n log f) for two (f fronts), O(n log f · log n) for three, and
///   O(n log^{d−1} n) for d ≥ 4. Extra memory O(n·d).
public func nonDominatedRanks(
    _ points: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> [Int] {
    let senses = try points.resolvedSenses(senses)
    let n = points.count
    if n == 0 { return [] }
    guard n <= Int(Int32.max) else {
        throw .invalidArgument("point set has \(n) points; non-dominated sorting supports at most \(Int32.max)")
    }
    let signs = senses.map(\.sign)
    let ranks: [Int]
    switch points.dimensions {
    case 1: ranks = LexicographicRows(points, signs: signs).rowOf.map { Int($0) }
    case 2: ranks = SweepRanks2D.ranks(points, signs: signs)
    case 3:
        let rows = LexicographicRows(points, signs: signs)
        ranks = rows.inputRanks(SweepRanks3D.ranks(rows))
    default:
        let rows = LexicographicRows(points, signs: signs)
        ranks = rows.inputRanks(DivideAndConquerRanks.ranks(rows))
    }
    #if PARETO_CHECK_INVARIANTS
    if n <= 2048 {
        precondition(ranks == efficientNonDominatedSortRanks(points, senses: senses),
                     "non-dominated ranks disagree with ENS-SS")
    }
    #endif
    return ranks
}

/// The indices of each non-domination front: element 0 is the frontier, element 1 the next front,
/// and so on. Indices are ascending within each front; every point appears exactly once.
///
/// ```swift
/// let points = try PointSet(rows: [[3, 1], [1, 3], [2, 2], [1, 1], [2, 2], [0, 0]])
/// try nonDominatedFronts(points)   // [[0, 1, 2, 4], [3], [5]]
/// ```
///
/// - Parameters:
///   - points: The points to sort into fronts.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: The fronts, best first. Empty input gives `[]`.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `senses` has the wrong length.
/// - Complexity: That of ``nonDominatedRanks(_:senses:)`` plus O(n).
public func nonDominatedFronts(
    _ points: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> [[Int]] {
    let ranks = try nonDominatedRanks(points, senses: senses)
    var fronts: [[Int]] = Array(repeating: [], count: (ranks.max() ?? -1) + 1)
    for (i, r) in ranks.enumerated() { fronts[r].append(i) }
    return fronts
}
