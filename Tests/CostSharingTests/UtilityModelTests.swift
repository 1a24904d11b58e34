import Foundation
import Testing
import Pareto
@testable import CostSharing

@Suite struct UtilityModelTests {
    /// T = 110, in kind 0.3 (labor 60% cash; construction 40%: 10 cash + 30 in kind per 100),
    /// two years, CPI capped at 4% (CPI 2% → +2%), no discount: φ = 2.02, annual factor 1.01,
    /// mean level 1.01, so the term increase is 110·1.01/100 − 1 = 0.111.
    let package = Package(firstYearTotal: 110, inKindShare: 0.3, duration: 2, escalation: .cpi(cap: 0.04))

    @Test func baseUtilitiesOfAHandComputedPackage() throws {
        let model = UtilityModel(scenario: TestScenarios.tiny())
        let u = try #require(model.baseUtilities(of: package))
        let laborCash = 0.6 * 110 * 1.01, consCash = 0.1 * 110 * 1.01, consKind = 0.3 * 110 * 1.01
        let a = 110 * 1.01 / 100, r = 0.111
        // US: θ-valued money, one round of talks over two years (0.1/2), bounded rule that can bind
        // −0.05, curvature 0.2, headline: +11.1% over the term against a +30% demand, loss aversion 2.
        let us = (laborCash + consCash + 0.8 * consKind) / 100 - 0.1 / 2 - 0.05 - 0.5 * 0.2 * a * a + 2 * (r - 0.3)
        // Korea: net cost (1 − σ), 0.2/2 for the round, +0.05 bounded, curvature 0.1, growth: both
        // years at 1.1/1.05 of the justifiable path (CPI 2% = the benchmark), mean excess² × 10.
        let e = 1.1 / 1.05 - 1
        let kr = -(0.5 * laborCash + consCash + 0.6 * consKind) / 100 - 0.2 / 2 + 0.05 - 0.5 * 0.1 * a * a - 10 * e * e
        #expect(abs(u.recipient - us) < 1e-12)
        #expect(abs(u.host - kr) < 1e-12)
    }

    @Test func ratificationTurnsBaseUtilitiesIntoExpectedUtilities() throws {
        let model = UtilityModel(scenario: TestScenarios.tiny())
        let base = try #require(model.baseUtilities(of: package))
        let u = try #require(model.utilities(of: package))
        let p = 1 / (1 + exp(10 * (0.111 - 0.2)))
        let d = model.disagreement
        #expect(abs(try #require(model.ratificationProbability(of: package)) - p) < 1e-12)
        // A term the forecast does not cover is not a package of this scenario: nil, not a trap.
        var long = package
        long.duration = 40
        #expect(model.utilities(of: long) == nil && model.ratificationProbability(of: long) == nil)
        #expect(abs(u.recipient - (p * base.recipient + (1 - p) * d.recipient)) < 1e-12)
        #expect(abs(u.host - (p * base.host + (1 - p) * d.host)) < 1e-12)
    }

    @Test func winSetFormLeavesTheBaseUtilities() throws {
        var s = TestScenarios.tiny()
        s.host.ratification.form = .winSet(minimumProbability: 0.5)
        let model = UtilityModel(scenario: s)
        #expect(model.utilities(of: package) == model.baseUtilities(of: package))
        #expect(abs(s.host.ratification.largestAdmissibleIncrease! - 0.2) < 1e-12)
    }

    @Test func disagreementIsTheImpassesYearlyMoneyAndConsequences() {
        // 50 of labor cash a year: US 50/100 − 0.2; Korea −(1 − 0.5)·50/100 − 0.4.
        let d = UtilityModel(scenario: TestScenarios.tiny()).disagreement
        #expect(abs(d.recipient - 0.3) < 1e-12)
        #expect(abs(d.host + 0.65) < 1e-12)
    }

    @Test func consequencesCountForTheirShareOfTheImpasseAndTheirProbability() {
        var s = TestScenarios.tiny()
        s.noDeal.impasseYears = 2
        // Lasts half a year of a two-year impasse, with probability 0.5: a quarter of 0.4, times 0.5.
        s.noDeal.consequences.append(NoDealConsequence(label: "furlough", source: "assumption", recipientCostPerYear: 0.4,
                                                       hostCostPerYear: 0.8, years: 0.5, probability: 0.5))
        // A consequence longer than the impasse counts for the impasse only.
        s.noDeal.consequences.append(NoDealConsequence(label: "long", source: "assumption", recipientCostPerYear: 0.1,
                                                       hostCostPerYear: 0, years: 5))
        let d = UtilityModel(scenario: s).disagreement
        #expect(abs(d.recipient - (0.5 - 0.2 - 0.4 * 0.25 * 0.5 - 0.1)) < 1e-12)
        #expect(abs(d.host - (-0.25 - 0.4 - 0.8 * 0.25 * 0.5)) < 1e-12)
    }

