/// Maps a `Double` to a `UInt64` whose unsigned order is the numeric order of the doubles.
///
/// `-0.0` and `+0.0` get the same key (the input is shifted by `+ 0.0`, which turns `-0.0`
/// into `+0.0`). NaN never reaches this function: ``PointSet`` rejects it.
@inline(__always)
func orderedKey(_ x: Double) -> UInt64 {
    let bits = (x + 0.0).bitPattern
    return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
}

/// Sorts `keys` ascending and applies the same permutation to `payload`; stable.
///
/// Least-significant-digit radix sort with 11-bit digits (six passes at most), or 16-bit digits
/// (four passes) from 2¹⁸ keys on; a pass whose
/// digit is the same for every key is skipped. Small inputs use the standard library's sort.
///
/// - Complexity: O(n) time and O(n) extra memory.
func radixSort(keys: inout [UInt64], payload: inout [Int32]) {
    let n = keys.count
    precondition(payload.count == n, "keys and payload differ in length")
    if n < 2048 {
        var pairs = (0..<n).map { (keys[$0], payload[$0]) }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        for i in 0..<n { keys[i] = pairs[i].0; payload[i] = pairs[i].1 }
        return
    }
    // Wide digits (four passes) pay off once the count tables are small next to the input.
    let digitBits = n >= 1 << 18 ? 16 : 11, radix = 1 << digitBits, passes = (64 + digitBits - 1) / digitBits
    var counts = [Int](repeating: 0, count: radix * passes)
    keys.withUnsafeBufferPointer { k in
        counts.withUnsafeMutableBufferPointer { c in
            for i in 0..<n {
                var key = k[i]
                for p in 0..<passes {
                    c[p &* radix &+ Int(key & UInt64(radix - 1))] &+= 1
                    key >>= UInt64(digitBits)
                }
            }
        }
    }
    var keys2 = [UInt64](repeating: 0, count: n)
    var payload2 = [Int32](repeating: 0, count: n)
    var inFirst = true
    for p in 0..<passes {
        let shift = UInt64(p * digitBits)
        // Skip a pass when every key has the same digit.
        var trivial = false
        for b in 0..<radix where counts[p * radix + b] != 0 {
            trivial = counts[p * radix + b] == n
            break
        }
        if trivial { continue }
        var offsets = [Int](repeating: 0, count: radix)
        var sum = 0
        for b in 0..<radix { offsets[b] = sum; sum += counts[p * radix + b] }
        func scatter(_ sk: UnsafeBufferPointer<UInt64>, _ sp: UnsafeBufferPointer<Int32>,
                     _ dk: UnsafeMutableBufferPointer<UInt64>, _ dp: UnsafeMutableBufferPointer<Int32>) {
            offsets.withUnsafeMutableBufferPointer { o in
                for i in 0..<n {
                    let key = sk[i]
                    let b = Int((key >> shift) & UInt64(radix - 1))
                    let at = o[b]
                    dk[at] = key
                    dp[at] = sp[i]
                    o[b] = at &+ 1
                }
            }
        }
        if inFirst {
            keys.withUnsafeBufferPointer { sk in payload.withUnsafeBufferPointer { sp in
                keys2.withUnsafeMutableBufferPointer { dk in payload2.withUnsafeMutableBufferPointer { dp in
                    scatter(sk, sp, dk, dp) } } } }
        } else {
            keys2.withUnsafeBufferPointer { sk in payload2.withUnsafeBufferPointer { sp in
                keys.withUnsafeMutableBufferPointer { dk in payload.withUnsafeMutableBufferPointer { dp in
                    scatter(sk, sp, dk, dp) } } } }
        }
        inFirst.toggle()
    }
    if !inFirst {
        swap(&keys, &keys2)
        swap(&payload, &payload2)
    }
}

/// Sorts row indices ascending: a radix sort for many indices, a bitmap scan when the indices
/// are a large share of `0..<count`.
func sortedRowIndices(_ rows: [Int32], count: Int) -> [Int] {
    if rows.count > count / 16 {
        var mark = [Bool](repeating: false, count: count)
        for r in rows { mark[Int(r)] = true }
        var out: [Int] = []
        out.reserveCapacity(rows.count)
        for i in 0..<count where mark[i] { out.append(i) }
        return out
    }
    return rows.map { Int($0) }.sorted()
}
