/// How ``hypervolumeContributions(_:reference:senses:dominated:)`` treats dominated points.
///
/// The two policies agree whenever no point is strictly dominated, for instance on a front that
/// has already been filtered with ``nonDominatedIndices(_:senses:)``.
public enum DominatedPointHandling: String, Sendable, Hashable, CaseIterable {
    /// The exact definition, HV(X) − HV(X ∖ {p}): a dominated point still covers space, so a point
    /// that dominates it *alone* loses that space from its contribution (removing the dominator
    /// uncovers the dominated point). moocore's `hv_contributions(…, ignore_dominated=False)`.
    case included
    /// Strictly dominated points are removed before the contributions are computed, so they affect
    /// nobody's contribution (copies of a non-dominated point are kept, and still make each other
    /// contribute 0). moocore's default, `hv_contributions(…, ignore_dominated=True)`.
    case ignored
}

/// The exclusive hypervolume contribution of every point: how much the hypervolume of the whole
/// set shrinks when that one point is removed, HV(X) − HV(X ∖ {p}).
///
/// Contributions rank the points of a front by how much dominated space only they provide; SMS-EMOA
/// and other indicator-based optimizers discard the point with the smallest one. The result is in
/// input order, one value per row.
///
/// ```swift
/// let points = try PointSet(rows: [[5, 1], [1, 5], [4, 2], [4, 4], [5, 1]])
/// try hypervolumeContributions(points, reference: [6, 6], senses: [.minimize, .minimize])
/// // [0, 3, 2, 0, 0]: (5,1) is there twice, so each copy adds nothing; (4,4) is dominated; and
/// // removing (4,2) uncovers part of its box to (4,4), so it contributes 2 rather than 3.
/// try hypervolumeContributions(points, reference: [6, 6], senses: [.minimize, .minimize],
///                              dominated: .ignored)
/// // [0, 3, 3, 0, 0], moocore's default
/// ```
///
/// Semantics (both policies):
/// - A strictly dominated point contributes 0 (removing it changes nothing).
/// - Every copy of a repeated point contributes 0: removing one copy leaves the other.
/// - A point that does not strictly beat the reference in every objective contributes 0 and
///   affects no other point (its box has no volume).
/// - With ``DominatedPointHandling/included`` (the default) the values are exactly
///   `hypervolume(X) − hypervolume(X without p)`; with ``DominatedPointHandling/ignored`` they are
///   that difference for the set with its strictly dominated points removed.
///
/// Algorithms, on the gains over the reference:
/// - 1 objective: only the single best point can contribute (the gap to the second best).
/// - 2 objectives: one radix sort and a sweep of the staircase; each front point's exclusive box
///   lies between its two neighbours, less what the points it alone dominates cover of it.
/// - 3 objectives: a sweep from the best third objective to the worst that keeps, for the slice
///   at the current height, the two-dimensional staircase of the points seen so far and, under
///   each of its steps, the staircase of the points dominated by that step alone; a step's
///   exclusive area times the height it lasts is added to its contribution whenever the area
///   changes. This is the idea of Guerreiro & Fonseca's HVC3D (IEEE TEVC 22(3), 2018, "Computing
///   and updating hypervolume contributions in up to four dimensions") extended with the second
///   staircase so that dominated points can be counted; both staircases are ordered sets over the
///   ranks of the first objective (a 64-ary bit tree), so every step costs O(log n).
/// - 4 or more objectives: for each point `p` that is neither dominated nor repeated,
///   `vol(box(p)) − hypervolume({min(p, q) : q ≠ p})` (the other points clipped to `p`'s box and
///   filtered to their non-dominated ones), using ``hypervolume(_:reference:senses:)``.
///
/// Floating-point: the 2- and 3-objective sweeps add products of differences and keep the sums
/// under each step incrementally, so a contribution carries an absolute error of a few ulps of the
/// largest box volume it was computed from (values that should be 0 come out exactly 0 for
/// repeated and dominated points). Unlike moocore's difference method this function does not round
/// small contributions down to 0.
///
/// - Parameters:
///   - points: The points.
///   - reference: The reference point, one value per objective, in the objectives' own units.
///   - senses: One sense per objective; `nil` maximizes every objective.
///   - dominated: Whether strictly dominated points count (``DominatedPointHandling/included``, the
///     exact definition) or are removed first (``DominatedPointHandling/ignored``, moocore's default).
/// - Returns: One contribution per point, in input order, each ≥ 0.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `reference` or `senses` has the
///   wrong length; ``ParetoError/invalidArgument(_:)`` when the reference has a NaN or infinite value.
/// - Complexity: O(n log n) for one, two and three objectives, where n is the number of points,
///   with O(n) extra memory (one radix sort per coordinate used, then O(1) or O(log₆₄ n) work per
///   point). For d ≥ 4, O(n²·d) dominance tests plus, for each point that is neither dominated
///   nor repeated, one hypervolume of at most n − 1 points: practical for the sizes the
///   hypervolume itself handles.
public func hypervolumeContributions(
    _ points: PointSet, reference: [Double], senses: [ObjectiveSense]? = nil,
    dominated: DominatedPointHandling = .included
) throws(ParetoError) -> [Double] {
    let senses = try points.resolvedSenses(senses)
    let d = points.dimensions
    guard reference.count == d else {
        throw .wrongLength(what: "reference", expected: d, found: reference.count)
    }
    if let bad = reference.firstIndex(where: { !$0.isFinite }) {
        throw .invalidArgument("reference: value \(reference[bad]) in objective \(bad) is not finite")
    }
    var result = [Double](repeating: 0, count: points.count)
    guard !points.isEmpty else { return result }

    // With .ignored, the strictly dominated points leave before anything else (copies stay); the
    // two- and three-objective sweeps do that themselves.
    let candidates: [Int]? = dominated == .ignored && (d == 1 || d >= 4)
        ? try nonDominatedIndices(points, senses: senses) : nil

    // Gains over the reference of the points strictly beating it, and their rows.
    let signs = senses.map(\.sign)
    var gains: [Double] = []
    var rows: [Int] = []
    gains.reserveCapacity((candidates?.count ?? points.count) * d)
    points.values.withUnsafeBufferPointer { v in
        var row = [Double](repeating: 0, count: d)
        func consider(_ i: Int) {
            for j in 0..<d {
                let g = signs[j] * v[i * d + j] - signs[j] * reference[j]
                if !(g > 0) { return }
                row[j] = g
            }
            gains.append(contentsOf: row)
            rows.append(i)
        }
        if let candidates {
            for i in candidates { consider(i) }
        } else {
            for i in 0..<points.count { consider(i) }
        }
    }
    guard !rows.isEmpty else { return result }

    let contributions: [Double]
    switch d {
    case 1: contributions = contributions1D(gains)
    case 2: contributions = contributions2D(gains, ignoringDominated: dominated == .ignored)
    case 3: contributions = contributions3D(gains, ignoringDominated: dominated == .ignored)
    default: contributions = try contributionsByExclusion(gains, dimensions: d)
    }
    for (k, i) in rows.enumerated() { result[i] = contributions[k] }
    return result
}

