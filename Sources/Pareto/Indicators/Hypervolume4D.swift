/// Four-objective hypervolume of `count` gain vectors `(x, y, z, w)`, row-major in `gains`, every
/// value > 0, with the origin as reference: HV4D⁺ (Guerreiro & Fonseca 2018).
///
/// See ``HV4DPlusSweep`` for the method. Dominated points and copies are allowed: most are
/// dropped by its linear pre-filter, the rest are recognized when their turn comes and add
/// nothing.
///
/// - Complexity: O(n) for the pre-filter, O(s log s) for sorting the s survivors (O(s) by radix
///   sort from 2048), then O(h) per survivor for at most h points kept: O(n²) in the worst case
///   (every point non-dominated). O(n) extra memory.
func hypervolume4D(gains g: UnsafeBufferPointer<Double>, count n: Int) -> Double {
    guard n > 0, let base = g.baseAddress else { return 0 }
    var sweep = HV4DPlusSweep(capacity: n)
    return sweep.hypervolume(base, count: n)
}

/// The HV4D⁺ sweep of Guerreiro & Fonseca (2018, "Computing and updating hypervolume
/// contributions in up to four dimensions"), with buffers for up to `capacity` points that can be
/// reused for many sets (the WFG recursion calls it once per limit set). Owns its memory
/// (`~Copyable`, freed in `deinit`).
///
/// The points are taken by `w` descending; the volume grows by the three-objective volume of the
/// points seen so far times each gap in `w`, and that volume grows by each new point's exclusive
/// three-objective contribution. To read as the paper does (minimization, the reference above
/// every point), the sweep works on the negated gains, the costs `−g`, so the reference is the
/// origin and a point dominates the box between itself and the origin.
///
/// The state is the set L of the costs `(x, y, z)` of the points seen so far that no other point
/// of L weakly dominates (a point seen later that dominates one removes it; one that a point of L
/// weakly dominates, copies included, is never added). L is a doubly-linked list sorted
/// lexicographically by `(z, y, x)`, and every point of L knows its two neighbours in the
/// `(x, y)` staircase of the points of L below it in that order: `closestRight`, the one with the
/// smallest `x` among those with a smaller `y`, and `closestLeft`, the one with the smallest `y`
/// among those with a smaller `x` (two sentinels stand for the edges of the reference box).
/// For a new point p:
/// 1. One pass up L to p's place rebuilds the staircase of the points below p (each one is linked
///    between its two neighbours in O(1), covering the ones it dominates in the plane) and finds
///    p's own neighbours; a point of L that weakly dominates p ends the step (p adds nothing).
/// 2. p's contribution: the area of p's rectangle the staircase leaves uncovered, then a pass up
///    L above p, each point linked into the part of the staircase inside p's rectangle (its area
///    taken off, by a walk over the corners it covers, each covered once) and the area times each
///    `z` gap added, until a point covers p's whole rectangle.
/// 3. p joins L; one more pass above p removes the points p dominates and makes p the neighbour
///    of those it is now closest to.
/// Each step is O(|L|), so the whole sweep is O(n²), against O(n² log n) for the array sweep of
/// HV4D (Guerreiro, Fonseca & Emmerich 2012) it replaces. Two shortcuts for dominated points:
/// ``hypervolume(_:count:prefilter:sortedByW:)`` can first drop, in one O(n) pass, the points weakly
/// dominated by one of the 4 points of largest box volume (before the sort), and the last few
/// points found to dominate a new point are remembered and tried first, so a dominated point
/// often costs O(1) instead of a walk along L.
///
/// Ties: L's order and the neighbour choices break ties lexicographically, so equal
/// coordinates give zero-width slabs and a point equal to one of L, or weakly dominated by one,
/// is never added; the results on small integers are exact.
struct HV4DPlusSweep: ~Copyable {
    /// A point of L, or a sentinel: its cost and its links, as indices into `nodes`.
    private struct Node {
        var x: Double, y: Double, z: Double
        /// Neighbours in L's `(z, y, x)` order.
        var next: Int32, previous: Int32
        /// Current neighbours in the staircase being built: towards larger `x` (smaller `y`),
        /// and towards larger `y` (smaller `x`).
        var right: Int32, left: Int32
        /// The staircase neighbours among the points of L below this one (see the type's doc).
        var closestRight: Int32, closestLeft: Int32
    }

