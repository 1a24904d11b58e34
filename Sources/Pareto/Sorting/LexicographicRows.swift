/// The distinct rows of a point set, oriented so that every objective is maximized, in
/// lexicographic descending order: the shared first step of the non-dominated sorts.
///
/// In this order a row can only be dominated by rows before it (a dominator is at least as
/// large in every objective and differs somewhere, so it is lexicographically larger). Exact
/// copies are merged into one row, so among the stored rows "at least as good in every
/// objective" already means "dominates", and every copy later receives the rank of its row.
/// `-0.0` and `+0.0` are equal.
///
/// The order is found with a radix sort of the first objective's ordered bit patterns
/// (``radixSort(keys:payload:)``); only runs of rows with equal first objectives are compared
/// further, objective by objective.
///
/// - Complexity: O(n·d) time for continuous data, plus O(g log g · d) per run of g rows that
///   share their first objective; O(m·d) extra memory for the m distinct rows plus O(n) indices.
struct LexicographicRows {
    /// Number of objectives per row.
    let dimensions: Int
    /// The distinct oriented rows, row-major, in lexicographic descending order.
    private(set) var values: [Double]
    /// For every input row, the position of its value among the distinct rows.
    private(set) var rowOf: [Int32]

    /// Number of distinct rows.
    var count: Int { values.count / dimensions }

    /// Sorts and deduplicates the rows of `points` as oriented by `signs` (one per objective).
    init(_ points: PointSet, signs: [Double]) {
        let n = points.count, d = points.dimensions
        precondition(n <= Int(Int32.max), "at most 2³¹ − 1 rows can be sorted")
        dimensions = d
        var order: [Int32] = []
        points.withOrientedPoints(signs: signs) { view in
            var keys = [UInt64](unsafeUninitializedCapacity: n) { keys, initialized in
                for i in 0..<n { keys[i] = ~orderedKey(view.value(i, 0)) }
                initialized = n
            }
            order = [Int32](unsafeUninitializedCapacity: n) { order, initialized in
                for i in 0..<n { order[i] = Int32(truncatingIfNeeded: i) }
                initialized = n
            }
            radixSort(keys: &keys, payload: &order)
            // Runs of equal first objectives: order by the remaining objectives, descending.
            if d > 1 {
                var start = 0
                while start < n {
                    var end = start + 1
                    while end < n && keys[end] == keys[start] { end += 1 }
                    if end - start > 1 {
                        order[start..<end].sort { a, b in
                            let a = Int(a), b = Int(b)
                            for j in 1..<d {
                                let x = view.value(a, j), y = view.value(b, j)
                                if x != y { return x > y }
                            }
                            return a < b
                        }
                    }
                    start = end
                }
            }
        }
        var rowOf = [Int32](repeating: 0, count: n)
        var distinct = 0
        let values = [Double](unsafeUninitializedCapacity: n * d) { out, initialized in
            points.values.withUnsafeBufferPointer { input in
                signs.withUnsafeBufferPointer { signs in
                    rowOf.withUnsafeMutableBufferPointer { rowOf in
                        // Copy each row in sweep order, oriented, unless it equals the last copied.
                        var last = -d
                        for position in 0..<n {
                            let i = Int(order[position])
                            let row = input.baseAddress! + i &* d
                            var same = last >= 0
                            if same {
                                for j in 0..<d where signs[j] * row[j] != out[last &+ j] { same = false; break }
                            }
                            if !same {
                                last &+= d
                                for j in 0..<d { out[last &+ j] = signs[j] * row[j] }
                                distinct &+= 1
                            }
                            rowOf[i] = Int32(truncatingIfNeeded: distinct &- 1)
                        }
                    }
                }
            }
            initialized = distinct * d
        }
        self.values = values
        self.rowOf = rowOf
    }

    /// The ranks of the input rows, given one rank per distinct row.
    func inputRanks(_ distinctRanks: [Int32]) -> [Int] {
        rowOf.map { Int(distinctRanks[Int($0)]) }
    }

    /// Calls `body` with a view of the distinct rows (every sign `+1`).
    func withView<R>(_ body: (OrientedPoints) -> R) -> R {
        let signs = [Double](repeating: 1, count: dimensions)
        return values.withUnsafeBufferPointer { v in
            signs.withUnsafeBufferPointer { s in
                let dummy = UnsafePointer<Double>(bitPattern: MemoryLayout<Double>.alignment)!
                return body(OrientedPoints(values: v.baseAddress ?? dummy, signs: s.baseAddress!,
                                           count: count, dimensions: dimensions))
            }
        }
    }
}
