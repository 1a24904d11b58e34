/// Exclusive hypervolume contributions of two-objective gain vectors (row-major pairs, every
/// value > 0, the reference at the origin, both objectives maximized).
///
/// Sort by the first gain descending (ties: second gain descending) and sweep. A point higher than
/// every point before it is a step of the staircase; step `i`'s exclusive box is
/// `(x_{i+1}, x_i] × (y_{i−1}, y_i]`, between the next step's first gain and the previous step's
/// second gain. The other points met between step `i` and step `i + 1` lie under step `i`; those
/// above `y_{i−1}` are dominated by step `i` alone and cover part of its box once it is removed,
/// so their own staircase (built on the fly) is subtracted. The uncovered area is summed directly
/// as products of non-negative differences, so a step with a copy of itself gets exactly 0.
///
/// With `ignoringDominated`, only exact copies of a step count under it, which gives the
/// contributions of the set without its strictly dominated points.
///
/// - Complexity: O(n) for the radix sort (plus O(k log k) for each run of k equal first gains),
///   then O(n).
func contributions2D(_ g: [Double], ignoringDominated: Bool) -> [Double] {
    let n = g.count / 2
    var result = [Double](repeating: 0, count: n)
    let sorted = (0..<n).map { g[2 * $0] }.withUnsafeBufferPointer(descendingOrder)
    let keys = sorted.keys
    var order = sorted.order
    g.withUnsafeBufferPointer { v in
        // Equal first gains (equal keys, adjacent after the sort): second gain descending.
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && keys[end] == keys[start] { end += 1 }
            if end - start > 1 { order[start..<end].sort { v[2 * Int($0) + 1] > v[2 * Int($1) + 1] } }
            start = end
        }
        var step = -1                 // the current staircase step
        var stepX = 0.0, stepY = 0.0
        var floorY = 0.0              // the previous step's second gain (the box's lower edge)
        var height = 0.0              // the highest second gain so far
        var underCount = 0            // points of the staircase under the current step
        var underX = 0.0, underY = 0.0
        var uncovered = 0.0           // uncovered area right of underX, summed so far

        func close(at leftX: Double) {
            guard step >= 0 else { return }
            let area = underCount == 0
                ? (stepX - leftX) * (stepY - floorY)
                : uncovered + (underX - leftX) * (stepY - underY)
            result[step] = area
        }

        for k in 0..<n {
            let i = Int(order[k])
            let x = valueOfDescendingKey(keys[k]), y = v[2 * i + 1]
            if y > height {
                close(at: x)
                floorY = step >= 0 ? stepY : 0
                step = i; stepX = x; stepY = y
                height = y
                underCount = 0
            } else if y > floorY && !(ignoringDominated && (x != stepX || y != stepY)) {
                // Dominated by the current step alone. A new step of its under-staircase if it is
                // higher than the under-staircase so far (first gain is non-increasing).
                if underCount == 0 {
                    uncovered = (stepX - x) * (stepY - floorY)
                    underCount = 1; underX = x; underY = y
                } else if y > underY {
                    uncovered += (underX - x) * (stepY - underY)
                    underCount += 1; underX = x; underY = y
                }
            }
        }
        close(at: 0)
    }
    return result
}
