import Testing
@testable import Pareto

/// Dense ranks against ranks read off the standard library's sort.
@Suite struct DenseRanksTests {
    private func expectedRanks(_ values: [Double]) -> [Int32] {
        let distinct = Array(Set(values.map { $0 + 0.0 })).sorted()
        return values.map { v in Int32(distinct.firstIndex(of: v + 0.0)!) }
    }

    private func ranks(_ values: [Double]) -> (ranks: [Int32], visited: [Int]) {
        let ranker = DenseRanker(capacity: values.count)

        var out = [Int32](repeating: -1, count: values.count)
        var visited: [Int] = []
        ranker.rank(values.count, { values[$0] }) { k, rank in out[k] = rank; visited.append(k) }
        return (out, visited)
    }

    @Test func ranksMatchTheSortedDistinctValues() {
        var rng = SplitMix64(seed: 11)
        let columns: [[Double]] = [
            [],
            [3],
            [2, 2, 2],
            [0.0, -0.0, 1, -1, -0.0],
            [-.greatestFiniteMagnitude, .greatestFiniteMagnitude, 0, 1e-300, -1e300],
            [5e-324, 1e-323, 0, -5e-324, 5e-324],
            (0..<5000).map { _ in Double(Int.random(in: 0..<37, using: &rng)) / 8 },
            (0..<20000).map { _ in Double.random(in: -1...1, using: &rng) },
            (0..<3000).map { _ in 1 + Double(Int.random(in: 0..<100, using: &rng)) * Double.ulpOfOne },
            (0..<3000).map { _ in Double.random(in: 0...1, using: &rng) * 1e-310 },
        ]
        for values in columns {
            let (found, visited) = ranks(values)
            #expect(found == expectedRanks(values), "\(values.prefix(6))")
            // Every index once, in ascending order of the values.
            #expect(visited.sorted() == Array(0..<values.count))
            #expect(zip(visited, visited.dropFirst()).allSatisfy { values[$0] <= values[$1] })
        }
    }
}