/// One objective: the largest gain, if it is unique, contributes its lead over the runner-up (or
/// over the reference); everything else contributes 0.
private func contributions1D(_ g: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: g.count)
    var best = 0
    for i in g.indices where g[i] > g[best] { best = i }
    var copies = 0, second = 0.0
    for value in g {
        if value == g[best] { copies += 1 } else { second = max(second, value) }
    }
    if copies == 1 { result[best] = g[best] - second }
    return result
}

/// Four or more objectives: `vol(box(p)) − HV(others clipped to box(p))` for every point that is
/// neither dominated nor repeated.
private func contributionsByExclusion(_ g: [Double], dimensions d: Int) throws(ParetoError) -> [Double] {
    let n = g.count / d
    var result = [Double](repeating: 0, count: n)
    // Strictly dominated or repeated points contribute 0.
    var counts = [Bool](repeating: true, count: n)
    g.withUnsafeBufferPointer { v in
        for i in 0..<n where counts[i] {
            for k in 0..<n where k != i {
                var weak = true, strict = false
                for j in 0..<d {
                    let a = v[k * d + j], b = v[i * d + j]
                    if a < b { weak = false; break }
                    if a > b { strict = true }
                }
                if weak {   // k weakly dominates i: i is dominated or a copy of k
                    counts[i] = false
                    if !strict { counts[k] = false }
                    break
                }
            }
        }
    }
    var clipped: [Double] = []
    clipped.reserveCapacity(g.count)
    let origin = [Double](repeating: 0, count: d)
    for i in 0..<n where counts[i] {
        clipped.removeAll(keepingCapacity: true)
        var box = 1.0
        for j in 0..<d { box *= g[i * d + j] }
        for k in 0..<n where k != i {
            for j in 0..<d { clipped.append(min(g[k * d + j], g[i * d + j])) }
        }
        let others = PointSet(unchecked: clipped, dimensions: d)
        // Only the clipped points that are not dominated matter; dropping the rest first keeps the
        // hypervolume call small (most of them collapse onto the faces of the box).
        let front = try nonDominatedIndices(others)
        let covered = try hypervolume(others.subset(front), reference: origin)
        result[i] = max(box - covered, 0)
    }
    return result
}

/// The indices `0..<count` of the values `values[offset + stride·i]`, ordered by value ascending,
/// ties by index (a radix sort).
func indicesByAscendingValue(_ values: [Double], stride: Int, offset: Int) -> [Int32] {
    let count = values.count / stride
    var keys = (0..<count).map { orderedKey(values[offset + stride * $0]) }
    var payload = (0..<count).map { Int32($0) }
    radixSort(keys: &keys, payload: &payload)
    return payload
}

/// The indices of `values` ordered by value descending, ties by index (a radix sort).
func indicesByDescendingValue(_ values: UnsafeBufferPointer<Double>) -> [Int32] {
    descendingOrder(values).order
}

/// The indices of `values` ordered by value descending (ties by index), with the sorted values'
/// keys: `keys[k]` is `~orderedKey(values[order[k]])`, and ``valueOfDescendingKey(_:)`` decodes it.
func descendingOrder(_ values: UnsafeBufferPointer<Double>) -> (keys: [UInt64], order: [Int32]) {
    var keys = values.map { ~orderedKey($0) }
    var payload = (0..<values.count).map { Int32($0) }
    radixSort(keys: &keys, payload: &payload)
    return (keys, payload)
}

/// The value whose descending key (`~orderedKey(value)`) is `key`.
@inline(__always)
func valueOfDescendingKey(_ key: UInt64) -> Double {
    let k = ~key
    return Double(bitPattern: k & (1 << 63) != 0 ? k & ~(1 << 63) : ~k)
}
