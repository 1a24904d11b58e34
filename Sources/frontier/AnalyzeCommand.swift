import ArgumentParser
import CostSharing
import Workbench
import Foundation
import CostSharingGenius

/// `frontier analyze`: analyse a cost-sharing scenario (a JSON file or a built-in preset).
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a cost-sharing scenario: frontier, zone of agreement, bargaining solutions.",
        discussion: """
            With no scenario file and no --preset, analyses the built-in \(Preset.defaultName) preset. \
            --plot FILE.svg writes two SVG files: FILE.svg (utility space) and FILE-domain.svg \
            (the frontier in domain terms); with --samples, three: FILE.svg (the solutions' spread in \
            utility space over the draws), FILE-domain.svg (each package's probability of being \
            Pareto-optimal) and FILE-tornado.svg (the tornado chart). A scenario with a `bargaining` \
            section or `linkedIssues` gets a Strategy section (alternating offers, patience, waiting, \
            terms, win-sets, packages both sides can call a win; JSON key "strategy"), and --plot adds \
            FILE-delay.svg (the agreement as delay costs vary) and, with linked issues, FILE-linkage.svg \
            (the frontier with and without them). --html FILE writes the whole report as one \
            self-contained HTML page with the interactive plots of `frontier serve` (it opens offline); \
            with --samples it holds the sampled analysis and its tornado chart too. \
            --export-genius DIR writes the scenario as a GENIUS negotiation for GENIUS or NegMAS agents: \
            DIR/<scenario>-domain.xml (one discrete issue "package" whose values are packages) and one \
            profile per party, DIR/<scenario>-<party>.xml (e.g. sma-2021-united-states.xml, \
            sma-2021-south-korea.xml). Each party's evaluation is its utility mapped affinely onto \
            [0, 1], its best exported package at 1 and the lower of its worst package and no deal at 0; \
            its reservation value is the no-deal utility mapped the same way (clipped to 1 only when no \
            deal beats every exported package). A comment at the top of each file gives the numbers. \
            --sweep PATH=FROM:THROUGH:STEP reruns the analysis for each value of one numeric \
            parameter (any JSON path of the scenario, e.g. recipient.headlineWeight or \
            noDeal.consequences[0].hostCostPerYear) and prints one line per value: the zone, both \
            reservation totals, Nash and Kalai–Smorodinsky. \
            --samples K [--seed S] [--robust-threshold P] analyses K draws of the scenario's \
            "uncertainty" section (a Latin hypercube design; each draw analysed exactly, as a full analysis \
            would) and prints the chance of a zone of agreement, each solution's percentiles, terms and \
            packages, the robust frontier, how often the actual agreement is dominated, and the tornado \
            table (each parameter at its 5th and 95th percentile, the others at their medians); json adds \
            these as "samples" to the single analysis's report; csv prints one row per draw. \
            --export-genius-packages chooses the packages: frontier (default: the Pareto frontier plus \
            the actual agreement) or all (every candidate plus the actual agreement); more than \
            --export-genius-max-packages packages is an error. \
            SCENARIO may also be a JSON report written by --format json: the scenario it carries is \
            analysed again. Warnings (fields that have no effect, figures at the grid's edge) print on \
            stderr as "warning: PATH: MESSAGE". Errors print one line on stderr and exit with status 2.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Argument(help: "A scenario JSON file (see `frontier scenario NAME` for a template), or a JSON report to rerun.")
    var scenarioFile: String?

    @Option(name: .long, help: "A built-in preset (see `frontier presets`).")
    var preset: String?

    @Option(name: .long, help: "Report format: text, json or csv.")
    var format: Format = .text

    @Option(name: .long, help: "Write SVG plots to FILE.svg and FILE-domain.svg (with --samples also FILE-tornado.svg; with a bargaining section also FILE-delay.svg, with linked issues FILE-linkage.svg).")
    var plot: String?

    @Option(name: .long, help: ArgumentHelp("Also write the whole report as one self-contained HTML file (interactive plots, opens offline).", valueName: "file"))
    var html: String?

    @Option(name: .long, help: ArgumentHelp("Write a GENIUS domain and one profile per party into DIR.", valueName: "DIR"))
    var exportGenius: String?

    @Option(name: .long, help: ArgumentHelp("Packages to export with --export-genius: frontier or all.", valueName: "set"))
    var exportGeniusPackages: CostSharingExportSelection = .frontier

    @Option(name: .long, help: ArgumentHelp("The most packages --export-genius may write.", valueName: "count"))
    var exportGeniusMaxPackages: Int = CostSharingExport.defaultMaximumPackages

    @Flag(name: .long, help: "Print one line of stage timings on stderr.")
    var timing = false

    @Option(name: .long, help: ArgumentHelp(
        "The largest scenario or report file accepted, in bytes (default 16 MiB); a larger one is refused before it is read.",
        valueName: "bytes"))
    var maxInputBytes: Int = JSONInputLimits.defaultMaximumBytes

    @Option(name: .long, help: ArgumentHelp("Rerun the analysis with one numeric parameter swept, e.g. recipient.headlineWeight=0.3:1:0.1; prints one line per value.",
                                            valueName: "PATH=FROM:THROUGH:STEP"))
    var sweep: String?

    @Option(name: .long, help: ArgumentHelp("Analyse K draws of the scenario's uncertainty section (a Latin hypercube design) and summarise them.",
                                            valueName: "K"))
    var samples: Int?

    @Option(name: .long, help: ArgumentHelp("Seed of the --samples design (the same seed gives the same output).", valueName: "S"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("With --samples: the share of draws a package must be on the frontier to count as robust.",
                                            valueName: "share"))
    var robustThreshold: Double = 0.9

    func run() throws {
        let clock = ContinuousClock()
        guard exportGeniusMaxPackages >= 1 else {
            throw CommandFailure("--export-genius-max-packages: \(exportGeniusMaxPackages) is not a positive count")
        }
        let scenario = try loadScenario()
        if html != nil, sweep != nil {
            throw CommandFailure("--html: writes an analysis's report (with --samples, its samples too); it cannot be combined with --sweep")
        }
        if let sweep {
            guard samples == nil else { throw CommandFailure("--sweep and --samples: give one of them") }
            return try runSweep(sweep, scenario: scenario)
        }
        if let samples { return try runSamples(samples, scenario: scenario) }
        let analysis: CostSharingAnalysis
        do { analysis = try CostSharingAnalysis(scenario: scenario) } catch {
            // Name the file, as for errors found while reading it.
            throw CommandFailure((scenarioFile.map { "\($0): " } ?? "") + error.description)
        }

        var strategy: StrategyAnalysis?
        if StrategyAnalysis.applies(to: scenario) {
            do { strategy = try StrategyAnalysis(analysis: analysis) } catch {
                throw CommandFailure((scenarioFile.map { "\($0): " } ?? "") + error.description)
            }
        }

        let reportStart = clock.now
        let output: String
        switch format {
        case .text: output = analysis.textReport() + (strategy?.textSection(scenario: analysis.scenario, analysis: analysis) ?? "")
        case .json:
            do { output = String(decoding: try analysis.jsonReport(strategy: strategy), as: UTF8.self) + "\n" } catch {
                throw CommandFailure(error.description)
            }
        case .csv: output = analysis.csvReport()
        }
        if let html {
            do {
                let report = try analysis.jsonReport(strategy: strategy)
                try WorkbenchPage.html(report: report).write(toFile: html, atomically: true, encoding: .utf8)
            } catch let error as ScenarioError {
                throw CommandFailure("--html: \(error.description)")
            } catch {
                throw CommandFailure("--html: cannot write \(html): \(error.localizedDescription)")
            }
        }
        if let plot {
            let domainPath = plot.hasSuffix(".svg") ? String(plot.dropLast(4)) + "-domain.svg" : plot + "-domain.svg"
            var files = [(plot, analysis.utilitySpaceSVG()), (domainPath, analysis.domainSVG())]
            let stem = plot.hasSuffix(".svg") ? String(plot.dropLast(4)) : plot
            if let svg = strategy?.delayCostSVG(scenario: analysis.scenario, analysis: analysis) { files.append((stem + "-delay.svg", svg)) }
            if let svg = strategy?.linkage?.linkageSVG(scenario: analysis.scenario) { files.append((stem + "-linkage.svg", svg)) }
            for (path, svg) in files {
                do { try svg.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                    throw CommandFailure("--plot: cannot write \(path): \(error.localizedDescription)")
                }
            }
        }
        if let exportGenius {
            do {
                let export = try CostSharingExport(analysis: analysis, selection: exportGeniusPackages,
                                                   maximumPackages: exportGeniusMaxPackages)
                try export.write(to: URL(fileURLWithPath: exportGenius))
            } catch {
                throw CommandFailure("--export-genius: \(error.description)")
            }
        }
        let report = clock.now - reportStart
        for warning in analysis.warnings {
            FileHandle.standardError.write(Data("warning: \(warning.description)\n".utf8))
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if timing {
            let t = analysis.timings
            let r = Double(report.components.seconds) + Double(report.components.attoseconds) * 1e-18
            func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
            let line = "timing candidates=\(analysis.candidateCount) features_ms=\(ms(t.features))"
                + " utilities_ms=\(ms(t.utilities)) frontier_ms=\(ms(t.frontier)) solutions_ms=\(ms(t.solutions))"
                + " report_ms=\(ms(r)) total_ms=\(ms(t.total + r))\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// `--sweep PATH=FROM:THROUGH:STEP`: one analysis per value, one line (or row) each.
    private func runSweep(_ spec: String, scenario: Scenario) throws {
        guard plot == nil, exportGenius == nil else {
            throw CommandFailure("--sweep: cannot be combined with --plot or --export-genius")
        }
        let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
        let range = parts.count == 2 ? parts[1].split(separator: ":").map { Double($0) } : []
        guard parts.count == 2, range.count == 3, let from = range[0], let through = range[1], let step = range[2],
              from.isFinite, through.isFinite, step.isFinite, step > 0, through >= from else {
            throw CommandFailure("--sweep: expected PATH=FROM:THROUGH:STEP with FROM ≤ THROUGH and STEP > 0 "
                                        + "(e.g. recipient.headlineWeight=0.3:1:0.1), found \"\(spec)\"")
        }
        let steps = Steps(from: from, through: through, step: step)
        guard steps.count <= ParameterSweep.maximumValues else {
            throw CommandFailure("--sweep: \(steps.count == Int.max ? "too many" : String(steps.count)) values, more than the "
                                        + "\(ParameterSweep.maximumValues) allowed; use a larger STEP")
        }
        let result: ParameterSweep
        do { result = try ParameterSweep(scenario: scenario, path: parts[0], values: steps.values) } catch {
            throw CommandFailure("--sweep: " + (scenarioFile.map { "\($0): " } ?? "") + error.description)
        }
        let output: String
        switch format {
        case .text: output = result.textReport(scenario: scenario)
        case .csv: output = result.csvReport()
        case .json:
            do { output = String(decoding: try result.jsonReport(scenario: scenario), as: UTF8.self) + "\n" } catch {
                throw CommandFailure(error.description)
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// `--samples K [--seed S]`: K analyses over the scenario's uncertainty section, summarised.
    private func runSamples(_ k: Int, scenario: Scenario) throws {
        guard exportGenius == nil else {
            throw CommandFailure("--samples: cannot be combined with --export-genius")
        }
        let result: SampledAnalysis
        do { result = try SampledAnalysis(scenario: scenario, count: k, seed: seed, robustThreshold: robustThreshold) } catch {
            throw CommandFailure("--samples: " + (scenarioFile.map { "\($0): " } ?? "") + error.description)
        }
        func json() throws(CommandFailure) -> Data {
            do {
                return try result.jsonReport(analysis: try CostSharingAnalysis(scenario: scenario))
            } catch {
                throw CommandFailure((scenarioFile.map { "\($0): " } ?? "") + error.description)
            }
        }
        let output: String
        switch format {
        case .text: output = result.textReport(scenario: scenario)
        case .csv: output = result.csvReport()
        case .json: output = String(decoding: try json(), as: UTF8.self) + "\n"
        }
        if let html {
            let page = WorkbenchPage.html(report: try json())
            do { try page.write(toFile: html, atomically: true, encoding: .utf8) } catch {
                throw CommandFailure("--html: cannot write \(html): \(error.localizedDescription)")
            }
        }
        if let plot {
            let stem = plot.hasSuffix(".svg") ? String(plot.dropLast(4)) : plot
            for (path, svg) in [(plot, result.solutionSpreadSVG(scenario: scenario)),
                                (stem + "-domain.svg", result.frontierProbabilitySVG(scenario: scenario)),
                                (stem + "-tornado.svg", result.tornadoSVG(scenario: scenario))] {
                do { try svg.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                    throw CommandFailure("--plot: cannot write \(path): \(error.localizedDescription)")
                }
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func loadScenario() throws(CommandFailure) -> Scenario {
        switch (scenarioFile, preset) {
        case (.some, .some):
            throw CommandFailure("give either a scenario file or --preset, not both")
        case let (.some(path), nil):
            guard maxInputBytes >= 1 else {
                throw CommandFailure("--max-input-bytes: expected a byte count of at least 1, found \(maxInputBytes)")
            }
            let limits = JSONInputLimits(maximumBytes: maxInputBytes)
            do {
                let data = try limits.readFile(atPath: path)
                return Scenario.isReport(data) ? try Scenario.decode(fromReport: data, limits: limits)
                    : try Scenario.decode(from: data, limits: limits)
            } catch { throw CommandFailure("\(path): \(error.description)") }
        case let (nil, .some(name)):
            do { return try Preset.named(name).scenario } catch { throw CommandFailure(error.description) }
        case (nil, nil):
            do { return try Preset.named(Preset.defaultName).scenario } catch { throw CommandFailure(error.description) }
        }
    }
}
