/// Hypervolume of `count` gain vectors in five or more objectives, row-major in `gains`, every
/// value > 0, with the origin as reference: the WFG algorithm of While, Bradstreet & Barone
/// (2012) with its dimension reduction, down to the four-objective sweep.
///
/// The volume of a set is the sum of exclusive contributions, each point taken against the
/// points after it. With the points sorted by the last objective ascending, every later point is
/// at least as large in that objective, so clipping the later points to p's box (WFG's "limit
/// set") leaves them all at p's last value, and p's exclusive part is p's last value times the
/// exclusive part of its projection in one objective fewer:
///
///     HV_d(S) = Σᵢ wᵢ · (vol_{d−1}(pᵢ) − HV_{d−1}(nd{ min(pᵢ, pⱼ) : j > i }))
///
/// where `nd` keeps the non-dominated clipped points (dominated ones and copies add nothing, and
/// dropping them keeps the limit sets small). HV_{d−1} recurses the same way; four objectives
/// use ``hypervolume4D(gains:count:)``.
///
/// - Complexity: exponential in d in the worst case (n limit sets per level, each filtered in
///   O(m²·d)); in practice the limit sets are much smaller than n. O(n·d) extra memory per level.
func hypervolumeWFG(gains: UnsafeBufferPointer<Double>, count n: Int, dimensions d: Int) -> Double {
    precondition(d >= 5, "WFG is for five or more objectives")
    var workspace = WFGWorkspace(count: n, dimensions: d)
    return workspace.hypervolume(gains.baseAddress!, count: n, dimensions: d)
}

/// One buffer per dimension below the top for the limit sets of the WFG recursion (a limit set
/// in k objectives is built in buffer k while the set it came from stays intact one level up).
/// Owns its buffers (`~Copyable`, freed in `deinit`).
private struct WFGWorkspace: ~Copyable {
    /// `buffers[k]` holds up to `rows` points of k objectives, for k in 0..<top.
    private let buffers: UnsafeMutablePointer<UnsafeMutablePointer<Double>>
    private let top: Int
    private let rows: Int

    init(count n: Int, dimensions d: Int) {
        top = d
        rows = Swift.max(n, 1)
        buffers = .allocate(capacity: d)
        for k in 0..<d {
            let size = Swift.max(rows &* k, 1)
            let buffer = UnsafeMutablePointer<Double>.allocate(capacity: size)
            buffer.initialize(repeating: 0, count: size)
            (buffers + k).initialize(to: buffer)
        }
    }

    deinit {
        for k in 0..<top { buffers[k].deallocate() }
        buffers.deallocate()
    }

    /// HV of `n` points of `d` objectives at `points` (row-major).
    mutating func hypervolume(_ points: UnsafePointer<Double>, count n: Int, dimensions d: Int) -> Double {
        switch n {
        case 0: return 0
        case 1: return boxVolume(points, d)
        default: break
        }
        if d <= 4 {
            let set = UnsafeBufferPointer(start: points, count: n &* d)
            switch d {
            case 4: return hypervolume4D(gains: set, count: n)
            case 3: return hypervolume3D(gains: set, count: n)
            case 2: return hypervolume2D(gains: set, count: n)
            default:
                var best = 0.0
                for i in 0..<n { best = Swift.max(best, points[i]) }
                return best
            }
        }
        // Last objective ascending.
        let last = d &- 1
        let order = (0..<n).sorted { points[$0 &* d &+ last] < points[$1 &* d &+ last] }
        let k = d &- 1
        let limit = buffers[k]
        var volume = 0.0
        for position in 0..<n {
            let p = points + order[position] &* d
            let w = p[last]
            // The limit set: later points clipped to p, in k objectives, non-dominated.
            var m = 0
            for later in (position &+ 1)..<n {
                let q = points + order[later] &* d
                let row = limit + m &* k
                for j in 0..<k { row[j] = Swift.min(p[j], q[j]) }
                m &+= 1
            }
            m = keepNonDominated(limit, count: m, dimensions: k)
            let exclusive = boxVolume(p, k) - hypervolume(limit, count: m, dimensions: k)
            volume += w * exclusive
        }
        return volume
    }
}

/// The product of the first `k` coordinates of `p`.
@inline(__always)
private func boxVolume(_ p: UnsafePointer<Double>, _ k: Int) -> Double {
    var v = 1.0
    for j in 0..<k { v *= p[j] }
    return v
}

/// Compacts the first `m` rows of `rows` (k values each) to those no other row weakly dominates,
/// one copy of each, and returns their number. Order among the kept rows is not preserved.
private func keepNonDominated(_ rows: UnsafeMutablePointer<Double>, count m: Int, dimensions k: Int) -> Int {
    var kept = 0
    for r in 0..<m {
        let candidate = rows + r &* k
        var covered = false
        var i = 0
        while i < kept {
            let other = rows + i &* k
            var otherAtLeast = true, candidateAtLeast = true
            for j in 0..<k {
                let a = other[j], b = candidate[j]
                if a < b { otherAtLeast = false }
                if b < a { candidateAtLeast = false }
            }
            if otherAtLeast { covered = true; break }
            if candidateAtLeast {
                // The candidate dominates a kept row: move the last kept row into its place.
                kept &-= 1
                if i != kept { (rows + i &* k).update(from: rows + kept &* k, count: k) }
                continue
            }
            i &+= 1
        }
        if !covered {
            if kept != r { (rows + kept &* k).update(from: candidate, count: k) }
            kept &+= 1
        }
    }
    return kept
}
