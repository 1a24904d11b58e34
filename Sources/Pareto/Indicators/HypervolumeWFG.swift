/// Hypervolume of `count` gain vectors in five or more objectives, row-major in `gains`, every
/// value > 0, with the origin as reference: the WFG algorithm of While, Bradstreet & Barone
/// (2012) with its dimension reduction, down to the four-objective sweep.
///
/// The volume of a set is the sum of exclusive contributions, each point taken against the
/// points before it. With the points taken by the last objective descending, every earlier point
/// is at least as large in that objective, so clipping the earlier points to p's box (WFG's
/// "limit set") leaves them all at p's last value, and p's exclusive part is p's last value w
/// times the exclusive part of its projection p′ in one objective fewer:
///
///     HV_d(S) = Σᵢ wᵢ · (vol_{d−1}(p′ᵢ) − HV_{d−1}(nd{ min(p′ᵢ, p′ⱼ) : j < i }))
///
/// where `nd` keeps the non-dominated clipped points (dominated ones and copies add nothing, and
/// dropping them keeps the limit sets small). The earlier points are kept in a live set from
/// which a point leaves once a later point's projection weakly dominates its own (its clipped
/// box can only be inside that point's from then on); a point whose projection a live point
/// weakly dominates contributes nothing and is skipped, so dominated input points and copies
/// cost one pass over the live set. HV_{d−1} recurses the same way down to four objectives,
/// where ``HV4DPlusSweep`` (one set of buffers for every call) takes the clipped points
/// unfiltered: its own linear pre-filter and its rejection of dominated points cost less than
/// the pairwise filter. Dominance tests compare four coordinates per SIMD operation.
///
/// - Complexity: exponential in d in the worst case (n limit sets per level, each of up to n
///   points: filtered in O(m·h·d) for h kept above four objectives, and at four the sweep's
///   O(m) pre-filter then O(m·h) for its h kept points); in practice the non-dominated parts of
///   the limit sets stay small (a few dozen points for hundreds of inputs at d = 5). O(n·d)
///   extra memory per level.
func hypervolumeWFG(gains: UnsafeBufferPointer<Double>, count n: Int, dimensions d: Int) -> Double {
    precondition(d >= 5, "WFG is for five or more objectives")
    var workspace = WFGWorkspace(count: n, dimensions: d)
    return workspace.hypervolume(gains.baseAddress!, count: n, dimensions: d)
}

/// Buffers for the WFG recursion, owned here (`~Copyable`, freed in `deinit`): for each number of
/// objectives k below the top, one for the limit set in k objectives (built while the set it
/// came from stays intact one level up) and one for the clipped points before filtering, plus
/// index buffers per level for the sort order, the live set and the filter's order.
private struct WFGWorkspace: ~Copyable {
    /// `sets[k]` and `clipped[k]` hold up to `rows` points of k objectives, for k in 0...top.
    private let sets: UnsafeMutablePointer<UnsafeMutablePointer<Double>>
    private let clipped: UnsafeMutablePointer<UnsafeMutablePointer<Double>>
    /// `orders[k]` holds `rows` indices, `sums[k]` `rows` (sum, row) pairs.
    private let orders: UnsafeMutablePointer<UnsafeMutablePointer<Int>>
    private let sums: UnsafeMutablePointer<UnsafeMutablePointer<(sum: Double, row: Int)>>
    /// `liveSets[k]` holds `rows` indices: the live points of the level with k objectives.
    private let liveSets: UnsafeMutablePointer<UnsafeMutablePointer<Int>>
    private let top: Int
    private let rows: Int
    /// The four-objective sweep at the bottom of the recursion, its buffers reused by every call.
    private var sweep4: HV4DPlusSweep

    init(count n: Int, dimensions d: Int) {
        top = d
        rows = Swift.max(n, 1)
        sweep4 = HV4DPlusSweep(capacity: rows)
        sets = .allocate(capacity: d &+ 1)
        clipped = .allocate(capacity: d &+ 1)
        orders = .allocate(capacity: d &+ 1)
        sums = .allocate(capacity: d &+ 1)
        liveSets = .allocate(capacity: d &+ 1)
        for k in 0...d {
            let size = Swift.max(rows &* k, 1)
            let set = UnsafeMutablePointer<Double>.allocate(capacity: size)
            set.initialize(repeating: 0, count: size)
            (sets + k).initialize(to: set)
            let raw = UnsafeMutablePointer<Double>.allocate(capacity: size)
            raw.initialize(repeating: 0, count: size)
            (clipped + k).initialize(to: raw)
            let order = UnsafeMutablePointer<Int>.allocate(capacity: rows)
            order.initialize(repeating: 0, count: rows)
            (orders + k).initialize(to: order)
            let live = UnsafeMutablePointer<Int>.allocate(capacity: rows)
            live.initialize(repeating: 0, count: rows)
            (liveSets + k).initialize(to: live)
            let pairs = UnsafeMutablePointer<(sum: Double, row: Int)>.allocate(capacity: rows)
            pairs.initialize(repeating: (0, 0), count: rows)
            (sums + k).initialize(to: pairs)
        }
    }

