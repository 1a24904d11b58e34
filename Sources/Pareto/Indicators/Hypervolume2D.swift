/// Two-objective hypervolume of `count` gain vectors `(x, y)`, interleaved in `gains`, every
/// value > 0, with the origin as reference.
///
/// Sorts by `x` descending and sweeps: each point that rises above the staircase of the points
/// before it adds the band between the old and the new height, `x` wide. On large inputs a
/// bucket pre-filter first drops most dominated points in two linear passes: the `x` range is
/// cut into buckets (the bucket index is a monotone function of `x`, so a higher bucket means a
/// strictly larger `x`), and a point whose `y` does not exceed the highest `y` of the buckets to
/// its right is weakly dominated and adds nothing. Only the survivors are sorted.
///
/// - Complexity: O(n + s log s) for s survivors of the pre-filter (O(n log n) at worst), O(n)
///   extra memory.
func hypervolume2D(gains: UnsafeBufferPointer<Double>, count n: Int) -> Double {
    var candidates: [(x: Double, y: Double)] = []
    if n >= 1 << 12 {
        candidates = bucketSurvivors2D(gains, count: n)
    } else {
        candidates.reserveCapacity(n)
        for i in 0..<n { candidates.append((gains[2 &* i], gains[2 &* i &+ 1])) }
    }
    candidates.sort { $0.x > $1.x || ($0.x == $1.x && $0.y > $1.y) }
    var volume = 0.0, height = 0.0
    for c in candidates where c.y > height {
        volume += c.x * (c.y - height)
        height = c.y
    }
    return volume
}

/// The points of the bucket pre-filter described in ``hypervolume2D(gains:count:)``: every point
/// that is not weakly dominated by a point of a higher bucket.
private func bucketSurvivors2D(_ g: UnsafeBufferPointer<Double>, count n: Int) -> [(x: Double, y: Double)] {
    var low = Double.infinity, high = -Double.infinity
    for i in 0..<n {
        let x = g[2 &* i]
        low = Swift.min(low, x); high = Swift.max(high, x)
    }
    let buckets = Swift.min(Swift.max(n / 16, 1), 1 << 17)
    let scale = high > low ? Double(buckets) / (high - low) : 0
    // above[b] = highest y in buckets b+1..., 0 (below every gain) when there are none.
    var above = [Double](repeating: 0, count: buckets + 1)
    var survivors: [(x: Double, y: Double)] = []
    above.withUnsafeMutableBufferPointer { top in
        @inline(__always) func bucket(_ x: Double) -> Int {
            Swift.min(Int((x - low) * scale), buckets &- 1)
        }
        for i in 0..<n {
            let b = bucket(g[2 &* i])
            top[b] = Swift.max(top[b], g[2 &* i &+ 1])
        }
        // Suffix maximum: top[b] becomes the maximum over buckets ≥ b, so top[b + 1] is the
        // maximum over the buckets above b (top[buckets] stays 0).
        var running = 0.0
        for b in stride(from: buckets, through: 0, by: -1) {
            running = Swift.max(running, top[b])
            top[b] = running
        }
        var kept = 0
        for i in 0..<n where g[2 &* i &+ 1] > top[bucket(g[2 &* i]) &+ 1] { kept &+= 1 }
        survivors.reserveCapacity(kept)
        for i in 0..<n {
            let x = g[2 &* i], y = g[2 &* i &+ 1]
            if y > top[bucket(x) &+ 1] { survivors.append((x, y)) }
        }
    }
    return survivors
}
