/// Three-objective hypervolume of `count` gain vectors `(x, y, z)`, row-major in `gains`, every
/// value > 0, with the origin as reference.
///
/// The dimension sweep of Beume, Fonseca, López-Ibáñez, Paquete & Vahrenhold (2009): the points
/// are taken by `z` descending while an ``AreaStaircase`` holds the union of their `(x, y)` boxes;
/// between consecutive `z` values the volume grows by the staircase's area times the gap. The
/// staircase is a sorted array rather than a balanced tree, which is faster while it stays short
/// (it holds only the points not yet covered in the plane).
///
/// On large inputs a grid pre-filter first drops points that add nothing: the `(x, y)` range is
/// cut into a G × G grid (cell indices are monotone in each coordinate, so a cell up and to the
/// right holds points strictly larger in both), and a point whose `z` does not exceed the highest
/// `z` of the cells strictly up and to the right of its own is weakly dominated. The survivors
/// are sorted by a radix sort on `z`.
///
/// - Complexity: O(n) for the pre-filter and the sort, then O(s log s) comparisons for s
///   survivors plus the staircase's memory moves, O(s²) element moves in the worst case (a fast
///   `memmove`; the staircase is short unless the front is large in all three objectives).
func hypervolume3D(gains g: UnsafeBufferPointer<Double>, count n: Int) -> Double {
    var order: [Int32] = n >= 1 << 12 ? gridSurvivors3D(g, count: n) : (0..<Int32(n)).map { $0 }
    let m = order.count
    // z descending: ascending order of the complemented keys.
    var keys = order.map { ~orderedKey(g[3 &* Int($0) &+ 2]) }
    radixSort(keys: &keys, payload: &order)
    // The survivors' coordinates in sweep order, so the sweep reads memory in sequence.
    var sorted = [Double](repeating: 0, count: 3 * m)
    sorted.withUnsafeMutableBufferPointer { out in
        order.withUnsafeBufferPointer { o in
            for position in 0..<m {
                let i = Int(o[position])
                out[3 &* position] = g[3 &* i]
                out[3 &* position &+ 1] = g[3 &* i &+ 1]
                out[3 &* position &+ 2] = g[3 &* i &+ 2]
            }
        }
    }
    var staircase = AreaStaircase(capacity: m)
    var volume = 0.0
    sorted.withUnsafeBufferPointer { s in
        for position in 0..<m {
            staircase.insert(x: s[3 &* position], y: s[3 &* position &+ 1])
            let z = s[3 &* position &+ 2]
            let nextZ = position &+ 1 < m ? s[3 &* position &+ 5] : 0
            volume += staircase.area * (z - nextZ)
        }
    }
    return volume
}

/// The rows kept by the grid pre-filter described in ``hypervolume3D(gains:count:)``.
private func gridSurvivors3D(_ g: UnsafeBufferPointer<Double>, count n: Int) -> [Int32] {
    var lowX = Double.infinity, highX = -Double.infinity
    var lowY = Double.infinity, highY = -Double.infinity
    for i in 0..<n {
        let x = g[3 &* i], y = g[3 &* i &+ 1]
        lowX = Swift.min(lowX, x); highX = Swift.max(highX, x)
        lowY = Swift.min(lowY, y); highY = Swift.max(highY, y)
    }
    let side = Swift.min(Swift.max(Int(Double(n / 4).squareRoot()), 1), 1024)
    let scaleX = highX > lowX ? Double(side) / (highX - lowX) : 0
    let scaleY = highY > lowY ? Double(side) / (highY - lowY) : 0
    // best[(i, j)] over a (side + 1)² grid: first the highest z in cell (i, j), then the highest z
    // over cells (i' ≥ i, j' ≥ j); row and column `side` stay 0 (below every gain).
    let rowLength = side &+ 1
    var best = [Double](repeating: 0, count: rowLength * rowLength)
    var survivors: [Int32] = []
    best.withUnsafeMutableBufferPointer { top in
        @inline(__always) func cell(_ i: Int) -> Int {
            let cx = Swift.min(Int((g[3 &* i] - lowX) * scaleX), side &- 1)
            let cy = Swift.min(Int((g[3 &* i &+ 1] - lowY) * scaleY), side &- 1)
            return cx &* rowLength &+ cy
        }
        for i in 0..<n {
            let c = cell(i)
            top[c] = Swift.max(top[c], g[3 &* i &+ 2])
        }
        for cx in stride(from: side &- 1, through: 0, by: -1) {
            for cy in stride(from: side &- 1, through: 0, by: -1) {
                let c = cx &* rowLength &+ cy
                top[c] = Swift.max(top[c], Swift.max(top[c &+ rowLength], top[c &+ 1]))
            }
        }
        // A point in cell c is compared with the cells strictly up and to the right: c + rowLength + 1.
        survivors.reserveCapacity(n / 4)
        for i in 0..<n where g[3 &* i &+ 2] > top[cell(i) &+ rowLength &+ 1] {
            survivors.append(Int32(truncatingIfNeeded: i))
        }
    }
    return survivors
}
