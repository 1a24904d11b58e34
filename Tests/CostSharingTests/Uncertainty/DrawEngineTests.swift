import Testing
import LinearAlgebra
@testable import CostSharing

/// The many-draw engine against the full analysis it replaces, draw by draw.
@Suite struct DrawEngineTests {
    /// Expects the engine's outcome of `drawn` to be the full analysis's, field by field and bit for bit.
    func expectSame(_ o: DrawEngine.Outcome, _ a: CostSharingAnalysis, _ label: String) {
        #expect(o.frontierRows == a.frontierRows, "frontier rows: \(label)")
        #expect(o.frontier == a.frontier, "frontier outcomes: \(label)")
        #expect(o.zone == a.zone, "zone: \(label)")
        #expect(o.solutions == a.solutions, "solutions: \(label)")
        #expect(o.actual == a.actual, "actual: \(label)")
        #expect(o.disagreement == a.disagreement, "disagreement: \(label)")
        #expect(o.widened == (a.gridWidening != nil), "widening: \(label)")
    }

    /// A small random generator (SplitMix64), so the scenarios are the same on every run.
    struct Rng {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        /// One of a few round values, so that ties between compositions are common.
        mutating func round(_ values: [Double]) -> Double { values[Int(next() * Double(values.count)) % values.count] }
    }

    /// A variant of the tiny scenario with random preferences drawn from few values (ties), and
    /// now and then a degenerate grid or the win-set form.
    func randomScenario(seed: UInt64) -> Scenario {
        var r = Rng(state: seed)
        var s = TestScenarios.tiny(extra: .penalized)
        let money = [0, 0.5, 0.8, 1, 1.5]
        for name in ["labor", "construction", "rotation"] {
            s.recipient.moneyValue[name] = FormValues(cash: r.round(money), inKind: r.round(money))
            s.host.retainedValue[name] = FormValues(cash: r.round([0, 0.2, 0.5]), inKind: r.round([0, 0.2, 0.5]))
        }
        s.recipient.diminishingValue = r.round([0, 0.1, 0.3])
        s.recipient.headlineWeight = r.round([0, 0.5, 1])
        s.host.risingCost = r.round([0, 0.1, 0.4])
        s.host.growthPenalty = r.round([0, 1, 10])
        s.host.extraCategoryPenalty = r.round([0, 0.5])
        s.host.ratification = Ratification(midpointIncrease: r.round([0.05, 0.2, 0.5]), slope: r.round([0, 5, 10, 60]),
                                           form: r.next() < 0.3 ? .winSet(minimumProbability: r.round([0.2, 0.5])) : .expectedUtility)
        s.grid.inKindShares = r.next() < 0.2 ? [0.3] : [0.2, 0.3, 0.3, 0.4]
        s.grid.extraShares = r.next() < 0.2 ? [0] : [0, 0.1, 0.2]
        if r.next() < 0.2 { s.grid.totals = Steps(from: 110, through: 110, step: 5) }
        if r.next() < 0.2 { s.grid.durations = [2] }
        s.noDeal.consequences[0].hostCostPerYear = r.round([0, 0.4, 2])
        s.noDeal.consequences[0].recipientCostPerYear = r.round([0, 0.2, 1])
        return s
    }

    @Test(arguments: 0..<60)
    func seededRandomScenariosMatchTheFullAnalysis(seed: Int) throws {
        let s = randomScenario(seed: UInt64(seed))
        guard (try? s.validate()) != nil else { return }
        let full: CostSharingAnalysis
        do { full = try CostSharingAnalysis(scenario: s) } catch {
            // The engine must fail the same way.
            let engine = try DrawEngine(scenario: s, paths: [], threads: 1)
            #expect(throws: ScenarioError.self) { try engine.outcome(s, values: nil) }
            return
        }
        let engine = try DrawEngine(scenario: s, paths: [], threads: 1)
        expectSame(try engine.outcome(s, values: nil), full, "seed \(seed)")
        // And with the values from the batched product.
        let batched = try #require(engine.batchValues([s, s]))
        expectSame(try engine.outcome(s, values: batched[1]), full, "seed \(seed), batched")
    }

    @Test(arguments: Preset.all.map(\.name))
    func presetsMatchTheFullAnalysisAtTwoSettings(name: String) throws {
        let base = try Preset.named(name).scenario
        let engine = try DrawEngine(scenario: base, paths: ["recipient.headlineWeight", "host.risingCost"], threads: 2)
        let settings = [[try base.number(at: "recipient.headlineWeight"), try base.number(at: "host.risingCost")],
                        [0.5 * (try base.number(at: "recipient.headlineWeight")), 2 * (try base.number(at: "host.risingCost"))]]
        var outcomes: [DrawEngine.Outcome] = []
        try engine.evaluate(settings) { _, o in outcomes.append(o) }
        for (v, o) in zip(settings, outcomes) {
            let drawn = try engine.drawn(v)
            expectSame(o, try CostSharingAnalysis(scenario: drawn), "\(name) at \(v)")
        }
    }