    /// Sentinels: `(−∞, 0, −∞)` (left edge), `(0, −∞, −∞)` (bottom edge) and `(−∞, −∞, 0)`
    /// (the end of L, at the reference's `z`). L runs leftEdge → bottomEdge → points → end.
    private static let leftEdge: Int32 = 0, bottomEdge: Int32 = 1, end: Int32 = 2

    private let nodes: UnsafeMutablePointer<Node>
    /// The points' `w` costs in sweep order (ascending); point k of the sweep is node k + 3.
    private let costsW: UnsafeMutablePointer<Double>
    /// Sort keys and row indices, for the sweep order.
    private let keys: UnsafeMutablePointer<(key: UInt64, row: Int32)>
    /// The costs `(x, y, z, 0)` of the points that most recently turned out to dominate a new
    /// point, most recent first: a point one of them weakly dominates is rejected without a walk
    /// along L (on data with many dominated points, a few points dominate most of them).
    private let dominators: UnsafeMutablePointer<SIMD4<Double>>
    private static let cacheSize = 4
    /// The pre-filter's champions: their rows and box volumes.
    private let championRows: UnsafeMutablePointer<Int>
    private let championSizes: UnsafeMutablePointer<Double>
    /// The number of points of largest box volume the pre-filter compares every point with (the
    /// lanes of a `SIMD4`).
    private static let championCount = 4
    private let capacity: Int

