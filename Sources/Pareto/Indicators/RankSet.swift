/// A set of integers in `0..<capacity` with insertion, removal, successor and predecessor in
/// O(log₆₄ capacity) word operations: a 64-ary tree of bit masks (a "van Emde Boas-lite", as in
/// fast predecessor structures over small universes).
///
/// Level 0 holds one bit per element; each bit of level `l + 1` says whether the matching word of
/// level `l` is non-zero. For a million elements that is four levels, so every query touches at
/// most eight words. The hypervolume-contribution sweeps key their staircases by the rank of a
/// point's first coordinate, which is what makes them O(n log n) without a balanced tree.
///
/// The set owns its words (one allocation, freed by `deinit`); it is not copyable, so the buffer
/// has exactly one owner.
struct RankSet: ~Copyable {
    /// All levels' words, level 0 first.
    private let words: UnsafeMutablePointer<UInt64>
    /// Where each level starts in `words`, plus one past the end.
    private let levelStart: [Int]
    /// The universe size.
    let capacity: Int

    /// An empty set over `0..<capacity`.
    init(capacity: Int) {
        precondition(capacity >= 1, "a rank set needs a universe of at least one element")
        self.capacity = capacity
        var starts = [0]
        var size = (capacity + 63) >> 6
        var total = 0
        while true {
            total += size
            starts.append(total)
            if size == 1 { break }
            size = (size + 63) >> 6
        }
        levelStart = starts
        words = .allocate(capacity: total)
        words.initialize(repeating: 0, count: total)
    }

    deinit { words.deallocate() }

    private var levels: Int { levelStart.count - 1 }

    /// Whether `k` is in the set.
    func contains(_ k: Int) -> Bool {
        words[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Adds `k` (no effect if present).
    mutating func insert(_ k: Int) {
        precondition(k >= 0 && k < capacity, "rank \(k) out of range 0..<\(capacity)")
        var k = k
        for level in 0..<levels {
            let w = levelStart[level] + (k >> 6)
            let wasEmpty = words[w] == 0
            words[w] |= 1 << UInt64(k & 63)
            if !wasEmpty { return }
            k >>= 6
        }
    }

    /// Removes `k` (no effect if absent).
    mutating func remove(_ k: Int) {
        precondition(k >= 0 && k < capacity, "rank \(k) out of range 0..<\(capacity)")
        var k = k
        for level in 0..<levels {
            let w = levelStart[level] + (k >> 6)
            words[w] &= ~(1 << UInt64(k & 63))
            if words[w] != 0 { return }
            k >>= 6
        }
    }

    /// The smallest element ≥ `k`, or `nil`.
    func successor(atLeast k: Int) -> Int? {
        var k = max(k, 0)
        guard k < capacity else { return nil }
        var level = 0
        while true {
            if level == levels { return nil }
            let w = k >> 6
            if levelStart[level] + w >= levelStart[level + 1] { return nil }
            let m = words[levelStart[level] + w] & (~0 << UInt64(k & 63))
            if m != 0 {
                k = (w << 6) | m.trailingZeroBitCount
                break
            }
            k = w + 1
            level += 1
        }
        while level > 0 {
            level -= 1
            k = (k << 6) | words[levelStart[level] + k].trailingZeroBitCount
        }
        return k
    }

    /// The largest element ≤ `k`, or `nil`.
    func predecessor(atMost k: Int) -> Int? {
        guard k >= 0 else { return nil }
        var k = min(k, capacity - 1)
        var level = 0
        while true {
            if level == levels { return nil }
            let w = k >> 6, b = k & 63
            let mask: UInt64 = b == 63 ? ~0 : (1 << UInt64(b + 1)) - 1
            let m = words[levelStart[level] + w] & mask
            if m != 0 {
                k = (w << 6) | (63 - m.leadingZeroBitCount)
                break
            }
            if w == 0 { return nil }
            k = w - 1
            level += 1
        }
        while level > 0 {
            level -= 1
            k = (k << 6) | (63 - words[levelStart[level] + k].leadingZeroBitCount)
        }
        return k
    }
}
