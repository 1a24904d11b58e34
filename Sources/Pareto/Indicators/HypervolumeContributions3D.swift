/// Exclusive hypervolume contributions of three-objective gain vectors (row-major triples, every
/// value > 0, the reference at the origin, all objectives maximized).
///
/// The sweep visits the points from the highest third gain `z` to the lowest. Between two
/// consecutive heights the cross-section of the dominated region is fixed: the union of the boxes
/// `(0, x] × (0, y]` of the points seen so far. In that cross-section every point `p` has an
/// exclusive area, the part of its box that no other point covers, and `p`'s contribution is the
/// integral of that area over the height. Two ordered sets over the ranks of `x` hold the state:
///
/// - the **steps**: the points whose `(x, y)` no other seen point reaches (first gain ascending,
///   second descending), with a left sentinel `(0, +∞)` and a right sentinel `(+∞, 0)`. Step `p`
///   with neighbours `L` and `R` owns the box `B_p = (x_L, x_p] × (y_R, y_p]`; those boxes do not
///   overlap.
/// - the **under-points**: for each step, the points inside its box `B_p` (dominated in the slice by
///   `p` alone) that no other such point reaches. They form a staircase inside `B_p`, and `p`'s
///   exclusive area is `B_p` less that staircase. Because the boxes do not overlap, the
///   under-points of all steps fit in one set keyed by the same ranks.
///
/// Steps and each step's under-points are also doubly linked in `x` order, so neighbours cost O(1);
/// the ordered sets only answer "the first step (under-point) at or right of `x`". Each step keeps
/// the sum of the uncovered strips between consecutive under-points, which does not depend on its
/// neighbours, so its exclusive area is that sum plus the two end strips, O(1) to evaluate. Whenever an area is about to change the step is brought up to date: its area times
/// the height since its last update is added to its contribution.
///
/// A new point `s` (the lowest so far) either
/// - lies in two steps' boxes or under an under-point: it never matters again and is skipped;
/// - lies in exactly one step's box `B_f` and above its under-points: it becomes an under-point of
///   `f`, and the under-points it reaches leave;
/// - or reaches no step: it becomes a step. The steps it reaches become its under-points (their own
///   under-points leave), its neighbours' boxes shrink to its edges, and the neighbours'
///   under-points that `s` reaches leave.
///
/// Points of equal height are visited in decreasing `(x, y)` order, so a point comes after every
/// point that dominates it. Any order gives the exact contributions; this one makes the following
/// work: with `ignoringDominated`, a point that is weakly dominated in the slice by a step is
/// skipped unless it is an exact copy of that step. Such a point is dominated by an earlier point
/// (strictly, unless a copy), and a point that is not cannot be dominated by a later one, so the
/// sweep computes the contributions of the set without its strictly dominated points.
///
/// Every point enters each set at most once and leaves at most once, so the sweep does O(n) set
/// operations of O(log₆₄ n) each after an O(n) radix sort. This is Guerreiro & Fonseca's HVC3D
/// (2018) idea of tracking each point's exclusive area through a z-sweep, with the under-point
/// staircases added so that dominated points are counted exactly.
///
/// - Complexity: O(n log n) time, O(n) memory.
func contributions3D(_ g: [Double], ignoringDominated: Bool) -> [Double] {
    var sweep = ContributionSweep3D(gains: g, ignoringDominated: ignoringDominated)
    sweep.run()
    return sweep.contributions()
}

