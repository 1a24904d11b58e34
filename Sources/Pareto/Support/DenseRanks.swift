/// Sorts one column of values and gives them dense ranks: equal values (with `-0.0` equal to
/// `+0.0`) share a rank, the smallest value has rank 0, and ranks have no gaps, so comparing
/// two ranks is the same as comparing the two values.
///
/// Each value is first mapped to a 32-bit key by a monotone map of its range (computed on
/// halved values, so no subtraction overflows): a larger key means a larger value, while equal
/// keys may hide different values. The keys are sorted with their indices by a least-significant-
/// digit radix sort (four passes of 8 bits, each a sequential read and 256 sequential write
/// streams, so the memory traffic stays friendly to caches and address translation), and runs of
/// equal keys, which are rare unless values repeat, are then ordered by their exact values.
///
/// The ranker owns its four work buffers of `capacity` entries (it is not copyable, and frees
/// them when it goes out of scope), so one ranker can serve several columns.
///
/// - Complexity: O(m) for distinct, spread-out values; runs of equal keys add the standard
///   sort's O(r log r) each.
struct DenseRanker: ~Copyable {
    private let keyBuffer: ScratchBuffer<UInt32>, keyBuffer2: ScratchBuffer<UInt32>
    private let orderBuffer: ScratchBuffer<Int32>, orderBuffer2: ScratchBuffer<Int32>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        keyBuffer = ScratchBuffer(uninitializedCount: capacity); keyBuffer2 = ScratchBuffer(uninitializedCount: capacity)
        orderBuffer = ScratchBuffer(uninitializedCount: capacity); orderBuffer2 = ScratchBuffer(uninitializedCount: capacity)
    }

    private var keys: UnsafeMutablePointer<UInt32> { keyBuffer.base }
    private var keys2: UnsafeMutablePointer<UInt32> { keyBuffer2.base }
    private var order: UnsafeMutablePointer<Int32> { orderBuffer.base }
    private var order2: UnsafeMutablePointer<Int32> { orderBuffer2.base }

    /// Ranks `value(k)` for `k` in `0 ..< m` (at most `capacity`) and calls `body(k, rank)` for
    /// every `k`, in ascending order of the values.
    func rank(_ m: Int, _ value: (Int) -> Double, _ body: (Int, Int32) -> Void) {
        precondition(m <= capacity, "DenseRanker capacity exceeded")
        guard m > 0 else { return }
        var low = Double.infinity, high = -Double.infinity
        for k in 0..<m {
            let v = value(k)
            low = Swift.min(low, v); high = Swift.max(high, v)
        }
        let halfLow = low * 0.5
        var scale = Double(UInt32.max) / (high * 0.5 - halfLow)
        if !scale.isFinite || scale <= 0 { scale = 0 }   // one value, or a range too narrow: ties only
        let top = Double(UInt32.max)
        var counts = [Int](repeating: 0, count: 4 * 256)
        counts.withUnsafeMutableBufferPointer { counts in
            for k in 0..<m {
                // v ≥ low, so the product is ≥ 0; clamped to the largest key.
                let key = UInt32(Swift.min(top, (value(k) * 0.5 - halfLow) * scale))
                keys[k] = key
                order[k] = Int32(truncatingIfNeeded: k)
                counts[Int(key & 255)] &+= 1
                counts[256 &+ Int((key >> 8) & 255)] &+= 1
                counts[512 &+ Int((key >> 16) & 255)] &+= 1
                counts[768 &+ Int(key >> 24)] &+= 1
            }
            var source = (keys, order), target = (keys2, order2)
            for pass in 0..<4 {
                let c = counts.baseAddress! + pass * 256
                if (0..<256).contains(where: { c[$0] == m }) { continue }   // one digit: nothing moves
                var sum = 0
                for b in 0..<256 { let t = c[b]; c[b] = sum; sum &+= t }
                let shift = UInt32(pass * 8)
                let sk = source.0, so = source.1, tk = target.0, to = target.1
                for t in 0..<m {
                    let key = sk[t]
                    let b = Int((key >> shift) & 255)
                    let at = c[b]
                    tk[at] = key; to[at] = so[t]
                    c[b] = at &+ 1
                }
                swap(&source, &target)
            }
            let sk = source.0, so = source.1
            // Runs of equal keys: order by exact value, then rank.
            var t = 0
            var rank: Int32 = -1
            while t < m {
                var end = t &+ 1
                while end < m && sk[end] == sk[t] { end &+= 1 }
                if end - t == 1 {
                    rank &+= 1
                    body(Int(so[t]), rank)
                } else {
                    var run = (t..<end).map { (value(Int(so[$0])), so[$0]) }
                    run.sort { $0.0 < $1.0 }
                    for (u, entry) in run.enumerated() {
                        if u == 0 || entry.0 != run[u - 1].0 { rank &+= 1 }
                        body(Int(entry.1), rank)
                    }
                }
                t = end
            }
        }
    }
}
