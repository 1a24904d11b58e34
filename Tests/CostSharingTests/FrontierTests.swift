import Testing
import Pareto
@testable import CostSharing

@Suite struct FrontierTests {
    /// A tiny scenario with preferences drawn from `seed`.
    func randomScenario(seed: UInt64) -> Scenario {
        var rng = SplitMix64(seed: seed)
        func u(_ r: ClosedRange<Double>) -> Double { Double.random(in: r, using: &rng) }
        var s = TestScenarios.tiny(extra: .penalized)
        s.recipient.diminishingValue = u(0...0.5)
        s.recipient.demandIncrease = u(0...0.5)
        s.recipient.durationPreference = u(-0.2...0.2)
        s.host.durationPreference = u(-0.2...0.2)
        s.host.growthPenalty = u(0...30)
        s.host.extraCategoryPenalty = u(0...1)
        s.recipient.moneyValue["construction"]!.inKind = u(0.5...1)
        s.host.retainedValue["rotation"]!.inKind = u(0...1)
        return s
    }

    @Test(arguments: Array(UInt64(1)...8))
    func frontierEqualsBruteForceOnSmallGrids(seed: UInt64) throws {
        let a = try CostSharingAnalysis(scenario: randomScenario(seed: seed))
        let points = try PointSet(rows: (0..<a.candidateCount).map { [a.recipientUtilities[$0], a.hostUtilities[$0]] })
        let brute = try bruteForceNonDominatedIndices(points)
        #expect(Set(a.frontierRows) == Set(brute))
        #expect(a.frontierRows.count == brute.count)
        // Sorted by recipient utility, and no reported package dominated by any candidate.
        for (x, y) in zip(a.frontierRows, a.frontierRows.dropFirst()) {
            #expect(a.recipientUtilities[x] <= a.recipientUtilities[y])
        }
    }
}