/// The state of the three-objective contribution sweep; see ``contributions3D(_:ignoringDominated:)``.
///
/// The per-point arrays are raw buffers owned by this non-copyable value and freed by its `deinit`
/// (the sweep touches them a few dozen times per point, and unchecked access halves its time).
private struct ContributionSweep3D: ~Copyable {
    let n: Int
    let ignoringDominated: Bool
    /// Coordinates; indices `n` and `n + 1` are the left and right sentinels.
    let xs: UnsafeMutablePointer<Double>, ys: UnsafeMutablePointer<Double>, zs: UnsafeMutablePointer<Double>
    /// Dense rank of each point's first gain, 1...m; the sentinels have 0 and m + 1.
    let rank: UnsafeMutablePointer<Int32>
    /// The steps by rank, and the under-points (of all steps) by rank.
    var steps: RankSet
    let stepAt: UnsafeMutablePointer<Int32>
    var unders: RankSet
    let underAt: UnsafeMutablePointer<Int32>
    let rankCapacity: Int
    /// Steps in `x` order: neighbours of a step (point indices; sentinels at the ends).
    let previousStep: UnsafeMutablePointer<Int32>, nextStep: UnsafeMutablePointer<Int32>
    /// Per step: its under-points' list ends (−1 when it has none) and count, and the uncovered
    /// strips between consecutive ones.
    let firstUnder: UnsafeMutablePointer<Int32>, lastUnder: UnsafeMutablePointer<Int32>
    let underCount: UnsafeMutablePointer<Int32>
    let innerStrips: UnsafeMutablePointer<Double>
    /// Per under-point: its neighbours in its step's list (−1 at the ends).
    let previousUnder: UnsafeMutablePointer<Int32>, nextUnder: UnsafeMutablePointer<Int32>
    /// Per point: the height of its last update, and the contribution so far.
    let lastZ: UnsafeMutablePointer<Double>
    let result: UnsafeMutablePointer<Double>

