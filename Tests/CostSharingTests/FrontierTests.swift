import Testing
import Pareto
@testable import CostSharing

@Suite struct FrontierTests {
    /// A tiny scenario with preferences drawn from `seed`.
    static func randomScenario(seed: UInt64) -> Scenario {
        var rng = SplitMix64(seed: seed)
        func u(_ r: ClosedRange<Double>) -> Double { Double.random(in: r, using: &rng) }
        var s = TestScenarios.tiny(extra: .penalized)
        s.recipient.diminishingValue = u(0...0.5)
        s.recipient.demandIncrease = u(0...0.5)
        s.recipient.renegotiationCost = u(-0.2...0.2)
        s.host.renegotiationCost = u(-0.2...0.2)
        s.host.growthPenalty = u(0...30)
        s.host.extraCategoryPenalty = u(0...1)
        s.recipient.moneyValue["construction"]!.inKind = u(0.5...1)
        s.host.retainedValue["rotation"]!.inKind = u(0...1)
        s.noDeal.consequences[0].hostCostPerYear = u(-0.2...0.8)
        if seed % 2 == 0 { s.host.ratification.form = .winSet(minimumProbability: u(0.2...0.7)) }
        return s
    }

    @Test(arguments: Array(UInt64(1)...8))
    func frontierEqualsBruteForceOnSmallGrids(seed: UInt64) throws {
        let s = Self.randomScenario(seed: seed)
        let a = try CostSharingAnalysis(scenario: s)
        // Brute force over the admissible rows (all rows in the expected-utility form).
        let limit = s.host.ratification.largestAdmissibleIncrease
        let rows = (0..<a.candidateCount).filter { row in
            limit.map { a.candidates.features[row, a.candidates.layout.termIncrease] <= $0 } ?? true
        }
        #expect(rows.count == a.admissibleCount)
        let points = try PointSet(rows: rows.map { [a.utilities.recipient[$0], a.utilities.host[$0]] })
        let brute = try bruteForceNonDominatedIndices(points).map { rows[$0] }
        #expect(Set(a.frontierRows) == Set(brute))
        #expect(a.frontierRows.count == brute.count)
        for (x, y) in zip(a.frontierRows, a.frontierRows.dropFirst()) {
            #expect(a.utilities.recipient[x] <= a.utilities.recipient[y])
        }
    }
}
