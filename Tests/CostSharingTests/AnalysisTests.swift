import Foundation
import Testing
import Pareto
@testable import CostSharing

@Suite struct AnalysisTests {
    @Test func solutionsLieOnTheFrontierInsideTheZone() throws {
        let a = try CostSharingAnalysis(scenario: Preset.sma2021.scenario)
        #expect(a.zone.count > 0)
        let frontier = Set(a.frontierRows)
        for o in [a.nash, a.kalaiSmorodinsky, a.egalitarian, a.utilitarian] {
            let o = try #require(o)
            #expect(frontier.contains(try #require(o.candidate)))
            #expect(o.gains[0] >= 0 && o.gains[1] >= 0)
            #expect(o.package.firstYearTotal >= a.zone.minimumTotal! && o.package.firstYearTotal <= a.zone.maximumTotal!)
        }
        // Nash maximizes the product of gains among frontier packages.
        let nash = try #require(a.nash)
        let best = a.frontier.filter { $0.gains[0] >= 0 && $0.gains[1] >= 0 }.map { $0.gains[0] * $0.gains[1] }.max()!
        #expect(abs(nash.gains[0] * nash.gains[1] - best) < 1e-12)
    }

    @Test func zoneOfAgreementCountsPackagesBothPreferToNoDeal() throws {
        let a = try CostSharingAnalysis(scenario: TestScenarios.tiny(extra: .penalized))
        let d = a.disagreement
        let expected = (0..<a.candidateCount).filter { a.recipientUtilities[$0] > d[0] && a.hostUtilities[$0] > d[1] }
        #expect(a.zone.count == expected.count)
        if let lo = a.zone.minimumTotal {
            #expect(lo == expected.map { a.candidates.package(at: $0).firstYearTotal }.min())
        }
    }

    @Test func actualAgreementIsComparedWithTheFrontier() throws {
        let a = try CostSharingAnalysis(scenario: Preset.sma2024.scenario)
        let actual = try #require(a.actual)
        let u = actual.outcome.utilities
        let dominating = a.frontier.filter {
            $0.utilities[0] >= u[0] && $0.utilities[1] >= u[1] && ($0.utilities[0] > u[0] || $0.utilities[1] > u[1])
        }
        #expect(actual.dominatedBy == dominating.count)
        if let g = actual.bestImprovementGains { #expect(g[0] >= 0 && g[1] >= 0) }
        #expect(actual.totalGapToNash == a.nash.map { $0.package.firstYearTotal - 1519.2 })
    }

    @Test func emptyZoneGivesNoSolutions() throws {
        var s = TestScenarios.tiny()
        s.noDeal.hostFriction = -50 // the host loves no deal
        let a = try CostSharingAnalysis(scenario: s)
        #expect(a.zone.count == 0 && a.zone.minimumTotal == nil)
        #expect(a.nash == nil && a.kalaiSmorodinsky == nil && a.egalitarian == nil && a.utilitarian == nil)
        #expect(a.textReport().contains("EMPTY"))
    }

    @Test func noFeasiblePackageIsAnError() {
        var s = TestScenarios.tiny()
        s.constraints.minimumIncrease = 0.9
        s.constraints.maximumIncrease = 0.95
        #expect(throws: ScenarioError.self) { try CostSharingAnalysis(scenario: s) }
    }

    @Test func everyPresetAnalysesWithoutError() throws {
        for preset in Preset.all where preset.name != Preset.defaultName {
            let a = try CostSharingAnalysis(scenario: preset.scenario)
            #expect(a.frontier.count > 0, "\(preset.name)")
            #expect(a.actual != nil, "\(preset.name)")
        }
    }
}