    init(gains g: [Double], ignoringDominated: Bool) {
        let n = g.count / 3
        precondition(n < Int(Int32.max) - 2, "too many points for 32-bit indices")
        self.n = n
        self.ignoringDominated = ignoringDominated
        func doubles(_ value: Double) -> UnsafeMutablePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: n + 2)
            p.initialize(repeating: value, count: n + 2)
            return p
        }
        func ints(_ value: Int32, _ count: Int) -> UnsafeMutablePointer<Int32> {
            let p = UnsafeMutablePointer<Int32>.allocate(capacity: count)
            p.initialize(repeating: value, count: count)
            return p
        }
        xs = doubles(0); ys = doubles(0); zs = doubles(0)
        for i in 0..<n {
            xs[i] = g[3 * i]; ys[i] = g[3 * i + 1]; zs[i] = g[3 * i + 2]
        }
        xs[n] = 0; ys[n] = .infinity
        xs[n + 1] = .infinity; ys[n + 1] = 0
        rank = ints(0, n + 2)
        var m: Int32 = 0
        var previous = -Double.infinity
        for i in indicesByAscendingValue(g, stride: 3, offset: 0) {
            let x = xs[Int(i)]
            if x != previous { m += 1; previous = x }
            rank[Int(i)] = m
        }
        rank[n] = 0
        rank[n + 1] = m + 1
        let capacity = Int(m) + 2
        rankCapacity = capacity
        steps = RankSet(capacity: capacity)
        unders = RankSet(capacity: capacity)
        stepAt = ints(-1, capacity)
        underAt = ints(-1, capacity)
        steps.insert(0); stepAt[0] = Int32(n)
        steps.insert(capacity - 1); stepAt[capacity - 1] = Int32(n + 1)
        previousStep = ints(-1, n + 2)
        nextStep = ints(-1, n + 2)
        nextStep[n] = Int32(n + 1); previousStep[n + 1] = Int32(n)
        firstUnder = ints(-1, n + 2)
        lastUnder = ints(-1, n + 2)
        underCount = ints(0, n + 2)
        innerStrips = doubles(0)
        previousUnder = ints(-1, n + 2)
        nextUnder = ints(-1, n + 2)
        lastZ = doubles(0)
        result = doubles(0)
    }

    deinit {
        for p in [xs, ys, zs, innerStrips, lastZ, result] { p.deallocate() }
        for p in [rank, stepAt, underAt, previousStep, nextStep, firstUnder, lastUnder, underCount,
                  previousUnder, nextUnder] { p.deallocate() }
    }

    /// The contributions of the real points, in input order.
    func contributions() -> [Double] {
        Array(UnsafeBufferPointer(start: result, count: n))
    }

    /// The uncovered strip of step `p` between under-points `a` and `b` (`b` right of `a`).
    @inline(__always)
    func strip(_ p: Int, _ a: Int, _ b: Int) -> Double {
        (xs[b] - xs[a]) * (ys[p] - ys[b])
    }

    /// Step `p`'s exclusive area in the current slice.
    func area(_ p: Int) -> Double {
        let cx = xs[Int(previousStep[p])], cy = ys[Int(nextStep[p])]
        let first = Int(firstUnder[p])
        guard first >= 0 else { return (xs[p] - cx) * (ys[p] - cy) }
        let last = Int(lastUnder[p])
        return (xs[first] - cx) * (ys[p] - ys[first]) + innerStrips[p] + (xs[p] - xs[last]) * (ys[p] - cy)
    }

    /// Adds step `p`'s area times the height since its last update; call before its area changes.
    mutating func touch(_ p: Int, _ z: Double) {
        guard p < n else { return }   // sentinels
        result[p] += area(p) * (lastZ[p] - z)
        lastZ[p] = z
    }

    /// Unlinks under-point `q` from step `p`'s list, keeping the inner strips.
    mutating func removeUnder(_ q: Int, of p: Int) {
        let a = Int(previousUnder[q]), b = Int(nextUnder[q])
        unders.remove(Int(rank[q]))
        if a >= 0 { nextUnder[a] = Int32(b) } else { firstUnder[p] = Int32(b) }
        if b >= 0 { previousUnder[b] = Int32(a) } else { lastUnder[p] = Int32(a) }
        underCount[p] -= 1
        if underCount[p] <= 1 { innerStrips[p] = 0; return }
        if a >= 0 { innerStrips[p] -= strip(p, a, q) }
        if b >= 0 { innerStrips[p] -= strip(p, q, b) }
        if a >= 0 && b >= 0 { innerStrips[p] += strip(p, a, b) }
    }

    /// Links `q` into step `p`'s list just before under-point `b` (−1: at the end).
    mutating func insertUnder(_ q: Int, of p: Int, before b: Int) {
        let a = b >= 0 ? Int(previousUnder[b]) : Int(lastUnder[p])
        unders.insert(Int(rank[q]))
        underAt[Int(rank[q])] = Int32(q)
        previousUnder[q] = Int32(a); nextUnder[q] = Int32(b)
        if a >= 0 { nextUnder[a] = Int32(q) } else { firstUnder[p] = Int32(q) }
        if b >= 0 { previousUnder[b] = Int32(q) } else { lastUnder[p] = Int32(q) }
        underCount[p] += 1
        if underCount[p] <= 1 { innerStrips[p] = 0; return }
        if a >= 0 && b >= 0 { innerStrips[p] -= strip(p, a, b) }
        if a >= 0 { innerStrips[p] += strip(p, a, q) }
        if b >= 0 { innerStrips[p] += strip(p, q, b) }
    }

    /// Drops every under-point of step `p` (it is leaving the staircase).
    mutating func dropUnders(of p: Int) {
        var q = Int(firstUnder[p])
        while q >= 0 {
            unders.remove(Int(rank[q]))
            q = Int(nextUnder[q])
        }
        firstUnder[p] = -1; lastUnder[p] = -1
        underCount[p] = 0
        innerStrips[p] = 0
    }

    /// Third gain descending; equal third gains by first gain descending, then second descending.
    func sweepOrder() -> [Int32] {
        var order = indicesByDescendingValue(UnsafeBufferPointer(start: zs, count: n))
        let (xs, ys, zs) = (self.xs, self.ys, self.zs)
        var start = 0
        while start < n {
            let z = zs[Int(order[start])]
            var end = start + 1
            while end < n && zs[Int(order[end])] == z { end += 1 }
            if end - start > 1 {
                order[start..<end].sort { a, b in
                    let (a, b) = (Int(a), Int(b))
                    return xs[a] != xs[b] ? xs[a] > xs[b] : ys[a] > ys[b]
                }
            }
            start = end
        }
        return order
    }

    mutating func run() {
        var reached: [Int] = []   // the steps a new step reaches, right to left
        for s32 in sweepOrder() {
            let s = Int(s32)
            let r = Int(rank[s]), sx = xs[s], sy = ys[s], sz = zs[s]
            let first = Int(stepAt[steps.successor(atLeast: r)!])
            if ys[first] >= sy {
                // Inside the box of `first` unless a second step reaches it too.
                if ys[Int(nextStep[first])] >= sy { continue }
                if ignoringDominated && !(xs[first] == sx && ys[first] == sy && zs[first] == sz) { continue }
                // The first under-point of `first` at or right of s.
                var right = -1
                if let u = unders.successor(atLeast: r), u <= Int(rank[first]) { right = Int(underAt[u]) }
                if right >= 0 && ys[right] >= sy { continue }
                touch(first, sz)
                if right >= 0 && xs[right] == sx {   // same x, lower: reached by s
                    let next = Int(nextUnder[right])
                    removeUnder(right, of: first)
                    right = next
                }
                var left = right >= 0 ? Int(previousUnder[right]) : Int(lastUnder[first])
                while left >= 0 && ys[left] <= sy {
                    let previous = Int(previousUnder[left])
                    removeUnder(left, of: first)
                    left = previous
                }
                insertUnder(s, of: first, before: right)
                continue
            }

            // A new step. The steps it reaches: `first` if it has the same first gain, and the
            // run of steps to its left that are not higher.
            reached.removeAll(keepingCapacity: true)
            var rightStep = first
            if xs[first] == sx {
                reached.append(first)
                rightStep = Int(nextStep[first])
            }
            var leftStep = Int(previousStep[first])
            while ys[leftStep] <= sy {
                reached.append(leftStep)
                leftStep = Int(previousStep[leftStep])
            }

            // Bring every step whose area changes up to date before changing anything.
            for d in reached { touch(d, sz) }
            touch(leftStep, sz)
            touch(rightStep, sz)

            // The right neighbour's under-points with first gain ≤ sx are now reached by s.
            if rightStep < n {
                var u = Int(firstUnder[rightStep])
                while u >= 0 && xs[u] <= sx {
                    let next = Int(nextUnder[u])
                    removeUnder(u, of: rightStep)
                    u = next
                }
            }
            // The left neighbour's under-points with second gain ≤ sy are now reached by s.
            if leftStep < n {
                var u = Int(lastUnder[leftStep])
                while u >= 0 && ys[u] <= sy {
                    let previous = Int(previousUnder[u])
                    removeUnder(u, of: leftStep)
                    u = previous
                }
            }
            // The reached steps lose their under-points, leave the staircase and become s's
            // under-points, left to right. (Under the sweep order none of them has s's height, so
            // none is strictly dominated by s.)
            for d in reached {
                dropUnders(of: d)
                steps.remove(Int(rank[d]))
            }
            steps.insert(r)
            stepAt[r] = Int32(s)
            previousStep[s] = Int32(leftStep); nextStep[s] = Int32(rightStep)
            nextStep[leftStep] = Int32(s); previousStep[rightStep] = Int32(s)
            lastZ[s] = sz
            for d in reached.reversed() { insertUnder(d, of: s, before: -1) }
        }
        var p = Int(nextStep[n])
        while p < n {
            touch(p, 0)
            p = Int(nextStep[p])
        }
    }
}