    @Test func hostCostsMoveTheHostsNoDealUtility() {
        // Before the second edition Korea's no-deal utility was anchored and its friction did nothing.
        for preset in Preset.all {
            var s = preset.scenario
            let before = UtilityModel(scenario: s).disagreement.host
            s.noDeal.consequences[0].hostCostPerYear += 0.1
            let after = UtilityModel(scenario: s).disagreement.host
            #expect(after < before, "\(preset.name)")
        }
    }

    @Test func anchoredDisagreementIsTheAnchorPackagesBaseUtility() throws {
        var s = TestScenarios.tiny()
        let anchor = Package(firstYearTotal: 105, inKindShare: 0.3, duration: 4, escalation: .fixed(rate: 0))
        s.noDeal.hostIndifferentTo = anchor
        let model = UtilityModel(scenario: s)
        #expect(model.disagreement.host == model.baseUtilities(of: anchor)!.host)
        #expect(abs(model.disagreement.recipient - 0.3) < 1e-12)
        #expect(s.ineffectiveFields().contains { $0.path == "noDeal.consequences[0].hostCostPerYear" })
    }

    @Test func matrixProductAgreesWithOnePackageAtATime() throws {
        let scenario = TestScenarios.tiny(extra: .penalized)
        let candidates = try CandidateSet(scenario: scenario)
        let model = UtilityModel(scenario: scenario)
        let all = try model.utilities(of: candidates.features)
        #expect(model.weights.rows == candidates.layout.count && model.weights.columns == 2)
        for row in stride(from: 0, to: candidates.count, by: 7) {
            let u = try #require(model.utilities(of: candidates.package(at: row)))
            #expect(abs(u.recipient - all.recipient[row]) < 1e-9)
            #expect(abs(u.host - all.host[row]) < 1e-9)
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
            guard let low = model.baseUtilities(of: p) else { continue }
            var q = p
            q.firstYearTotal += 25
            let high = try #require(model.baseUtilities(of: q))
            #expect(high.recipient > low.recipient, "US utility must rise with the total: \(p)")
            #expect(high.host < low.host, "Korea's utility must fall with the total: \(p)")
            checked += 1
        }
    }

    @Test func aFreezeIsNotJudgedByItsFirstYearAlone() throws {
        // The analyst's case: a low first year with an uncapped index must not pass as a small increase.
        let s = Preset.sma2024.scenario
        let model = UtilityModel(scenario: s)
        let uncapped = Package(firstYearTotal: 1426, inKindShare: KoreaCommon.inKindShareToday, duration: 5, escalation: .defenseBudget(cap: nil))
        let freeze = Package(firstYearTotal: 1426, inKindShare: KoreaCommon.inKindShareToday, duration: 5, escalation: .fixed(rate: 0))
        #expect(try #require(model.ratificationProbability(of: uncapped)) < (try #require(model.ratificationProbability(of: freeze))))
        #expect(try #require(model.baseUtilities(of: uncapped)).host < (try #require(model.baseUtilities(of: freeze))).host)
        let o = try #require(PackageOutcome(package: uncapped, candidate: nil, utilities: PartyPair(recipient: 0, host: 0),
                                            disagreement: PartyPair(recipient: 0, host: 0), scenario: s))
        #expect(abs(o.averageAnnualTotal - o.annualTotals.reduce(0, +) / 5) < 1e-9)
        #expect(abs(o.ratificationProbability - s.host.ratification.probability(termIncrease: o.termIncrease)) < 1e-12)
        #expect(o.termIncrease > o.firstYearIncrease)
    }

    @Test func escalationPreferencesApplyOnlyWhereARuleCanBind() throws {
        let model = UtilityModel(scenario: TestScenarios.tiny())
        // One year: every rule is the same package.
        let rules: [EscalationRule] = [.none, .fixed(rate: 0), .cpi(cap: 0.04), .defenseBudget(cap: nil)]
        let oneYear = rules.map { model.utilities(of: Package(firstYearTotal: 110, inKindShare: 0.3, duration: 1, escalation: $0)) }
        #expect(Set(oneYear.map { $0!.recipient }).count == 1 && Set(oneYear.map { $0!.host }).count == 1)
        #expect(EscalationRule.cpi(cap: 0.04).canonical(forDuration: 1) == .none)
        #expect(EscalationRule.none.canonical(forDuration: 3) == .fixed(rate: 0))
    }

    @Test func ratificationProbabilityFallsWithTheTermIncrease() {
        let r = Ratification(midpointIncrease: 0.2, slope: 15)
        #expect(abs(r.probability(termIncrease: 0.2) - 0.5) < 1e-12)
        #expect(r.probability(termIncrease: 0) > r.probability(termIncrease: 0.1))
        #expect(r.probability(termIncrease: 50) >= 0)
        #expect(r.largestAdmissibleIncrease == nil)
        // A freeze passes the Korean Assembly almost surely: every SMA took effect.
        #expect(KoreaCommon.ratification.probability(termIncrease: 0) > 0.98)
    }
}
