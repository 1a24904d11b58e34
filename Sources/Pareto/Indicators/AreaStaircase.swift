/// The union of boxes `[0, x] × [0, y]` in the plane, kept as its staircase of corners, with the
/// area of the union: the two-dimensional base that the three- and four-objective hypervolume
/// sweeps grow one point at a time.
///
/// The corners are stored as (x, y) pairs in one buffer, `x` strictly ascending and `y` strictly descending; a corner that a
/// new box covers (weakly) is removed. The type owns its two buffers (`~Copyable`, freed in
/// `deinit`), so it cannot be copied and freed twice. The capacity is fixed at creation: at most
/// that many boxes can be inserted since the last ``reset()``.
struct AreaStaircase: ~Copyable {
    /// Corner i at `corners[i]`: (x, y).
    private let corners: UnsafeMutablePointer<SIMD2<Double>>
    private let capacity: Int
    /// Number of corners.
    private(set) var count = 0
    /// The area of the union of the boxes inserted since the last reset.
    private(set) var area = 0.0

    /// An empty staircase that can hold `capacity` corners.
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        corners = .allocate(capacity: self.capacity)
        corners.initialize(repeating: .zero, count: self.capacity)
    }

    deinit {
        corners.deallocate()
    }

    /// Empties the staircase (area 0).
    mutating func reset() {
        count = 0
        area = 0
    }

    /// Adds the box `[0, x] × [0, y]` (`x`, `y` > 0) and returns the area it adds to the union:
    /// the part of the box no earlier box covers.
    ///
    /// - Complexity: O(log k) to find the place among the k corners, plus the corners the box
    ///   covers (each removed once) and a memory move of the corners to its right.
    @inline(__always)
    @discardableResult
    mutating func insert(x px: Double, y py: Double) -> Double {
        // First corner with x ≥ px.
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if corners[mid].x < px { lo = mid &+ 1 } else { hi = mid }
        }
        if lo < count && corners[lo].y >= py { return 0 }   // covered by the corner at lo
        // Corners left of p (x < px) with y ≤ py are covered by the new box: a suffix of 0..<lo.
        var first = lo
        while first > 0 && corners[first &- 1].y <= py { first &-= 1 }
        // A corner with the same x and a lower y is covered too.
        let end = (lo < count && corners[lo].x == px) ? lo &+ 1 : lo
        let rightY = end < count ? corners[end].y : 0
        // Added region: over (previousX, px] the union's height rises to py.
        var previousX = first > 0 ? corners[first &- 1].x : 0
        var added = 0.0
        var k = first
        while k < end {
            added += (corners[k].x - previousX) * (py - corners[k].y)
            previousX = corners[k].x
            k &+= 1
        }
        added += (px - previousX) * (py - rightY)
        // Replace corners first..<end by p.
        let removed = end &- first
        if removed != 1 {
            let tail = count &- end
            precondition(count &- removed &+ 1 <= capacity, "AreaStaircase capacity exceeded")
            (corners + (first &+ 1)).update(from: corners + end, count: tail)
            count = count &- removed &+ 1
        }
        corners[first] = SIMD2(px, py)
        area += added
        return added
    }
}
