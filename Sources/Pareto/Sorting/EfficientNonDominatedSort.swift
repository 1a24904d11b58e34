/// The efficient non-dominated sort with sequential search, ENS-SS (Zhang, Tian, Cheng & Jin
/// 2015, "An Efficient Approach to Nondominated Sorting for Evolutionary Multiobjective
/// Optimization", IEEE TEC 19(2)): the algorithm ``nonDominatedRanks(_:senses:)`` used for three
/// or more objectives before the sweep and the divide and conquer. Kept as an independent
/// reference for the tests of large inputs, where peeling brute-force frontiers is too slow.
///
/// After a lexicographic descending sort, a later point never dominates an earlier one, and an
/// earlier point that differs from `q` dominates it exactly when it is at least as large in every
/// objective. Each point goes to the first front none of whose members dominates it, members
/// checked from the most recently added; runs of equal points are ranked once.
///
/// - Complexity: O(n log n · d) to sort plus O(d · n²) comparisons in the worst case (all points
///   mutually non-dominated).
func efficientNonDominatedSortRanks(_ points: PointSet, senses: [ObjectiveSense]) -> [Int] {
    let n = points.count, d = points.dimensions
    if n == 0 { return [] }
    return points.withOrientedPoints(signs: senses.map(\.sign)) { view in
        let order = (0..<n).sorted { a, b in
            for j in 0..<d {
                let x = view.value(a, j), y = view.value(b, j)
                if x != y { return x > y }
            }
            return false
        }
        var ranks = [Int](repeating: 0, count: n)
        var fronts: [[Int]] = []
        var previous = -1
        for q in order {
            if previous >= 0 && view.weaklyDominates(previous, q) && view.weaklyDominates(q, previous) {
                ranks[q] = ranks[previous]
                continue
            }
            previous = q
            var k = 0
            while k < fronts.count {
                var dominated = false
                for member in fronts[k].reversed() where view.weaklyDominates(member, q) {
                    dominated = true
                    break
                }
                if !dominated { break }
                k += 1
            }
            if k == fronts.count { fronts.append([q]) } else { fronts[k].append(q) }
            ranks[q] = k
        }
        return ranks
    }
}
