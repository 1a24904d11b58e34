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
    public init(maximumBodyBytes: Int = 1 << 20, concurrentAnalyses: Int = 2, queuedAnalyses: Int = 64) {
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

    /// The most draws the workbench runs in one sampled analysis (the library allows more; the
    /// page's runs are interactive).
    public static let maximumSamples = 20_000

    /// A sampled analysis of a posted scenario (it needs an `uncertainty` section): `count` draws
    /// from `seed`, streamed as a ``LongRun`` whose report is the JSON of
    /// `frontier analyze --samples COUNT --seed SEED --format json` (the analysis and its
    /// `samples` section with the tornado table).
    /// - Throws: 413 or 400 (with the JSON path) before anything runs: a bad body, a scenario
    ///   without uncertainty, a count outside 1…``maximumSamples``.
    public func samples(_ body: Data, count: Int, seed: UInt64) throws(WorkbenchError) -> LongRun {
        let scenario = try decodeScenario(body)
        guard (1...Self.maximumSamples).contains(count) else {
            throw WorkbenchError(status: 400, path: "count", message: "the number of samples must be between 1 and \(Self.maximumSamples), found \(count)")
        }
        guard !scenario.uncertainty.isEmpty else {
            throw WorkbenchError(status: 400, path: "uncertainty", message: "sampling needs an uncertainty section (parameter paths with distributions)")
        }
        return LongRun { progress in
            do throws(ScenarioError) {
                let sampled = try SampledAnalysis(scenario: scenario, count: count, seed: seed, progress: progress)
                return .success(try sampled.jsonReport(analysis: try CostSharingAnalysis(scenario: scenario)))
            } catch {
                return .failure(WorkbenchError(status: 400, path: error.path, message: error.message))
            }
        }
    }

    /// A calibration of presets against their actual agreements, streamed as a ``LongRun`` whose
    /// report is the JSON of `frontier calibrate --format json`. The body is a calibration plan
    /// (the JSON of `frontier calibrate --plan`); an empty body is the default plan (five SMA
    /// rounds, the default free parameters).
    /// - Throws: 413, or 400 with the plan's JSON path: a malformed plan, or a round given as a
    ///   scenario file (the server reads no files: use `frontier calibrate --plan` for those).
    public func calibration(_ body: Data) throws(WorkbenchError) -> LongRun {
        guard body.count <= maximumBodyBytes else {
            throw WorkbenchError(status: 413, message: "the request body is \(body.count) bytes; at most \(maximumBodyBytes) are accepted")
        }
        var plan = CalibrationPlan()
        if !body.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
            do { plan = try CalibrationPlan.decode(from: body) } catch { throw WorkbenchError(status: 400, path: error.path, message: error.message) }
        }
        do { try plan.validate() } catch { throw WorkbenchError(status: 400, path: error.path, message: error.message) }
        var rounds: [Scenario] = []
        for (i, round) in plan.rounds.enumerated() {
            switch round.source {
            case .preset(let name):
                do { rounds.append(try Preset.named(name).scenario) } catch {
                    throw WorkbenchError(status: 400, path: "rounds[\(i)].preset", message: error.message)
                }
            case .scenario:
                throw WorkbenchError(status: 400, path: "rounds[\(i)].scenario",
                                     message: "the workbench calibrates presets only; run `frontier calibrate --plan FILE` for rounds in scenario files")
            }
        }
        return LongRun { [plan, rounds] progress in
            do throws(ScenarioError) {
                let study = try CalibrationStudy(plan: plan, rounds: rounds, progress: progress)
                return .success(try study.jsonReport(plan: plan))
            } catch {
                return .failure(WorkbenchError(status: 400, path: error.path, message: error.message))
            }
        }
    }

    /// Streams `run` under this service's queue (see ``LongRun``), calling `emit` with each line.
    public func stream(_ run: LongRun, emit: (String) async throws -> Void) async throws {
        try await run.stream(gate: gate, emit: emit)
    }

    func decodeScenario(_ body: Data) throws(WorkbenchError) -> Scenario {
        guard body.count <= maximumBodyBytes else {
            throw WorkbenchError(status: 413, message: "the request body is \(body.count) bytes; at most \(maximumBodyBytes) are accepted")
        }
        do { return try Scenario.decode(from: body) } catch { throw WorkbenchError(status: 400, path: error.path, message: error.message) }
    }
}
