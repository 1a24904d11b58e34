@testable import Pareto

// Brute-force and reference hypervolumes for the tests. Points are gain vectors: every value
// > 0, the origin as reference, every objective maximized.

/// Inclusion–exclusion over all non-empty subsets: Σ (−1)^(|S|+1) vol(∩ boxes of S). O(2ⁿ·n·d),
/// for n up to about 12.
func inclusionExclusionHypervolume(_ gains: [[Double]]) -> Double {
    let n = gains.count, d = gains.first?.count ?? 0
    guard n > 0 else { return 0 }
    var total = 0.0
    var corner = [Double](repeating: 0, count: d)
    for mask in 1..<(1 << n) {
        for j in 0..<d { corner[j] = .infinity }
        var size = 0
        for i in 0..<n where mask & (1 << i) != 0 {
            size += 1
            for j in 0..<d { corner[j] = min(corner[j], gains[i][j]) }
        }
        let volume = corner.reduce(1, *)
        total += size % 2 == 1 ? volume : -volume
    }
    return total
}

/// The previous implementation, kept as an independent reference: a plain sort-and-sweep in two
/// objectives, the sorted-array dimension sweep in three, and slicing along the last objective
/// (HSO, While, Hingston, Barone & Huband 2006) above.
func slicingHypervolume(_ gains: [[Double]]) -> Double {
    guard let d = gains.first?.count else { return 0 }
    switch d {
    case 1: return gains.map { $0[0] }.max()!
    case 2:
        var volume = 0.0, height = 0.0
        for p in gains.sorted(by: { $0[0] > $1[0] }) where p[1] > height {
            volume += p[0] * (p[1] - height)
            height = p[1]
        }
        return volume
    case 3: return sweep3D(gains)
    default:
        let sorted = gains.sorted { $0[d - 1] > $1[d - 1] }
        var projected: [[Double]] = []
        var volume = 0.0
        for (position, p) in sorted.enumerated() {
            projected.append(Array(p[0..<(d - 1)]))
            let next = position + 1 < sorted.count ? sorted[position + 1][d - 1] : 0
            if p[d - 1] > next { volume += slicingHypervolume(projected) * (p[d - 1] - next) }
        }
        return volume
    }
}

private func sweep3D(_ gains: [[Double]]) -> Double {
    let sorted = gains.sorted { $0[2] > $1[2] }
    var xs: [Double] = [], ys: [Double] = []
    var area = 0.0, volume = 0.0
    for (position, p) in sorted.enumerated() {
        let px = p[0], py = p[1]
        let lo = xs.firstIndex(where: { $0 >= px }) ?? xs.count
        if !(lo < xs.count && ys[lo] >= py) {
            var first = lo
            while first > 0 && ys[first - 1] <= py { first -= 1 }
            let end = (lo < xs.count && xs[lo] == px) ? lo + 1 : lo
            let rightY = end < ys.count ? ys[end] : 0
            var previousX = first > 0 ? xs[first - 1] : 0
            var added = 0.0
            for k in first..<end {
                added += (xs[k] - previousX) * (py - ys[k])
                previousX = xs[k]
            }
            added += (px - previousX) * (py - rightY)
            area += added
            xs.replaceSubrange(first..<end, with: [px])
            ys.replaceSubrange(first..<end, with: [py])
        }
        let next = position + 1 < sorted.count ? sorted[position + 1][2] : 0
        volume += area * (p[2] - next)
    }
    return volume
}

/// The gains over `reference` of the rows of `points` that strictly beat it in every objective.
func gainsBeating(_ points: PointSet, reference: [Double], senses: [ObjectiveSense]) -> [[Double]] {
    (0..<points.count).compactMap { i in
        let g = (0..<points.dimensions).map { j in senses[j].sign * (points[i, j] - reference[j]) }
        return g.allSatisfy { $0 > 0 } ? g : nil
    }
}