    @Test func theBatchedProductEqualsPerDrawEvaluation() throws {
        var base = try Preset.named("sma-2020").scenario
        base.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.3, high: 1)]
        let engine = try DrawEngine(scenario: base, paths: ["host.risingCost", "recipient.diminishingValue"], threads: 1)
        let scenarios = try [[0.05, 0.1], [0.2, 0.3], [0.4, 0.05]].map { try engine.drawn($0) }
        let batched = try #require(engine.batchValues(scenarios))
        let lattice = try #require(engine.shared)
        for (s, v) in zip(scenarios, batched) {
            let model = UtilityModel(scenario: s)
            let single = model.compositionValues(of: lattice.compositions.map(\.unit))
            for c in single.recipient.indices {
                #expect(abs(v.recipient[c] - single.recipient[c]) <= 1e-12 * max(1, abs(single.recipient[c])))
                #expect(abs(v.host[c] - single.host[c]) <= 1e-12 * max(1, abs(single.host[c])))
            }
        }
    }

    @Test func factoredUtilitiesEqualTheFeatureMatrixProduct() throws {
        for s in [TestScenarios.tiny(extra: .penalized), try Preset.named("sma-2019").scenario] {
            let candidates = try CandidateSet(scenario: s)
            let model = UtilityModel(scenario: s)
            let direct = try model.baseUtilities(of: candidates.features)
            let factored = FactoredUtilities(model: model, lattice: candidates.lattice).rowUtilities().base
            var worst = 0.0
            for i in 0..<candidates.count {
                for (a, b) in [(direct.recipient[i], factored.recipient[i]), (direct.host[i], factored.host[i])] {
                    worst = max(worst, abs(a - b) / max(1, abs(a)))
                }
            }
            #expect(worst <= 1e-12, "\(s.name): worst relative difference \(worst)")
        }
    }

    @Test func oneThreadAndTwoGiveTheSameSummary() throws {
        var s = TestScenarios.tiny(extra: .penalized)
        s.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.2, high: 2),
                         "host.growthPenalty": .normal(mean: 10, sd: 5, minimum: 0, maximum: 30),
                         "forecast.cpi[1]": .uniform(low: 0, high: 0.05)]
        let one = try SampledAnalysis(scenario: s, count: 40, seed: 3, threads: 1)
        let two = try SampledAnalysis(scenario: s, count: 40, seed: 3, threads: 2)
        #expect(one.jsonReportText(s) == two.jsonReportText(s))
        #expect(one.solutionPoints == two.solutionPoints && one.frontierFrequency == two.frontierFrequency)
    }

    @Test func drawsThatChangeTheCandidatesAreEvaluatedAlone() throws {
        var s = TestScenarios.tiny(extra: .penalized)
        s.uncertainty = ["previousTotal": .uniform(low: 95, high: 105), "grid.inKindShares[0]": .uniform(low: 0.15, high: 0.25)]
        let engine = try DrawEngine(scenario: s, paths: s.uncertainty.keys.sorted(), threads: 2)
        #expect(engine.shared == nil)
        let settings = [[0.15, 95.0], [0.25, 105.0]]
        var outcomes: [DrawEngine.Outcome] = []
        try engine.evaluate(settings) { _, o in outcomes.append(o) }
        for (v, o) in zip(settings, outcomes) { expectSame(o, try CostSharingAnalysis(scenario: try engine.drawn(v)), "\(v)") }
    }

    @Test func theTemplateWritesTheScenarioThatSettingGives() throws {
        var s = try Preset.named("sma-2020").scenario
        s.uncertainty = [:]   // the engine writes draws into the scenario without its uncertainty section
        let paths = ["noDeal.consequences[0].hostCostPerYear", "recipient.headlineWeight", "forecast.cpi[2]"]
        let engine = try DrawEngine(scenario: s, paths: paths, threads: 1)
        for values in [[0.1 + 0.2, 1.0 / 3, 0.021], [1e-5, 0.7000000000000001, 0]] {
            let expected = try s.setting(Array(zip(paths, values)).map { (path: $0.0, value: $0.1) })
            #expect(try engine.drawn(values) == expected)
        }
        #expect(throws: ScenarioError.self) { try engine.drawn([Double.nan, 1, 0.02]) }
        #expect(throws: ScenarioError.self) { try engine.drawn([0.3, -5, 0.02]) }
    }

    @Test func tornadoBarsAreTheAnalysesAtTheirPercentiles() throws {
        var s = TestScenarios.tiny(extra: .penalized)
        s.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.2, high: 2),
                         "noDeal.consequences[0].hostCostPerYear": .triangular(low: 0, mode: 0.4, high: 2)]
        let sampled = try SampledAnalysis(scenario: s, count: 8, seed: 1)
        #expect(sampled.tornado.count == 2)
        for bar in sampled.tornado {
            let d = s.uncertainty[bar.path]!
            let other = sampled.paths.first { $0 != bar.path }!
            for (p, figures) in [(0.05, bar.low), (0.95, bar.high)] {
                #expect(figures.value == d.quantile(p))
                var certain = s
                certain.uncertainty = [:]
                let drawn = try certain.setting([(path: bar.path, value: d.quantile(p)), (path: other, value: s.uncertainty[other]!.median)])
                let a = try CostSharingAnalysis(scenario: drawn)
                #expect(figures.nashTotal == a.solutions.nash?.package.firstYearTotal)
                #expect(figures.recipientReservation == a.zone.reservationTotals.recipient?.total)
                #expect(figures.hostReservation == a.zone.reservationTotals.host?.total)
            }
        }
        let swings = sampled.tornado.filter { !$0.zoneFlips }.map(\.swing)
        #expect(swings == swings.sorted(by: >))
    }
}
