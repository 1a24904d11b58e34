import Foundation
import Testing
@testable import CostSharing

/// JSON inputs that used to make the decoder allocate far beyond what a scenario needs: each is
/// now refused, before decoding, with the limit named.
@Suite struct JSONInputLimitsTests {
    func tooMany(at path: String, _ limit: Int, _ what: String) -> JSONStructureProblem {
        JSONStructureProblem(path: path, message: "has more than \(limit) \(what) (the limit for one JSON array or object)")
    }

    @Test func arraysAndObjectsOverTheCountAreReportedAtTheirPath() {
        func check(_ json: String) -> JSONStructureProblem? { checkJSONStructure(Data(json.utf8), maximumCount: 3) }
        #expect(check(#"{"grid": {"inKindShares": [0, 0, 0]}}"#) == nil)
        #expect(check(#"{"grid": {"inKindShares": [0, 0, 0, 0]}}"#) == tooMany(at: "grid.inKindShares", 3, "elements"))
        #expect(check(#"[[1], [1, 2, 3, 4]]"#) == tooMany(at: "[1]", 3, "elements"))
        #expect(check(#"{"a": 1, "b": 2, "c": 3, "d": 4}"#) == tooMany(at: "", 3, "members"))
        #expect(check(#"{"x": [{"a": 1, "b": 2, "c": 3, "d": 4}]}"#) == tooMany(at: "x[0]", 3, "members"))
        // A trailing comma is not an element.
        #expect(check(#"[1, 2, 3,]"#) == nil)
    }

    @Test func aGridListOfAMillionAndOneZerosIsRefusedBeforeDecoding() {
        // The default count limit is 1,000,000; the structure check runs before JSONDecoder, so
        // the missing fields do not matter.
        let zeros = [String](repeating: "0", count: 1_000_001).joined(separator: ",")
        let data = Data(#"{"name": "x", "grid": {"inKindShares": [\#(zeros)]}}"#.utf8)
        #expect(throws: ScenarioError(path: "grid.inKindShares",
                                      message: "has more than 1000000 elements (the limit for one JSON array or object)")) {
            try Scenario.decode(from: data)
        }
    }

    @Test func aDocumentOverTheByteLimitIsRefused() throws {
        let scenario = try Preset.named("sma-2020").scenario
        let data = try scenario.encodedJSON()
        let limits = JSONInputLimits(maximumBytes: data.count - 1)
        #expect(throws: ScenarioError(path: "", message: "the JSON is \(data.count) bytes, more than the \(data.count - 1)-byte limit "
                                      + "(JSONInputLimits.maximumBytes; frontier analyze --max-input-bytes raises it)")) {
            try Scenario.decode(from: data, limits: limits)
        }
        #expect(throws: ScenarioError.self) { try Scenario.decode(fromReport: data, limits: limits) }
        #expect(try Scenario.decode(from: data, limits: JSONInputLimits(maximumBytes: data.count)) == scenario)
    }

    @Test func readFileRefusesALargeFileBeforeReadingIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("JSONInputLimitsTests-\(UUID().uuidString).json")
        try Data(repeating: 0x20, count: 5000).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let limits = JSONInputLimits(maximumBytes: 4096)
        #expect(throws: ScenarioError(path: "", message: "the JSON is 5000 bytes, more than the 4096-byte limit "
                                      + "(JSONInputLimits.maximumBytes; frontier analyze --max-input-bytes raises it)")) {
            try limits.readFile(atPath: url.path)
        }
        #expect(try JSONInputLimits(maximumBytes: 5000).readFile(atPath: url.path).count == 5000)
        #expect(throws: ScenarioError(path: "", message: "cannot read the file")) {
            try limits.readFile(atPath: url.path + ".missing")
        }
    }

    @Test func defaultsAreDocumented() {
        let limits = JSONInputLimits()
        #expect(limits.maximumBytes == 16 << 20)
        #expect(limits.maximumDepth == 200)
        #expect(limits.maximumCount == 1_000_000)
    }
}
