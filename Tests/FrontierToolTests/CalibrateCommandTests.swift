import Foundation
import Testing

/// End-to-end tests of `frontier calibrate` on the small Korean presets.
@Suite struct CalibrateCommandTests {
    @Test func calibrateReportsParametersAndRoundsAsJSON() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["calibrate", "--presets", "sma-2021,sma-2024", "--free", "recipient.headlineWeight",
                           "--leave-one-out", "--format", "json", "--write", "fitted"])
        #expect(r.status == 0, "\(r.standardError)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any])
        #expect(doc["kind"] as? String == "frontier-calibration" && doc["solution"] as? String == "nash")
        let parameters = try #require(doc["parameters"] as? [[String: Any]])
        #expect(parameters.count == 1 && parameters[0]["path"] as? String == "recipient.headlineWeight")
        #expect(parameters[0]["identified"] is Bool && parameters[0]["value"] is Double)
        let rounds = try #require(doc["rounds"] as? [[String: Any]])
        #expect(rounds.map { $0["preset"] as? String } == ["sma-2021", "sma-2024"])
        for round in rounds {
            #expect((round["actual"] as? [String: Any])?["firstYearTotal"] is Double)
            #expect(round["heldOut"] != nil && round["persistence"] != nil && round["regression"] != nil)
        }
        // The written scenarios carry the fitted value and analyse.
        let written = t.directory.appendingPathComponent("fitted/sma-2021-calibrated.json").path
        let analysed = try t.run(["analyze", written, "--format", "json"])
        #expect(analysed.status == 0, "\(analysed.standardError)")
        let scenario = try #require((try JSONSerialization.jsonObject(with: Data(analysed.standardOutput.utf8)) as? [String: Any])?["scenario"] as? [String: Any])
        let weight = (scenario["recipient"] as? [String: Any])?["headlineWeight"] as? Double
        #expect(weight == parameters[0]["value"] as? Double)
    }

    @Test func calibrateTextNamesTheBestPredictor() throws {
        let r = try FrontierToolRunner().run(["calibrate", "--presets", "sma-2021,sma-2024", "--free", "recipient.headlineWeight"])
        #expect(r.status == 0, "\(r.standardError)")
        #expect(r.standardOutput.contains("persistence") && r.standardOutput.contains("Best predictor"))
    }

    @Test func perEraParametersAreNamedByEra() throws {
        let r = try FrontierToolRunner().run(["calibrate", "--presets", "sma-2019,sma-2021,sma-2024", "--free",
                                              "recipient.headlineWeight", "--per-era", "recipient.headlineWeight", "--format", "json"])
        #expect(r.status == 0, "\(r.standardError)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any])
        let names = (doc["parameters"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(names == ["recipient.headlineWeight@trump", "recipient.headlineWeight@biden"])
    }

    @Test func asymmetricNashAlsoFitsTheBargainingPower() throws {
        let r = try FrontierToolRunner().run(["calibrate", "--presets", "sma-2021,sma-2024", "--free", "recipient.headlineWeight",
                                              "--solution", "asymmetric-nash", "--format", "json"])
        #expect(r.status == 0, "\(r.standardError)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any])
        #expect(doc["solution"] as? String == "asymmetric-nash")
        let names = (doc["parameters"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(names == ["recipient.headlineWeight", "bargainingPower"])
    }

    @Test func badCalibrationSetupsAreDataErrors() throws {
        let t = try FrontierToolRunner()
        for (arguments, fragment) in [(["--presets", "sma-1999"], "sma-1999"),
                                      (["--presets", "sma-2021", "--free", "host.risingCost"], "host.risingCost"),
                                      (["--presets", "sma-2021", "--free", "recipient.headlineWeight", "--power", "1"], "--power"),
                                      (["--presets", "sma-2021", "--free", "bargainingPower", "--solution", "kalai-smorodinsky"], "bargainingPower"),
                                      (["--plan", "missing.json"], "missing.json"),
                                      (["--presets", "sma-2021", "--free", "recipient.headlineWeight", "--leave-one-out"], "at least two rounds"),
                                      (["--presets", "sma-2021", "--free", "recipient.headlineWeight", "--per-era", "host.growthPenalty"], "--per-era"),
                                      (["--presets", "sma-2021", "--free", "recipient.headlineWeight", "--eras", "sma-2021"], "--eras")] {
            let r = try t.run(["calibrate"] + arguments)
            #expect(r.status == 2 && r.standardOutput.isEmpty, "\(arguments): status \(r.status)")
            #expect(r.standardError.hasPrefix("frontier: error: ") && r.standardError.contains(fragment), "\(arguments): \(r.standardError)")
        }
    }
    /// A plan file: rounds by preset and by scenario file (relative to the plan), eras, per-era
    /// parameters, the Kalai–Smorodinsky solution; the command line overrides the plan.
    @Test func aPlanFileSaysWhatToFit() throws {
        let t = try FrontierToolRunner()
        let exported = try t.run(["scenario", "sma-2024"])
        #expect(exported.status == 0, "\(exported.standardError)")
        _ = try t.write("rounds-sma-2024.json", text: exported.standardOutput)
        let plan = try t.write("plan.json", text: """
            {"rounds": ["sma-2019", {"preset": "sma-2021", "era": "later"}, {"scenario": "rounds-sma-2024.json", "era": "later"}],
             "free": ["recipient.headlineWeight"], "perEra": ["recipient.headlineWeight"],
             "solution": "kalai-smorodinsky", "temperature": 0.03, "weights": {"prior": 0.02}}
            """)
        let r = try t.run(["calibrate", "--plan", plan, "--format", "json"])
        #expect(r.status == 0, "\(r.standardError)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any])
        #expect(doc["solution"] as? String == "kalai-smorodinsky" && doc["temperature"] as? Double == 0.03)
        let names = (doc["parameters"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(names == ["recipient.headlineWeight@trump", "recipient.headlineWeight@later"])
        let rounds = try #require(doc["rounds"] as? [[String: Any]])
        #expect(rounds.map { $0["preset"] as? String } == ["sma-2019", "sma-2021", "sma-2024"])
        #expect(rounds.allSatisfy { $0["series"] as? String == "KRW" })
        // The command line wins over the plan.
        let shared = try t.run(["calibrate", "--plan", plan, "--per-era", "", "--solution", "nash", "--format", "json"])
        #expect(shared.status == 0, "\(shared.standardError)")
        let doc2 = try #require(try JSONSerialization.jsonObject(with: Data(shared.standardOutput.utf8)) as? [String: Any])
        #expect(doc2["solution"] as? String == "nash")
        #expect((doc2["parameters"] as? [[String: Any]])?.compactMap { $0["path"] as? String } == ["recipient.headlineWeight"])
    }

    @Test func badPlansNameTheFileAndPath() throws {
        let t = try FrontierToolRunner()
        for (text, fragment) in [("{\"rounds\": []}", "rounds: must list at least one round"),
                                 ("{\"rounds\": [\"sma-2021\"], \"tmperature\": 1}", "tmperature: unknown key"),
                                 ("{\"rounds\": [{\"preset\": \"sma-2021\", \"scenario\": \"x.json\"}]}", "rounds[0]: expected a preset name"),
                                 ("{\"rounds\": [\"sma-2021\"], \"free\": [\"a\"], \"perEra\": [\"b\"]}", "perEra[0]: b is not among"),
                                 ("{\"rounds\": [\"sma-2021\"], \"temperature\": -1}", "temperature: must be a positive number"),
                                 ("{\"rounds\": [\"sma-2021\"], \"weights\": {\"term\": -1}}", "weights.term"),
                                 ("{\"rounds\": [\"sma-2021\"], \"solution\": \"ks\"}", "solution: unknown value"),
                                 ("{\"rounds\": [\"sma-1999\"]}", "rounds[0].preset"),
                                 ("{\"rounds\": [{\"scenario\": \"absent.json\"}]}", "rounds[0].scenario: cannot read"),
                                 ("{\"rounds\": [\"sma-2021\", \"sma-2021\"], \"free\": [\"recipient.headlineWeight\"]}", "a second round named"),
                                 ("[1, 2", "not valid JSON")] {
            let plan = try t.write("bad-plan.json", text: text)
            let r = try t.run(["calibrate", "--plan", plan])
            #expect(r.status == 2 && r.standardOutput.isEmpty, "\(text): status \(r.status)")
            #expect(r.standardError.contains(fragment), "\(text): \(r.standardError)")
            #expect(r.standardError.contains("bad-plan.json"), "\(text): names the file: \(r.standardError)")
        }
    }
}
