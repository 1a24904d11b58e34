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
/// Algorithms:
/// - 1 objective: the largest gain over the reference.
/// - 2 objectives: sort by the first objective and sweep the staircase.
/// - 3 objectives: sweep the third objective from best to worst, keeping the two-dimensional
///   staircase of the points seen so far in a sorted array and updating its area by the exact
///   region each new point adds (the dimension-sweep of Beume, Fonseca, López-Ibáñez, Paquete &
///   Vahrenhold 2009, with an array instead of a balanced tree).
/// - 4 or more objectives: slicing along the last objective (HSO, While, Hingston, Barone & Huband
///   2006) down to the three-objective sweep.
///
/// Floating-point: the volume is accumulated from products of differences, so it carries the
/// usual relative rounding error of a sum of n terms; integer data with moderate magnitudes give
/// exact results.
///
/// - Parameters:
///   - points: The points.
///   - reference: The reference point, one value per objective, in the objectives' own units.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: The hypervolume, ≥ 0. Empty input, or no point strictly beating the reference, gives 0.
/// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `reference` or `senses` has the
///   wrong length; ``ParetoError/invalidArgument(_:)`` when the reference has a NaN or infinite value.
/// - Complexity: O(n log n) for one or two objectives. For three, O(n log n) comparisons plus up to
///   O(n²) element moves in the sorted staircase in the worst case (a fast memory move; the
///   staircase stays short when most points are dominated). For d ≥ 4, O(n^(d−3)) three-objective
///   sweeps: exponential in the number of objectives, practical for a few hundred points at d = 4.
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
    var gains: [Double] = []
    gains.reserveCapacity(points.values.count)
    var row = [Double](repeating: 0, count: d)
    for i in 0..<points.count {
        var inside = true
        for j in 0..<d {
            let g = signs[j] * points[i, j] - signs[j] * reference[j]
            if !(g > 0) { inside = false; break }
            row[j] = g
        }
        if inside { gains.append(contentsOf: row) }
    }
    if gains.isEmpty { return 0 }
    return hypervolumeOfGains(gains, dimensions: d)
}

/// Hypervolume of positive gain vectors (row-major) with the origin as reference.
private func hypervolumeOfGains(_ gains: [Double], dimensions d: Int) -> Double {
    switch d {
    case 1: return gains.max() ?? 0
    case 2: return hypervolume2D(gains)
    case 3: return hypervolume3D(gains)
    default: return hypervolumeBySlicing(gains, dimensions: d)
    }
}

/// Two objectives: by first gain descending, each point that rises above the current staircase
/// adds the band between the old and new height, as wide as its first gain.
private func hypervolume2D(_ g: [Double]) -> Double {
    let n = g.count / 2
    let order = (0..<n).sorted { g[2 * $0] > g[2 * $1] }
    var volume = 0.0, height = 0.0
    for i in order where g[2 * i + 1] > height {
        volume += g[2 * i] * (g[2 * i + 1] - height)
        height = g[2 * i + 1]
    }
    return volume
}

/// Three objectives: sweep the third gain downwards, maintaining the staircase of the first two.
///
/// The staircase holds the 2D-non-dominated points seen so far, first gain ascending (second
/// therefore descending). Inserting `p` removes the points it weakly dominates and adds to the
/// area exactly the part of `p`'s rectangle not already covered.
private func hypervolume3D(_ g: [Double]) -> Double {
    let n = g.count / 3
    let order = (0..<n).sorted { g[3 * $0 + 2] > g[3 * $1 + 2] }
    var xs: [Double] = [], ys: [Double] = []
    xs.reserveCapacity(n); ys.reserveCapacity(n)
    var area = 0.0, volume = 0.0
    for (position, i) in order.enumerated() {
        let px = g[3 * i], py = g[3 * i + 1], pz = g[3 * i + 2]
        // First staircase point with x ≥ px.
        var lo = 0, hi = xs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] < px { lo = mid + 1 } else { hi = mid }
        }
        let covered = lo < xs.count && ys[lo] >= py
        if !covered {
            // Points left of p (x < px) with y ≤ py are dominated: a suffix of 0..<lo.
            var first = lo
            while first > 0 && ys[first - 1] <= py { first -= 1 }
            let end = (lo < xs.count && xs[lo] == px) ? lo + 1 : lo   // same x, lower y: dominated
            let rightY = end < ys.count ? ys[end] : 0
            // Added region: for x in (leftX, px], height rises from the old step to py.
            var previousX = first > 0 ? xs[first - 1] : 0
            var added = 0.0
            for k in first..<end {
                added += (xs[k] - previousX) * (py - ys[k])
                previousX = xs[k]
            }
            added += (px - previousX) * (py - rightY)
            area += added
            xs.replaceSubrange(first..<end, with: CollectionOfOne(px))
            ys.replaceSubrange(first..<end, with: CollectionOfOne(py))
        }
        let nextZ = position + 1 < n ? g[3 * order[position + 1] + 2] : 0
        volume += area * (pz - nextZ)
    }
    return volume
}

/// Four or more objectives: slice along the last gain. Between consecutive distinct last gains the
/// cross-section is the (d−1)-dimensional hypervolume of the points reaching that high.
private func hypervolumeBySlicing(_ g: [Double], dimensions d: Int) -> Double {
    let n = g.count / d
    let order = (0..<n).sorted { g[d * $0 + d - 1] > g[d * $1 + d - 1] }
    var projected: [Double] = []
    projected.reserveCapacity(n * (d - 1))
    var volume = 0.0
    for (position, i) in order.enumerated() {
        projected.append(contentsOf: g[d * i ..< d * i + d - 1])
        let top = g[d * i + d - 1]
        let nextZ = position + 1 < n ? g[d * order[position + 1] + d - 1] : 0
        if top > nextZ {
            volume += hypervolumeOfGains(projected, dimensions: d - 1) * (top - nextZ)
        }
    }
    return volume
}
