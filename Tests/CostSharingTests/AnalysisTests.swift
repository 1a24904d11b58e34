import Foundation
import Testing
import Pareto
@testable import CostSharing

@Suite struct AnalysisTests {
    @Test func solutionsLieOnTheFrontierInsideTheZone() throws {
        let a = try CostSharingAnalysis(scenario: Preset.sma2021.scenario)
        #expect(a.zone.count > 0)
        let frontier = Set(a.frontierRows)
        for (id, _, o) in a.solutions.all {
            let o = try #require(o, "\(id)")
            #expect(frontier.contains(try #require(o.candidate)))
            #expect(o.gains.recipient > 0 && o.gains.host > 0)
            #expect(o.package.firstYearTotal >= a.zone.minimumTotal! && o.package.firstYearTotal <= a.zone.maximumTotal!)
        }
        // Nash maximizes the product of gains among frontier packages.
        let nash = try #require(a.solutions.nash)
        let best = a.frontier.filter { $0.gains.recipient >= 0 && $0.gains.host >= 0 }
            .map { $0.gains.recipient * $0.gains.host }.max()!
        #expect(abs(nash.gains.recipient * nash.gains.host - best) < 1e-12)
    }

    @Test func zoneOfAgreementCountsPackagesBothPreferToNoDeal() throws {
        let a = try CostSharingAnalysis(scenario: TestScenarios.tiny(extra: .penalized))
        let d = a.disagreement
        let expected = (0..<a.candidateCount).filter { a.utilities.recipient[$0] > d.recipient && a.utilities.host[$0] > d.host }
        #expect(a.zone.count == expected.count)
        if let lo = a.zone.minimumTotal {
            #expect(lo == expected.map { a.candidates.package(at: $0).firstYearTotal }.min())
        }
    }

    /// The reservation total by brute force: every combination of the grid, the total scanned
    /// in fine steps over the search range.
    func bruteForceReservations(_ a: CostSharingAnalysis) -> PartyPair<Double?> {
        let s = a.candidates.scenario
        let model = UtilityModel(scenario: s)
        var host: Double?, recipient: Double?
        let step = s.previousTotal / 2000
        // One row per (composition, term): the rows of the first total.
        for row in 0..<a.candidates.count where a.candidates.totalIndex(ofRow: row) == 0 {
            var p = a.candidates.package(at: row)
            var t = s.previousTotal / 10
            while t <= s.previousTotal * 10 {
                p.firstYearTotal = t
                let u = model.baseUtilities(of: p)!
                if u.host >= model.disagreement.host { host = max(host ?? t, t) }
                if u.recipient >= model.disagreement.recipient { recipient = min(recipient ?? t, t) }
                t += step
            }
        }
        return PartyPair(recipient: recipient, host: host)
    }

    @Test(arguments: Array(UInt64(1)...6))
    func reservationTotalsAgreeWithAFineScan(seed: UInt64) throws {
        let s = FrontierTests.randomScenario(seed: seed * 7)
        var expectedForm = s
        expectedForm.host.ratification.form = .expectedUtility   // the scan ignores the win-set
        let a = try CostSharingAnalysis(scenario: expectedForm)
        let brute = bruteForceReservations(a)
        let step = s.previousTotal / 2000
        if let h = brute.host {
            let found = try #require(a.zone.reservationTotals.host)
            #expect(abs(found.total - h) <= step + 1e-6, "host: \(found.total) vs scan \(h)")
        } else {
            #expect(a.zone.reservationTotals.host == nil)
        }
        if let r = brute.recipient {
            let found = try #require(a.zone.reservationTotals.recipient)
            #expect(abs(found.total - r) <= step + 1e-6, "recipient: \(found.total) vs scan \(r)")
        } else {
            #expect(a.zone.reservationTotals.recipient == nil)
        }
    }

