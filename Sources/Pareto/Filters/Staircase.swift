/// The 2-D staircase of Kung, Luccio & Preparata's 3-D sweep: a set of mutually non-dominated
/// points `(y, z)`, kept sorted by `y` ascending (so `z` strictly descending), stored as a
/// sorted list of fixed-capacity blocks with a directory of each block's last `y`.
///
/// ``covers(_:_:)`` and ``insertUnlessCovered(_:_:)`` cost O(log k + C) for k points and block
/// capacity C, plus O(1) amortized per point removed; a block split also moves O(k / C)
/// directory entries.
struct Staircase {
    private static let capacity = 128
    private var ys: [Double] = [], zs: [Double] = []
    private var counts: [Int] = []
    private var freeBlocks: [Int] = []
    /// Block ids in `y` order, and the last (largest) `y` of each.
    private var directory: [Int] = []
    private var lastY: [Double] = []

    /// Number of points on the staircase.
    var count: Int { directory.reduce(0) { $0 + counts[$1] } }

    /// Removes every point, keeping the blocks for reuse.
    mutating func removeAll() {
        // Every block is either in the directory or free.
        freeBlocks.append(contentsOf: directory)
        directory.removeAll(keepingCapacity: true)
        lastY.removeAll(keepingCapacity: true)
    }

    /// Whether some point `(y', z')` of the staircase has `y' ≥ y` and `z' ≥ z`.
    func covers(_ y: Double, _ z: Double) -> Bool {
        let d = lastY.withUnsafeBufferPointer { keys in partitionPoint(keys.count) { keys[$0] < y } }
        guard d < directory.count else { return false }
        let b = directory[d], base = b &* Self.capacity
        return ys.withUnsafeBufferPointer { ys in
            zs.withUnsafeBufferPointer { zs in
                // The first entry with y' ≥ y (one exists: the block's last).
                zs[base &+ partitionPoint(counts[b]) { ys[base &+ $0] < y }] >= z
            }
        }
    }

    /// Adds `(y, z)`, removing the points it weakly dominates, unless the staircase covers it;
    /// returns whether it was added. One search serves both.
    mutating func insertUnlessCovered(_ y: Double, _ z: Double) -> Bool {
        let cap = Self.capacity
        guard !directory.isEmpty else {
            let b = newBlock()
            ys[b * cap] = y; zs[b * cap] = z; counts[b] = 1
            directory = [b]; lastY = [y]
            return true
        }
        let d = lastY.withUnsafeBufferPointer { keys in partitionPoint(keys.count) { keys[$0] < y } }
        if d == directory.count {
            // Every y' < y: append after the last entry.
            insert(y, z, block: d - 1, at: counts[directory[d - 1]])
            return true
        }
        let b = directory[d], base = b &* cap
        // The first entry with y' ≥ y (one exists: the block's last).
        let at = ys.withUnsafeBufferPointer { ys in partitionPoint(counts[b]) { ys[base &+ $0] < y } }
        if zs[base &+ at] >= z { return false }
        // y' is unique in the staircase, so the first entry with y' > y is this one or the next.
        insert(y, z, block: d, at: ys[base &+ at] == y ? at &+ 1 : at)
        return true
    }

    /// Adds `(y, z)` at position `k` of the block at directory position `d`, where every entry
    /// before that position (in this and earlier blocks) has `y' ≤ y` and every entry from it on
    /// has `y' > y`, and removes the points it weakly dominates. Requires a non-empty staircase
    /// that does not cover `(y, z)`.
    private mutating func insert(_ y: Double, _ z: Double, block d: Int, at k: Int) {
        let cap = Self.capacity
        var d = d
        let b = directory[d], base = b * cap
        // Entries just before the insertion point with z' ≤ z are dominated by (y, z).
        var j = k
        zs.withUnsafeBufferPointer { zs in
            while j > 0 && zs[base &+ j &- 1] <= z { j &-= 1 }
        }
        if j == 0 {
            var pd = d - 1
            while pd >= 0 {
                let pb = directory[pd], pbase = pb * cap
                var pj = counts[pb]
                while pj > 0 && zs[pbase + pj - 1] <= z { pj -= 1 }
                if pj == counts[pb] { break }
                counts[pb] = pj
                if pj > 0 { lastY[pd] = ys[pbase + pj - 1]; break }
                directory.remove(at: pd); lastY.remove(at: pd); freeBlocks.append(pb)
                d -= 1; pd -= 1
            }
        }
        let removed = k - j
        if removed > 0 {
            let n = counts[b]
            ys.withUnsafeMutableBufferPointer { ys in
                zs.withUnsafeMutableBufferPointer { zs in
                    let yp = ys.baseAddress! + base, zp = zs.baseAddress! + base
                    yp[j] = y; zp[j] = z
                    if removed > 1 {
                        (yp + j + 1).update(from: yp + k, count: n - k)
                        (zp + j + 1).update(from: zp + k, count: n - k)
                    }
                }
            }
            counts[b] = n - removed + 1
            lastY[d] = ys[base + counts[b] - 1]
            return
        }
        var target = b, at = j, dirIndex = d
        if counts[b] == cap {
            // Split: the upper half moves to a new block placed after `b`.
            let nb = newBlock(), half = cap / 2
            ys.withUnsafeMutableBufferPointer { ys in
                zs.withUnsafeMutableBufferPointer { zs in
                    (ys.baseAddress! + nb * cap).update(from: ys.baseAddress! + base + half, count: cap - half)
                    (zs.baseAddress! + nb * cap).update(from: zs.baseAddress! + base + half, count: cap - half)
                }
            }
            counts[nb] = cap - half; counts[b] = half
            directory.insert(nb, at: d + 1)
            lastY.insert(ys[nb * cap + cap - half - 1], at: d + 1)
            lastY[d] = ys[base + half - 1]
            if j > half { target = nb; at = j - half; dirIndex = d + 1 }
        }
        let tbase = target * cap
        let t = counts[target]
        ys.withUnsafeMutableBufferPointer { ys in
            zs.withUnsafeMutableBufferPointer { zs in
                let yp = ys.baseAddress! + tbase, zp = zs.baseAddress! + tbase
                (yp + at + 1).update(from: yp + at, count: t - at)
                (zp + at + 1).update(from: zp + at, count: t - at)
                yp[at] = y; zp[at] = z
            }
        }
        counts[target] += 1
        lastY[dirIndex] = ys[tbase + counts[target] - 1]
    }

    private mutating func newBlock() -> Int {
        if let b = freeBlocks.popLast() { counts[b] = 0; return b }
        let b = counts.count
        counts.append(0)
        ys.append(contentsOf: repeatElement(0, count: Self.capacity))
        zs.append(contentsOf: repeatElement(0, count: Self.capacity))
        return b
    }

    #if PARETO_CHECK_INVARIANTS
    /// Checks ordering and mutual non-dominance; traps on a violation.
    func checkInvariants() {
        var prevY = -Double.infinity, prevZ = Double.infinity
        for (d, b) in directory.enumerated() {
            precondition(counts[b] > 0, "empty block in the staircase directory")
            for t in 0..<counts[b] {
                let y = ys[b * Self.capacity + t], z = zs[b * Self.capacity + t]
                precondition(y > prevY && z < prevZ, "staircase out of order at (\(y), \(z))")
                prevY = y; prevZ = z
            }
            precondition(lastY[d] == prevY, "stale directory key")
        }
    }
    #endif
}
