import Foundation
import Pareto
import Testing
@testable import Genius

/// `frontier genius` end to end: runs the built tool on fixture files written to a temporary
/// directory. The tool is the `frontier` next to the test runner (same build directory, whatever
/// the scratch path), else `.build/debug/frontier` under the package root (`swift test` builds it).
@Suite struct GeniusCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let tool: URL = {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("frontier"),
            packageRoot.appendingPathComponent(".build/debug/frontier"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

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
        #expect(timing.first?.contains(/^timing read_ms=[0-9.]+ frontier_ms=[0-9.]+ outcomes=315 frontier=[0-9]+ method=separable$/) == true,
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

    /// Writes `profiles` (and their domain) as GENIUS XML files into a new temporary directory.
    private func writeXML(_ profiles: [AdditiveProfile]) throws -> (directory: URL, paths: [String]) {
        let directory = try Fixtures.temporaryDirectory()
        var paths: [String] = []
        let domainURL = directory.appendingPathComponent("domain.xml")
        try Data(GeniusXMLWriter.domainXML(profiles[0].domain).utf8).write(to: domainURL)
        paths.append(domainURL.path)
        for profile in profiles {
            let url = directory.appendingPathComponent("\(profile.name).xml")
            try Data(try GeniusXMLWriter.profileXML(profile).utf8).write(to: url)
            paths.append(url.path)
        }
        return (directory, paths)
    }

    @Test func bothMethodsPrintIdenticalJSON() throws {
        let files = try fixtureFiles()
        defer { try? FileManager.default.removeItem(at: files.directory) }
        let arguments = ["genius", files.domain, files.a, files.b, "--format", "json", "--real-steps", "5"]
        let separable = try run(arguments + ["--method", "separable"])
        let enumerated = try run(arguments + ["--method", "enumerate"])
        let byDefault = try run(arguments)
        #expect(separable.status == 0 && enumerated.status == 0, "stderr: \(separable.stderr) \(enumerated.stderr)")
        #expect(!separable.stdout.isEmpty)
        #expect(separable.stdout == enumerated.stdout)
        #expect(byDefault.stdout == separable.stdout)

        // Random domains with tied and duplicate evaluations, two and three parties.
        var rng = SplitMix64(seed: 2026)
        for round in 0..<6 {
            var profiles = SeparableNegotiationFrontierTests.randomProfiles(parties: 2 + round % 2, grid: true, maxIssues: 4, using: &rng)
            // GENIUS divides discrete evaluations by the issue's largest one; make it 1 so the
            // files say what the profiles say.
            for p in profiles.indices {
                profiles[p].evaluators = profiles[p].evaluators.map { evaluator in
                    guard case var .discrete(table) = evaluator, let first = table.keys.sorted().first else { return evaluator }
                    table[first] = 1
                    return .discrete(table)
                }
            }
            let written = try writeXML(profiles)
            defer { try? FileManager.default.removeItem(at: written.directory) }
            let a = try run(["genius"] + written.paths + ["--format", "json", "--method", "separable"])
            let b = try run(["genius"] + written.paths + ["--format", "json", "--method", "enumerate"])
            #expect(a.status == 0, "stderr: \(a.stderr)")
            #expect(a.stdout == b.stdout)
            let text = try run(["genius"] + written.paths + ["--method", "separable"])
            let textEnumerated = try run(["genius"] + written.paths + ["--method", "enumerate"])
            #expect(text.stdout == textEnumerated.stdout)
        }
    }

    @Test func aDomainOf10To30OutcomesReportsItsCountAsANumber() throws {
        let domain = SeparableNegotiationFrontierTests.thirtyIssueDomain()
        let written = try writeXML(SeparableNegotiationFrontierTests.thirtyIssueProfiles(domain))
        defer { try? FileManager.default.removeItem(at: written.directory) }
        let result = try run(["genius"] + written.paths + ["--format", "json", "--timing"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(result.stdout.hasPrefix("{\"outcomes\": 1" + String(repeating: "0", count: 30) + ","))   // an exact JSON integer
        let frontier = try #require(json["frontier"] as? [[String: Any]])
        let points = try frontier.map { try #require($0["utilities"] as? [Double]) }
        #expect(!points.isEmpty)
        for u in points { #expect(!points.contains { dominance($0, u) == .dominates }) }
        #expect(frontier.allSatisfy { (($0["count"] as? NSNumber)?.intValue ?? 0) >= 1 })
        #expect(json["nash"] is [String: Any])
        #expect(result.stderr.contains(/^timing read_ms=[0-9.]+ frontier_ms=[0-9.]+ outcomes=1000000000000000000000000000000 frontier=[0-9]+ method=separable\n$/))

        let text = try run(["genius"] + written.paths)
        #expect(text.stdout.contains("Domain domain: 30 issues, 1000000000000000000000000000000 outcomes"))

        let refused = try run(["genius"] + written.paths + ["--method", "enumerate"])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("frontier: error: "))
        #expect(refused.stderr.contains("more than the 20000000"))
    }
}
