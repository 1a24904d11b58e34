import Foundation
import Testing
import Pareto
@testable import CostSharing

@Suite struct UtilityModelTests {
    @Test func utilitiesOfAHandComputedPackage() throws {
        let scenario = TestScenarios.tiny()
        let model = UtilityModel(scenario: scenario)
        // T = 110, in kind 0.3 (labor 60% cash; construction 40%: 10 cash + 30 in kind per 100),
        // two years, CPI capped at 4% (CPI 2% → +2%), no discount: φ = 2.02, annual factor 1.01.
        let p = Package(firstYearTotal: 110, inKindShare: 0.3, extraShare: 0, extraSplit: [], duration: 2, escalation: .cpi(cap: 0.04))
        let u = try #require(model.utilities(of: p))
        let laborCash = 0.6 * 110 * 1.01, consCash = 0.1 * 110 * 1.01, consKind = 0.3 * 110 * 1.01
        let a = 110 * 1.01 / 100
        // US: θ-valued money, one extra year at −0.1, bounded rule −0.05, curvature 0.2,
        // headline: +10% against a +30% demand, loss aversion 2.
        let us = (laborCash + consCash + 0.8 * consKind) / 100 - 0.1 - 0.05 - 0.5 * 0.2 * a * a + 2 * (0.1 - 0.3)
        // Korea: net cost (1 − σ), +0.1 per extra year, +0.05 bounded, curvature 0.1,
        // growth 10·(0.10 − 0.05)² (CPI 2% = benchmark: no later excess), ratification 0.5·ln P.
        let p10 = 1 / (1 + exp(10 * (0.1 - 0.2)))
        let kr = -(0.5 * laborCash + consCash + 0.6 * consKind) / 100 + 0.1 + 0.05 - 0.5 * 0.1 * a * a
            - 10 * 0.05 * 0.05 + 0.5 * log(p10)
        #expect(abs(u[0] - us) < 1e-12)
        #expect(abs(u[1] - kr) < 1e-12)
    }

    @Test func disagreementValuesTheNoDealPaymentsAndFriction() {
        // 50 of labor cash: US 50/100 − 0.2; Korea −(1 − 0.5)·50/100 − 0.4.
        let d = UtilityModel(scenario: TestScenarios.tiny()).disagreement
        #expect(abs(d[0] - 0.3) < 1e-12)
        #expect(abs(d[1] + 0.65) < 1e-12)
    }

    @Test func anchoredDisagreementIsTheAnchorPackagesUtility() throws {
        var s = TestScenarios.tiny()
        let anchor = Package(firstYearTotal: 105, inKindShare: 0.3, extraShare: 0, extraSplit: [], duration: 4, escalation: .fixed(0))
        s.noDeal.hostIndifferentTo = anchor
        let model = UtilityModel(scenario: s)
        #expect(model.disagreement[1] == model.utilities(of: anchor)![1])
        #expect(abs(model.disagreement[0] - 0.3) < 1e-12)
    }

    @Test func matrixProductAgreesWithOnePackageAtATime() throws {
        let scenario = TestScenarios.tiny(extra: .penalized)
        let candidates = CandidateSet(scenario: scenario)
        let model = UtilityModel(scenario: scenario)
        let all = try model.utilities(of: candidates.features)
        #expect(model.weights.rows == candidates.layout.count && model.weights.columns == 2)
        for row in stride(from: 0, to: candidates.count, by: 37) {
            let u = try #require(model.utilities(of: candidates.package(at: row)))
            #expect(abs(u[0] - all.recipient[row]) < 1e-9)
            #expect(abs(u[1] - all.host[row]) < 1e-9)
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5])
    func recipientGainsAndHostLosesAsTheTotalRises(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let scenario = Preset.sma2020.scenario
        let model = UtilityModel(scenario: scenario)
        let grid = scenario.grid
        var checked = 0
        while checked < 40 {
            let p = Package(firstYearTotal: grid.totals.values.randomElement(using: &rng)!,
                            inKindShare: grid.inKindShares.randomElement(using: &rng)!,
                            extraShare: grid.extraShares.randomElement(using: &rng)!,
                            extraSplit: grid.extraSplits.randomElement(using: &rng)!,
                            duration: grid.durations.randomElement(using: &rng)!,
                            escalation: grid.escalations.randomElement(using: &rng)!)
            guard let low = model.utilities(of: p) else { continue }
            var q = p
            q.firstYearTotal += 25
            let high = try #require(model.utilities(of: q))
            #expect(high[0] > low[0], "US utility must rise with the total: \(p)")
            #expect(high[1] < low[1], "Korea's utility must fall with the total: \(p)")
            checked += 1
        }
    }

    @Test func ratificationProbabilityFallsWithTheIncrease() {
        let r = Ratification(midpointIncrease: 0.2, slope: 15, weight: 0.5)
        #expect(abs(r.probability(increase: 0.2) - 0.5) < 1e-12)
        #expect(r.probability(increase: 0) > r.probability(increase: 0.1))
        #expect(abs(r.utility(increase: 0.1) - 0.5 * log(r.probability(increase: 0.1))) < 1e-12)
        #expect(r.utility(increase: 50).isFinite)
    }
}
