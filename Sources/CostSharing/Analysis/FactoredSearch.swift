import Pareto

/// The frontier, the zone of agreement and the acceptance brackets of a scenario's candidates,
/// found from their ``FactoredUtilities`` without evaluating every row: the many-draw engine's
/// per-draw work.
///
/// At each (total, term) pair both utilities are non-decreasing functions of the composition's
/// value (``FactoredUtilities``), in floating point too. Hence:
///
/// - **Frontier.** A composition dominated in value space gives, at every pair, a row that is
///   dominated or exactly equal to the row of a composition that is not. So the frontier of all
///   rows is the frontier of the rows of the value-space frontier compositions (at every
///   admissible pair), plus the rows of other compositions exactly equal to one of those
///   frontier rows at the same pair, found by binary search in value order. The result is
///   the same set, in the same order (increasing recipient utility, then row), as a filter over
///   every row gives.
/// - **Zone and brackets.** At each pair the compositions a side accepts form a suffix of the
///   compositions sorted by that side's value; its start is a binary search. The zone counts,
///   per pair, the compositions in both suffixes (offline two-dimensional dominance counting
///   with a Fenwick tree); the brackets the reservation search starts from are prefix maxima
///   and minima over those starts.
///
/// The frontier search prunes before it evaluates: a pair none of whose rows can be on the
/// frontier (its ideal point is dominated by another pair's extreme row) is skipped; at the other
/// pairs, every eighth composition of the value frontier is evaluated first, and a block of
/// compositions between two sampled ones is evaluated only where its ideal point escapes the
/// staircase of the sampled rows.
///
/// - Complexity: O(C log C) for C compositions; for the frontier, O(P log P) for the pair test,
///   O((F/8)·P' log(F·P')) for the sampled rows and block tests at the P' surviving pairs over F
///   value-frontier compositions, plus the rows of surviving blocks (at most F·P'); O(P log C) for
///   the zone and brackets; against O(C·P) rows for the direct evaluation.
struct FactoredSearch {
    let factors: FactoredUtilities
    /// Compositions by increasing recipient value (ties by index), and their positions.
    let recipientOrder: [Int]
    let recipientRank: [Int]
    /// Compositions by increasing host value, and their positions.
    let hostOrder: [Int]
    let hostRank: [Int]

    init(_ factors: FactoredUtilities) {
        self.factors = factors
        let v = factors.value
        func order(_ x: [Double]) -> (order: [Int], rank: [Int]) {
            let o = x.indices.sorted { x[$0] != x[$1] ? x[$0] < x[$1] : $0 < $1 }
            var r = [Int](repeating: 0, count: o.count)
            for (i, c) in o.enumerated() { r[c] = i }
            return (o, r)
        }
        (recipientOrder, recipientRank) = order(v.recipient)
        (hostOrder, hostRank) = order(v.host)
    }

