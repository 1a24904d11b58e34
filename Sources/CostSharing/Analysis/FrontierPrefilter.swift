/// Removes points that a sample's 2-D staircase dominates (maximizing both coordinates),
/// leaving a superset of the non-dominated points.
///
/// Dropping a dominated point never changes the non-dominated set (dominance is transitive),
/// so this is exact: the caller still runs the full non-dominated filter on what is left. Each
/// round takes an evenly spaced sample of the survivors, builds the sample's strict staircase
/// (x ascending, y strictly descending), and keeps a point unless the staircase point with the
/// smallest x ≥ its x — which has the largest y among those — dominates it. Rounds stop when
/// few points are left or a round removes less than 10%.
///
/// - Parameters:
///   - x: First objective per point.
///   - y: Second objective per point (same count).
///   - target: Stop once at most this many points survive.
/// - Returns: Ascending indices of the surviving points; every non-dominated point is among them.
/// - Complexity: O(n log m) per round for a sample of m points.
func staircasePrefilter(x: [Double], y: [Double], target: Int = 4096) -> [Int] {
    precondition(x.count == y.count, "coordinate arrays differ in length")
    var alive = Array(0..<x.count)
    let sampleSize = 2048
    while alive.count > target {
        let stride = max(1, alive.count / sampleSize)
        var sample: [Int] = []
        var k = 0
        while k < alive.count { sample.append(alive[k]); k += stride }
        sample.sort { x[$0] != x[$1] ? x[$0] > x[$1] : y[$0] > y[$1] }
        var stairX: [Double] = [], stairY: [Double] = []
        var best = -Double.infinity
        for i in sample where y[i] > best {
            best = y[i]; stairX.append(x[i]); stairY.append(y[i])
        }
        stairX.reverse(); stairY.reverse()    // x ascending, y strictly descending
        var next: [Int] = []
        next.reserveCapacity(alive.count / 4)
        for i in alive {
            let px = x[i], py = y[i]
            var lo = 0, hi = stairX.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if stairX[mid] >= px { hi = mid } else { lo = mid + 1 }
            }
            if lo < stairX.count {
                let qx = stairX[lo], qy = stairY[lo]
                if qy >= py && (qx > px || qy > py) { continue }
            }
            next.append(i)
        }
        let progress = alive.count - next.count
        alive = next
        if progress * 10 < alive.count + progress { break }
    }
    return alive
}
