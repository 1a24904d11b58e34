import Foundation
import Testing
import Pareto
@testable import CostSharing

@Suite struct StrategyTests {
    func scenario(_ extra: Constraints.ExtraCategories = .penalized) -> Scenario {
        var s = TestScenarios.tiny(extra: extra)
        s.bargaining = BargainingProtocol(delayCostPerYear: PartyPair(recipient: 0.8, host: 0.3), periodMonths: 1,
                                          breakdownPerPeriod: 0.01, firstProposer: .recipient, reopenProbabilityPerYear: 0.2,
                                          horizonYears: 8, winSetProbabilities: [0.5, 0.9], electionYearMidpointShift: -0.05)
        return s
    }

    /// As the period shrinks, the agreement's exact gains tend to the asymmetric Nash point of the
    /// zone's hull with α = the limit power; the nearest package is a frontier package in the zone.
    @Test func shortPeriodsGiveTheAsymmetricNashAgreement() throws {
        let s = scenario()
        let a = try CostSharingAnalysis(scenario: s)
        let (packages, problem) = try #require(a.zoneProblem())
        var b = try #require(s.bargaining)
        b.breakdownPerPeriod = 0
        var previous = Double.infinity
        var last: AlternatingOffersAgreement?
        for months in [6.0, 0.6, 0.06, 0.006] {
            b.periodMonths = months
            let agreement = try #require(AlternatingOffersAgreement(analysis: a, protocol: b))
            #expect(packages.contains(agreement.package))
            let other = b.firstProposer == .recipient ? agreement.offers.host : agreement.offers.recipient
            let gap = abs(agreement.package.gains.recipient - other.gains.recipient)
            #expect(gap <= previous + 1e-12, "the two offers close in as the period shrinks")
            previous = gap
            last = agreement
        }
        let alpha = 0.3 / (0.8 + 0.3)
        let agreement = try #require(last)
        #expect(abs(agreement.limitPower - alpha) < 1e-12)
        // The hull's asymmetric Nash maximiser is at least as good, in the weighted log product,
        // as every candidate, and the exact gains reach it to within the period's order.
        func score(_ g: PartyPair<Double>) -> Double { alpha * log(g.recipient) + (1 - alpha) * log(g.host) }
        let discrete = try #require(try problem.nash(bargainingPower: alpha))
        let best = PartyPair(recipient: discrete.gains[0], host: discrete.gains[1])
        #expect(score(agreement.exactGains) >= score(best) - 1e-4, "the limit point is the hull's weighted Nash point")
    }

