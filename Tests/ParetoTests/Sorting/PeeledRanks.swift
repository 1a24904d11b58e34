@testable import Pareto

/// Ranks by repeatedly peeling the brute-force frontier off the remaining points: the reference
/// every sort is checked against.
func peeledRanks(_ points: PointSet, senses: [ObjectiveSense]?) throws -> [Int] {
    var ranks = [Int](repeating: -1, count: points.count)
    var remaining = Array(0..<points.count)
    var rank = 0
    while !remaining.isEmpty {
        let front = try bruteForceNonDominatedIndices(points.subset(remaining), senses: senses)
        for position in front { ranks[remaining[position]] = rank }
        let taken = Set(front)
        remaining = remaining.indices.filter { !taken.contains($0) }.map { remaining[$0] }
        rank += 1
    }
    return ranks
}
