import Foundation
import LinearAlgebra
import Pareto

/// A calibration over several rounds set against two baselines, and, optionally, each round
/// predicted from a fit to the others (leave-one-out), so that the model is judged on rounds it
/// was not fitted to.
///
/// - **Persistence**: the round's previous total grown by the defense-budget growth of its
///   forecast's first year.
/// - **Regression**: a least-squares line of the first-year total on the previous total
///   (`Matrix.leastSquares`, LAPACK `dgels`), fitted to the rounds of the same series, and with
///   leave-one-out to the series' other rounds only (it needs at least three rounds to fit).
///
/// **Series.** Rounds of different countries (the SMA rounds and Japan's host-nation support)
/// are separate series: by default a round's series is its currency's code, so a yen total is
/// never regressed on won totals. The model's fit pools every round (its shared parameters are
/// structural; per-era ones can give each country its own), and leave-one-out holds out one
/// round at a time whatever its series.
///
/// None of the held-out fits reads the held-out round: each is a ``Calibration`` of the other
/// rounds alone, started from the first of them's values (not from the full fit, whose values
/// carry the held-out round's data), as a test checks by changing a round and seeing its held-out
/// fit stay the same.
public struct CalibrationStudy: Sendable {
    /// One round's figures.
    public struct Row: Sendable, Hashable {
        public var name: String
        /// The series the round belongs to (the regression is fitted within it).
        public var series: String
        public var previousTotal: Double
        public var actualTotal: Double
        public var actualDuration: Int
        /// The smoothed agreement at the parameters fitted to every round.
        public var fitted: SmoothedAgreement?
        /// The exact solution's first-year total (the solution smoothed) at those parameters, from the
        /// full analysis (grid widening included); `nil` when its zone is empty.
        public var exactFitted: Double?
        /// The same at the held-out fit's parameters.
        public var exactHeldOut: Double?
        /// The smoothed agreement at the parameters fitted to the other rounds (leave-one-out).
        public var heldOut: SmoothedAgreement?
        public var persistence: Double
        /// In sample.
        public var regression: Double?
        /// Fitted to the other rounds.
        public var regressionHeldOut: Double?
    }

    /// The fit to every round.
    public let fit: Calibration
    /// The fits without each round, in round order (empty without leave-one-out).
    public let heldOutFits: [Calibration]
    public let rows: [Row]

    /// Root mean squared error of the first-year total relative to the previous total, per
    /// predictor, over the rounds it predicts (`nil` when it predicts none). Only the regression
    /// can leave rounds out (a series with too few rounds to fit a line); the `…Rounds` counts say
    /// over how many rounds its errors are taken, so that a comparison can be made on equal terms.
    public struct Errors: Sendable, Hashable {
        public var fitted: Double?
        public var heldOut: Double?
        public var persistence: Double
        public var regression: Double?
        public var regressionHeldOut: Double?
        public var regressionRounds: Int
        public var regressionHeldOutRounds: Int
    }
    public let errors: Errors

