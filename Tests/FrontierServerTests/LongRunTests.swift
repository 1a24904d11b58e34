import CostSharing
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FrontierServer

/// The streamed long runs: samples and calibration as NDJSON, their errors before the stream
/// starts, and cancellation when the client goes away.
@Suite struct LongRunTests {
    func app(_ service: WorkbenchService = WorkbenchService()) -> some ApplicationProtocol {
        Application(router: WorkbenchServer.router(service: service))
    }

    /// Every line of an NDJSON body, parsed.
    func lines(_ buffer: ByteBuffer) throws -> [[String: Any]] {
        let text = String(buffer: buffer)
        #expect(text.hasSuffix("\n"))
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    /// The samples' report is the one `frontier analyze --samples` writes: the same tornado table
    /// as the library's, after progress lines that only rise.
    @Test func samplesStreamProgressThenTheReport() async throws {
        let scenario = Preset.sma2021.scenario
        let expected = try SampledAnalysis(scenario: scenario, count: 40, seed: 7)
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/samples?count=40&seed=7", method: .post,
                                     body: ByteBuffer(bytes: try scenario.encodedJSON())) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/x-ndjson") == true)
                let all = try lines(response.body)
                let last = try #require(all.last)
                let report = try #require(last["report"] as? [String: Any])
                let samples = try #require(report["samples"] as? [String: Any])
                #expect(samples["count"] as? Int == 40)
                let tornado = try #require(samples["tornado"] as? [[String: Any]])
                #expect(tornado.compactMap { $0["path"] as? String } == expected.tornado.map(\.path))
                let fractions = all.dropLast().compactMap { $0["progress"] as? Double }
                #expect(fractions.count == all.count - 1)
                #expect(fractions == fractions.sorted() && fractions.allSatisfy { (0...1).contains($0) })
            }
        }
    }

    @Test func badSampleRequestsAreRefusedBeforeTheStream() async throws {
        var scenarioWithout = Preset.sma2021.scenario
        scenarioWithout.uncertainty = [:]
        let certain = scenarioWithout
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/samples?count=10", method: .post, body: ByteBuffer(bytes: try certain.encodedJSON())) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("\"path\": \"uncertainty\""))
            }
            let scenario = try Preset.sma2021.scenario.encodedJSON()
            for query in ["count=0", "count=\(WorkbenchService.maximumSamples + 1)"] {
                try await client.execute(uri: "/api/samples?" + query, method: .post, body: ByteBuffer(bytes: scenario)) { response in
                    #expect(response.status == .badRequest)
                    #expect(String(buffer: response.body).contains("\"path\": \"count\""))
                }
            }
            try await client.execute(uri: "/api/samples?count=ten", method: .post, body: ByteBuffer(bytes: scenario)) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/samples", method: .post, body: ByteBuffer(string: "{\"name\": 1}")) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    /// A small plan calibrates through the API to the study the library computes; a round in a
    /// scenario file is refused (the server reads no files), with the plan's JSON path.
    @Test func calibrationStreamsTheStudy() async throws {
        let plan = #"{"rounds": [{"preset": "sma-2019"}, {"preset": "sma-2021"}], "free": ["recipient.headlineWeight"], "maximumIterations": 3}"#
        let decoded = try CalibrationPlan.decode(from: Data(plan.utf8))
        let study = try CalibrationStudy(plan: decoded, rounds: [Preset.named("sma-2019").scenario, Preset.named("sma-2021").scenario])
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/calibrate", method: .post, body: ByteBuffer(string: plan)) { response in
                #expect(response.status == .ok)
                let report = try #require(try lines(response.body).last?["report"] as? [String: Any])
                #expect(report["kind"] as? String == "frontier-calibration")
                let parameters = try #require(report["parameters"] as? [[String: Any]])
                let value = try #require(parameters.first?["value"] as? Double), fitted = try #require(study.fit.parameters.first?.value)
                #expect(abs(value - fitted) <= 1e-12 * abs(fitted))
            }
            let withFile = #"{"rounds": [{"preset": "sma-2019"}, {"scenario": "mine.json"}], "free": ["recipient.headlineWeight"]}"#
            try await client.execute(uri: "/api/calibrate", method: .post, body: ByteBuffer(string: withFile)) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("\"path\": \"rounds[1].scenario\""))
            }
            try await client.execute(uri: "/api/calibrate", method: .post, body: ByteBuffer(string: #"{"free": 3}"#)) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    /// A client that stops reading cancels the run: the first progress line fails to send, the
    /// computation stops at its next check, and the queue slot is free again.
    @Test func aClosedConnectionCancelsTheRun() async throws {
        let gate = AnalysisGate(running: 1, waiting: 0)
        let ending = Ending()
        let run = LongRun { progress in
            // Stands in for a long computation: it runs until cancelled, or gives up after 30
            // minutes. The first progress line is due after 0.2 s, but the streaming task waits for
            // a thread of the cooperative pool, which the suite's long synchronous tests can hold
            // for as long as they run (two threads on a two-core machine).
            let started = Date()
            while Date().timeIntervalSince(started) < 1_800 {
                do throws(ScenarioError) { try progress.check() } catch {
                    ending.set("cancelled")
                    return .failure(WorkbenchError(status: 400, message: error.message))
                }
                progress.update(fraction: 0.5, stage: "working")
                Thread.sleep(forTimeInterval: 0.01)
            }
            ending.set("ran to the end")
            return .success(Data("{}".utf8))
        }
        struct Gone: Error {}
        await #expect(throws: Gone.self) {
            try await run.stream(gate: gate) { _ in throw Gone() }
        }
        #expect(ending.value == "cancelled")
        #expect(await gate.enter())   // the slot was given back
    }

    /// How the stand-in computation ended, written from its worker thread.
    final class Ending: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        var value: String { lock.withLock { text } }
        func set(_ s: String) { lock.withLock { text = s } }
    }

    /// The library side of cancellation: a cancelled progress stops a sampled analysis and a
    /// calibration with the cancellation message.
    @Test func cancelledProgressStopsTheLibraryRuns() throws {
        let progress = AnalysisProgress()
        progress.cancel()
        #expect(throws: ScenarioError(path: "", message: AnalysisProgress.cancelledMessage)) {
            try SampledAnalysis(scenario: Preset.sma2021.scenario, count: 50, seed: 1, progress: progress)
        }
        let plan = CalibrationPlan(rounds: [.init(.preset("sma-2019")), .init(.preset("sma-2021"))], free: ["recipient.headlineWeight"])
        #expect(throws: ScenarioError(path: "", message: AnalysisProgress.cancelledMessage)) {
            try CalibrationStudy(plan: plan, rounds: [Preset.named("sma-2019").scenario, Preset.named("sma-2021").scenario], progress: progress)
        }
        let watched = AnalysisProgress()
        _ = try SampledAnalysis(scenario: Preset.sma2021.scenario, count: 30, seed: 1, progress: watched)
        #expect(watched.snapshot.fraction == 1)
    }
}
