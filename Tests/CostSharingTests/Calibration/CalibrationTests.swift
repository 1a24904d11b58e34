import Testing
@testable import CostSharing
import LinearAlgebra

@Suite struct CalibrationTests {
    /// Tiny variants that differ in the previous total and the host's friction.
    func rounds() -> [Scenario] {
        [(100.0, 0.4), (102.0, 0.8), (98.0, 1.2)].enumerated().map { i, v in
            var s = TestScenarios.tiny(extra: .penalized)
            s.name = "round-\(i)"
            s.previousTotal = v.0
            s.noDeal.consequences[0].hostCostPerYear = v.1
            s.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.2, high: 2),
                             "host.growthPenalty": .uniform(low: 1, high: 20),
                             "recipient.lossAversion": .uniform(low: 1, high: 4)]
            return s
        }
    }

    @Test func everyRoundHasAZone() throws {
        for s in rounds() {
            let a = try CostSharingAnalysis(scenario: s)
            #expect(a.zone.count > 0, "\(s.name): zone \(a.zone.count)")
            let drawn = try s.setting([(path: "recipient.headlineWeight", value: 0.7), (path: "host.growthPenalty", value: 8)])
            #expect(try CostSharingAnalysis(scenario: drawn).zone.count > 0, "\(s.name) at the true parameters")
        }
    }

    @Test func theSmoothedAgreementTendsToTheNashSolution() throws {
        for s in rounds() {
            let nash = try #require(try CostSharingAnalysis(scenario: s).solutions.nash)
            var previous = Double.infinity
            for tau in [0.1, 0.01, 0.001, 1e-5] {
                let smoothed = try #require(try SmoothedAgreement(scenario: s, temperature: tau))
                let gap = abs(smoothed.firstYearTotal - nash.package.firstYearTotal)
                #expect(gap <= previous + 1e-9, "\(s.name): the gap shrinks as τ falls (τ = \(tau): \(gap))")
                previous = gap
            }
            #expect(previous < 1e-6, "\(s.name): at τ = 1e-5 the smoothed total is Nash's (gap \(previous))")
            let sharp = try #require(try SmoothedAgreement(scenario: s, temperature: 1e-5))
            #expect(abs(sharp.duration - Double(nash.package.duration)) < 1e-6)
        }
    }

    @Test func anEmptyZoneIsPredictedByTheClosestPackagesWithItsGap() throws {
        var s = TestScenarios.tiny(extra: .penalized)
        s.noDeal.consequences[0].hostCostPerYear = -30
        #expect(try CostSharingAnalysis(scenario: s).zone.count == 0)
        let closest = try #require(try SmoothedAgreement(scenario: s, temperature: 0.02))
        #expect(closest.zoneCount == 0 && closest.gap > 0)
        // The gap grows as the host's no-deal cost falls further.
        s.noDeal.consequences[0].hostCostPerYear = -40
        let further = try #require(try SmoothedAgreement(scenario: s, temperature: 0.02))
        #expect(further.gap > closest.gap)
    }

    /// "Actual" agreements made by the model at known parameters: the fit recovers them.
    @Test func knownParametersAreRecovered() throws {
        let truth = [0.7, 8.0]
        let paths = ["recipient.headlineWeight", "host.growthPenalty"]
        var made: [Scenario] = []
        for var s in rounds() {
            let drawn = try s.setting(Array(zip(paths, truth)).map { (path: $0.0, value: $0.1) })
            let p = try #require(try SmoothedAgreement(scenario: drawn, temperature: 0.02))
            s.actual?.package.firstYearTotal = p.firstYearTotal
            made.append(s)
        }
        var weights = Calibration.Weights()
        weights.term = 0; weights.rule = 0; weights.prior = 1e-6
        let fit = try Calibration(rounds: made, paths: paths, start: [1.1, 12], temperature: 0.02, weights: weights, threads: 2)
        for (p, t) in zip(fit.parameters, truth) {
            #expect(abs(p.value - t) < 1e-3 * max(1, abs(t)), "\(p.path): fitted \(p.value), true \(t)")
            #expect(p.identified)
        }
        for r in fit.rounds { #expect(abs(r.fitted!.firstYearTotal - r.actualTotal) < 1e-3) }
    }

    /// A parameter fitted once per era recovers each era's value.
    @Test func perEraParametersAreRecoveredPerEra() throws {
        let eras = ["round-0": "a", "round-1": "a", "round-2": "b"]
        let truth = ["a": 6.0, "b": 15.0]
        var made: [Scenario] = []
        for var s in rounds() {
            let drawn = try s.setting([(path: "recipient.headlineWeight", value: 0.7), (path: "host.growthPenalty", value: truth[eras[s.name]!]!)])
            let p = try #require(try SmoothedAgreement(scenario: drawn, temperature: 0.02))
            s.actual?.package.firstYearTotal = p.firstYearTotal
            made.append(s)
        }
        var weights = Calibration.Weights()
        weights.term = 0; weights.rule = 0; weights.prior = 1e-6
        let fit = try Calibration(rounds: made, paths: ["recipient.headlineWeight", "host.growthPenalty@a", "host.growthPenalty@b"],
                                  eras: eras, start: [1.0, 10, 10], temperature: 0.02, weights: weights, threads: 2)
        #expect(abs(fit.parameters[0].value - 0.7) < 1e-3, "shared: \(fit.parameters[0].value)")
        #expect(abs(fit.parameters[1].value - 6) < 1e-2, "era a: \(fit.parameters[1].value)")
        #expect(abs(fit.parameters[2].value - 15) < 1e-2, "era b: \(fit.parameters[2].value)")
        let b = fit.values(forEra: "b")
        #expect(b.paths.map(\.path) == ["recipient.headlineWeight", "host.growthPenalty"] && abs(b.paths[1].value - 15) < 1e-2)
        #expect(throws: ScenarioError.self) { try Calibration(rounds: made, paths: ["host.growthPenalty@c"], eras: eras) }
    }

    /// The bargaining power is fitted like any parameter.
    @Test func aKnownBargainingPowerIsRecovered() throws {
        let alpha = 0.3
        var made: [Scenario] = []
        for var s in rounds() {
            let p = try #require(try SmoothedAgreement(scenario: s, temperature: 0.02, power: alpha))
            s.actual?.package.firstYearTotal = p.firstYearTotal
            made.append(s)
        }
        var weights = Calibration.Weights()
        weights.term = 0; weights.rule = 0; weights.prior = 1e-6
        let fit = try Calibration(rounds: made, paths: [Calibration.bargainingPowerPath, "host.growthPenalty"], start: [0.6, 10],
                                  temperature: 0.02, weights: weights, threads: 2)
        let fitted = try #require(fit.parameters.first { $0.path == Calibration.bargainingPowerPath })
        #expect(abs(fitted.value - alpha) < 1e-3, "α fitted \(fitted.value)")
        #expect(abs(fit.parameters[1].value - 10) < 1e-2, "the growth penalty stays at its true value 10")
    }

    /// With no headline weight, loss aversion (which scales the headline's losses) moves nothing:
    /// it is reported as not identified, without a standard error.
    @Test func aParameterNoRoundMovesIsNotIdentified() throws {
        let rs = rounds().map { s -> Scenario in var s = s; s.recipient.headlineWeight = 0; return s }
        let fit = try Calibration(rounds: rs, paths: ["host.growthPenalty", "recipient.lossAversion"], threads: 1)
        let loss = try #require(fit.parameters.first { $0.path == "recipient.lossAversion" })
        #expect(!loss.identified && loss.standardError == nil)
        #expect(fit.parameters.first { $0.path == "host.growthPenalty" }?.identified == true)
    }

    @Test func badSetupsNameTheProblem() throws {
        var rs = rounds()
        #expect(throws: ScenarioError.self) { try Calibration(rounds: rs, paths: ["host.risingCost"]) }   // no prior
        #expect(throws: ScenarioError.self) { try Calibration(rounds: [], paths: ["host.growthPenalty"]) }
        rs[1].actual = nil
        #expect(throws: ScenarioError.self) { try Calibration(rounds: rs, paths: ["host.growthPenalty"]) }
        #expect(throws: ScenarioError.self) { try Calibration(rounds: rounds(), paths: ["host.growthPenalty"], solution: .nash(power: 1)) }
        #expect(throws: ScenarioError.self) {
            try Calibration(rounds: rounds(), paths: [Calibration.bargainingPowerPath], solution: .kalaiSmorodinsky)
        }
    }

    /// Changing a round's data changes nothing in the fit that holds it out.
    @Test func leaveOneOutNeverReadsTheHeldOutRound() throws {
        let paths = ["recipient.headlineWeight", "host.growthPenalty"]
        let a = try CalibrationStudy(rounds: rounds(), paths: paths, leaveOneOut: true, threads: 2)
        var changed = rounds()
        changed[2].actual?.package.firstYearTotal += 7
        let b = try CalibrationStudy(rounds: changed, paths: paths, leaveOneOut: true, threads: 2)
        #expect(a.heldOutFits[2].parameters == b.heldOutFits[2].parameters)
        #expect(a.rows[2].heldOut == b.rows[2].heldOut)
        #expect(a.rows[2].regressionHeldOut == b.rows[2].regressionHeldOut)
        #expect(a.heldOutFits[0].parameters != b.heldOutFits[0].parameters || a.heldOutFits[1].parameters != b.heldOutFits[1].parameters,
                "the fits that include the changed round do see it")
        #expect(a.rows.count == 3 && a.errors.heldOut != nil)
    }

    @Test func theExactColumnIsTheAnalysisAtTheFittedValues() throws {
        let study = try CalibrationStudy(rounds: rounds(), paths: ["recipient.headlineWeight"], leaveOneOut: false, threads: 2)
        for (s, row) in zip(rounds(), study.rows) {
            var certain = s
            certain.uncertainty = [:]
            let fitted = try certain.setting(study.fit.values(forEra: nil).paths)
            #expect(row.exactFitted == (try CostSharingAnalysis(scenario: fitted)).solutions.nash?.package.firstYearTotal)
        }
        // With α ≠ ½ the exact column is the weighted Nash solution over the zone's frontier.
        let s = rounds()[0]
        let exact = try #require(try CalibrationStudy.exactTotal(s, solution: .nash(power: 0.3)))
        let sharp = try #require(try SmoothedAgreement(scenario: s, temperature: 1e-5, power: 0.3))
        #expect(abs(sharp.firstYearTotal - exact) < 1e-6, "smoothed \(sharp.firstYearTotal), exact \(exact)")
    }

    @Test func theRegressionBaselineIsALeastSquaresLine() throws {
        // y = 10 + 2x exactly, then a point off the line: the fit through (0,10), (1,12), (2,14), (3,17).
        let line = try #require(CalibrationStudy.regression([0, 1, 2, 3], [10, 12, 14, 17], predicting: [4]))
        // Slope = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 6.5/5 = 2.3, intercept = 13.25 − 2.3·1.5 = 9.8.
        #expect(abs(line[0] - (9.8 + 2.3 * 4)) < 1e-9)
        #expect(CalibrationStudy.regression([1, 2], [1, 2], predicting: [3]) == nil, "two points are too few")
        #expect(CalibrationStudy.regression([1, 1, 1], [1, 2, 3], predicting: [1]) == nil, "equal x: rank deficient")
    }
    @Test func theSmoothedAgreementTendsToTheKalaiSmorodinskySolution() throws {
        for s in rounds() {
            let ks = try #require(try CostSharingAnalysis(scenario: s).solutions.kalaiSmorodinsky)
            var previous = Double.infinity
            for tau in [0.1, 0.01, 0.001, 1e-5] {
                let smoothed = try #require(try SmoothedAgreement(scenario: s, temperature: tau, solution: .kalaiSmorodinsky))
                let gap = abs(smoothed.firstYearTotal - ks.package.firstYearTotal)
                #expect(gap <= previous + 1e-9, "\(s.name): the gap shrinks as τ falls (τ = \(tau): \(gap))")
                previous = gap
            }
            #expect(previous < 1e-6, "\(s.name): at τ = 1e-5 the smoothed total is Kalai–Smorodinsky's (gap \(previous))")
            #expect(try CalibrationStudy.exactTotal(s, solution: .kalaiSmorodinsky) == ks.package.firstYearTotal)
        }
        // The two solutions are different predictions on some preset (the test can tell them apart).
        var differ = false
        for preset in Preset.all {
            let a = try CostSharingAnalysis(scenario: preset.scenario)
            guard !differ, let n = a.solutions.nash, let k = a.solutions.kalaiSmorodinsky, n.package.firstYearTotal != k.package.firstYearTotal
            else { continue }
            differ = true
            // There, the sharp smoothed Kalai–Smorodinsky total is the exact one, not Nash's.
            var s = preset.scenario
            if let w = a.gridWidening { s.grid.totals = w.analysed }
            let sharp = try #require(try SmoothedAgreement(scenario: s, temperature: 1e-6, solution: .kalaiSmorodinsky))
            #expect(abs(sharp.firstYearTotal - k.package.firstYearTotal) < 1e-6, "\(preset.name): \(sharp.firstYearTotal) vs \(k.package.firstYearTotal)")
        }
        #expect(differ)
    }

    /// "Actual" agreements made by the smoothed Kalai–Smorodinsky solution: its fit recovers them.
    @Test func knownParametersAreRecoveredUnderKalaiSmorodinsky() throws {
        var made: [Scenario] = []
        for var s in rounds() {
            let drawn = try s.setting([(path: "host.growthPenalty", value: 8)])
            let p = try #require(try SmoothedAgreement(scenario: drawn, temperature: 0.02, solution: .kalaiSmorodinsky))
            s.actual?.package.firstYearTotal = p.firstYearTotal
            made.append(s)
        }
        var weights = Calibration.Weights()
        weights.term = 0; weights.rule = 0; weights.prior = 1e-6
        let fit = try Calibration(rounds: made, paths: ["host.growthPenalty"], start: [14], temperature: 0.02,
                                  solution: .kalaiSmorodinsky, weights: weights, threads: 2)
        #expect(abs(fit.parameters[0].value - 8) < 0.05, "fitted \(fit.parameters[0].value), true 8")
    }

    /// A shared name that every round's per-era name shadows moves no prediction: not identified.
    @Test func aShadowedSharedParameterIsNotIdentified() throws {
        let rs = rounds()
        let eras = Dictionary(uniqueKeysWithValues: rs.map { ($0.name, "one") })
        let fit = try Calibration(rounds: rs, paths: ["host.growthPenalty", "recipient.headlineWeight@one", "recipient.headlineWeight"],
                                  eras: eras, threads: 2)
        let shared = try #require(fit.parameters.first { $0.path == "recipient.headlineWeight" })
        #expect(!shared.identified && shared.standardError == nil)
        #expect(fit.parameters.first { $0.path == "recipient.headlineWeight@one" }?.identified == true)
    }

    /// The identification rule on Jacobians built by hand: two equal columns are each not
    /// identified (only their sum is), a zero column is not, and independent columns are; a
    /// nearly equal pair beyond the finite-difference resolution is told apart.
    @Test func identificationFollowsTheJacobiansNullSpace() throws {
        let equal = try Matrix(rowArrays: [[1, 2, 2, 0], [3, 1, 1, 0], [0, 5, 5, 0], [2, 0, 0, 0], [1, 1, 1, 0]])
        let (identified, rank, _) = try #require(Calibration.Problem.identification(equal))
        #expect(identified == [true, false, false, false] && rank == 2)
        let apart = try Matrix(rowArrays: [[1, 2, 2.1], [3, 1, 1], [0, 5, 4.5], [2, 0, 0.3]])
        let (all, full, _) = try #require(Calibration.Problem.identification(apart))
        #expect(all == [true, true, true] && full == 3)
        // Fewer rows than columns: at most two of three can be seen, so at least one is not identified.
        let wide = try Matrix(rowArrays: [[1, 0, 1], [0, 1, 1]])
        let (w, wr, _) = try #require(Calibration.Problem.identification(wide))
        #expect(wr == 2 && w.contains(false))
    }

    /// Regression baselines are fitted within a series: a round alone in its series has none.
    @Test func theRegressionStaysWithinASeries() throws {
        var rs = rounds()
        rs.append({ var s = rs[0]; s.name = "other"; s.previousTotal = 300; s.actual?.package.firstYearTotal = 320; return s }())
        var plan = CalibrationPlan(rounds: rs.map { CalibrationPlan.Round(.preset($0.name)) }, free: ["host.growthPenalty"])
        plan.rounds[3].series = "elsewhere"
        let study = try CalibrationStudy(plan: plan, rounds: rs, threads: 2)
        #expect(study.rows[3].series == "elsewhere" && study.rows[3].regression == nil)
        let line = try #require(CalibrationStudy.regression(rs[0..<3].map(\.previousTotal), rs[0..<3].map { $0.actual!.package.firstYearTotal },
                                                            predicting: [rs[0].previousTotal]))
        #expect(study.rows[0].regression == line[0] && study.rows[0].series == rs[0].currency.code)
    }
}