    /// Runs the fit, the baselines and, when `leaveOneOut`, one fit per round without it.
    /// - Throws: ``ScenarioError`` as ``Calibration``; leave-one-out needs at least two rounds.
    /// - Parameters:
    ///   - series: Each round's series, by scenario name (default: its currency's code).
    ///   - progress: Updated after every iteration of every fit (each fit an equal share) and
    ///     checked for cancellation before each; see ``AnalysisProgress``.
    public init(rounds: [Scenario], paths: [String], eras: [String: String] = [:], series: [String: String] = [:], leaveOneOut: Bool,
                temperature: Double = 0.02, solution: SmoothedAgreement.Solution = .nash(power: 0.5),
                weights: Calibration.Weights = Calibration.Weights(), maximumIterations: Int = 50,
                threads: Int? = nil, progress: AnalysisProgress? = nil) throws(ScenarioError) {
        // Progress: the full fit, then one fit per held-out round, each an equal share.
        let fits = leaveOneOut ? rounds.count + 1 : 1
        func share(_ k: Int) -> Calibration.ProgressShare? {
            progress.map { Calibration.ProgressShare(progress: $0, first: Double(k) / Double(fits), width: 1 / Double(fits),
                                                     label: "fit \(k + 1) of \(fits)") }
        }
        let fit = try Calibration(rounds: rounds, paths: paths, eras: eras, start: nil, temperature: temperature, solution: solution,
                                  weights: weights, maximumIterations: maximumIterations, threads: threads, progress: share(0))
        self.fit = fit
        var heldOutFits: [Calibration] = [], heldOut: [SmoothedAgreement?] = [], exactHeldOut: [Double?] = []
        if leaveOneOut {
            guard rounds.count >= 2 else {
                throw ScenarioError(path: "", message: "leave-one-out needs at least two rounds, found \(rounds.count)")
            }
            for i in rounds.indices {
                var others = rounds
                others.remove(at: i)
                // A per-era parameter whose era has no other round is not fitted here; the held-out
                // round keeps its stated value of that path.
                let kept = paths.filter { name in Calibration.era(name).map { e in others.contains { eras[$0.name] == e } } ?? true }
                let f = try Calibration(rounds: others, paths: kept, eras: eras, start: nil, temperature: temperature, solution: solution,
                                        weights: weights, maximumIterations: maximumIterations, threads: threads, progress: share(i + 1))
                heldOutFits.append(f)
                var certain = rounds[i]
                certain.uncertainty = [:]
                let applied = f.values(forEra: eras[rounds[i].name])
                let chosen = applied.power.map { SmoothedAgreement.Solution.nash(power: $0) } ?? solution
                var s = try certain.setting(applied.paths)
                // The held-out prediction's grid holds the zone at the held-out values.
                if let widening = try CostSharingAnalysis(scenario: s).gridWidening { s.grid.totals = widening.analysed }
                heldOut.append(try SmoothedAgreement(scenario: s, temperature: temperature, solution: chosen))
                exactHeldOut.append(try Self.exactTotal(s, solution: chosen))
            }
        }
        self.heldOutFits = heldOutFits
        let previous = rounds.map(\.previousTotal), actual = rounds.map { $0.actual!.package.firstYearTotal }
        let seriesOf = rounds.map { series[$0.name] ?? $0.currency.code }
        var rows: [Row] = []
        for (i, s) in rounds.enumerated() {
            let same = rounds.indices.filter { seriesOf[$0] == seriesOf[i] }
            let others = same.filter { $0 != i }
            var certain = s
            certain.uncertainty = [:]
            let applied = fit.values(forEra: eras[s.name])
            let exact = try Self.exactTotal(try certain.setting(applied.paths),
                                            solution: applied.power.map { SmoothedAgreement.Solution.nash(power: $0) } ?? solution)
            rows.append(Row(
                name: s.name, series: seriesOf[i], previousTotal: s.previousTotal, actualTotal: actual[i], actualDuration: s.actual!.package.duration,
                fitted: fit.rounds[i].fitted, exactFitted: exact, exactHeldOut: leaveOneOut ? exactHeldOut[i] : nil,
                heldOut: leaveOneOut ? heldOut[i] : nil,
                persistence: s.previousTotal * (1 + (s.forecast.defenseBudgetGrowth.first ?? 0)),
                regression: Self.regression(same.map { previous[$0] }, same.map { actual[$0] }, predicting: [previous[i]])?[0],
                regressionHeldOut: leaveOneOut ? Self.regression(others.map { previous[$0] }, others.map { actual[$0] },
                                                                 predicting: [previous[i]])?[0] : nil))
        }
        self.rows = rows
        func rmse(_ predicted: [Double?]) -> Double? {
            var sum = 0.0, n = 0
            for (p, r) in zip(predicted, rows) {
                guard let p else { continue }
                let e = (p - r.actualTotal) / r.previousTotal
                sum += e * e
                n += 1
            }
            return n == 0 ? nil : (sum / Double(n)).squareRoot()
        }
        errors = Errors(fitted: rmse(rows.map { $0.fitted?.firstYearTotal }),
                        heldOut: leaveOneOut ? rmse(rows.map { $0.heldOut?.firstYearTotal }) : nil,
                        persistence: rmse(rows.map { $0.persistence }) ?? .nan,
                        regression: rmse(rows.map(\.regression)),
                        regressionHeldOut: leaveOneOut ? rmse(rows.map(\.regressionHeldOut)) : nil,
                        regressionRounds: rows.filter { $0.regression != nil }.count,
                        regressionHeldOutRounds: leaveOneOut ? rows.filter { $0.regressionHeldOut != nil }.count : 0)
    }

    /// Runs the study a plan describes on its rounds' scenarios (in the plan's order): the
    /// plan's free parameters, per-era splits, eras, series, solution and settings.
    /// - Throws: ``ScenarioError`` from ``CalibrationPlan/validate()``,
    ///   ``CalibrationPlan/parameters(for:)`` or the fits.
    public init(plan: CalibrationPlan, rounds: [Scenario], threads: Int? = nil, progress: AnalysisProgress? = nil) throws(ScenarioError) {
        try plan.validate()
        guard rounds.count == plan.rounds.count else {
            throw ScenarioError(path: "rounds", message: "the plan lists \(plan.rounds.count) rounds, \(rounds.count) scenarios given")
        }
        let (paths, eras, series) = try plan.parameters(for: rounds)
        try self.init(rounds: rounds, paths: paths, eras: eras, series: series, leaveOneOut: plan.leaveOneOut,
                      temperature: plan.temperature, solution: plan.smoothedSolution, weights: plan.weights,
                      maximumIterations: plan.maximumIterations, threads: threads, progress: progress)
    }

    /// The first-year total of the exact solution (Nash, asymmetric Nash or Kalai–Smorodinsky)
    /// of a validated scenario, over the frontier packages in its zone of agreement; `nil` when
    /// the zone is empty.
    static func exactTotal(_ scenario: Scenario, solution: SmoothedAgreement.Solution) throws(ScenarioError) -> Double? {
        let a = try CostSharingAnalysis(scenario: scenario)
        guard case .nash(let power) = solution else { return a.solutions.kalaiSmorodinsky?.package.firstYearTotal }
        if power == 0.5 { return a.solutions.nash?.package.firstYearTotal }
        let inZone = a.frontier.filter { $0.gains.recipient > 0 && $0.gains.host > 0 }
        guard !inZone.isEmpty,
              let points = try? PointSet(rows: inZone.map { [$0.utilities.recipient, $0.utilities.host] }),
              let problem = try? BargainingProblem(utilities: points, disagreement: [a.disagreement.recipient, a.disagreement.host]),
              let solution = try? problem.nash(bargainingPower: power) else { return nil }
        return inZone[solution.index].package.firstYearTotal
    }

    /// The least-squares line y = a + b·x through the points, evaluated at `predicting`; `nil`
    /// with fewer than three points or when the x are all equal (LAPACK reports the rank deficiency).
    static func regression(_ x: [Double], _ y: [Double], predicting: [Double]) -> [Double]? {
        guard x.count >= 3 else { return nil }
        var a = Matrix(rows: x.count, columns: 2), b = Matrix(rows: x.count, columns: 1)
        for i in x.indices { a[i, 0] = 1; a[i, 1] = x[i]; b[i, 0] = y[i] }
        guard let c = try? a.leastSquares(b) else { return nil }
        return predicting.map { c[0, 0] + c[1, 0] * $0 }
    }
}
