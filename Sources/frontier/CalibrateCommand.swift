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
        case .text: print(study.textReport(plan: plan), terminator: "")
        case .json:
            do { print(String(decoding: try study.jsonReport(plan: plan), as: UTF8.self)) } catch {
                throw CommandFailure("calibrate: \(error.description)")
            }
        }
    }
}
