import CostSharing
import Dispatch
import Foundation

/// What the workbench's JSON API does, apart from HTTP: list the presets, hand out a preset's
/// scenario, and analyse a posted scenario into the JSON report of `frontier analyze --format json`
/// (strategy section included where the scenario has its inputs).
public struct WorkbenchService: Sendable {
    /// The largest request body accepted, in bytes (a scenario is a few kilobytes).
    public var maximumBodyBytes: Int
    let gate: AnalysisGate

    /// - Parameters:
    ///   - maximumBodyBytes: Larger bodies get 413.
    ///   - concurrentAnalyses: Analyses run at once; more wait, up to `queuedAnalyses`, and beyond
    ///     that get 503.
    public init(maximumBodyBytes: Int = 1 << 20, concurrentAnalyses: Int = 2, queuedAnalyses: Int = 8) {
        self.maximumBodyBytes = maximumBodyBytes
        gate = AnalysisGate(running: concurrentAnalyses, waiting: queuedAnalyses)
    }

    /// `[{"name": …, "summary": …, "default": true|false}]`.
    public func presetsJSON() -> String {
        "[" + Preset.all.map { p in
            "{\"name\": \(WorkbenchError.quoted(p.name)), \"summary\": \(WorkbenchError.quoted(p.summary)), "
                + "\"title\": \(WorkbenchError.quoted(p.scenario.title)), \"default\": \(p.name == Preset.defaultName)}"
        }.joined(separator: ", ") + "]"
    }

    /// The preset's scenario as JSON; 404 when there is none of that name.
    public func presetJSON(named name: String) throws(WorkbenchError) -> Data {
        let preset: Preset
        do { preset = try Preset.named(name) } catch { throw WorkbenchError(status: 404, path: "name", message: error.message) }
        do { return try preset.scenario.encodedJSON() } catch { throw WorkbenchError(status: 500, message: error.description) }
    }

    /// Analyses a scenario (JSON, as `frontier scenario` writes it) into the JSON report.
    /// - Throws: 413 above ``maximumBodyBytes``; 400 with the JSON path for an invalid scenario;
    ///   503 when too many analyses are waiting.
    /// - Parameter strategy: Whether to add the strategy section (when the scenario has its
    ///   inputs); it reruns the analysis for every term and win-set, so the page asks for it
    ///   after the main result is on screen.
    public func analyze(_ body: Data, strategy: Bool = true) async throws(WorkbenchError) -> Data {
        guard body.count <= maximumBodyBytes else {
            throw WorkbenchError(status: 413, message: "the request body is \(body.count) bytes; at most \(maximumBodyBytes) are accepted")
        }
        let scenario: Scenario
        do { scenario = try Scenario.decode(from: body) } catch { throw WorkbenchError(status: 400, path: error.path, message: error.message) }
        guard await gate.enter() else {
            throw WorkbenchError(status: 503, message: "too many analyses are running or waiting; try again shortly")
        }
        let result: Result<Data, WorkbenchError> = await withCheckedContinuation { done in
            // The analysis is CPU-bound: run it off the server's event loops.
            DispatchQueue.global(qos: .userInitiated).async { done.resume(returning: Self.report(scenario, strategy: strategy)) }
        }
        await gate.leave()
        return try result.get()
    }

    static func report(_ scenario: Scenario, strategy withStrategy: Bool) -> Result<Data, WorkbenchError> {
        do {
            let analysis = try CostSharingAnalysis(scenario: scenario)
            let strategy = withStrategy && StrategyAnalysis.applies(to: scenario) ? try StrategyAnalysis(analysis: analysis) : nil
            return .success(try analysis.jsonReport(strategy: strategy))
        } catch {
            return .failure(WorkbenchError(status: 400, path: error.path, message: error.message))
        }
    }
}
