import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// End-to-end tests of `frontier analyze`, `frontier presets` and `frontier scenario`: the built
/// binary on presets and on scenario files written here. Only one test analyses the default
/// preset (1.25 million candidates); the others use the small ones (sma-2021: 10,836).
@Suite struct AnalyzeCommandTests {
    /// Parses `json` as a JSON object, recording an issue when it is not one.
    private func object(_ json: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return try #require(value as? [String: Any], "not a JSON object")
    }

    /// Expects a failed run: status 2, nothing on stdout, one `frontier: error:` line on stderr
    /// containing every fragment.
    private func expectDataError(_ r: FrontierToolRunner.Result, containing fragments: [String],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "status \(r.status), stderr: \(r.standardError)", sourceLocation: sourceLocation)
        #expect(r.standardOutput.isEmpty, sourceLocation: sourceLocation)
        let lines = r.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "expected one line, got: \(r.standardError)", sourceLocation: sourceLocation)
        #expect(r.standardError.hasPrefix("frontier: error: "), sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(r.standardError.contains(fragment), "\"\(fragment)\" not in: \(r.standardError)", sourceLocation: sourceLocation)
        }
    }

    // MARK: analyze

    @Test func defaultRunAnalysesSMA2020AndReportsTheCandidateCount() throws {
        let t = try FrontierToolRunner()
        let r = try t.run([])
        #expect(r.status == 0)
        #expect(r.standardError.isEmpty)
        #expect(r.standardOutput.contains("sma-2020"))
        // "Candidates: 1,855,350 packages in the grid, 798,399 evaluated after hard constraints; …"
        let line = try #require(r.standardOutput.split(separator: "\n").first { $0.hasPrefix("Candidates: ") })
        let words = line.split(separator: " ")
        let position = try #require(words.firstIndex(of: "evaluated"))
        let count = try #require(Int(words[position - 1].replacingOccurrences(of: ",", with: "")), "\(line)")
        #expect(count > 750_000, "\(line)")
        #expect(r.standardOutput.contains("Nash"))
    }

    @Test func jsonReportHasCandidatesAndBargainingSolutions() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2021", "--format", "json"])
        #expect(r.status == 0)
        let doc = try object(r.standardOutput)
        #expect((doc["candidates"] as? Int ?? 0) >= 1)
        let scenario = try #require(doc["scenario"] as? [String: Any])
        #expect(scenario["name"] as? String == "sma-2021")
        let solutions = try #require(doc["solutions"] as? [String: Any])
        for key in ["nash", "kalaiSmorodinsky"] {
            let solution = try #require(solutions[key] as? [String: Any], "no \(key) solution")
            let package = try #require(solution["package"] as? [String: Any])
            #expect(package["firstYearTotal"] is Double)
            let utilities = try #require(solution["utilities"] as? [String: Any])
            #expect(utilities["recipient"] is Double && utilities["host"] is Double)
        }
        #expect(((doc["frontier"] as? [Any])?.count ?? 0) >= 1)
    }

    @Test func csvReportStartsWithAHeaderRow() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2021", "--format", "csv"])
        #expect(r.status == 0)
        let lines = r.standardOutput.split(separator: "\n")
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        #expect(header.first == "role")
        #expect(header.contains("firstYearTotal") && header.contains("utility.recipient") && header.contains("utility.host"))
        #expect(lines.count >= 2)
        #expect(lines.dropFirst().contains { $0.contains("nash") })
    }

    @Test func scenarioFileFromTheScenarioCommandAnalysesLikeThePreset() throws {
        let t = try FrontierToolRunner()
        let printed = try t.run(["scenario", "sma-2021"])
        #expect(printed.status == 0)
        let path = try t.write("sma-2021.json", text: printed.standardOutput)
        let fromFile = try t.run(["analyze", path, "--format", "json"])
        let fromPreset = try t.run(["analyze", "--preset", "sma-2021", "--format", "json"])
        #expect(fromFile.status == 0 && fromPreset.status == 0)
        // Everything but the stage timings is the same.
        var a = try object(fromFile.standardOutput), b = try object(fromPreset.standardOutput)
        #expect(a.removeValue(forKey: "timings") != nil && b.removeValue(forKey: "timings") != nil)
        let canonical = { (o: [String: Any]) in
            try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys])
        }
        #expect(try canonical(a) == canonical(b))
    }

    @Test func plotWritesTwoWellFormedSVGFiles() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2021", "--plot", "out.svg"])
        #expect(r.status == 0)
        for name in ["out.svg", "out-domain.svg"] {
            let data = try Data(contentsOf: t.directory.appendingPathComponent(name))
            #expect(try XMLCheck.rootElement(of: data) == "svg", "\(name)")
        }
    }

    @Test func plotWithSamplesWritesThreeWellFormedSVGFiles() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2024", "--samples", "6", "--plot", "draws.svg"])
        #expect(r.status == 0, "\(r.standardError)")
        for (name, title) in [("draws.svg", "solution"), ("draws-domain.svg", "Pareto-optimal"), ("draws-tornado.svg", "first-year total")] {
            let data = try Data(contentsOf: t.directory.appendingPathComponent(name))
            #expect(try XMLCheck.rootElement(of: data) == "svg", "\(name)")
            #expect(String(decoding: data, as: UTF8.self).contains(title), "\(name) is the \(title) plot")
        }
    }

    @Test func unknownPresetIsADataError() throws {
        let r = try FrontierToolRunner().run(["analyze", "--preset", "sma-1999"])
        expectDataError(r, containing: ["sma-1999", "sma-2020", "japan-2022"])
    }

    @Test func malformedScenarioFileIsADataErrorNamingTheFile() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("broken.json", text: "{\"name\": \"x\",")
        expectDataError(try t.run(["analyze", path]), containing: ["broken.json", "not valid JSON"])
        expectDataError(try t.run(["analyze", t.directory.appendingPathComponent("missing.json").path]),
                        containing: ["missing.json", "cannot read"])
    }

    @Test func unknownKeyIsReportedWithItsJSONPath() throws {
        let t = try FrontierToolRunner()
        var scenario = try object(try t.run(["scenario", "sma-2021"]).standardOutput)
        var recipient = try #require(scenario["recipient"] as? [String: Any])
        recipient["lossAversoin"] = 2
        scenario["recipient"] = recipient
        let data = try JSONSerialization.data(withJSONObject: scenario)
        let path = try t.write("typo.json", Array(data))
        expectDataError(try t.run(["analyze", path]), containing: ["typo.json", "recipient.lossAversoin", "unknown key"])
    }

    /// Sets `value` at a path of keys and indices in a JSON object.
    private func edited(_ object: [String: Any], _ path: [Any], _ value: Any?) -> [String: Any] {
        func go(_ node: Any, _ rest: ArraySlice<Any>) -> Any? {
            guard let key = rest.first else { return value }
            if let k = key as? String, var d = node as? [String: Any] { d[k] = go(d[k] as Any, rest.dropFirst()); return d }
            if let i = key as? Int, var a = node as? [Any] { a[i] = go(a[i], rest.dropFirst()) as Any; return a }
            return node
        }
        return go(object, path[...]) as! [String: Any]
    }

    /// The scenario edits that crashed or misled the first edition: each is exit status 2 and one
    /// line naming the file and the JSON path, never a signal.
    /// One bad edit: dotted paths (array indices as numbers) with JSON values, and the message.
    struct BadEdit: Sendable, CustomStringConvertible {
        let sets: [String: String]
        let message: String
        var description: String { sets.keys.sorted().joined(separator: ", ") }
    }

    @Test(arguments: [
        BadEdit(sets: ["grid.totals.step": "1e-300"], message: "grid: has more than 10^18"),
        BadEdit(sets: ["grid.totals.through": "1e300"], message: "grid.totals.through: 1e+300 is implausible"),
        BadEdit(sets: ["grid.maximumSize": "1e12", "grid.totals.step": "1e-4"], message: "more than grid.maximumBytes"),
        BadEdit(sets: ["host.ratification.weight": "1e308"], message: "host.ratification.weight: unknown key"),
        BadEdit(sets: ["recipient.moneyValue.labor.cash": "1e308"], message: "recipient.moneyValue.labor.cash: must be between 0 and 10"),
        BadEdit(sets: ["forecast.discountRate": "-0.99"], message: "forecast.discountRate: must be a yearly rate"),
        BadEdit(sets: ["grid.escalations.3.cap": "5"], message: "grid.escalations[3].cap: must be a yearly rate"),
        BadEdit(sets: ["grid.escalations.1.rate": "4"], message: "did you mean 0.04?"),
        BadEdit(sets: ["grid.totals.from": "0.95", "grid.totals.through": "1.8", "grid.totals.step": "0.005"],
                message: "grid.totals.from: 0.95 is implausible against previousTotal 1038.9"),
        BadEdit(sets: ["grid.escalations.2.index": "\"CPI\""], message: "expected one of: none, fixed, cpi, defenseBudget"),
        BadEdit(sets: ["constraints.minimumIncrease": "0.9", "constraints.maximumIncrease": "0.95"],
                message: "constraints: minimumIncrease and maximumIncrease exclude every total"),
        BadEdit(sets: ["grid.inKindShares": "[0.99]"], message: "grid.inKindShares: no share can be reached"),
    ])
    func badScenarioEditsAreDataErrorsNamingTheFileAndPath(edit: BadEdit) throws {
        let t = try FrontierToolRunner()
        var scenario = try object(try t.run(["scenario", "sma-2021"]).standardOutput)
        for (path, json) in edit.sets {
            let keys: [Any] = path.split(separator: ".").map { Int($0).map { $0 as Any } ?? String($0) as Any }
            let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
            scenario = edited(scenario, keys, value)
        }
        let path = try t.write("edited.json", Array(try JSONSerialization.data(withJSONObject: scenario)))
        expectDataError(try t.run(["analyze", path]), containing: ["edited.json", edit.message])
    }

    @Test func sweepPrintsOneLinePerValueAndRefusesBadSpecifications() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2024", "--sweep", "recipient.headlineWeight=0.2:0.4:0.1", "--format", "csv"])
        #expect(r.status == 0, "\(r.standardError)")
        let lines = r.standardOutput.split(separator: "\n")
        #expect(lines.count == 4 && lines[0].hasPrefix("value,zoneCount"))
        #expect(lines[1].hasPrefix("0.2,") && lines[3].hasPrefix("0.4,"))
        expectDataError(try t.run(["analyze", "--preset", "sma-2024", "--sweep", "recipient.headlineWeight"]),
                        containing: ["--sweep", "PATH=FROM:THROUGH:STEP"])
        expectDataError(try t.run(["analyze", "--preset", "sma-2024", "--sweep", "recipient.lossAversion=0:1:0.5"]),
                        containing: ["--sweep", "recipient.lossAversion", "between 1 and 10"])
        expectDataError(try t.run(["analyze", "--preset", "sma-2024", "--sweep", "recipient.nothing=0:1:0.5"]),
                        containing: ["--sweep", "recipient.nothing", "no such field"])
        expectDataError(try t.run(["analyze", "--preset", "sma-2024", "--sweep", "recipient.headlineWeight=0:1:1e-9"]),
                        containing: ["--sweep", "more than the 1000 allowed"])
    }

    @Test func samplesSummariseDrawsOfTheUncertaintySection() throws {
        let t = try FrontierToolRunner()
        var scenario = try object(try t.run(["scenario", "sma-2024"]).standardOutput)
        scenario["uncertainty"] = ["recipient.headlineWeight": ["uniform": [0.1, 0.5]]]
        let path = try t.write("uncertain.json", Array(try JSONSerialization.data(withJSONObject: scenario)))
        let r = try t.run(["analyze", path, "--samples", "4", "--seed", "7", "--format", "json"])
        #expect(r.status == 0, "\(r.standardError)")
        let document = try object(r.standardOutput)
        let samples = try #require(document["samples"] as? [String: Any])
        #expect(samples["count"] as? Int == 4 && samples["seed"] as? Int == 7 && samples["zoneProbability"] is Double)
        // The single analysis's report fields come along, without its timings.
        let single = try object(try t.run(["analyze", "--preset", "sma-2024", "--format", "json"]).standardOutput)
        #expect(Set(document.keys) == Set(single.keys).subtracting(["timings"]).union(["samples"]))
        let tornado = try #require(samples["tornado"] as? [[String: Any]])
        #expect(tornado.count == 1 && tornado[0]["path"] as? String == "recipient.headlineWeight")
        #expect(abs(((tornado[0]["low"] as? [String: Any])?["value"] as? Double ?? 0) - 0.12) < 1e-12, "the 5th percentile of uniform 0.1–0.5")
        let again = try t.run(["analyze", path, "--samples", "4", "--seed", "7", "--format", "json"])
        #expect(again.standardOutput == r.standardOutput, "the same seed gives the same output")
        let csv = try t.run(["analyze", path, "--samples", "4", "--seed", "7", "--format", "csv"])
        let lines = csv.standardOutput.split(separator: "\n")
        #expect(lines.count == 5 && lines[0].hasPrefix("draw,recipient.headlineWeight,zoneCount,nash,"))
        let text = try t.run(["analyze", path, "--samples", "4", "--seed", "7"])
        #expect(text.standardOutput.contains("Tornado") && text.standardOutput.contains("recipient.headlineWeight (swing"))
        var certain = scenario
        certain["uncertainty"] = nil
        let plain = try t.write("certain.json", Array(try JSONSerialization.data(withJSONObject: certain)))
        expectDataError(try t.run(["analyze", plain, "--samples", "4"]), containing: ["--samples", "uncertainty section"])
        expectDataError(try t.run(["analyze", path, "--samples", "0"]), containing: ["--samples", "between 1 and"])
    }

    @Test func duplicatedKeysAreDataErrors() throws {
        let t = try FrontierToolRunner()
        let text = try t.run(["scenario", "sma-2021"]).standardOutput
            .replacingOccurrences(of: "\"previousTotal\" : 1038.9", with: "\"previousTotal\" : 1038.9, \"previousTotal\" : 1.0389")
        #expect(text.contains("1.0389"))
        let path = try t.write("twice.json", text: text)
        expectDataError(try t.run(["analyze", path]), containing: ["twice.json", "previousTotal: duplicate key"])
    }

    @Test func aJSONReportRerunsTheAnalysisItRecords() throws {
        let t = try FrontierToolRunner()
        let first = try t.run(["analyze", "--preset", "sma-2024", "--format", "json"])
        #expect(first.status == 0)
        let report = try t.write("report.json", text: first.standardOutput)
        let second = try t.run(["analyze", report, "--format", "json"])
        #expect(second.status == 0, "\(second.standardError)")
        var a = try object(first.standardOutput), b = try object(second.standardOutput)
        #expect(a["version"] as? String != nil && a["kind"] as? String == "frontier-analysis")
        #expect(a.removeValue(forKey: "timings") != nil && b.removeValue(forKey: "timings") != nil)
        let canonical = { (o: [String: Any]) in try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]) }
        #expect(try canonical(a) == canonical(b))
    }

    @Test func fieldsWithoutEffectAreReportedAsWarnings() throws {
        let t = try FrontierToolRunner()
        var scenario = try object(try t.run(["scenario", "sma-2021"]).standardOutput)
        scenario = edited(scenario, ["noDeal", "hostIndifferentTo"], (try object(try t.run(["scenario", "sma-2021"]).standardOutput)["actual"] as! [String: Any])["package"])
        let path = try t.write("anchored.json", Array(try JSONSerialization.data(withJSONObject: scenario)))
        let r = try t.run(["analyze", path])
        #expect(r.status == 0)
        #expect(r.standardError.contains("warning: noDeal.consequences[0].hostCostPerYear: has no effect"), "\(r.standardError)")
    }

    @Test func scenarioFileAndPresetTogetherIsADataError() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.json", text: try t.run(["scenario", "sma-2021"]).standardOutput)
        expectDataError(try t.run(["analyze", path, "--preset", "sma-2021"]), containing: ["not both"])
    }

    @Test func unwritablePlotPathIsADataError() throws {
        let t = try FrontierToolRunner()
        let file = try t.write("plain", text: "x")
        expectDataError(try t.run(["analyze", "--preset", "sma-2021", "--plot", file + "/plot.svg"]),
                        containing: ["--plot", "plain/plot.svg"])
    }

    // MARK: analyze --export-genius

    @Test func exportGeniusWritesADomainAndTwoProfilesThatParse() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2021", "--format", "json", "--export-genius", "genius/sma"])
        #expect(r.status == 0)
        #expect(r.standardError.isEmpty)
        #expect((try object(r.standardOutput)["candidates"] as? Int ?? 0) > 10_000)
        let dir = t.directory.appendingPathComponent("genius/sma")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["sma-2021-domain.xml", "sma-2021-south-korea.xml", "sma-2021-united-states.xml"])
        for name in names {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            let root = try XMLCheck.rootElement(of: data)
            #expect(root == (name.hasSuffix("-domain.xml") ? "negotiation_template" : "utility_space"), "\(name)")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("<!-- Cost-sharing scenario \"sma-2021\""))
            #expect(text.contains("issue index=\"1\" name=\"package\" type=\"discrete\""))
        }
    }

    @Test func exportGeniusOfAllCandidatesRespectsTheLimit() throws {
        let t = try FrontierToolRunner()
        let report = try t.run(["analyze", "--preset", "sma-2021", "--format", "json"])
        let n = try #require(try object(report.standardOutput)["candidates"] as? Int)
        #expect(n > 10_000)
        expectDataError(try t.run(["analyze", "--preset", "sma-2021", "--export-genius", "all",
                                   "--export-genius-packages", "all"]),
                        containing: ["--export-genius", "\(n + 1) packages", "limit of 10000"])
        #expect(!FileManager.default.fileExists(atPath: t.directory.appendingPathComponent("all").path))
        let r = try t.run(["analyze", "--preset", "sma-2021", "--export-genius", "all", "--export-genius-packages", "all",
                           "--export-genius-max-packages", "100000"])
        #expect(r.status == 0)
        let domain = try String(contentsOf: t.directory.appendingPathComponent("all/sma-2021-domain.xml"), encoding: .utf8)
        #expect(domain.components(separatedBy: "<item ").count - 1 == n + 1)
        expectDataError(try t.run(["analyze", "--preset", "sma-2021", "--export-genius", "x", "--export-genius-max-packages", "0"]),
                        containing: ["--export-genius-max-packages", "0"])
    }

    @Test func exportGeniusIntoAnUnwritableDirectoryIsADataError() throws {
        let t = try FrontierToolRunner()
        let file = try t.write("plain", text: "x")
        expectDataError(try t.run(["analyze", "--preset", "sma-2021", "--export-genius", file + "/out"]),
                        containing: ["--export-genius", "sma-2021", "plain/out"])
    }

    // MARK: presets and scenario

    @Test func presetsListsAllEightAndMarksTheDefault() throws {
        let r = try FrontierToolRunner().run(["presets"])
        #expect(r.status == 0)
        let lines = r.standardOutput.split(separator: "\n")
        #expect(lines.count == 8)
        let names = lines.map { String($0.split(separator: " ").first ?? "") }
        #expect(names == ["sma-2009", "sma-2014", "sma-2019", "sma-2020", "sma-2021", "sma-2024", "sma-2026", "japan-2022"])
        #expect(lines.filter { $0.hasSuffix("(default)") }.map { String($0.prefix(8)) } == ["sma-2020"])
    }

    @Test func scenarioCommandPrintsEveryPresetAsJSONAndRejectsUnknownNames() throws {
        let t = try FrontierToolRunner()
        for name in ["sma-2009", "sma-2014", "sma-2019", "sma-2020", "sma-2021", "sma-2024", "sma-2026", "japan-2022"] {
            let r = try t.run(["scenario", name])
            #expect(r.status == 0)
            #expect(try object(r.standardOutput)["name"] as? String == name)
        }
        expectDataError(try t.run(["scenario", "nope"]), containing: ["unknown preset \"nope\""])
    }

    @Test func aScenarioFileOverTheByteLimitFailsAndTheOptionRaisesIt() throws {
        let t = try FrontierToolRunner()
        let scenario = try t.run(["scenario", "sma-2021"]).standardOutput
        let path = try t.write("s.json", text: scenario)
        let size = scenario.utf8.count
        expectDataError(try t.run(["analyze", path, "--max-input-bytes", "\(size - 1)"]),
                        containing: ["s.json", "\(size) bytes", "\(size - 1)-byte limit", "--max-input-bytes"])
        #expect(try t.run(["analyze", path, "--max-input-bytes", "\(size)"]).status == 0)
    }

    @Test func aGridListOfTooManyZerosFailsBeforeDecoding() throws {
        let t = try FrontierToolRunner()
        let zeros = [String](repeating: "0", count: 1_000_001).joined(separator: ",")
        let path = try t.write("zeros.json", text: #"{"name": "x", "grid": {"inKindShares": [\#(zeros)]}}"#)
        expectDataError(try t.run(["analyze", path]),
                        containing: ["zeros.json", "grid.inKindShares", "more than 1000000 elements"])
    }
}

