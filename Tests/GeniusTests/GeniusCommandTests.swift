import Foundation
import Testing

/// `frontier genius` end to end: runs the built tool on fixture files written to a temporary
/// directory. The tool is `.build/debug/frontier` under the package root (`swift build` or
/// `swift test` builds it).
@Suite struct GeniusCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tool = packageRoot.appendingPathComponent(".build/debug/frontier")

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func run(_ arguments: [String]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: Self.tool.path) else {
            Issue.record("the frontier tool is not built at \(Self.tool.path); run `swift build` first")
            return Run(status: -1, stdout: "", stderr: "")
        }
        let process = Process()
        process.executableURL = Self.tool
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func fixtureFiles() throws -> (directory: URL, domain: String, a: String, b: String) {
        let directory = try Fixtures.temporaryDirectory()
        func write(_ name: String, _ text: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
        return (directory, try write("mixed.xml", Fixtures.mixedDomain), try write("A.xml", Fixtures.mixedProfileA),
                try write("B.xml", Fixtures.mixedProfileB))
    }

    @Test func jsonOutputHasTheDocumentedShape() throws {
        let files = try fixtureFiles()
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let result = try run(["genius", files.domain, files.a, files.b, "--format", "json", "--real-steps", "3"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["outcomes", "reservation", "frontier", "nash", "kalaiSmorodinsky", "egalitarian", "utilitarian"])
        #expect(json["outcomes"] as? Int == 3 * 5 * 3)
        #expect(json["reservation"] as? [Double] == [0.2, 0])
        let frontier = try #require(json["frontier"] as? [[String: Any]])
        #expect(!frontier.isEmpty)
        for entry in frontier {
            #expect(Set(entry.keys) == ["outcome", "utilities", "count"])
            let outcome = try #require(entry["outcome"] as? [String: String])
            #expect(Set(outcome.keys) == ["colour", "delay", "rate"])
            #expect((entry["utilities"] as? [Double])?.count == 2)
            #expect((entry["count"] as? Int ?? 0) >= 1)
        }
        // Solutions are frontier entries that give A at least 0.2.
        let nash = try #require(json["nash"] as? [String: Any])
        let nashUtilities = try #require(nash["utilities"] as? [Double])
        #expect(frontier.contains { ($0["utilities"] as? [Double]) == nashUtilities })
        #expect(nashUtilities[0] >= 0.2)
        // Issue values come in domain order in the text of the output.
        let outcomeText = try #require(result.stdout.range(of: "\"outcome\": {\"colour\""))
        #expect(!outcomeText.isEmpty)
    }

    @Test func textOutputListsTheFrontierAndSolutions() throws {
        let files = try fixtureFiles()
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let result = try run(["genius", files.domain, files.a, files.b, "--timing"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Domain mixed: 3 issues, 315 outcomes"))
        for label in ["Pareto frontier:", "Nash", "Kalai-Smorodinsky", "Egalitarian", "Utilitarian", "colour", "delay", "rate"] {
            #expect(result.stdout.contains(label), "missing \(label)")
        }
        let timing = result.stderr.split(separator: "\n")
        #expect(timing.count == 1)
        #expect(timing.first?.contains(/^timing read_ms=[0-9.]+ frontier_ms=[0-9.]+ outcomes=315 frontier=[0-9]+$/) == true,
                "timing line: \(result.stderr)")
    }

    @Test func geniusWebJSONProfilesAreAccepted() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let domain = directory.appendingPathComponent("jobs.json"), a = directory.appendingPathComponent("employee")
        let b = directory.appendingPathComponent("employer.json")
        try Data(Fixtures.webDomain.utf8).write(to: domain)
        try Data(Fixtures.webProfileA.utf8).write(to: a)  // no extension: detected from content
        try Data(Fixtures.webProfileB.utf8).write(to: b)
        let result = try run(["genius", domain.path, a.path, b.path, "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["outcomes"] as? Int == 10)
        let reservation = try #require(json["reservation"] as? [Double])
        #expect(abs(reservation[0] - 0.56) < 1e-12 && reservation[1] == 0)
    }

    @Test func dataErrorsPrintOneLineNamingFileAndElementAndExitWith2() throws {
        let files = try fixtureFiles()
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let bad = files.directory.appendingPathComponent("bad.xml")
        try Data(Fixtures.mixedProfileB.replacingOccurrences(of: "ftype=\"triangular\"", with: "ftype=\"sigmoid\"").utf8).write(to: bad)
        let result = try run(["genius", files.domain, files.a, bad.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("bad.xml"))
        #expect(result.stderr.contains("<evaluator ftype=\"sigmoid\">"))

        let missing = try run(["genius", files.domain, files.a, "/nonexistent/gone.xml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("gone.xml"))
    }
}
