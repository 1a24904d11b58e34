import ArgumentParser
import CostSharing
import Foundation

/// `frontier analyze`: analyse a cost-sharing scenario (a JSON file or a built-in preset).
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a cost-sharing scenario: frontier, zone of agreement, bargaining solutions.",
        discussion: """
            With no scenario file and no --preset, analyses the built-in \(Preset.defaultName) preset. \
            --plot FILE.svg writes two SVG files: FILE.svg (utility space) and FILE-domain.svg \
            (the frontier in domain terms). Errors print one line on stderr and exit with status 2.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Argument(help: "A scenario JSON file (see `frontier scenario NAME` for a template).")
    var scenarioFile: String?

    @Option(name: .long, help: "A built-in preset (see `frontier presets`).")
    var preset: String?

    @Option(name: .long, help: "Report format: text, json or csv.")
    var format: Format = .text

    @Option(name: .long, help: "Write SVG plots to FILE.svg and FILE-domain.svg.")
    var plot: String?

    @Flag(name: .long, help: "Print one line of stage timings on stderr.")
    var timing = false

    func run() throws {
        let clock = ContinuousClock()
        let scenario = loadScenario()
        let analysis: CostSharingAnalysis
        do { analysis = try CostSharingAnalysis(scenario: scenario) } catch { analyzeFailure(error.description) }

        let reportStart = clock.now
        let output: String
        switch format {
        case .text: output = analysis.textReport()
        case .json: output = String(decoding: analysis.jsonReport(), as: UTF8.self) + "\n"
        case .csv: output = analysis.csvReport()
        }
        if let plot {
            let domainPath = plot.hasSuffix(".svg") ? String(plot.dropLast(4)) + "-domain.svg" : plot + "-domain.svg"
            for (path, svg) in [(plot, analysis.utilitySpaceSVG()), (domainPath, analysis.domainSVG())] {
                do { try svg.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                    analyzeFailure("--plot: cannot write \(path): \(error.localizedDescription)")
                }
            }
        }
        let report = clock.now - reportStart
        FileHandle.standardOutput.write(Data(output.utf8))
        if timing {
            let t = analysis.timings
            let r = Double(report.components.seconds) + Double(report.components.attoseconds) * 1e-18
            let line = String(format: "timing: candidates %d, features %.3f s, utilities %.3f s, frontier %.3f s, solutions %.3f s, report %.3f s, total %.3f s\n",
                              analysis.candidateCount, t.features, t.utilities, t.frontier, t.solutions, r, t.total + r)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    private func loadScenario() -> Scenario {
        switch (scenarioFile, preset) {
        case (.some, .some):
            analyzeFailure("give either a scenario file or --preset, not both")
        case let (.some(path), nil):
            guard let data = FileManager.default.contents(atPath: path) else {
                analyzeFailure("\(path): cannot read the file")
            }
            do { return try Scenario.decode(from: data) } catch { analyzeFailure("\(path): \(error.description)") }
        case let (nil, .some(name)):
            do { return try Preset.named(name).scenario } catch { analyzeFailure(error.description) }
        case (nil, nil):
            do { return try Preset.named(Preset.defaultName).scenario } catch { analyzeFailure(error.description) }
        }
    }
}

/// Prints `message` as one line on stderr and exits with status 2 (data and usage errors).
/// The lead may replace this with the shared `CommandFailure` helper.
private func analyzeFailure(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("error: " + message.replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
    Foundation.exit(2)
}
