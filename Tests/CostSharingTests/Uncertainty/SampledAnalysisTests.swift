import Testing
@testable import CostSharing

@Suite struct SampledAnalysisTests {
    @Test(arguments: [(UInt64(1), 7, 3), (UInt64(2), 1, 1), (UInt64(3), 50, 4)])
    func latinHypercubeHoldsOnePointPerStratum(seed: UInt64, count: Int, dimensions: Int) {
        let design = latinHypercube(count: count, dimensions: dimensions, seed: seed)
        #expect(design.count == count)
        for i in 0..<dimensions {
            #expect(design.map { Int($0[i] * Double(count)) }.sorted() == Array(0..<count))
            #expect(design.allSatisfy { $0[i] >= 0 && $0[i] < 1 })
        }
        #expect(latinHypercube(count: count, dimensions: dimensions, seed: seed) == design)
    }

    @Test func percentilesInterpolateBetweenOrderStatistics() {
        #expect(SampledAnalysis.percentile([1, 2, 3, 4], 0.5) == 2.5)
        #expect(SampledAnalysis.percentile([1, 2, 3, 4], 0) == 1 && SampledAnalysis.percentile([1, 2, 3, 4], 1) == 4)
        #expect(abs(SampledAnalysis.percentile([10, 20, 30, 40, 50], 0.05) - 12) < 1e-12)
        #expect(SampledAnalysis.percentile([7], 0.95) == 7)
    }

    @Test func zeroWidthDistributionsGiveExactlyTheSingleAnalysis() throws {
        var s = TestScenarios.tiny(extra: .penalized)
        s.uncertainty = ["recipient.headlineWeight": .uniform(low: 1, high: 1),
                         "noDeal.consequences[0].hostCostPerYear": .triangular(low: 0.4, mode: 0.4, high: 0.4)]
        let single = try CostSharingAnalysis(scenario: s)
        let sampled = try SampledAnalysis(scenario: s, count: 5, seed: 9)
        #expect(sampled.zoneProbability == (single.zone.count > 0 ? 1 : 0))
        if let nash = single.solutions.nash {
            let t = try #require(sampled.solutions["nash"]?.firstYearTotal)
            #expect(t.p5 == nash.package.firstYearTotal && t.p95 == nash.package.firstYearTotal)
            #expect(sampled.solutions["nash"]?.packages.first?.package == nash.package)
            #expect(sampled.solutions["nash"]?.rules == ["\(nash.package.escalation)": 1], "one rule in every draw")
            #expect(sampled.solutions["nash"]?.terms == [nash.package.duration: 1])
        }
        #expect(Set(sampled.robustFrontier.map(\.package)) == Set(single.frontier.map(\.package)))
        #expect(sampled.actualDominatedProbability == (single.actual!.dominatedBy > 0 ? 1 : 0))
    }

    @Test func theSameSeedGivesTheSameSummary() throws {
        var s = TestScenarios.tiny(extra: .penalized)
        s.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.2, high: 2),
                         "host.growthPenalty": .normal(mean: 10, sd: 5, minimum: 0, maximum: 30)]
        let a = try SampledAnalysis(scenario: s, count: 12, seed: 4)
        let b = try SampledAnalysis(scenario: s, count: 12, seed: 4)
        let c = try SampledAnalysis(scenario: s, count: 12, seed: 5)
        #expect(a.draws == b.draws && a.solutions == b.solutions && a.robustFrontier == b.robustFrontier)
        #expect(a.jsonReportText(s) == b.jsonReportText(s))
        #expect(a.draws != c.draws)
        #expect(a.draws.allSatisfy { $0[0] >= 0 && $0[0] <= 30 && $0[1] >= 0.2 && $0[1] <= 2 }, "paths in sorted order")
    }

    @Test func samplingNeedsAnUncertaintySectionAndASensibleCount() {
        let s = TestScenarios.tiny()
        #expect(throws: ScenarioError.self) { try SampledAnalysis(scenario: s, count: 3, seed: 1) }
        var t = s
        t.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.5, high: 1)]
        #expect(throws: ScenarioError.self) { try SampledAnalysis(scenario: t, count: 0, seed: 1) }
        #expect(throws: ScenarioError.self) { try SampledAnalysis(scenario: t, count: 3, seed: 1, robustThreshold: 1.5) }
    }
}

extension SampledAnalysis {
    func jsonReportText(_ s: Scenario) -> String {
        String(decoding: (try? jsonReport(analysis: try CostSharingAnalysis(scenario: s))) ?? .init(), as: UTF8.self)
    }
}