/// Checks that a document is well-formed XML and returns its root element's name.
private enum XMLCheck {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    private final class Tracker: NSObject, XMLParserDelegate {
        var root: String?
        var depth = 0
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if root == nil { root = name }
            depth += 1
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
        }
    }

    static func rootElement(of data: Data) throws -> String {
        let parser = XMLParser(data: data)
        let tracker = Tracker()
        parser.delegate = tracker
        let ok = parser.parse()
        // On Linux the parser may report success on a truncated document; the depth catches that.
        guard ok, parser.parserError == nil, tracker.depth == 0, let root = tracker.root else {
            throw Malformed(description: "not well-formed XML (line \(parser.lineNumber)): \(String(describing: parser.parserError))")
        }
        return root
    }
}

/// The strategy section of `frontier analyze`.
@Suite struct StrategyToolTests {
    /// A scenario with a bargaining section gets a strategy section, in text and in JSON.
    @Test func theStrategySectionAppearsWhereTheScenarioHasItsInputs() throws {
        let t = try FrontierToolRunner()
        // sma-2014 (a small grid, so the debug build's strategy analyses stay quick) with a bargaining section.
        let exported = try t.run(["scenario", "sma-2014"])
        var scenario = try #require(try JSONSerialization.jsonObject(with: Data(exported.standardOutput.utf8)) as? [String: Any])
        scenario["bargaining"] = ["delayCostPerYear": ["recipient": 0.8, "host": 0.3], "periodMonths": 1, "winSetProbabilities": [0.9],
                                  "waiting": ["later": "sma-2021", "probability": 0.4, "months": 6, "source": "test"]] as [String: Any]
        let file = try t.write("bargaining.json", Array(try JSONSerialization.data(withJSONObject: scenario)))
        let json = try t.run(["analyze", file, "--format", "json"])
        #expect(json.status == 0, "\(json.standardError)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let strategy = try #require(doc["strategy"] as? [String: Any])
        #expect(Set(strategy.keys).isSuperset(of: ["alternatingOffers", "waiting", "terms", "winSet", "bothWin"]))
        let offers = try #require(strategy["alternatingOffers"] as? [String: Any])
        #expect(offers["package"] != nil && offers["utilities"] != nil && offers["gains"] != nil, "the shape of the report's solutions")
        #expect((strategy["waiting"] as? [String: Any])?.keys.contains("breakEvenProbability") == true)
        let text = try t.run(["analyze", file])
        #expect(text.status == 0 && text.standardOutput.contains("\nStrategy\n") && text.standardOutput.contains("Alternating offers"))
        // A preset without the inputs has no strategy section.
        let plain = try t.run(["analyze", "--preset", "sma-2014", "--format", "json"])
        let plainDoc = try #require(try JSONSerialization.jsonObject(with: Data(plain.standardOutput.utf8)) as? [String: Any])
        #expect(plainDoc["strategy"] == nil)
    }
}
