/// The exact hypervolume of a point set: the measure of the region its points dominate, bounded
/// by a reference point (Zitzler & Thiele 1998's S-metric).
///
/// Every objective is first oriented by `senses`; point `p` then dominates the box between the
/// reference and `p`. Points that do not strictly beat the reference in every objective add
/// nothing (they span a box of zero or negative extent). Dominated points and duplicates are
/// allowed and add nothing beyond their dominators. The result is the measure of the union of the
/// boxes, so it is independent of the order of the points.
///
/// ```swift
/// let points = try PointSet(rows: [[1, 3], [2, 2], [3, 1]])
/// try hypervolume(points, reference: [0, 0])   // 6: the union of boxes 1×3, 2×2 and 3×1
/// try hypervolume(points, reference: [4, 4], senses: [.minimize, .minimize])   // 6 as well
/// ```
///
/// Algorithms (n points, after dropping those that do not beat the reference):
/// - 1 objective: the largest gain over the reference, O(n).
/// - 2 objectives: a bucket pre-filter in two linear passes drops most dominated points, then the
///   survivors are sorted by the first objective and the staircase is swept: O(n + s log s) for
///   s survivors, O(n log n) at worst (`hypervolume2D`).
/// - 3 objectives: a grid pre-filter, a radix sort on the third objective and the dimension sweep
///   of Beume, Fonseca, López-Ibáñez, Paquete & Vahrenhold (2009) over a sorted-array staircase:
///   O(n log n) comparisons plus the staircase's memory moves, O(n²) element moves at worst
///   (`hypervolume3D`).
/// - 4 objectives: HV4D⁺ (Guerreiro & Fonseca 2018): a sweep along the fourth objective that
///   adds each point's exclusive three-objective contribution, computed in O(n) with
///   the points kept in a list sorted by the third objective whose links also rebuild the
///   two-objective staircase below each point in linear time. A linear pre-filter first drops the
///   points that one of the 4 points of largest box volume dominates. O(n²) at worst
///   (`hypervolume4D`, `HV4DPlusSweep`).
/// - 5 or more objectives: WFG (While, Bradstreet & Barone 2012): the points taken by the last
///   objective descending, each adding its last value times its exclusive part, in one
///   objective fewer, against the non-dominated "limit set" of the earlier points clipped to its
///   box; recursively down to the four-objective sweep (one set of HV4D⁺ buffers reused by every
///   call). Exponential in d at worst; in practice the limit sets stay small (`hypervolumeWFG`).
///
/// Floating-point: the volume is accumulated from products of differences, so it carries the
/// usual relative rounding error of a sum of n terms; integer data with moderate magnitudes
/// (every partial product and sum exactly representable) give exact results.
///
/// - Parameters:
///   - points: The points.
///   - reference: The reference point, one value per objective, in the objectives' own units.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: The hypervolume, ≥ 0. Empty input, or no point strictly beating the reference, gives 0.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `reference` or `senses` has the
///   wrong length; ``ParetoError/invalidArgument(_:)`` when the reference has a NaN or infinite value.
/// - Complexity: see the algorithms above; O(n·d) extra memory for the gains plus O(n) per
///   algorithm (per recursion level for WFG).
public func hypervolume(
    _ points: PointSet, reference: [Double], senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> Double {
    let senses = try points.resolvedSenses(senses)
    let d = points.dimensions
    guard reference.count == d else {
        throw .wrongLength(what: "reference", expected: d, found: reference.count)
    }
    if let bad = reference.firstIndex(where: { !$0.isFinite }) {
        throw .invalidArgument("reference: value \(reference[bad]) in objective \(bad) is not finite")
    }
    // Orient for maximization and keep only points strictly beating the reference everywhere,
    // stored as gains over the reference (so the reference becomes the origin).
    let signs = senses.map(\.sign)
    let shifted = (0..<d).map { signs[$0] * reference[$0] }
    let total = points.values.count
    let gains = [Double](unsafeUninitializedCapacity: total) { out, written in
        points.values.withUnsafeBufferPointer { v in
            signs.withUnsafeBufferPointer { s in
                shifted.withUnsafeBufferPointer { r in
                    var end = 0, start = 0
                    while start < total {
                        // Write the row's gains in place; keep them only if all are positive.
                        var inside = true
                        for j in 0..<d {
                            let g = s[j] * v[start &+ j] - r[j]
                            inside = inside && g > 0
                            out[end &+ j] = g
                        }
                        if inside { end &+= d }
                        start &+= d
                    }
                    written = end
                }
            }
        }
    }
    if gains.isEmpty { return 0 }
    return hypervolumeOfGains(gains, dimensions: d)
}

/// Hypervolume of `n` positive gain vectors (row-major, `d` values each) with the origin as
/// reference, by the algorithm for `d` objectives. Each algorithm deals with dominated points and
/// copies itself: the two- and three-objective ones with their pre-filters, the four-objective
/// sweep with its pre-filter and by rejecting a dominated point when its turn comes, and WFG by
/// dropping dominated points as it goes.
func hypervolumeOfGains(_ gains: [Double], dimensions d: Int) -> Double {
    let n = gains.count / d
    precondition(n < Int(Int32.max), "hypervolume supports fewer than 2³¹ points")
    return gains.withUnsafeBufferPointer { g in
        switch d {
        case 1: return g.max() ?? 0
        case 2: return hypervolume2D(gains: g, count: n)
        case 3: return hypervolume3D(gains: g, count: n)
        case 4: return hypervolume4D(gains: g, count: n)
        default: return hypervolumeWFG(gains: g, count: n, dimensions: d)
        }
    }
}