    @Test func aMoreImpatientRecipientConcedesMore() throws {
        let s = scenario()
        let a = try CostSharingAnalysis(scenario: s)
        let sweep = PatienceSweep(analysis: a, protocol: try #require(s.bargaining))
        let us = sweep.rows.filter { $0.party == .recipient }.compactMap(\.agreement)
        #expect(us.count == PatienceSweep.factors.count)
        for (x, y) in zip(us, us.dropFirst()) {
            #expect(y.exactGains.host >= x.exactGains.host - 1e-12 && y.exactGains.recipient <= x.exactGains.recipient + 1e-12)
        }
        let kr = sweep.rows.filter { $0.party == .host }.compactMap(\.agreement)
        for (x, y) in zip(kr, kr.dropFirst()) { #expect(y.exactGains.host <= x.exactGains.host + 1e-12) }
        // The recipient (0.8) is less patient than the host (0.3): its impatience cannot hurt the
        // host (here the zone is too small for it to help; sma-2020's test sees it help).
        #expect((sweep.valueOfUSImpatience ?? -1) >= 0)
    }

    @Test func theBreakEvenProbabilityEqualisesWaitingAndAgreeing() throws {
        var s = Preset.sma2020.scenario
        s.uncertainty = [:]
        let a = try CostSharingAnalysis(scenario: s)
        let inputs = try #require(s.bargaining?.waiting)
        let w = try #require(try WaitingAnalysis(analysis: a, waiting: inputs))
        let host = w.sides.host
        let p = try #require(host.breakEvenProbability, "Korea gains from the Biden-era agreement, so waiting can pay")
        var at = try #require(s.bargaining?.waiting)
        at.probability = p
        let even = try #require(try WaitingAnalysis(analysis: a, waiting: at))
        #expect(abs(even.sides.host.wait - even.sides.host.agreeNow) < 1e-12)
        // By hand: w·d + (1 − w)·[P·u(L) + (1 − P)·u(N)].
        let share = min(1, 11.0 / 12 / Double(w.now.package.duration))
        #expect(abs(w.waitingShare - share) < 1e-15)
        let expected = share * a.disagreement.host + (1 - share) * (0.5 * host.later + 0.5 * host.agreeNow)
        #expect(abs(host.wait - expected) < 1e-12)
        #expect(w.later.utilities == UtilityModel(scenario: s).utilities(of: w.later.package))
        // A later state that is this scenario is refused; an unknown preset names the path.
        at.later = "sma-1999"
        #expect(throws: ScenarioError.self) { try WaitingAnalysis(analysis: a, waiting: at) }
    }

    @Test func termRowsAreTheTermRestrictedNashAgreements() throws {
        let s = scenario()
        let t = try TermAnalysis(scenario: s, horizonYears: 8, reopenProbabilityPerYear: 0.2)
        #expect(t.rows.map(\.duration) == [1, 2, 4])
        for r in t.rows {
            var only = s
            only.grid.durations = [r.duration]
            let nash = try CostSharingAnalysis(scenario: only).solutions.nash
            #expect(r.agreement == nash)
            let renewals = Double(8 / r.duration)
            #expect(abs(r.rounds - (renewals + 0.2 * (8 - renewals))) < 1e-12)
            if let g = r.gains, let n = nash {
                let c = s.recipient.renegotiationCost
                #expect(abs(g.recipient - (n.gains.recipient + c / Double(r.duration) - c * r.rounds / 8)) < 1e-12)
            }
        }
        // Without reopening and with renewals that fit the horizon, gains are the agreements' own.
        let plain = try TermAnalysis(scenario: s, horizonYears: 8, reopenProbabilityPerYear: 0)
        for r in plain.rows {
            #expect((r.gains == nil) == (r.agreement == nil))
            if let g = r.gains, let n = r.agreement { #expect(abs(g.recipient - n.gains.recipient) < 1e-12 && abs(g.host - n.gains.host) < 1e-12) }
        }
        #expect(plain.rows.contains { $0.gains != nil })
        #expect(t.preferred.recipient != nil && t.jointBest != nil)
    }

    @Test func winSetRowsRespectTheirConstraint() throws {
        let s = scenario()
        let w = try WinSetAnalysis(scenario: s, protocol: try #require(s.bargaining))
        #expect(w.rows.count == 6)   // (stated, 0.5, 0.9) × (normal, election year)
        for r in w.rows {
            if let p = r.minimumProbability, let n = r.nash { #expect(n.ratificationProbability >= p - 1e-12) }
            if r.minimumProbability != nil { #expect(r.largestIncrease != nil) }
        }
        // The election year lowers the largest admissible increase by the shift.
        let normal = w.rows.first { $0.minimumProbability == 0.9 && !$0.electionYear }!, election = w.rows.first { $0.minimumProbability == 0.9 && $0.electionYear }!
        #expect(abs((normal.largestIncrease! - election.largestIncrease!) - 0.05) < 1e-12)
    }

    @Test func bothWinMatchesABruteForceFilter() throws {
        for demand in [0.0, 0.1, 0.3, 0.6] {
            var s = scenario()
            s.recipient.demandIncrease = demand
            let a = try CostSharingAnalysis(scenario: s)
            let bw = BothWinAnalysis(analysis: a)
            var count = 0
            for o in a.frontier where o.gains.recipient > 0 && o.gains.host > 0 && o.ratificationProbability >= 0.5 {
                let path = s.forecast.path(duration: o.package.duration, rule: o.package.escalation)
                var justified = s.previousTotal * (1 + s.host.firstYearBenchmark)
                var fits = true
                for (t, level) in path.enumerated() {
                    if t > 0 { justified *= 1 + s.host.growthBenchmark.rate(year: t, forecast: s.forecast) }
                    if level * o.package.firstYearTotal > justified * (1 + 1e-12) { fits = false }
                }
                if fits && o.termIncrease >= demand - 1e-12 { count += 1 }
            }
            #expect(bw.count == count, "demand \(demand): \(bw.count) vs brute force \(count)")
            #expect(bw.winners.allSatisfy { $0.bothWin })
            #expect((bw.count == 0) == (bw.closest != nil) || a.zone.count == 0)
        }
    }

    @Test func theBargainingSectionRoundTripsAndIsChecked() throws {
        let s = scenario()
        let back = try Scenario.decode(from: try s.encodedJSON())
        #expect(back.bargaining == s.bargaining)
        var json = try #require(String(data: try s.encodedJSON(), encoding: .utf8))
        // Per-period factors stand in for rates: f = exp(−r·months/12).
        json = json.replacingOccurrences(of: "\"delayCostPerYear\" : {\n      \"host\" : 0.3,\n      \"recipient\" : 0.8\n    }",
                                         with: "\"periodFactors\" : {\"host\" : 0.99, \"recipient\" : 0.95}")
        let factors = try Scenario.decode(from: Data(json.utf8))
        let read = try #require(factors.bargaining)
        #expect(abs(read.periodFactors.host - 0.99) < 1e-12)
        for (edit, path) in [({ (s: inout Scenario) in s.bargaining!.breakdownPerPeriod = 1 }, "bargaining.breakdownPerPeriod"),
                             ({ (s: inout Scenario) in s.bargaining!.winSetProbabilities = [1.5] }, "bargaining.winSetProbabilities[0]"),
                             ({ (s: inout Scenario) in s.bargaining!.delayCostPerYear.host = -1 }, "bargaining.delayCostPerYear.host"),
                             ({ (s: inout Scenario) in s.bargaining!.waiting = .init(later: "tiny", probability: 0.5, months: 3, source: "x") }, "bargaining.waiting.later"),
                             ({ (s: inout Scenario) in s.linkedIssues = [LinkedIssue(name: "a", source: "", options: [.init(name: "x", value: PartyPair(recipient: 0, host: 0))])] }, "linkedIssues[0].source"),
                             ({ (s: inout Scenario) in s.linkedIssues = [LinkedIssue(name: "a", source: "s", options: [])] }, "linkedIssues[0].options")] {
            var bad = scenario()
            edit(&bad)
            #expect { try bad.validate() } throws: { ($0 as? ScenarioError)?.path == path }
        }
        let both = #"{"delayCostPerYear": {"recipient": 1, "host": 1}, "periodFactors": {"recipient": 0.9, "host": 0.9}}"#
        var text = try #require(String(data: try TestScenarios.tiny().encodedJSON(), encoding: .utf8))
        text = String(text.dropLast(2)) + ",\n\"bargaining\": \(both)\n}"
        #expect { try Scenario.decode(from: Data(text.utf8)) } throws: { ($0 as? ScenarioError)?.path == "bargaining" }
    }

    /// The strategy of the 2020 round: the structural checks a reader relies on.
    @Test func theStrategyOfSMA2020() throws {
        var s = Preset.sma2020.scenario
        s.uncertainty = [:]
        let a = try CostSharingAnalysis(scenario: s)
        let strategy = try StrategyAnalysis(analysis: a)
        let ao = try #require(strategy.alternatingOffers)
        #expect(ao.limitPower < 0.5, "the less patient United States has the smaller power")
        #expect((strategy.patience?.valueOfUSImpatience ?? 0) > 0, "its impatience is worth something to Korea")
        #expect(strategy.waiting != nil && strategy.terms != nil && strategy.winSets != nil)
        let svg = try #require(strategy.delayCostSVG(scenario: s, analysis: a))
        #expect(svg.hasPrefix("<svg") && svg.components(separatedBy: "class=\"delay-point\"").count - 1 == 2 * PatienceSweep.factors.count)
        #expect(try StrategyAnalysis(analysis: CostSharingAnalysis(scenario: TestScenarios.tiny())).delayCostSVG(scenario: TestScenarios.tiny(),
                                                                                                   analysis: CostSharingAnalysis(scenario: TestScenarios.tiny())) == nil)
        let text = strategy.textSection(scenario: s, analysis: a)
        #expect(text.contains("Alternating offers") && text.contains("break-even probability") && text.contains("Win-sets"))
    }

    /// Strategy inputs in the uncertainty section are not drawn (they do not move the analysis)
    /// and cannot be swept; the draws of the other paths are unchanged by their presence.
    @Test func strategyInputsStayOutOfTheSampledAnalysis() throws {
        var s = scenario()
        s.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.5, high: 1.5)]
        let plain = try SampledAnalysis(scenario: s, count: 20, seed: 3, threads: 1)
        s.uncertainty["bargaining.delayCostPerYear.recipient"] = .uniform(low: 0.4, high: 1.6)
        let withStrategy = try SampledAnalysis(scenario: s, count: 20, seed: 3, threads: 1)
        #expect(withStrategy.paths == ["recipient.headlineWeight"] && withStrategy.strategyPaths == ["bargaining.delayCostPerYear.recipient"])
        #expect(withStrategy.drawFigures == plain.drawFigures)
        #expect(withStrategy.textReport(scenario: s).contains("not drawn: bargaining.delayCostPerYear.recipient"))
        #expect(throws: ScenarioError.self) { try ParameterSweep(scenario: s, path: "bargaining.delayCostPerYear.host", values: [0.1, 0.2]) }
        s.uncertainty = ["bargaining.delayCostPerYear.recipient": .uniform(low: 0.4, high: 1.6)]
        #expect(throws: ScenarioError.self) { try SampledAnalysis(scenario: s, count: 5, seed: 1, threads: 1) }
    }

    @Test func theLinkagePlotDrawsBothFrontiers() throws {
        let a = try CostSharingAnalysis(scenario: Preset.sma2026.scenario)
        let strategy = try StrategyAnalysis(analysis: a)
        let l = try #require(strategy.linkage)
        let svg = l.linkageSVG(scenario: a.scenario)
        #expect(svg.hasPrefix("<svg") && svg.contains("class=\"frontier-without\"") && svg.contains("class=\"frontier-with\""))
        #expect(svg.contains("linkage opens a zone") == l.zoneOpens)
        // Both-win on the joint frontier counts only ratifiable packages with joint gains.
        #expect(strategy.bothWin.winners.allSatisfy { $0.package.ratificationProbability >= BothWinAnalysis.minimumRatification })
    }
}