    @Test(arguments: [0.8, 1.5, 3.0])
    func reservationTotalsAgreeWithAFineScanWhenTheRecipientsUtilityPeaks(curvature: Double) throws {
        // A strong curvature makes the recipient's utility rise and then fall within the range:
        // it accepts an interval of totals, and its reservation is the interval's lower end.
        var s = TestScenarios.tiny()
        s.recipient.diminishingValue = curvature
        let a = try CostSharingAnalysis(scenario: s)
        let brute = bruteForceReservations(a)
        let step = s.previousTotal / 2000
        if let r = brute.recipient {
            let found = try #require(a.zone.reservationTotals.recipient)
            #expect(abs(found.total - r) <= step + 1e-6, "recipient: \(found.total) vs scan \(r)")
        } else {
            #expect(a.zone.reservationTotals.recipient == nil)
        }
        if let h = brute.host { #expect(abs(try #require(a.zone.reservationTotals.host).total - h) <= step + 1e-6) }
    }

    @Test func reservationTotalsAndSolutionsDoNotDependOnTheGridsEdge() throws {
        // Before the second edition they moved with grid.totals.from.
        let base = Preset.sma2024.scenario
        var narrower = base
        narrower.grid.totals.from = 1500
        var wider = base
        wider.grid.totals.from = 1000
        let results = try [base, narrower, wider].map { try CostSharingAnalysis(scenario: $0) }
        for a in results.dropFirst() {
            let r0 = results[0].zone.reservationTotals, r = a.zone.reservationTotals
            #expect(abs((r.host?.total ?? -1) - (r0.host?.total ?? -1)) < 1e-6)
            #expect(abs((r.recipient?.total ?? -1) - (r0.recipient?.total ?? -1)) < 1e-6)
            #expect(a.solutions.nash?.package == results[0].solutions.nash?.package)
            #expect(a.solutions.kalaiSmorodinsky?.package == results[0].solutions.kalaiSmorodinsky?.package)
            #expect(a.solutions.egalitarian?.package == results[0].solutions.egalitarian?.package)
        }
        for a in results {
            #expect(a.solutions.nash?.atGridEdge == false)
            #expect(!a.zone.atGridEdge)
        }
    }

    @Test func aGridThatCannotBeWidenedIsFlagged() throws {
        var s = Preset.sma2024.scenario
        s.grid.totals.from = 1500
        s.grid.maximumSize = s.grid.size   // no room to widen
        let a = try CostSharingAnalysis(scenario: s)
        #expect(a.gridWidening == nil)
        #expect(a.zone.atGridEdge)
        #expect(a.warnings.contains { $0.path == "grid.totals" })
        #expect(a.textReport().contains("edge"))
    }

    @Test func winSetExcludesPackagesTheAssemblyWouldReject() throws {
        var s = TestScenarios.tiny()
        s.host.ratification.form = .winSet(minimumProbability: 0.5)
        let a = try CostSharingAnalysis(scenario: s)
        #expect(a.admissibleCount < a.candidateCount)
        for o in a.frontier { #expect(o.ratificationProbability >= 0.5 - 1e-12) }
        if let h = a.zone.reservationTotals.host {
            #expect(try #require(UtilityModel(scenario: s).ratificationProbability(of: h.package)) >= 0.5 - 1e-9)
        }
        s.host.ratification.form = .winSet(minimumProbability: 0.999)
        #expect(throws: ScenarioError.self) { try CostSharingAnalysis(scenario: s) }
    }

    @Test func actualAgreementIsComparedWithTheFrontier() throws {
        let a = try CostSharingAnalysis(scenario: Preset.sma2024.scenario)
        let actual = try #require(a.actual)
        let u = actual.outcome.utilities
        let dominating = a.frontier.filter {
            $0.utilities.recipient >= u.recipient && $0.utilities.host >= u.host
                && ($0.utilities.recipient > u.recipient || $0.utilities.host > u.host)
        }
        #expect(actual.dominatedBy == dominating.count)
        if let g = actual.bestImprovementGains { #expect(g.recipient >= 0 && g.host >= 0) }
        #expect(actual.totalGapToNash == a.solutions.nash.map { $0.package.firstYearTotal - 1519.2 })
        #expect(actual.belowNoDeal == PartyPair(recipient: u.recipient < a.disagreement.recipient, host: u.host < a.disagreement.host))
    }

    @Test func emptyZoneGivesNoSolutions() throws {
        var s = TestScenarios.tiny()
        s.noDeal.consequences[0].hostCostPerYear = -50 // the host loves no deal
        let a = try CostSharingAnalysis(scenario: s)
        #expect(a.zone.count == 0 && a.zone.minimumTotal == nil)
        #expect(a.solutions == BargainingSolutions())
        #expect(a.textReport().contains("EMPTY"))
    }

    @Test func oneYearDealsAreNotSeparatedByEscalationLabels() throws {
        // In the first edition, 1,260 of sma-2020's 1,412 frontier packages were one-year deals,
        // many the same payments under different labels.
        for name in ["sma-2019", "sma-2020"] {
            let a = try CostSharingAnalysis(scenario: try Preset.named(name).scenario)
            let oneYear = a.frontier.filter { $0.package.duration == 1 }
            #expect(oneYear.allSatisfy { $0.package.escalation == .none }, "\(name)")
            #expect(Set(oneYear.map(\.package)).count == oneYear.count, "\(name)")
            if let best = a.actual?.bestImprovement, best.package.duration == 1 {
                #expect(best.package.escalation == .none)
            }
        }
    }

    @Test func everyPresetAnalysesWithoutError() throws {
        for preset in Preset.all where preset.name != Preset.defaultName {
            let a = try CostSharingAnalysis(scenario: preset.scenario)
            #expect(a.frontier.count > 0, "\(preset.name)")
            // Every preset but the hypothetical sma-2026 records its agreement.
            #expect((a.actual != nil) == (preset.scenario.actual != nil), "\(preset.name)")
            #expect((preset.scenario.actual == nil) == (preset.name == "sma-2026"), "\(preset.name)")
            #expect(a.zone.reservationTotals.host != nil && a.zone.reservationTotals.recipient != nil, "\(preset.name)")
        }
    }

    @Test func theEleventhSMARunsFiveYearsAtItsNewLevel() throws {
        for name in ["sma-2020", "sma-2021"] {
            let s = try Preset.named(name).scenario
            let actual = try #require(s.actual).package
            #expect(actual.duration == 5)
            let o = try #require(PackageOutcome(package: actual, candidate: nil, utilities: PartyPair(recipient: 0, host: 0),
                                                disagreement: PartyPair(recipient: 0, host: 0), scenario: s))
            // 2025 = 1,402.8B won [9]; the derived growth rates reproduce it within rounding.
            #expect(abs(o.annualTotals.last! - 1402.8) < 1.5, "\(o.annualTotals)")
            #expect(abs(o.amounts[0].cash / 1183.3 - KoreaCommon.laborShare2021) < 1e-9)
        }
        let c = try CandidateSet(scenario: Preset.sma2021.scenario)
        #expect((0..<c.count).contains { c.package(at: $0).coreShares.first.map { abs($0 - KoreaCommon.laborShare2021) < 1e-9 } ?? false })
    }

    @Test func aSteepRatificationCurveDoesNotMoveTheReservationTotals() throws {
        // P·(U − d) = 0 exactly where U = d: the Assembly's curve moves the zone's inside, not its
        // edges. With P all but 0 the expected utilities round to d; acceptance must not.
        let base = try CostSharingAnalysis(scenario: Preset.sma2024.scenario)
        var s = Preset.sma2024.scenario
        s.host.ratification = Ratification(midpointIncrease: 0, slope: 300)
        let steep = try CostSharingAnalysis(scenario: s)
        #expect(abs(try #require(steep.zone.reservationTotals.host).total - (try #require(base.zone.reservationTotals.host)).total) < 1e-6)
        #expect(abs(try #require(steep.zone.reservationTotals.recipient).total
                    - (try #require(base.zone.reservationTotals.recipient)).total) < 1e-6)
        var t = TestScenarios.tiny()
        t.host.ratification = Ratification(midpointIncrease: -0.9, slope: 1000)
        t.constraints.minimumIncrease = -0.1   // no total the Assembly would pass
        let dead = try CostSharingAnalysis(scenario: t)
        #expect(dead.warnings.contains { $0.path == "host.ratification" })
        #expect(dead.zone.count == 0 ? dead.solutions == BargainingSolutions() : true)
    }

    @Test func rulesThatPayTheSameUnderTheForecastAreOnePackage() throws {
        // sma-2024's CPI path stays below 4%, so a 4% and a 5% CPI cap pay the same every year.
        let a = try CostSharingAnalysis(scenario: Preset.sma2024.scenario)
        let pairs = a.frontier.map { [$0.utilities.recipient, $0.utilities.host] }
        #expect(Set(pairs).count == pairs.count, "no two frontier packages with the same utilities")
        #expect(a.frontier.contains { $0.equivalentEscalations == [.cpi(cap: 0.05)] })
        #expect(a.frontier.allSatisfy { $0.package.escalation != .cpi(cap: 0.05) })
    }

    @Test func anEndHeldByAHardConstraintIsNotAGridEdge() throws {
        var s = Preset.sma2024.scenario
        s.constraints.minimumIncrease = 0
        s.grid.totals.from = 1402.8
        let a = try CostSharingAnalysis(scenario: s)
        #expect((a.gridWidening?.analysed.from ?? 1402.8) == 1402.8)
        #expect(!a.warnings.contains { $0.path == "grid.totals" })
        #expect(a.solutions.all.allSatisfy { $0.outcome?.atGridEdge != true })
    }

    @Test func repeatedGridValuesCountOnce() throws {
        var s = TestScenarios.tiny()
        let once = try CandidateSet(scenario: s).count
        s.grid.durations += s.grid.durations
        s.grid.inKindShares += s.grid.inKindShares
        s.grid.escalations += s.grid.escalations
        #expect(try CandidateSet(scenario: s).count == once)
    }
}
