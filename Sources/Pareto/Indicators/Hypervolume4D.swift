/// Four-objective hypervolume of `count` gain vectors `(x, y, z, w)`, row-major in `gains`, every
/// value > 0, with the origin as reference.
///
/// A sweep along `w` that keeps the three-objective volume of the points seen so far up to date
/// by adding each new point's exclusive contribution, in the manner of HV4D (Guerreiro, Fonseca &
/// Emmerich 2012) and HV4D⁺ (Guerreiro & Fonseca 2018):
/// - the points are taken by `w` descending; between consecutive `w` values the volume grows by
///   the current three-objective volume times the gap;
/// - the set S of `(x, y, z)` projections seen so far is kept sorted by `z` descending, without
///   the points a later point weakly dominates (they can no longer add anything);
/// - the contribution of a new point p is the part of its box that S leaves uncovered: a sweep
///   down S in `z` order clips each point to p's box and grows an ``AreaStaircase`` inside p's
///   `(x, y)` rectangle; the uncovered area times each `z` gap is the contribution. The sweep
///   stops as soon as a clipped box fills the whole rectangle (a point at least as large in `x`
///   and `y`), and a p that a point of S weakly dominates contributes nothing and is not kept.
///
/// - Complexity: O(n log n) for the sort, then one pass over S per point: O(n·h) staircase
///   insertions for a largest S of h points (h ≤ n, so O(n² log n) at worst; HV4D⁺ reaches O(n²)
///   with linked lists threaded in every coordinate, which this array version trades for
///   contiguous memory). O(n) extra memory.
func hypervolume4D(gains g: UnsafeBufferPointer<Double>, count n: Int) -> Double {
    // w descending.
    var order = (0..<Int32(truncatingIfNeeded: n)).map { $0 }
    var keys = order.map { ~orderedKey(g[4 &* Int($0) &+ 3]) }
    radixSort(keys: &keys, payload: &order)

    var set = ProjectionSet(capacity: n)
    var staircase = AreaStaircase(capacity: n &+ 1)
    var volume3 = 0.0, volume = 0.0
    order.withUnsafeBufferPointer { o in
        for position in 0..<n {
            let i = Int(o[position])
            let px = g[4 &* i], py = g[4 &* i &+ 1], pz = g[4 &* i &+ 2], w = g[4 &* i &+ 3]
            volume3 += set.addContribution(x: px, y: py, z: pz, staircase: &staircase)
            let nextW = position &+ 1 < n ? g[4 &* Int(o[position &+ 1]) &+ 3] : 0
            volume += volume3 * (w - nextW)
        }
    }
    return volume
}

/// The three-objective projections a four-objective sweep has seen, sorted by `z` descending
/// (structure of arrays), none weakly dominated by another. Owns its buffers (`~Copyable`).
private struct ProjectionSet: ~Copyable {
    private let xs: UnsafeMutablePointer<Double>
    private let ys: UnsafeMutablePointer<Double>
    private let zs: UnsafeMutablePointer<Double>
    private let capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        xs = .allocate(capacity: self.capacity)
        ys = .allocate(capacity: self.capacity)
        zs = .allocate(capacity: self.capacity)
        xs.initialize(repeating: 0, count: self.capacity)
        ys.initialize(repeating: 0, count: self.capacity)
        zs.initialize(repeating: 0, count: self.capacity)
    }

    deinit {
        xs.deallocate()
        ys.deallocate()
        zs.deallocate()
    }

    /// The volume of p's box that the set leaves uncovered; then adds p to the set (dropping the
    /// points p weakly dominates) unless a point of the set weakly dominates p.
    mutating func addContribution(
        x px: Double, y py: Double, z pz: Double, staircase: inout AreaStaircase
    ) -> Double {
        let full = px * py
        staircase.reset()
        var level = pz, contribution = 0.0
        var dominatedByP = 0
        // The highest clipped y of a point reaching p's right edge (x ≥ px), and the widest
        // clipped x of one reaching its top edge (y ≥ py): a clipped box below either is
        // covered without a look at the staircase.
        var rightEdgeY = 0.0, topEdgeX = 0.0
        for k in 0..<count {
            let qx = xs[k], qy = ys[k], qz = zs[k]
            if qz < level {
                contribution += (full - staircase.area) * (level - qz)
                level = qz
            }
            if qx >= px {
                if qy >= py {
                    // The clipped box fills p's rectangle from qz down.
                    if qz >= pz { return 0 }   // q weakly dominates p
                    compact(droppingBelow: pz, x: px, y: py, dominated: dominatedByP, upTo: k)
                    insert(x: px, y: py, z: pz)
                    return contribution
                }
                if qy > rightEdgeY {
                    rightEdgeY = qy
                    staircase.insert(x: px, y: qy)
                }
            } else if qy >= py {
                if qx > topEdgeX {
                    topEdgeX = qx
                    staircase.insert(x: qx, y: py)
                }
            } else {
                if qz <= pz { dominatedByP &+= 1 }
                if qy > rightEdgeY && qx > topEdgeX { staircase.insert(x: qx, y: qy) }
            }
        }
        contribution += (full - staircase.area) * level
        compact(droppingBelow: pz, x: px, y: py, dominated: dominatedByP, upTo: count)
        insert(x: px, y: py, z: pz)
        return contribution
    }

    /// Removes the points among the first `limit` that p = (px, py, pz) weakly dominates, when
    /// `dominated` (their number) is not zero.
    private mutating func compact(droppingBelow pz: Double, x px: Double, y py: Double, dominated: Int, upTo limit: Int) {
        guard dominated > 0 else { return }
        // Dominated points have z ≤ pz, so they lie at or after the first point with z ≤ pz.
        var write = 0
        while write < limit && zs[write] > pz { write &+= 1 }
        var read = write
        while read < count {
            let qx = xs[read], qy = ys[read], qz = zs[read]
            let drop = read < limit && qx <= px && qy <= py && qz <= pz
            if !drop {
                xs[write] = qx; ys[write] = qy; zs[write] = qz
                write &+= 1
            }
            read &+= 1
        }
        count = write
    }

    /// Inserts (px, py, pz) at its place in the `z`-descending order (after equal `z`).
    private mutating func insert(x px: Double, y py: Double, z pz: Double) {
        precondition(count < capacity, "ProjectionSet capacity exceeded")
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if zs[mid] >= pz { lo = mid &+ 1 } else { hi = mid }
        }
        let tail = count &- lo
        (xs + (lo &+ 1)).update(from: xs + lo, count: tail)
        (ys + (lo &+ 1)).update(from: ys + lo, count: tail)
        (zs + (lo &+ 1)).update(from: zs + lo, count: tail)
        xs[lo] = px; ys[lo] = py; zs[lo] = pz
        count &+= 1
    }
}
