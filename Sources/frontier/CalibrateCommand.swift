import ArgumentParser
import CostSharing
import Foundation

/// `frontier calibrate`: fits shared parameters of several rounds to the agreements they reached,
/// against persistence and a regression, optionally with each round held out.
struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit shared parameters of several rounds' presets to the agreements they reached.",
        discussion: """
            Fits the free parameters by Levenberg–Marquardt to each round's actual first-year total \
            (relative to its previous total), term and escalation rule, with a weak pull toward each \
            parameter's prior (its distribution in the round's uncertainty section, which also bounds \
            it). A free parameter is shared by every round, or with --per-era fitted once per era (the \
            US administration that concluded the round; --eras changes it). The prediction is the \
            chosen solution's softmax over the zone of agreement at --temperature: the Nash product's \
            (--power sets the recipient's bargaining power α of the asymmetric product; \
            --solution asymmetric-nash fits α too, as the free parameter "bargainingPower") or the \
            Kalai–Smorodinsky score's. --plan FILE reads all of this from a JSON calibration plan, \
            whose rounds may also be scenario files (see the analyst guide); options given on the \
            command line override the plan's. Prints each parameter with its standard error, or \
            "not identified" when the rounds' data cannot move it apart from the others; then one row \
            per round: actual, fitted, held out (with --leave-one-out: fitted to the other rounds only), \
            persistence (the previous total grown by the first forecast year's defense-budget growth) \
            and a least-squares regression of the total on the previous total within the round's series \
            (its currency, unless the plan says otherwise). --write DIR writes each round's scenario \
            with the fitted values.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: ArgumentHelp("A calibration plan (JSON): rounds with eras and series, free and per-era parameters, solution and settings; the options below override it.",
                                            valueName: "file"))
    var plan: String?

    @Option(name: .long, help: "The solution predicted: nash, asymmetric-nash (which also fits the bargaining power α) or kalai-smorodinsky.")
    var solution: CalibrationPlan.Solution?

    @Option(name: .long, help: "Comma-separated preset names, in order (default: every SMA round preset with an actual agreement).")
    var presets: String?

    @Option(name: .long, help: "Comma-separated parameter paths to fit (default: every path all rounds give a distribution).")
    var free: String?

    @Flag(name: .long, help: "Also predict each round from a fit to the other rounds.")
    var leaveOneOut = false

    @Option(name: .long, help: "Smoothing temperature τ of the predicted agreement (units of the log score; default 0.02).")
    var temperature: Double?

    @Option(name: .long, help: "The recipient's bargaining power α in (0, 1) for --solution nash (default 0.5, Nash's solution).")
    var power: Double?

    @Option(name: .long, help: "Report format: text or json.")
    var format: Format = .text

    @Option(name: .long, help: "Comma-separated parameter paths fitted once per era (US administration) instead of shared.")
    var perEra: String?

    @Option(name: .long, help: "Each round's era as NAME=ERA,… (default: the US administration that concluded each preset's round).")
    var eras: String?

    @Option(name: .long, help: "Write each round's scenario with the fitted values into DIR.")
    var write: String?

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    /// The plan file (or the defaults) with the command line's options applied.
    func resolvedPlan() throws(CommandFailure) -> (plan: CalibrationPlan, folder: String) {
        var plan = CalibrationPlan(), folder = FileManager.default.currentDirectoryPath
        if let file = self.plan {
            do { plan = try CalibrationPlan.decode(from: try JSONInputLimits().readFile(atPath: file)) } catch {
                throw CommandFailure("\(file): \(error.description)")
            }
            folder = (file as NSString).deletingLastPathComponent
        }
        if let presets { plan.rounds = Self.list(presets).map { CalibrationPlan.Round(.preset($0)) } }
        if let free { plan.free = Self.list(free) }
        if let perEra { plan.perEra = Self.list(perEra) }
        if let solution { plan.solution = solution }
        if let temperature { plan.temperature = temperature }
        if let power { plan.power = power }
        if leaveOneOut { plan.leaveOneOut = true }
        do { try plan.validate() } catch {
            // A value from the command line is named by its option, one from the file by its path.
            let option = ["temperature": "--temperature", "power": "--power", "free": "--free", "perEra": "--per-era", "rounds": "--presets"]
            let key = String(error.path.prefix { $0 != "[" && $0 != "." })
            let fromLine = ["temperature": temperature != nil, "power": power != nil, "free": free != nil, "perEra": perEra != nil,
                            "rounds": presets != nil][key] ?? false
            throw CommandFailure(fromLine ? "\(option[key]!): \(error.message)" : "\(self.plan ?? "calibrate"): \(error.description)")
        }
        return (plan, folder.isEmpty ? "." : folder)
    }

    func run() throws {
        var (plan, folder) = try resolvedPlan()
        var rounds: [Scenario] = []
        for (i, round) in plan.rounds.enumerated() {
            switch round.source {
            case .preset(let name):
                do { rounds.append(try Preset.named(name).scenario) } catch {
                    throw CommandFailure(self.plan.map { "\($0): rounds[\(i)].preset: \(error.description)" } ?? "--presets: \(error.description)")
                }
            case .scenario(let path):
                let full = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
                let data: Data
                do { data = try JSONInputLimits().readFile(atPath: full) } catch {
                    throw CommandFailure(error.message == "cannot read the file"
                        ? "\(self.plan ?? "calibrate"): rounds[\(i)].scenario: cannot read \(full)" : "\(full): \(error.description)")
                }
                do { rounds.append(try Scenario.decode(from: data)) } catch { throw CommandFailure("\(full): \(error.description)") }
            }
        }
        if let eras {
            for item in eras.split(separator: ",") {
                let kv = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2, !kv[1].isEmpty, !kv[1].contains("@") else {
                    throw CommandFailure("--eras: expected NAME=ERA,… (e.g. sma-2019=trump), found \"\(item)\"")
                }
                guard let i = rounds.firstIndex(where: { $0.name == kv[0] }) else {
                    throw CommandFailure("--eras: no round is named \(kv[0]) (rounds: \(rounds.map(\.name).joined(separator: ", ")))")
                }
                plan.rounds[i].era = kv[1]
            }
        }
        let study: CalibrationStudy
        do {
            study = try CalibrationStudy(plan: plan, rounds: rounds)
        } catch {
            // A problem with the plan's own fields is named in the plan file.
            let planField = ["rounds", "free", "perEra"].contains(String(error.path.prefix { $0 != "[" && $0 != "." }))
            throw CommandFailure((planField ? (self.plan ?? "calibrate") : "calibrate") + ": " + error.description)
        }
        let eraOf = (try? plan.parameters(for: rounds).eras) ?? [:]
        if let write {
            do { try FileManager.default.createDirectory(atPath: write, withIntermediateDirectories: true) } catch {
                throw CommandFailure("--write: cannot create \(write): \(error.localizedDescription)")
            }
            for s in rounds {
                do {
                    let fitted = try s.setting(study.fit.values(forEra: eraOf[s.name]).paths)
                    let path = (write as NSString).appendingPathComponent("\(s.name)-calibrated.json")
                    try fitted.encodedJSON().write(to: URL(fileURLWithPath: path))
                } catch let error as ScenarioError {
                    throw CommandFailure("--write: \(s.name): \(error.description)")
                } catch {
                    throw CommandFailure("--write: \(error.localizedDescription)")
                }
            }
        }
        switch format {
        case .text: print(text(study, plan: plan), terminator: "")
        case .json:
            do { print(String(decoding: try json(study, plan: plan), as: UTF8.self)) } catch {
                throw CommandFailure("calibrate: the report cannot be written as JSON: \(error)")
            }
        }
    }

    /// The solution's name in prose.
    static func describe(_ plan: CalibrationPlan) -> String {
        switch plan.solution {
        case .nash: plan.power == 0.5 ? "Nash" : "asymmetric Nash, α = \(plan.power)"
        case .asymmetricNash: "asymmetric Nash, α fitted"
        case .kalaiSmorodinsky: "Kalai–Smorodinsky"
        }
    }

    func text(_ study: CalibrationStudy, plan: CalibrationPlan) -> String {
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

    func json(_ study: CalibrationStudy, plan: CalibrationPlan) throws -> Data {
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
        return try encoder.encode(doc)
    }
}
