import Foundation

extension CalibrationStudy {
    /// The solution's name in prose.
    static func describe(_ plan: CalibrationPlan) -> String {
        switch plan.solution {
        case .nash: plan.power == 0.5 ? "Nash" : "asymmetric Nash, α = \(plan.power)"
        case .asymmetricNash: "asymmetric Nash, α fitted"
        case .kalaiSmorodinsky: "Kalai–Smorodinsky"
        }
    }

    /// The report `frontier calibrate` prints: the fitted parameters with their standard errors,
    /// a table of each round's actual, fitted, held-out and baseline first-year totals, notes on
    /// empty zones and grid edges, and the errors of every predictor.
    /// - Parameter plan: The plan the study ran (its solution and temperature are named).
    public func textReport(plan: CalibrationPlan) -> String {
        let study = self
        let fit = study.fit
        var out = "Calibration of \(study.rows.count) rounds (\(study.rows.map(\.name).joined(separator: ", "))), smoothed "
            + Self.describe(plan) + " at τ = \(plan.temperature); "
            + "\(fit.iterations) iterations, \(fit.converged ? "converged" : "not converged"), cost \(String(format: "%.6g", fit.cost)).\n"
        for p in fit.parameters {
            let se = p.identified ? (p.standardError.map { String(format: "± %.4g", $0) } ?? "(no degree of freedom left)") : "not identified"
            out += "  \(p.path) = \(String(format: "%.4g", p.value)) \(se)   (prior \(String(format: "%.4g", p.prior)), bounds "
                + "\(String(format: "%.4g", p.bounds.lowerBound))–\(String(format: "%.4g", p.bounds.upperBound)))\n"
        }
        func t(_ x: Double?) -> String { x.map { String(format: "%8.1f", $0) } ?? "       —" }
        out += "\nFirst-year totals (billions):\n"
        out += "round        actual   fitted  held out  persistence  regression  (held out)   exact: fitted  held out\n"
        for r in study.rows {
            out += r.name.padding(toLength: 11, withPad: " ", startingAt: 0) + t(r.actualTotal) + " " + t(r.fitted?.firstYearTotal)
                + "  " + t(r.heldOut?.firstYearTotal) + "     " + t(r.persistence) + "    " + t(r.regression) + "  " + t(r.regressionHeldOut)
                + "         " + t(r.exactFitted) + "  " + t(r.exactHeldOut) + "\n"
        }
        out += "(fitted and held out: the smoothed prediction the fit uses; exact: the \(plan.solution == .kalaiSmorodinsky ? "Kalai–Smorodinsky" : plan.solution == .nash && plan.power == 0.5 ? "Nash" : "asymmetric Nash") "
            + "solution of the full analysis at the same parameters, its grid widened as needed)\n"
        for r in study.rows {
            for (what, f) in [("fitted", r.fitted), ("held out", r.heldOut)] {
                if let f, f.zoneCount == 0 {
                    out += "  note: \(r.name) has no zone of agreement at the \(what) values; its prediction is the packages closest to agreement\n"
                }
                if let f, f.edgeShare > 0.01 {
                    out += "  note: \(r.name)'s \(what) prediction puts \(String(format: "%.0f%%", 100 * f.edgeShare)) of its weight on the grid's first or last total, so it may be held in by the grid\n"
                }
            }
        }
        let e = study.errors
        func pct(_ x: Double?) -> String { x.map { String(format: "%.1f%%", 100 * $0) } ?? "—" }
        let n = study.rows.count, loo = !study.heldOutFits.isEmpty
        func over(_ k: Int) -> String { k == n ? "" : " over the \(k) of \(n) rounds in series with three or more" }
        out += "Root mean squared error relative to the previous total: fitted \(pct(e.fitted)), held out \(pct(e.heldOut)), "
            + "persistence \(pct(e.persistence)), regression \(pct(e.regression))\(over(e.regressionRounds))"
            + (loo ? " (held out \(pct(e.regressionHeldOut))\(over(e.regressionHeldOutRounds)))" : "") + ".\n"
        // Only predictors of every round compete (a regression that skips a series cannot).
        let candidates: [(String, Double?)] = !loo
            ? [("the fitted model (in sample)", e.fitted), ("persistence", e.persistence),
               ("the regression (in sample)", e.regressionRounds == n ? e.regression : nil)]
            : [("the model held out", e.heldOut), ("persistence", e.persistence),
               ("the regression held out", e.regressionHeldOutRounds == n ? e.regressionHeldOut : nil)]
        if let best = candidates.compactMap({ c in c.1.map { (c.0, $0) } }).min(by: { $0.1 < $1.1 }) {
            out += "Best predictor of the first-year total\(study.heldOutFits.isEmpty ? " (in sample; use --leave-one-out to judge on unseen rounds)" : " on rounds it did not see"): \(best.0).\n"
        }
        return out
    }

