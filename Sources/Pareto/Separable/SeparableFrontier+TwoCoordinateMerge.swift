/// The partial sums kept after merging one issue: row-major values in lexicographic descending
/// order, their multiplicities, and back-pointers (previous partial sum, original option index).
struct MergedLevel {
    var values: [Double] = []
    var weight: [Double] = []
    var parent: [Int32] = []
    var option: [Int32] = []
}

/// One merge step of ``separableFrontier(_:lowerBounds:constraints:)`` for two coordinates,
/// without materialising or sorting the candidates.
///
/// The previous partial sums are in lexicographic descending order, so adding one option to all
/// of them gives a run whose first coordinate never increases (rounding is monotone). A heap over
/// the runs (one per option) yields the candidates by first coordinate descending; candidates
/// with equal first coordinates are collected and ordered by the second coordinate descending,
/// which restores exact lexicographic order even where rounding made a run's ties out of order.
/// Each candidate then goes through the same sweep as ``ToleranceMaximalFilter``.
///
/// - Complexity: O(N log r) for N candidates from r options, O(kept) extra memory.
func mergeTwoCoordinates(
    parents: [Double], parentWeight: [Double], isFirst: Bool,
    row: [Double], options: [Int], optionWeight: [Double],
    threshold: [(j: Int, value: Double)], tolerance: [Double]
) -> MergedLevel {
    let parentCount = isFirst ? 1 : parentWeight.count
    let runs = options.count
    let tx = tolerance[0], ty = tolerance[1]
    let limitX = threshold.first(where: { $0.j == 0 })?.value ?? -.infinity
    let limitY = threshold.first(where: { $0.j == 1 })?.value ?? -.infinity
    var out = MergedLevel()

    // Run state in plain buffers: nested functions below capture only constants, so there is
    // no boxing or dynamic exclusivity checking in the inner loop.
    let cursor = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(runs, 1))
    let headX = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(runs, 1))
    let heap = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(runs, 1))
    defer { cursor.deallocate(); headX.deallocate(); heap.deallocate() }

    return parents.withUnsafeBufferPointer { base in
        row.withUnsafeBufferPointer { row in
            // Candidate `p` of run `r` (option options[r]).
            @inline(__always) func x(_ r: Int, _ p: Int) -> Double { (isFirst ? 0.0 : base[2 * p]) + row[2 * options[r]] }
            @inline(__always) func y(_ r: Int, _ p: Int) -> Double { (isFirst ? 0.0 : base[2 * p + 1]) + row[2 * options[r] + 1] }
            /// Moves run `r` to its next candidate meeting the bounds, from `cursor[r]` on; −∞ when exhausted.
            @inline(__always) func advance(_ r: Int) {
                var c = cursor[r]
                while c < parentCount {
                    let cx = x(r, c)
                    if cx < limitX { break }   // x only decreases along a run
                    if y(r, c) >= limitY { cursor[r] = c; headX[r] = cx; return }
                    c += 1
                }
                cursor[r] = parentCount
                headX[r] = -.infinity
            }
            /// Restores the max-heap (by head x) below position `start`.
            @inline(__always) func siftDown(_ start: Int, _ count: Int) {
                var i = start
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var best = i
                    if l < count && headX[heap[l]] > headX[heap[best]] { best = l }
                    if r < count && headX[heap[r]] > headX[heap[best]] { best = r }
                    if best == i { return }
                    heap.swapAt(i, best); i = best
                }
            }
            var heapCount = 0
            for r in 0..<runs {
                cursor[r] = 0
                advance(r)
                if headX[r] > -.infinity { heap[heapCount] = r; heapCount += 1 }
            }
            for i in stride(from: heapCount / 2 - 1, through: 0, by: -1) { siftDown(i, heapCount) }

            // Sweep state (see ToleranceMaximalFilter.sweep2).
            var seenX: [Double] = [], seenY: [Double] = []
            var maxY = -Double.infinity, laggedMaxY = -Double.infinity, lag = 0
            var group: [(y: Double, run: Int, parent: Int)] = []
            var groupCount = 0
            while heapCount > 0 {
                let gx = headX[heap[0]]
                groupCount = 0
                // Collect every candidate with first coordinate exactly gx.
                while heapCount > 0 && headX[heap[0]] == gx {
                    let r = heap[0]
                    let item = (y: y(r, cursor[r]), run: r, parent: cursor[r])
                    if groupCount < group.count { group[groupCount] = item } else { group.append(item) }
                    groupCount += 1
                    cursor[r] += 1
                    advance(r)
                    if headX[r] == -.infinity {
                        heapCount -= 1
                        heap[0] = heap[heapCount]
                    }
                    siftDown(0, heapCount)
                }
                // Second coordinate descending; stable, so ties keep heap order (any representative is valid).
                if groupCount > 1 { group[0..<groupCount].sort { $0.y > $1.y } }
                while lag < seenX.count && seenX[lag] - gx > tx {
                    laggedMaxY = max(laggedMaxY, seenY[lag]); lag += 1
                }
                var g = 0
                while g < groupCount {
                    let gy = group[g].y
                    var w = 0.0
                    var h = g
                    while h < groupCount && group[h].y == gy {
                        w += (isFirst ? 1 : parentWeight[group[h].parent]) * optionWeight[group[h].run]
                        h += 1
                    }
                    if !(maxY - gy > ty || laggedMaxY >= gy) {
                        out.values.append(gx); out.values.append(gy)
                        out.weight.append(w)
                        out.parent.append(isFirst ? -1 : Int32(group[g].parent))
                        out.option.append(Int32(options[group[g].run]))
                    }
                    seenX.append(gx); seenY.append(gy)
                    maxY = max(maxY, gy)
                    g = h
                }
            }
            return out
        }
    }
}