    /// The first position `i` in `0...count` at which `holds(i)` is true, for `holds` false then true.
    @inline(__always) private func firstPosition(_ count: Int, _ holds: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if holds(mid) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Whether every row's utilities (and base utilities) are finite: by monotonicity it is
    /// enough to look at the compositions of least and greatest value at each pair.
    func allFinite() -> Bool {
        let f = factors
        guard f.disagreement.recipient.isFinite, f.disagreement.host.isFinite else { return false }
        guard let r0 = recipientOrder.first, let r1 = recipientOrder.last, let h0 = hostOrder.first, let h1 = hostOrder.last else { return true }
        for p in 0..<f.pairCount {
            guard f.scale[p].isFinite, f.scale[p] > 0 else { return false }
            for c in [r0, r1] where !(f.base(.recipient, c, p).isFinite && f.utility(.recipient, c, p).isFinite) { return false }
            for c in [h0, h1] where !(f.base(.host, c, p).isFinite && f.utility(.host, c, p).isFinite) { return false }
        }
        return true
    }

    /// The frontier rows, by increasing recipient utility, then row; the same as a
    /// non-dominated filter over every admissible row gives.
    func frontierRows() -> [Int] {
        let f = factors, pairs = f.pairCount, comps = f.compositionCount
        do {
            var values = [Double](repeating: 0, count: 2 * comps)
            for c in 0..<comps { values[2 * c] = f.value.recipient[c]; values[2 * c + 1] = f.value.host[c] }
            let front = try nonDominatedIndices(try PointSet(dimensions: 2, values: values), senses: [.maximize, .maximize])
            var onFront = [Bool](repeating: false, count: comps)
            for c in front { onFront[c] = true }
            let live = try livePairs(front: front)
            // The front by increasing recipient value (so non-increasing host value), cut into
            // blocks between sampled compositions. The sampled compositions' rows at every live
            // pair give a first staircase; a block's rows at a pair are all weakly below the
            // block's ideal point there (its last composition's recipient utility, its first's
            // host utility), so a block whose ideal point the staircase dominates holds no
            // frontier row at that pair.
            let sorted = front.sorted { recipientRank[$0] < recipientRank[$1] }
            let stride = Self.blockLength
            var sampled = Swift.stride(from: 0, to: sorted.count, by: stride).map { $0 }
            if sampled.last != sorted.count - 1 { sampled.append(sorted.count - 1) }
            var rows: [Int] = [], flat: [Double] = []
            rows.reserveCapacity(sampled.count * live.count)
            flat.reserveCapacity(2 * sampled.count * live.count)
            for p in live {
                for i in sampled {
                    let c = sorted[i]
                    rows.append(c * pairs + p)
                    flat.append(f.utility(.recipient, c, p)); flat.append(f.utility(.host, c, p))
                }
            }
            let first = try nonDominatedIndices(try PointSet(dimensions: 2, values: flat), senses: [.maximize, .maximize])
            let stairs = Staircase(first.map { (flat[2 * $0], flat[2 * $0 + 1]) })
            var candidates = first.map { rows[$0] }
            var points = first.flatMap { [flat[2 * $0], flat[2 * $0 + 1]] }
            let top = sorted[sorted.count - 1], bottom = sorted[0]
            for p in live where !stairs.dominates(f.utility(.recipient, top, p), f.utility(.host, bottom, p)) {
                for (k, start) in sampled.enumerated() where k + 1 < sampled.count && sampled[k + 1] > start + 1 {
                    let block = (start + 1)..<sampled[k + 1]
                    let x = f.utility(.recipient, sorted[block.upperBound - 1], p), y = f.utility(.host, sorted[block.lowerBound], p)
                    if stairs.dominates(x, y) { continue }
                    for i in block {
                        let c = sorted[i]
                        candidates.append(c * pairs + p)
                        points.append(f.utility(.recipient, c, p)); points.append(f.utility(.host, c, p))
                    }
                }
            }
            var kept = try nonDominatedIndices(try PointSet(dimensions: 2, values: points), senses: [.maximize, .maximize]).map { candidates[$0] }
            // Rows of other compositions exactly equal to a frontier row at its pair.
            var extra = Set<Int>()
            if front.count < comps {
                for r in kept {
                    let c = r / pairs, p = r % pairs
                    let u = f.utility(.recipient, c, p), h = f.utility(.host, c, p)
                    let lo = firstPosition(comps) { f.utility(.recipient, recipientOrder[$0], p) >= u }
                    let hi = firstPosition(comps) { f.utility(.recipient, recipientOrder[$0], p) > u }
                    for i in lo..<hi {
                        let b = recipientOrder[i]
                        if !onFront[b] && f.utility(.host, b, p) == h { extra.insert(b * pairs + p) }
                    }
                }
            }
            kept += extra
            let us = kept.map { f.utilities(ofRow: $0).recipient }
            return kept.indices.sorted { us[$0] != us[$1] ? us[$0] < us[$1] : kept[$0] < kept[$1] }.map { kept[$0] }
        } catch {
            // Utilities were checked finite; anything else is a programmer error.
            preconditionFailure("factored frontier: \(error)")
        }
    }

    /// The admissible pairs that can hold a frontier row. A pair's rows are all weakly below its
    /// **ideal point** (the recipient's utility of the composition of greatest recipient value,
    /// the host's of the composition of greatest host value, since both utilities are
    /// non-decreasing in value); when an actual row of another pair dominates that point, it
    /// dominates every row of the pair. The rows tested against are each pair's two extreme
    /// rows (those two compositions); it is enough to test against their frontier.
    /// - Complexity: O(P log P) for P pairs.
    func livePairs(front: [Int]) throws -> [Int] {
        let f = factors, pairs = f.pairCount
        guard let r = recipientOrder.last, let h = hostOrder.last else { return [] }
        let admitted = (0..<pairs).filter { f.admits($0) }
        guard admitted.count > 1 else { return admitted }
        var flat = [Double](repeating: 0, count: 4 * admitted.count)
        for (i, p) in admitted.enumerated() {
            flat[4 * i] = f.utility(.recipient, r, p); flat[4 * i + 1] = f.utility(.host, r, p)
            flat[4 * i + 2] = f.utility(.recipient, h, p); flat[4 * i + 3] = f.utility(.host, h, p)
        }
        let stairs = Staircase(try nonDominatedIndices(try PointSet(dimensions: 2, values: flat), senses: [.maximize, .maximize])
            .map { (flat[2 * $0], flat[2 * $0 + 1]) })
        return admitted.filter { p in !stairs.dominates(f.utility(.recipient, r, p), f.utility(.host, h, p)) }
    }

    /// Compositions per block between sampled ones in ``frontierRows()``.
    static let blockLength = 8

    /// The rows both sides strictly prefer to no deal (admissible ones): how many, and the least
    /// and greatest first-year total among them.
    func zone(totals: [Double], termCount: Int) -> (count: Int, lowest: Double, highest: Double) {
        let f = factors, comps = f.compositionCount, d = f.disagreement
        var queries: [(recipient: Int, host: Int, pair: Int)] = []
        for p in 0..<f.pairCount where f.admits(p) {
            let ir = firstPosition(comps) { f.utility(.recipient, recipientOrder[$0], p) > d.recipient }
            let ih = firstPosition(comps) { f.utility(.host, hostOrder[$0], p) > d.host }
            if ir < comps && ih < comps { queries.append((ir, ih, p)) }
        }
        queries.sort { $0.recipient > $1.recipient }
        // Fenwick tree over host positions of the compositions inserted so far (those at or
        // after the query's recipient position).
        var tree = [Int](repeating: 0, count: comps + 1)
        var inserted = 0, next = comps - 1
        var count = 0, lowest = Double.infinity, highest = -Double.infinity
        for q in queries {
            while next >= q.recipient {
                var i = hostRank[recipientOrder[next]] + 1
                while i <= comps { tree[i] += 1; i += i & -i }
                inserted += 1; next -= 1
            }
            var below = 0, i = q.host
            while i > 0 { below += tree[i]; i -= i & -i }
            let n = inserted - below
            if n > 0 {
                count += n
                let t = totals[q.pair / termCount]
                lowest = min(lowest, t); highest = max(highest, t)
            }
        }
        return (count, lowest, highest)
    }

    /// Per (composition, term) combination, the highest total index the host accepts (base
    /// utility at least its no-deal utility; −1 for none) and the lowest the recipient accepts
    /// (`totals` for none), over admissible rows: what ``ReservationSearch/brackets(_:admissible:accepts:)``
    /// reads row by row.
    func brackets(totalCount: Int, termCount: Int) -> (hostMax: [Int], usMin: [Int]) {
        let f = factors, comps = f.compositionCount, d = f.disagreement
        var hostMax = [Int](repeating: -1, count: comps * termCount)
        var usMin = [Int](repeating: totalCount, count: comps * termCount)
        var best = [Int](repeating: -1, count: comps), least = [Int](repeating: totalCount, count: comps)
        for j in 0..<termCount {
            for r in 0..<comps { best[r] = -1; least[r] = totalCount }
            for k in 0..<totalCount {
                let p = k * termCount + j
                guard f.admits(p) else { continue }
                let h = firstPosition(comps) { f.base(.host, hostOrder[$0], p) >= d.host }
                if h < comps { best[h] = max(best[h], k) }
                let u = firstPosition(comps) { f.base(.recipient, recipientOrder[$0], p) >= d.recipient }
                if u < comps { least[u] = min(least[u], k) }
            }
            for r in 1..<max(comps, 1) { best[r] = max(best[r], best[r - 1]); least[r] = min(least[r], least[r - 1]) }
            for c in 0..<comps {
                hostMax[c * termCount + j] = best[hostRank[c]]
                usMin[c * termCount + j] = least[recipientRank[c]]
            }
        }
        return (hostMax, usMin)
    }
}

/// The non-dominated points of a set (both coordinates maximized), to ask whether a point is
/// dominated by one of the set: O(log n) per question.
struct Staircase {
    /// By decreasing x, so increasing y (points of equal y on a frontier are equal).
    private let points: [(x: Double, y: Double)]

    /// - Parameter frontier: Mutually non-dominated points, in any order.
    init(_ frontier: [(Double, Double)]) {
        points = frontier.map { (x: $0.0, y: $0.1) }.sorted { $0.x != $1.x ? $0.x > $1.x : $0.y < $1.y }
    }

    /// Whether a point of the staircase is at least as good as (x, y) in both and better in one.
    func dominates(_ x: Double, _ y: Double) -> Bool {
        // The points with at least x are a prefix; its last has the greatest y among them.
        var lo = 0, hi = points.count
        while lo < hi { let mid = (lo + hi) / 2; if points[mid].x >= x { lo = mid + 1 } else { hi = mid } }
        guard lo > 0 else { return false }
        let q = points[lo - 1]
        return DominanceKernel.dominates(dimensions: 2) { j in
            j == 0 ? DominanceKernel.order(q.x, x) : DominanceKernel.order(q.y, y)
        }
    }
}
