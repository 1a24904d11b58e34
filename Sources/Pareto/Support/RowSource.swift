/// Where a filter reads its rows from: a contiguous range of the input or an explicit list.
///
/// Passing a range avoids building an index array for the first pass over a large input.
protocol RowSource {
    /// Number of rows.
    var count: Int { get }
    /// The input row at position `k` (`0 ..< count`).
    func row(_ k: Int) -> Int
}

/// A contiguous range of input rows.
struct RowRange: RowSource {
    let range: Range<Int>
    var count: Int { range.count }
    @inline(__always) func row(_ k: Int) -> Int { range.lowerBound &+ k }
}

/// An explicit list of input rows.
struct RowList: RowSource {
    let rows: UnsafeBufferPointer<Int32>
    var count: Int { rows.count }
    @inline(__always) func row(_ k: Int) -> Int { Int(rows[k]) }
}

/// `m` rows spread evenly over the source (all of them when it has at most `m`).
func sampleRows(_ source: some RowSource, count m: Int) -> [Int32] {
    let n = source.count
    if n <= m { return (0..<n).map { Int32(truncatingIfNeeded: source.row($0)) } }
    return (0..<m).map { Int32(truncatingIfNeeded: source.row($0 * n / m)) }
}
