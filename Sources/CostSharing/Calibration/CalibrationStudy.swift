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
///   (`Matrix.leastSquares`, LAPACK `dgels`), fitted to all rounds, and with leave-one-out to
///   the other rounds only (it needs at least three rounds to fit).
///
/// None of the held-out fits reads the held-out round: each is a ``Calibration`` of the other
/// rounds alone, started from the first of them's values (not from the full fit, whose values
/// carry the held-out round's data), as a test checks by changing a round and seeing its held-out
/// fit stay the same.
public struct CalibrationStudy: Sendable {
    /// One round's figures.
    public struct Row: Sendable, Hashable {
        public var name: String
        public var previousTotal: Double
        public var actualTotal: Double
        public var actualDuration: Int
        /// The smoothed agreement at the parameters fitted to every round.
        public var fitted: SmoothedAgreement?
        /// The exact (asymmetric) Nash solution's first-year total at those parameters, from the
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

    /// Root mean squared error of the first-year total relative to the previous total, per predictor.
    public struct Errors: Sendable, Hashable {
        public var fitted: Double?
        public var heldOut: Double?
        public var persistence: Double
        public var regression: Double?
        public var regressionHeldOut: Double?
    }
    public let errors: Errors

    /// Runs the fit, the baselines and, when `leaveOneOut`, one fit per round without it.
    /// - Throws: ``ScenarioError`` as ``Calibration``; leave-one-out needs at least two rounds.
    public init(rounds: [Scenario], paths: [String], eras: [String: String] = [:], leaveOneOut: Bool,
                temperature: Double = 0.02, power: Double = 0.5,
                weights: Calibration.Weights = Calibration.Weights(), maximumIterations: Int = 50,
                threads: Int? = nil) throws(ScenarioError) {
        let fit = try Calibration(rounds: rounds, paths: paths, eras: eras, temperature: temperature, power: power, weights: weights,
                                  maximumIterations: maximumIterations, threads: threads)
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
                let f = try Calibration(rounds: others, paths: kept, eras: eras, temperature: temperature, power: power,
                                        weights: weights, maximumIterations: maximumIterations, threads: threads)
                heldOutFits.append(f)
                var certain = rounds[i]
                certain.uncertainty = [:]
                let applied = f.values(forEra: eras[rounds[i].name])
                let alpha = applied.power ?? power
                let s = try certain.setting(applied.paths)
                heldOut.append(try SmoothedAgreement(scenario: s, temperature: temperature, power: alpha))
                exactHeldOut.append(try Self.exactTotal(s, power: alpha))
            }
        }
        self.heldOutFits = heldOutFits
        let previous = rounds.map(\.previousTotal), actual = rounds.map { $0.actual!.package.firstYearTotal }
        let inSample = Self.regression(previous, actual, predicting: previous)
        var rows: [Row] = []
        for (i, s) in rounds.enumerated() {
            var certain = s
            certain.uncertainty = [:]
            let applied = fit.values(forEra: eras[s.name])
            let exact = try Self.exactTotal(try certain.setting(applied.paths), power: applied.power ?? power)
            var othersX = previous, othersY = actual
            othersX.remove(at: i); othersY.remove(at: i)
            rows.append(Row(
                name: s.name, previousTotal: s.previousTotal, actualTotal: actual[i], actualDuration: s.actual!.package.duration,
                fitted: fit.rounds[i].fitted, exactFitted: exact, exactHeldOut: leaveOneOut ? exactHeldOut[i] : nil,
                heldOut: leaveOneOut ? heldOut[i] : nil,
                persistence: s.previousTotal * (1 + (s.forecast.defenseBudgetGrowth.first ?? 0)),
                regression: inSample?[i],
                regressionHeldOut: leaveOneOut ? Self.regression(othersX, othersY, predicting: [previous[i]])?[0] : nil))
        }
        self.rows = rows
        func rmse(_ predicted: [Double?]) -> Double? {
            var sum = 0.0
            for (p, r) in zip(predicted, rows) {
                guard let p else { return nil }
                let e = (p - r.actualTotal) / r.previousTotal
                sum += e * e
            }
            return rows.isEmpty ? nil : (sum / Double(rows.count)).squareRoot()
        }
        errors = Errors(fitted: rmse(rows.map { $0.fitted?.firstYearTotal }),
                        heldOut: leaveOneOut ? rmse(rows.map { $0.heldOut?.firstYearTotal }) : nil,
                        persistence: rmse(rows.map { $0.persistence }) ?? .nan,
                        regression: rmse(rows.map(\.regression)),
                        regressionHeldOut: leaveOneOut ? rmse(rows.map(\.regressionHeldOut)) : nil)
    }

    /// The first-year total of the exact Nash solution (asymmetric with `power` ≠ ½) of a
    /// validated scenario, over the frontier packages in its zone of agreement; `nil` when the zone is empty.
    static func exactTotal(_ scenario: Scenario, power: Double) throws(ScenarioError) -> Double? {
        let a = try CostSharingAnalysis(scenario: scenario)
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
