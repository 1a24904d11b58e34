/// A linear-time pre-filter for five or more objectives: the input is tested against a few
/// hundred *pivots*, strong rows chosen before the pass, instead of a window that learns its
/// rows as it goes (``WindowFilter``).
///
/// **Pivots.** The rows of a sample with the largest sums of (oriented) objectives are visited
/// in order of their sums, descending, and each one that no earlier pivot dominates becomes a
/// pivot, up to `maximum` of them. A large sum makes a row dominate much of the space, and
/// in many objectives a single strong row dominates only a small part of the data, so the
/// pivots are many and mutually non-dominated. On 10⁶ uniform rows in eight objectives, 256
/// such rows leave about 6 % of the input (the frontier is 3 %), where a window of 64 rows met
/// in input order leaves more than half.
///
/// **Pass.** Each row is compared with the pivots (four objectives per SIMD compare, with an
/// early exit) and dropped when one dominates it; a pivot that dominates a row moves one place
/// forward, so the pivots that dominate most are tried first. Only rows that an input row
/// dominates are dropped, so the survivors contain every non-dominated row and every copy of
/// one (equal rows never dominate each other). Like the window, the pass watches itself: if
/// more than half of the first `probe` rows survive (a concave front, where most rows are
/// non-dominated), it stops and returns `nil`.
///
/// - Complexity: O(s log s + s·p) to choose p pivots from a sample of s rows; O(n · p)
///   compares in the worst case for the pass, typically a few per dropped row; O(p · d) memory
///   besides the survivors.
struct SumPivotFilter: Sendable {
    /// Pivot values, oriented for maximization, `chunks` vectors per pivot (unused lanes −∞).
    let pivots: [SIMD4<Double>]
    let chunks: Int
    /// Each pivot's code (see ``NonDominatedManyObjectives/Quantizer``): one word operation
    /// rejects most pivots that do not dominate a row before its values are compared.
    let codes: [UInt64]
    let quantizer: NonDominatedManyObjectives.Quantizer

    /// Number of pivots.
    var count: Int { pivots.count / max(1, chunks) }

    /// Chooses up to `maximum` pivots among the `candidates` rows of largest sum in `sample`.
    init(_ points: OrientedPoints, sample: [Int32], candidates: Int = 1024, maximum: Int = 256) {
        let d = points.dimensions
        let chunks = (d + 3) / 4
        self.chunks = chunks
        let sums = sample.map { r in
            var s = 0.0
            for j in 0..<d { s += points.value(Int(r), j) }
            return s
        }
        let strongest = sample.indices.sorted { sums[$0] > sums[$1] }.prefix(candidates)
        var chosen: [SIMD4<Double>] = []
        var chosenRows: [Int32] = []
        var taken = 0
        for k in strongest where taken < maximum {
            let row = SumPivotFilter.load(points, Int(sample[k]), chunks: chunks)
            var dominated = false
            chosen.withUnsafeBufferPointer { earlier in
                row.withUnsafeBufferPointer { candidate in
                    for e in 0..<taken
                    where DominanceKernel.dominates(earlier.baseAddress! + e &* chunks, candidate.baseAddress!, chunks: chunks) {
                        dominated = true
                        break
                    }
                }
            }
            if dominated { continue }
            chosen.append(contentsOf: row)
            chosenRows.append(sample[k])
            taken += 1
        }
        pivots = chosen
        let quantizer = NonDominatedManyObjectives.Quantizer(points, sample)
        self.quantizer = quantizer
        var values = [Double](repeating: 0, count: d)
        codes = chosenRows.map { r in
            for j in 0..<d { values[j] = points.value(Int(r), j) }
            return values.withUnsafeMutableBufferPointer { quantizer.code($0.baseAddress!) }
        }
    }

    /// The survivors among the input rows `range`, in input order, or `nil` when more than
    /// half of the first `probe` rows survive.
    func survivors(_ points: OrientedPoints, _ range: Range<Int>, probe: Int = 4096) -> [Int32]? {
        let chunks = self.chunks, p = count
        var out: [Int32] = []
        // Each caller reorders its own copies.
        var local = pivots, localCodes = codes
        let quantizer = self.quantizer, guards = quantizer.guards
        return local.withUnsafeMutableBufferPointer { pivots -> [Int32]? in
          localCodes.withUnsafeMutableBufferPointer { codes -> [Int32]? in
            let base = pivots.baseAddress!, codeBase = codes.baseAddress!
            // The row's values (lanes past d stay −∞) and the same as vectors.
            let valueBuffer = ScratchBuffer<Double>(repeating: -.infinity, count: 4 * chunks)
            let rowBuffer = ScratchBuffer<SIMD4<Double>>(uninitializedCount: chunks)
            do {
                let values = valueBuffer.base, r = rowBuffer.base
                let raw = UnsafeRawPointer(values)
                for i in range {
                    if i &- range.lowerBound == probe && out.count * 2 > probe { return nil }
                    SumPivotFilter.load(points, i, into: values)
                    for c in 0..<chunks { r[c] = raw.loadUnaligned(fromByteOffset: c &* 32, as: SIMD4<Double>.self) }
                    let rowCode = quantizer.code(values)
                    var hit = -1
                    for e in 0..<p {
                        // A pivot whose code is below in some lane is below in that objective.
                        if !NonDominatedManyObjectives.allLanesAtLeast(codeBase[e], rowCode, guards: guards) { continue }
                        // Unused lanes: −∞ − −∞ is NaN, neither below nor above.
                        if DominanceKernel.dominates(base + e &* chunks, r, chunks: chunks) { hit = e; break }
                    }
                    if hit < 0 {
                        out.append(Int32(truncatingIfNeeded: i))
                    } else if hit > 0 {
                        for c in 0..<chunks {
                            let a = hit &* chunks &+ c, b = a &- chunks
                            let t = base[a]; base[a] = base[b]; base[b] = t
                        }
                        let t = codeBase[hit]; codeBase[hit] = codeBase[hit &- 1]; codeBase[hit &- 1] = t
                    }
                }
                return out
            }
          }
        }
    }

    /// ``survivors(_:_:probe:)``, or all of `range` when the filter declines.
    func survivorsOrAll(_ points: OrientedPoints, _ range: Range<Int>, probe: Int) -> [Int32] {
        survivors(points, range, probe: probe) ?? range.map { Int32(truncatingIfNeeded: $0) }
    }

    /// Row `i` as `chunks` vectors of oriented values, unused lanes −∞.
    private static func load(_ points: OrientedPoints, _ i: Int, chunks: Int) -> [SIMD4<Double>] {
        var row = [SIMD4<Double>](repeating: SIMD4(repeating: -.infinity), count: chunks)
        for j in 0..<points.dimensions { row[j / 4][j % 4] = points.value(i, j) }
        return row
    }

    /// Writes row `i`'s oriented values to `values[0 ..< d]` (the lanes past `d` stay −∞).
    @inline(__always)
    private static func load(_ points: OrientedPoints, _ i: Int, into values: UnsafeMutablePointer<Double>) {
        let d = points.dimensions
        let row = points.values + i &* d
        for j in 0..<d { values[j] = points.signs[j] * row[j] }
    }
}
