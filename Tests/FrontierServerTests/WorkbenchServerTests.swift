import CostSharing
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FrontierServer
import Workbench

/// The workbench's JSON API, in process (Hummingbird's router test framework).
@Suite struct WorkbenchServerTests {
    func app(_ service: WorkbenchService = WorkbenchService()) -> some ApplicationProtocol {
        Application(router: WorkbenchServer.router(service: service))
    }

    func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any])
    }

    @Test func presetsAreListedAndServed() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/api/presets", method: .get) { response in
                #expect(response.status == .ok)
                let list = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
                #expect(list.compactMap { $0["name"] as? String } == Preset.all.map(\.name))
                #expect(list.filter { $0["default"] as? Bool == true }.compactMap { $0["name"] as? String } == [Preset.defaultName])
            }
            try await client.execute(uri: "/api/presets/sma-2021", method: .get) { response in
                #expect(response.status == .ok)
                let scenario = try Scenario.decode(from: Data(response.body.readableBytesView))
                #expect(scenario == Preset.sma2021.scenario)
            }
            try await client.execute(uri: "/api/presets/sma-1999", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try object(response.body)
                #expect(body["path"] as? String == "name" && (body["message"] as? String)?.contains("sma-1999") == true)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body).contains("Frontier workbench"))
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            }
        }
    }

    /// A posted scenario gives the report of `frontier analyze --format json`; a bad field gives 400
    /// with its JSON path; an oversized body 413.
    @Test func analysesAndErrors() async throws {
        let service = WorkbenchService(maximumBodyBytes: 200_000)
        try await app(service).test(.router) { client in
            let scenario = try Preset.sma2024.scenario.encodedJSON()
            try await client.execute(uri: "/api/analyze", method: .post, body: ByteBuffer(bytes: scenario)) { response in
                #expect(response.status == .ok)
                let report = try object(response.body)
                #expect(report["kind"] as? String == "frontier-analysis")
                let expected = try CostSharingAnalysis(scenario: Preset.sma2024.scenario)
                let nash = (report["solutions"] as? [String: Any])?["nash"] as? [String: Any]
                #expect((nash?["package"] as? [String: Any])?["firstYearTotal"] as? Double == expected.solutions.nash?.package.firstYearTotal)
            }
            var bad = Preset.sma2024.scenario
            bad.recipient.lossAversion = -1
            let text = String(decoding: try JSONEncoder().encode(bad), as: UTF8.self)
            try await client.execute(uri: "/api/analyze", method: .post, body: ByteBuffer(string: text)) { response in
                #expect(response.status == .badRequest)
                let body = try object(response.body)
                #expect(body["path"] as? String == "recipient.lossAversion")
            }
            try await client.execute(uri: "/api/analyze", method: .post, body: ByteBuffer(string: "{\"name\": ")) { response in
                #expect(response.status == .badRequest)
                let body = try object(response.body)
                #expect((body["message"] as? String)?.contains("JSON") == true)
            }
            try await client.execute(uri: "/api/analyze", method: .post, body: ByteBuffer(repeating: UInt8(ascii: " "), count: 300_000)) { response in
                #expect(response.status == .contentTooLarge)
                let body = try object(response.body)
                #expect((body["message"] as? String)?.contains("200000") == true)
            }
        }
    }

    /// The gate admits `running` analyses, queues `waiting` more, and refuses the rest at once.
    @Test func theGateBoundsConcurrentAnalyses() async throws {
        let gate = AnalysisGate(running: 1, waiting: 1)
        #expect(await gate.enter())
        let queued = Task { await gate.enter() }
        while await gate.queued == 0 { await Task.yield() }
        #expect(await gate.enter() == false, "the queue is full")
        await gate.leave()
        #expect(await queued.value)
        await gate.leave()
        #expect(await gate.enter())
        await gate.leave()
    }

    @Test func theOfflineReportCarriesItsDataSafely() throws {
        var s = Preset.sma2024.scenario
        s.notes.append("a note with </script> inside")
        let report = try CostSharingAnalysis(scenario: s).jsonReport()
        let page = WorkbenchPage.html(report: report)
        #expect(page.contains("const REPORT = {"))
        #expect(page.components(separatedBy: "</script>").count == 2, "only the page's own closing tag")
        #expect(WorkbenchPage.html(report: nil).contains("const REPORT = null;"))
    }
}