    /// Buffers for sets of up to `capacity` points.
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        // Plain values, written (`initialize(to:)`) before they are read.
        nodes = .allocate(capacity: self.capacity &+ 3)
        costsW = .allocate(capacity: self.capacity)
        keys = .allocate(capacity: self.capacity)
        dominators = .allocate(capacity: Self.cacheSize)
        dominators.initialize(repeating: SIMD4(repeating: .infinity), count: Self.cacheSize)
        championRows = .allocate(capacity: Self.championCount)
        championRows.initialize(repeating: 0, count: Self.championCount)
        championSizes = .allocate(capacity: Self.championCount)
        championSizes.initialize(repeating: 0, count: Self.championCount)
    }

    deinit {
        nodes.deallocate()
        costsW.deallocate()
        keys.deallocate()
        dominators.deallocate()
        championRows.deallocate()
        championSizes.deallocate()
    }

    /// The hypervolume of the `count` (≤ capacity) gain vectors of four values at `gains`, every
    /// value > 0, with the origin as reference; `prefilter` runs the champion pre-filter (see the
    /// type's doc), worth it unless the points are known to be non-dominated; `sortedByW` says
    /// the rows already come by `w` descending (ties in any order), which skips the sort.
    mutating func hypervolume(
        _ gains: UnsafePointer<Double>, count: Int, prefilter: Bool = true, sortedByW: Bool = false
    ) -> Double {
        precondition(count <= capacity, "HV4DPlusSweep capacity exceeded")
        if count == 0 { return 0 }
        let n = loadInSweepOrder(gains, count: count, prefilter: prefilter, sortedByW: sortedByW)
        // Sentinels, and L empty.
        let infinity = Double.infinity
        nodes.initialize(to: Node(x: -infinity, y: 0, z: -infinity, next: Self.bottomEdge, previous: Self.end,
                        right: Self.bottomEdge, left: Self.leftEdge,
                        closestRight: Self.bottomEdge, closestLeft: Self.leftEdge))
        (nodes + 1).initialize(to: Node(x: 0, y: -infinity, z: -infinity, next: Self.end, previous: Self.leftEdge,
                        right: Self.bottomEdge, left: Self.leftEdge,
                        closestRight: Self.bottomEdge, closestLeft: Self.leftEdge))
        (nodes + 2).initialize(to: Node(x: -infinity, y: -infinity, z: 0, next: Self.leftEdge, previous: Self.bottomEdge,
                        right: Self.bottomEdge, left: Self.leftEdge,
                        closestRight: Self.bottomEdge, closestLeft: Self.leftEdge))
        for slot in 0..<Self.cacheSize { dominators[slot] = SIMD4(repeating: .infinity) }
        var volume3 = 0.0, volume = 0.0
        for k in 0..<n {
            let p = Int32(truncatingIfNeeded: k &+ 3)
            if !isCoveredByRecentDominator(p) {
                let dominator = placeAndRebuild(p)
                if dominator < 0 {
                    volume3 += contribution(p)
                    join(p)
                } else {
                    remember(dominator)
                }
            }
            let nextW = k &+ 1 < n ? costsW[k &+ 1] : 0
            volume += volume3 * (nextW - costsW[k])
        }
        return volume
    }

    /// Fills nodes 3..<m+3 with the costs of the points in order of `w` descending gain
    /// (ascending cost) and returns m. With `prefilter`, the points that one of the
    /// ``championCount`` points of largest box volume weakly dominates are left out first (one
    /// copy of a repeated point is kept): an O(n) pass that removes most dominated points of
    /// data with many of them, before they are sorted (unless `sortedByW`: they already are).
    private mutating func loadInSweepOrder(
        _ g: UnsafePointer<Double>, count n: Int, prefilter: Bool, sortedByW: Bool
    ) -> Int {
        @inline(__always) func row(_ i: Int) -> SIMD4<Double> {
            UnsafeRawPointer(g + 4 &* i).loadUnaligned(as: SIMD4<Double>.self)
        }
        var m = 0
        if prefilter && n > Self.championCount {
            // The champions: the points of largest box volume, largest first.
            let last = Self.championCount &- 1
            for k in 0...last { championSizes[k] = -1; championRows[k] = -1 }
            for i in 0..<n {
                let p = row(i)
                let size = (p[0] * p[1]) * (p[2] * p[3])
                if size <= championSizes[last] { continue }
                var k = last
                while k > 0 && championSizes[k &- 1] < size {
                    championSizes[k] = championSizes[k &- 1]; championRows[k] = championRows[k &- 1]; k &-= 1
                }
                championSizes[k] = size; championRows[k] = i
            }
            // Transposed: lane k of column j is champion k's gain j, so one point is tested
            // against all four champions with four comparisons and one branch.
            var columns = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
            for k in 0...last {
                let c = row(championRows[k])
                columns.0[k] = c[0]; columns.1[k] = c[1]; columns.2[k] = c[2]; columns.3[k] = c[3]
            }
            for i in 0..<n {
                let r = g + 4 &* i
                let p0 = r[0], p1 = r[1], p2 = r[2], p3 = r[3]
                let atLeast = (columns.0 .>= p0) .& (columns.1 .>= p1) .& (columns.2 .>= p2) .& (columns.3 .>= p3)
                // Weakly dominated: dropped, unless p is this champion or an earlier copy of it.
                let better = (columns.0 .> p0) .| (columns.1 .> p1) .| (columns.2 .> p2) .| (columns.3 .> p3)
                var covered = any(atLeast .& better)
                let equal = atLeast .& .!better
                if !covered && any(equal) {
                    for k in 0...last where equal[k] && championRows[k] < i { covered = true }
                }
                // Written either way; kept by counting it (no branch on a hard-to-predict test).
                (keys + m).initialize(to: (~orderedKey(p3), Int32(truncatingIfNeeded: i)))
                m &+= covered ? 0 : 1
            }
        } else {
            for i in 0..<n {
                (keys + i).initialize(to: (~orderedKey(g[4 &* i &+ 3]), Int32(truncatingIfNeeded: i)))
            }
            m = n
        }
        @inline(__always) func place(_ k: Int, row i: Int) {
            let r = g + 4 &* i
            (nodes + (k &+ 3)).initialize(to: Node(
                x: -r[0], y: -r[1], z: -r[2], next: 0, previous: 0, right: 0, left: 0, closestRight: 0, closestLeft: 0))
            (costsW + k).initialize(to: -r[3])
        }
        if sortedByW {
            for k in 0..<m { place(k, row: Int(keys[k].row)) }
        } else if m < 2048 {
            var buffer = UnsafeMutableBufferPointer(start: keys, count: m)
            buffer.sort { (a: (key: UInt64, row: Int32), b: (key: UInt64, row: Int32)) -> Bool in
                a.key != b.key ? a.key < b.key : a.row < b.row
            }
            for k in 0..<m { place(k, row: Int(keys[k].row)) }
        } else {
            var order = (0..<m).map { keys[$0].row }
            var sortKeys = (0..<m).map { keys[$0].key }
            radixSort(keys: &sortKeys, payload: &order)
            for k in 0..<m { place(k, row: Int(order[k])) }
        }
        return m
    }

    /// Whether one of the remembered dominators weakly dominates p in `(x, y, z)` (then in `w`
    /// too: it was taken before p).
    @inline(__always)
    private func isCoveredByRecentDominator(_ new: Int32) -> Bool {
        let node = nodes[Int(new)]
        let cost = SIMD4(node.x, node.y, node.z, 0)
        for slot in 0..<Self.cacheSize where all(dominators[slot] .<= cost) {
            if slot != 0 {
                // Move to the front.
                let hit = dominators[slot]
                var k = slot
                while k > 0 { dominators[k] = dominators[k &- 1]; k &-= 1 }
                dominators[0] = hit
            }
            return true
        }
        return false
    }

    /// Puts node `dominator`'s costs at the front of the remembered dominators.
    @inline(__always)
    private func remember(_ dominator: Int32) {
        let node = nodes[Int(dominator)]
        var k = Self.cacheSize &- 1
        while k > 0 { dominators[k] = dominators[k &- 1]; k &-= 1 }
        dominators[0] = SIMD4(node.x, node.y, node.z, 0)
    }

    /// Step 1: walks L from its start to p's place, linking each point into the staircase
    /// between its closest neighbours, and finds p's own. Returns the index of a point of L that
    /// weakly dominates p, if there is one (L is then as it was; the staircase links are not
    /// needed again before the next rebuild); otherwise −1, with p's place (`previous`, `next`)
    /// and neighbours recorded.
    @inline(__always)
    private func placeAndRebuild(_ new: Int32) -> Int32 {
        let nx = nodes[Int(new)].x, ny = nodes[Int(new)].y, nz = nodes[Int(new)].z
        var right = Self.bottomEdge, left = Self.leftEdge
        var rightX = 0.0, rightY = -Double.infinity
        var leftX = -Double.infinity, leftY = 0.0
        nodes[Int(Self.leftEdge)].right = Self.bottomEdge
        nodes[Int(Self.bottomEdge)].left = Self.leftEdge
        var p = nodes[Int(Self.bottomEdge)].next
        while true {
            let node = nodes[Int(p)]
            let px = node.x, py = node.y, pz = node.z
            if px <= nx && py <= ny && pz <= nz { return p }
            // p after new in (z, y, x) order: new's place is just before p.
            if pz > nz || (pz == nz && (py > ny || (py == ny && px > nx))) {
                nodes[Int(new)].closestRight = right
                nodes[Int(new)].closestLeft = left
                nodes[Int(new)].previous = node.previous
                nodes[Int(new)].next = p
                return -1
            }
            // Link p into the staircase of the points below it.
            let r = node.closestRight, l = node.closestLeft
            nodes[Int(p)].right = r
            nodes[Int(p)].left = l
            nodes[Int(r)].left = p
            nodes[Int(l)].right = p
            // p is to the right of new (smaller y) or to its left (smaller x), not both.
            if py < ny {
                if px < rightX || (px == rightX && py < rightY) { right = p; rightX = px; rightY = py }
            } else if px < nx {
                if py < leftY || (py == leftY && px < leftX) { left = p; leftX = px; leftY = py }
            }
            p = node.next
        }
    }

    /// The area of the part of the quadrant above-right of `(px, py)` that the staircase leaves
    /// uncovered, walking the staircase by `y` ascending (`left` links) from `q`, the lowest
    /// corner to the right of `px`, over the corners the quadrant covers.
    @inline(__always)
    private func areaAlongY(x px: Double, y py: Double, from start: Int32) -> Double {
        var q = nodes[Int(start)]
        var u = nodes[Int(q.left)]
        var area = (q.x - px) * (u.y - py)
        while px < u.x {
            q = u
            u = nodes[Int(u.left)]
            area += (q.x - px) * (u.y - q.y)
        }
        return area
    }

    /// ``areaAlongY(x:y:from:)`` with the roles of `x` and `y` swapped: from `q`, the leftmost
    /// corner above `py`, along `right` links.
    @inline(__always)
    private func areaAlongX(x px: Double, y py: Double, from start: Int32) -> Double {
        var q = nodes[Int(start)]
        var u = nodes[Int(q.right)]
        var area = (q.y - py) * (u.x - px)
        while py < u.y {
            q = u
            u = nodes[Int(u.right)]
            area += (q.y - py) * (u.x - q.x)
        }
        return area
    }

    /// Step 2: the three-objective volume of p's box that L leaves uncovered, with the staircase
    /// of the points below p in place (step 1).
    @inline(__always)
    private func contribution(_ new: Int32) -> Double {
        let newNode = nodes[Int(new)]
        let nx = newNode.x, ny = newNode.y
        // new's delimiters in the plane: the corner to its right and the one to its left.
        var right = newNode.closestRight, left = newNode.closestLeft
        var area = areaAlongY(x: nx, y: ny, from: right)
        var volume = 0.0, lastZ = newNode.z
        var p = newNode.next
        while true {
            let node = nodes[Int(p)]
            let px = node.x, py = node.y, pz = node.z
            volume += area * (pz - lastZ)
            if px <= nx && py <= ny { return volume }   // covers the whole rectangle from here up
            let r = node.closestRight, l = node.closestLeft
            nodes[Int(p)].right = r
            nodes[Int(p)].left = l
            if px < nx {
                // Left of the rectangle, reaching into it from above: it lowers the top edge.
                if py <= nodes[Int(left)].y {
                    area -= areaAlongX(x: nx, y: py, from: left)
                    nodes[Int(p)].left = left
                    nodes[Int(r)].left = p
                    left = p
                }
            } else if py < ny {
                // Below the rectangle, reaching into it from the right: it moves the right edge in.
                if px <= nodes[Int(right)].x {
                    area -= areaAlongY(x: px, y: ny, from: right)
                    nodes[Int(p)].right = right
                    nodes[Int(l)].right = p
                    right = p
                }
            } else {
                // Inside the rectangle: a new corner of the staircase there.
                area -= areaAlongY(x: px, y: py, from: r)
                nodes[Int(l)].right = p
                nodes[Int(r)].left = p
            }
            lastZ = pz
            p = node.next
        }
    }

    /// Step 3: inserts p into L at the place step 1 found, removes the points above it that it
    /// dominates, and makes it the closest neighbour of those it now is.
    @inline(__always)
    private func join(_ new: Int32) {
        let previous = nodes[Int(new)].previous
        let following = nodes[Int(previous)].next
        nodes[Int(new)].next = following
        nodes[Int(following)].previous = new
        nodes[Int(previous)].next = new

        let newNode = nodes[Int(new)]
        let nx = newNode.x, ny = newNode.y, nz = newNode.z
        var p = following
        while p != Self.end {
            let node = nodes[Int(p)]
            let px = node.x, py = node.y
            // p dominates new in the plane (and is not equal there): it is a neighbour at least
            // as close as new for every point above.
            if px <= nx && py <= ny && (px < nx || py < ny) { return }
            if nx <= px {
                if ny <= py {
                    // new weakly dominates p (p is above it in z): p leaves L.
                    nodes[Int(node.previous)].next = node.next
                    nodes[Int(node.next)].previous = node.previous
                } else if nx < px {
                    let c = nodes[Int(node.closestLeft)]
                    if ny < c.y || (ny == c.y && (nx < c.x || (nx == c.x && nz < c.z))) {
                        nodes[Int(p)].closestLeft = new
                    }
                }
            } else if ny < py {
                let c = nodes[Int(node.closestRight)]
                if nx < c.x || (nx == c.x && (ny < c.y || (ny == c.y && nz < c.z))) {
                    nodes[Int(p)].closestRight = new
                }
            }
            p = node.next
        }
    }
}