    deinit {
        for k in 0...top {
            sets[k].deallocate()
            clipped[k].deallocate()
            orders[k].deallocate()
            sums[k].deallocate()
            liveSets[k].deallocate()
        }
        sets.deallocate()
        clipped.deallocate()
        orders.deallocate()
        sums.deallocate()
        liveSets.deallocate()
    }

    /// HV of the `n` points of `d` objectives at `points` (row-major). Dominated points and
    /// copies are allowed (they add nothing); fewer of them make it faster.
    mutating func hypervolume(_ points: UnsafePointer<Double>, count n: Int, dimensions d: Int) -> Double {
        switch n {
        case 0: return 0
        case 1: return boxVolume(points, d)
        default: break
        }
        if d <= 4 {
            let set = UnsafeBufferPointer(start: points, count: n &* d)
            switch d {
            case 4: return sweep4.hypervolume(points, count: n, prefilter: false)
            case 3: return hypervolume3D(gains: set, count: n)
            case 2: return hypervolume2D(gains: set, count: n)
            default:
                var best = 0.0
                for i in 0..<n { best = Swift.max(best, points[i]) }
                return best
            }
        }
        // Last objective descending: every point already taken is at least as large there.
        let last = d &- 1
        let order = orders[d]
        for i in 0..<n { order[i] = i }
        var sortable = UnsafeMutableBufferPointer(start: order, count: n)
        sortable.sort {
            points[$0 &* d &+ last] > points[$1 &* d &+ last]
        }
        let k = d &- 1
        let raw = clipped[k], limit = sets[k]
        // The points taken so far whose projections no later-taken projection weakly dominates.
        let live = liveSets[d]
        var liveCount = 0
        var volume = 0.0
        for position in 0..<n {
            let index = order[position]
            let p = points + index &* d
            // The limit set: the live points clipped to p, in k objectives. A live point that p
            // dominates in the projection leaves the live set (p's box covers it from now on);
            // one that dominates p means p adds nothing.
            var m = 0, kept = 0
            var covered = false
            var read = 0
            while read < liveCount {
                let q = points + live[read] &* d
                let (qAtLeast, pAtLeast) = DominanceKernel.mutualCover(q, p, count: k)
                if qAtLeast {   // q weakly dominates p
                    covered = true
                    break
                }
                let row = raw + m &* k
                for j in 0..<k { row[j] = Swift.min(p[j], q[j]) }
                m &+= 1
                if !pAtLeast {   // not dominated by p: stays live
                    live[kept] = live[read]
                    kept &+= 1
                }
                read &+= 1
            }
            if covered {
                // Keep the unvisited rest; the dropped ones are dominated by p, so by q as well.
                while read < liveCount { live[kept] = live[read]; kept &+= 1; read &+= 1 }
                liveCount = kept
                continue
            }
            if k == 4 {
                // The live set is kept by the fourth objective descending, so the limit set
                // comes out in the sweep's order (clipping to p keeps the order) and needs no sort.
                let w = p[3]
                var slot = kept
                while slot > 0 && points[live[slot &- 1] &* d &+ 3] < w {
                    live[slot] = live[slot &- 1]
                    slot &-= 1
                }
                live[slot] = index
            } else {
                live[kept] = index
            }
            liveCount = kept &+ 1
            let limitVolume: Double
            if k == 4 {
                // The sweep drops dominated points itself, cheaper than a pairwise filter.
                limitVolume = sweep4.hypervolume(raw, count: m, prefilter: true, sortedByW: true)
            } else {
                m = filterNonDominated(raw, count: m, dimensions: k, into: limit, order: sums[k])
                limitVolume = hypervolume(limit, count: m, dimensions: k)
            }
            let exclusive = boxVolume(p, k) - limitVolume
            volume += p[last] * exclusive
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

/// Copies to `out` the rows among the first `m` of `rows` (k values each) that no other row
/// weakly dominates, one copy of each, and returns their number (their order is not kept).
///
/// Each row is checked against the rows kept so far; a kept row it dominates is removed, and a
/// kept row that covers it moves to the front, where the next rows (often covered by the same
/// one) meet it first. O(m·h·k) for at most h rows kept at a time.
private func filterNonDominated(
    _ rows: UnsafeMutablePointer<Double>, count m: Int, dimensions k: Int,
    into out: UnsafeMutablePointer<Double>, order: UnsafeMutablePointer<(sum: Double, row: Int)>
) -> Int {
    var kept = 0
    for r in 0..<m {
        let candidate = rows + r &* k
        var covered = false
        var i = 0
        while i < kept {
            let other = out + i &* k
            let (otherAtLeast, candidateAtLeast) = DominanceKernel.mutualCover(other, candidate, count: k)
            if otherAtLeast {
                covered = true
                if i != 0 {
                    for j in 0..<k { let t = out[j]; out[j] = other[j]; other[j] = t }
                }
                break
            }
            if candidateAtLeast {
                kept &-= 1
                if i != kept { (out + i &* k).update(from: out + kept &* k, count: k) }
                continue
            }
            i &+= 1
        }
        if !covered {
            (out + kept &* k).update(from: candidate, count: k)
            kept &+= 1
        }
    }
    return kept
}
