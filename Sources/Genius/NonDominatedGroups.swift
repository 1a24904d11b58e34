import Pareto

/// The non-dominated points among exact integer vectors (all coordinates maximised), with
/// equal points grouped.
///
/// `values` holds n points of `d` coordinates, row-major. A point dominates another when it is
/// at least as large in every coordinate and larger in one; equal points never dominate each
/// other and form one group. The result lists, for each group of equal non-dominated points,
/// its first (lowest) index and its count: the sum of `counts` over the group, or its size when
/// `counts` is `nil`. Groups are in ascending index order. No rounding is involved: the
/// coordinates go to `Pareto.nonDominatedIndices(_:senses:algorithm:)` as exact doubles when
/// they are below 2⁵³, and as their dense ranks per coordinate (which order them the same way)
/// otherwise.
///
/// - Complexity: Pareto's filter on n points (O(n log n) for two or three coordinates), plus
///   O(f log f) to group the f non-dominated points; the rank fallback adds d sorts of n.
func nonDominatedGroups<V: ExactSum>(
    _ values: [V], dimensions d: Int, counts: [BigNatural]?
) -> [(index: Int, count: BigNatural)] {
    let n = values.count / d
    guard n > 0 else { return [] }
    let front: [Int]
    do {
        front = try nonDominatedIndices(PointSet(dimensions: d, values: exactOrder(values, dimensions: d)))
    } catch {
        preconditionFailure("exact coordinates are finite: \(error)")
    }
    // Group equal points: sort the front by coordinates, then by index.
    let sorted = values.withUnsafeBufferPointer { v in
        front.sorted { a, b in
            for j in 0..<d where v[a * d + j] != v[b * d + j] { return v[a * d + j] < v[b * d + j] }
            return a < b
        }
    }
    var groups: [(index: Int, count: BigNatural)] = []
    groups.reserveCapacity(sorted.count)
    var previous = -1
    for i in sorted {
        let one = counts?[i] ?? BigNatural(1)
        if previous >= 0, (0..<d).allSatisfy({ values[previous * d + $0] == values[i * d + $0] }) {
            groups[groups.count - 1].count += one
        } else {
            groups.append((i, one))
            previous = i
        }
    }
    groups.sort { $0.index < $1.index }
    return groups
}

/// Doubles in the same order as `values` in every coordinate, equal exactly when the values
/// are: the values themselves when all are below 2⁵³, otherwise each value's dense rank within
/// its coordinate.
private func exactOrder<V: ExactSum>(_ values: [V], dimensions d: Int) -> [Double] {
    var out = [Double](repeating: 0, count: values.count)
    var direct = true
    for (k, x) in values.enumerated() {
        guard let e = x.exactDouble else { direct = false; break }
        out[k] = e
    }
    if direct { return out }
    let n = values.count / d
    for j in 0..<d {
        let order = (0..<n).sorted { values[$0 * d + j] < values[$1 * d + j] }
        var rank = 0.0
        for (k, i) in order.enumerated() {
            if k > 0 && values[order[k - 1] * d + j] != values[i * d + j] { rank += 1 }
            out[i * d + j] = rank
        }
    }
    return out
}
