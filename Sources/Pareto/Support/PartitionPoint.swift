/// The number of leading positions of `0 ..< n` that satisfy `isBefore`, for a predicate that
/// holds on a prefix of the positions and fails on the rest (a lower bound in a sorted array).
///
/// Each halving step chooses the next range with a select instead of a branch: a branch would
/// mispredict on about every other step, since the answer is data. The steps for up to 4096
/// positions are written out rather than looped, because the compiler turns selects inside a
/// loop like this one back into branches; longer ranges are first narrowed with ordinary
/// branching steps. Probes past the range read its last position, and a final `min` restores
/// the range's end when every position satisfies the predicate.
///
/// - Complexity: O(log n) calls of `isBefore`.
@inline(__always)
func partitionPoint(_ n: Int, _ isBefore: (Int) -> Bool) -> Int {
    var base = 0, n = n
    while n > 4096 {
        let half = n &>> 1
        if isBefore(base &+ half &- 1) { base &+= half }
        n &-= half
    }
    guard n > 0 else { return base }
    let last = base &+ n &- 1, end = base &+ n
    @inline(__always) func probe(_ step: Int) {
        base = isBefore(Swift.min(base &+ step &- 1, last)) ? base &+ step : base
    }
    switch Int.bitWidth &- n.leadingZeroBitCount {
    case 13: probe(4096); fallthrough
    case 12: probe(2048); fallthrough
    case 11: probe(1024); fallthrough
    case 10: probe(512); fallthrough
    case 9: probe(256); fallthrough
    case 8: probe(128); fallthrough
    case 7: probe(64); fallthrough
    case 6: probe(32); fallthrough
    case 5: probe(16); fallthrough
    case 4: probe(8); fallthrough
    case 3: probe(4); fallthrough
    case 2: probe(2); fallthrough
    default: probe(1)
    }
    return Swift.min(base, end)
}
