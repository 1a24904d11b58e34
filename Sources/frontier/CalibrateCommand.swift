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
            Fits the free parameters (shared by every round) by Levenberg–Marquardt to each round's \
            actual first-year total (relative to its previous total), term and escalation rule, with a \
            weak pull toward each parameter's prior (its distribution in the first round's uncertainty \
            section, which also bounds it). The prediction is the Nash product's softmax over the zone \
            of agreement at --temperature (the smoothed Nash solution; --power sets the recipient's \
            bargaining power α of the asymmetric product; --solution asymmetric-nash fits α too, as the \
            free parameter "bargainingPower"). Prints each parameter with its standard \
            error, or "not identified" when no round's data moves it; then one row per round: actual, \
            fitted, held out (with --leave-one-out: fitted to the other rounds only), persistence (the \
            previous total grown by the first forecast year's defense-budget growth) and a least-squares \
            regression of the total on the previous total. --write DIR writes each round's scenario \
            with the fitted values.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    enum Solution: String, ExpressibleByArgument, CaseIterable { case nash, asymmetricNash = "asymmetric-nash" }

    @Option(name: .long, help: "The solution predicted: nash, or asymmetric-nash (which also fits the bargaining power α).")
    var solution: Solution = .nash

    @Option(name: .long, help: "Comma-separated preset names, in order (default: every SMA round preset with an actual agreement).")
    var presets: String?

    @Option(name: .long, help: "Comma-separated parameter paths to fit (default: every path all rounds give a distribution).")
    var free: String?

    @Flag(name: .long, help: "Also predict each round from a fit to the other rounds.")
    var leaveOneOut = false

    @Option(name: .long, help: "Smoothing temperature τ of the predicted agreement (units of the log Nash product).")
    var temperature = 0.02

    @Option(name: .long, help: "The recipient's bargaining power α in (0, 1); 0.5 is Nash.")
    var power = 0.5

    @Option(name: .long, help: "Report format: text or json.")
    var format: Format = .text

    @Option(name: .long, help: "Comma-separated parameter paths fitted once per era (US administration) instead of shared.")
    var perEra: String?

    @Option(name: .long, help: "Each round's era as PRESET=ERA,… (default: the US administration of each SMA preset).")
    var eras: String?

    /// The US administration under which each SMA preset's round was negotiated.
    static let defaultEras = ["sma-2009": "bush", "sma-2014": "obama", "sma-2019": "trump", "sma-2020": "trump",
                              "sma-2021": "biden", "sma-2024": "biden"]

    @Option(name: .long, help: "Write each round's scenario with the fitted values into DIR.")
    var write: String?

    func run() throws {
        let names = presets.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
            ?? Preset.all.map(\.name).filter { $0.hasPrefix("sma-") && $0 != "sma-2020" }
        var rounds: [Scenario] = []
        for name in names {
            do { rounds.append(try Preset.named(name).scenario) } catch { throw CommandFailure.report("--presets: \(error.description)") }
        }
        var paths: [String]
        if let free {
            paths = free.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        } else {
            paths = (rounds.first?.uncertainty.keys.sorted() ?? []).filter { p in rounds.allSatisfy { $0.uncertainty[p] != nil } }
        }
        if solution == .asymmetricNash && !paths.contains(Calibration.bargainingPowerPath) {
            paths.append(Calibration.bargainingPowerPath)
        }
        if solution == .nash && paths.contains(Calibration.bargainingPowerPath) {
            throw CommandFailure.report("--free: \(Calibration.bargainingPowerPath) is fitted only with --solution asymmetric-nash")
        }
        var eraOf = Self.defaultEras
        if let eras {
            for item in eras.split(separator: ",") {
                let kv = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2, !kv[1].isEmpty, !kv[1].contains("@") else {
                    throw CommandFailure.report("--eras: expected PRESET=ERA,… (e.g. sma-2019=trump), found \"\(item)\"")
                }
                eraOf[kv[0]] = kv[1]
            }
        }
        let perEraPaths = perEra.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } ?? []
        for p in perEraPaths where !paths.contains(p) {
            throw CommandFailure.report("--per-era: \(p) is not among the free parameters")
        }
        for r in rounds where eraOf[r.name] == nil && !perEraPaths.isEmpty {
            throw CommandFailure.report("--eras: no era for \(r.name); give one with --eras \(r.name)=ERA")
        }
        let roundEras = rounds.compactMap { eraOf[$0.name] }
        var expanded: [String] = []
        for p in paths {
            if perEraPaths.contains(p) {
                for e in roundEras.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } { expanded.append("\(p)@\(e)") }
            } else {
                expanded.append(p)
            }
        }
        let eras = eraOf
        let study: CalibrationStudy
        do {
            study = try CalibrationStudy(rounds: rounds, paths: expanded, eras: eraOf, leaveOneOut: leaveOneOut,
                                         temperature: temperature, power: power)
        } catch {
            throw CommandFailure.report("calibrate: " + error.description)
        }
        if let write {
            do { try FileManager.default.createDirectory(atPath: write, withIntermediateDirectories: true) } catch {
                throw CommandFailure.report("--write: cannot create \(write): \(error.localizedDescription)")
            }
            for s in rounds {
                do {
                    let fitted = try s.setting(study.fit.values(forEra: eras[s.name]).paths)
                    let path = (write as NSString).appendingPathComponent("\(s.name)-calibrated.json")
                    try fitted.encodedJSON().write(to: URL(fileURLWithPath: path))
                } catch let error as ScenarioError {
                    throw CommandFailure.report("--write: \(s.name): \(error.description)")
                } catch {
                    throw CommandFailure.report("--write: \(error.localizedDescription)")
                }
            }
        }
        switch format {
        case .text: print(text(study), terminator: "")
        case .json:
            do { print(String(decoding: try json(study), as: UTF8.self)) } catch {
                throw CommandFailure.report("calibrate: the report cannot be written as JSON: \(error)")
            }
        }
    }

    func text(_ study: CalibrationStudy) -> String {
        let fit = study.fit
        var out = "Calibration of \(study.rows.count) rounds (\(study.rows.map(\.name).joined(separator: ", "))), smoothed "
            + (solution == .nash ? (power == 0.5 ? "Nash" : "asymmetric Nash, α = \(power)") : "asymmetric Nash, α fitted")
            + " at τ = \(temperature); "
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
        out += "(fitted and held out: the smoothed prediction the fit uses; exact: the \(solution == .nash && power == 0.5 ? "Nash" : "asymmetric Nash") "
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
        out += "Root mean squared error relative to the previous total: fitted \(pct(e.fitted)), held out \(pct(e.heldOut)), "
            + "persistence \(pct(e.persistence)), regression \(pct(e.regression)) (held out \(pct(e.regressionHeldOut))).\n"
        let candidates: [(String, Double?)] = study.heldOutFits.isEmpty
            ? [("the fitted model (in sample)", e.fitted), ("persistence", e.persistence), ("the regression (in sample)", e.regression)]
            : [("the model held out", e.heldOut), ("persistence", e.persistence), ("the regression held out", e.regressionHeldOut)]
        if let best = candidates.compactMap({ c in c.1.map { (c.0, $0) } }).min(by: { $0.1 < $1.1 }) {
            out += "Best predictor of the first-year total\(study.heldOutFits.isEmpty ? " (in sample; use --leave-one-out to judge on unseen rounds)" : " on rounds it did not see"): \(best.0).\n"
        }
        return out
    }

    func json(_ study: CalibrationStudy) throws -> Data {
        struct Agreement: Encodable { var firstYearTotal: Double; var duration: Double }
        struct Total: Encodable { var firstYearTotal: Double? }
        struct Parameter: Encodable { var path: String; var value: Double; var standardError: Double?; var identified: Bool }
        struct Round: Encodable {
            var preset: String
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
        }
        func agreement(_ s: SmoothedAgreement?) -> Agreement? { s.map { Agreement(firstYearTotal: $0.firstYearTotal, duration: $0.duration) } }
        let loo = !study.heldOutFits.isEmpty
        let doc = Document(
            solution: solution == .nash && power == 0.5 ? "nash" : "asymmetric-nash", temperature: temperature, iterations: study.fit.iterations,
            converged: study.fit.converged,
            parameters: study.fit.parameters.map { Parameter(path: $0.path, value: $0.value, standardError: $0.identified ? $0.standardError : nil,
                                                             identified: $0.identified) },
            rounds: study.rows.map { r in
                Round(preset: r.name, actual: Agreement(firstYearTotal: r.actualTotal, duration: Double(r.actualDuration)),
                      fitted: agreement(r.fitted), heldOut: loo ? agreement(r.heldOut) : nil,
                      persistence: Total(firstYearTotal: r.persistence), regression: Total(firstYearTotal: r.regression),
                      regressionHeldOut: loo ? Total(firstYearTotal: r.regressionHeldOut) : nil,
                      exactFitted: Total(firstYearTotal: r.exactFitted), exactHeldOut: loo ? Total(firstYearTotal: r.exactHeldOut) : nil)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(doc)
    }
}