    /// The JSON report of `frontier calibrate --format json`: `kind` ("frontier-calibration"),
    /// `version`, `solution`, `temperature`, `iterations`, `converged`, `parameters` [{`path`,
    /// `value`, `standardError`, `identified`}], `rounds` [{`preset`, `series`, `actual`, `fitted`,
    /// `heldOut`, `persistence`, `regression`, `regressionHeldOut`, `exactFitted`,
    /// `exactHeldOut`}] and `errors`.
    /// - Throws: ``ScenarioError`` when a number cannot be written (not finite).
    public func jsonReport(plan: CalibrationPlan) throws(ScenarioError) -> Data {
        let study = self
        struct Agreement: Encodable { var firstYearTotal: Double; var duration: Double }
        struct Total: Encodable { var firstYearTotal: Double? }
        struct Parameter: Encodable { var path: String; var value: Double; var standardError: Double?; var identified: Bool }
        struct Round: Encodable {
            var preset: String
            var series: String
            var actual: Agreement
            var fitted: Agreement?
            var heldOut: Agreement?
            var persistence: Total
            var regression: Total
            var regressionHeldOut: Total?
            var exactFitted: Total
            var exactHeldOut: Total?
        }
        struct Document: Encodable {
            var kind = "frontier-calibration"
            var version = FrontierVersion.current
            var solution: String
            var temperature: Double
            var iterations: Int
            var converged: Bool
            var parameters: [Parameter]
            var rounds: [Round]
            var errors: Errors
        }
        struct Errors: Encodable {
            var fitted: Double?, heldOut: Double?, persistence: Double, regression: Double?, regressionHeldOut: Double?
            var regressionRounds: Int, regressionHeldOutRounds: Int?
        }
        func agreement(_ s: SmoothedAgreement?) -> Agreement? { s.map { Agreement(firstYearTotal: $0.firstYearTotal, duration: $0.duration) } }
        let loo = !study.heldOutFits.isEmpty
        let doc = Document(
            solution: plan.solution == .nash && plan.power != 0.5 ? "asymmetric-nash" : plan.solution.rawValue, temperature: plan.temperature,
            iterations: study.fit.iterations,
            converged: study.fit.converged,
            parameters: study.fit.parameters.map { Parameter(path: $0.path, value: $0.value, standardError: $0.identified ? $0.standardError : nil,
                                                             identified: $0.identified) },
            rounds: study.rows.map { r in
                Round(preset: r.name, series: r.series, actual: Agreement(firstYearTotal: r.actualTotal, duration: Double(r.actualDuration)),
                      fitted: agreement(r.fitted), heldOut: loo ? agreement(r.heldOut) : nil,
                      persistence: Total(firstYearTotal: r.persistence), regression: Total(firstYearTotal: r.regression),
                      regressionHeldOut: loo ? Total(firstYearTotal: r.regressionHeldOut) : nil,
                      exactFitted: Total(firstYearTotal: r.exactFitted), exactHeldOut: loo ? Total(firstYearTotal: r.exactHeldOut) : nil)
            },
            errors: Errors(fitted: study.errors.fitted, heldOut: study.errors.heldOut, persistence: study.errors.persistence,
                           regression: study.errors.regression, regressionHeldOut: study.errors.regressionHeldOut,
                           regressionRounds: study.errors.regressionRounds,
                           regressionHeldOutRounds: loo ? study.errors.regressionHeldOutRounds : nil))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(doc) } catch {
            throw ScenarioError(path: "", message: "the calibration report cannot be written as JSON: \(error)")
        }
    }
}
