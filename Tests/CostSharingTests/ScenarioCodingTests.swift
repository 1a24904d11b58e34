import Foundation
import Testing
@testable import CostSharing

@Suite struct ScenarioCodingTests {
    @Test(arguments: Preset.all.map(\.name))
    func presetsRoundTripThroughJSON(name: String) throws {
        let scenario = try Preset.named(name).scenario
        let decoded = try Scenario.decode(from: scenario.encodedJSON())
        #expect(decoded == scenario)
    }

    @Test func unknownPresetNamesTheKnownOnes() {
        #expect(throws: ScenarioError.self) { try Preset.named("sma-1999") }
        do { _ = try Preset.named("sma-1999") } catch {
            #expect(error.description.contains("sma-2020"))
        }
    }

    /// The tiny scenario's JSON, edited by `edit`, decoded; returns the error's description.
    func failure(_ edit: (inout [String: Any]) -> Void) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: TestScenarios.tiny().encodedJSON()) as? [String: Any])
        edit(&object)
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try Scenario.decode(from: data)
            return "decoded without error"
        } catch {
            return error.description
        }
    }

    /// Sets `value` at a path of dictionary keys and array indices.
    func set(_ object: inout [String: Any], _ path: [Any], _ value: Any?) {
        func go(_ node: Any, _ rest: ArraySlice<Any>) -> Any? {
            guard let key = rest.first else { return value }
            if let k = key as? String, var d = node as? [String: Any] {
                d[k] = go(d[k] as Any, rest.dropFirst())
                return d
            }
            if let i = key as? Int, var a = node as? [Any] {
                a[i] = go(a[i], rest.dropFirst()) as Any
                return a
            }
            return node
        }
        object = go(object, path[...]) as! [String: Any]
    }

    @Test func unknownKeysAreRejectedAtEveryLevel() throws {
        #expect(try failure { $0["colour"] = 1 }.hasPrefix("colour: unknown key"))
        #expect(try failure { set(&$0, ["recipient", "lossAversoin"], 2) }.hasPrefix("recipient.lossAversoin: unknown key"))
        #expect(try failure { set(&$0, ["categories", 1, "inKind", "mid"], 0.5) }.hasPrefix("categories[1].inKind.mid: unknown key"))
        #expect(try failure { set(&$0, ["grid", "escalations", 0, "floor"], 0) }.hasPrefix("grid.escalations[0].floor: unknown key"))
        #expect(try failure { set(&$0, ["host", "retainedValue", "labor", "credit"], 0) }.hasPrefix("host.retainedValue.labor.credit: unknown key"))
    }

    @Test func missingAndMistypedFieldsNameTheirPath() throws {
        #expect(try failure { set(&$0, ["host", "growthPenalty"], nil) } == "host.growthPenalty: required field is missing")
        #expect(try failure { $0["previousTotal"] = "a lot" } == "previousTotal: expected a number")
        #expect(try failure { set(&$0, ["grid", "durations"], 3) }.hasPrefix("grid.durations: expected an array"))
    }

    @Test func outOfRangeValuesNameTheirPathAndExpectation() throws {
        #expect(try failure { set(&$0, ["recipient", "lossAversion"], 0.5) } == "recipient.lossAversion: must be at least 1, found 0.5")
        #expect(try failure { set(&$0, ["host", "retainedValue", "labor", "cash"], 1.5) }
                == "host.retainedValue.labor.cash: must be between 0 and 1, found 1.5")
        #expect(try failure { set(&$0, ["recipient", "moneyValue", "bogus"], ["cash": 1, "inKind": 1]) }
                .hasPrefix("recipient.moneyValue.bogus: not a category of this scenario"))
        #expect(try failure { set(&$0, ["host", "retainedValue", "labor"], nil) }
                == "host.retainedValue.labor: required: every category needs a value")
        #expect(try failure { set(&$0, ["grid", "extraSplits", 0], [0.5]) } == "grid.extraSplits[0]: must sum to 1, found 0.5")
        #expect(try failure { set(&$0, ["grid", "durations", 0], 9) }.hasPrefix("grid.durations[0]: must be between 1 and 4"))
        #expect(try failure { set(&$0, ["grid", "escalations", 0, "rate"], nil) } == "grid.escalations[0].rate: required for a fixed rule")
        #expect(try failure { set(&$0, ["categories", 0, "baseShare"], 0.7) }
                .hasPrefix("categories: base shares of the core categories must sum to 1"))
        #expect(try failure { set(&$0, ["currency", "perUSD"], 0) } == "currency.perUSD: must be positive, found 0.0")
        #expect(try failure { set(&$0, ["actual", "package", "inKindShare"], 0.9) }
                .hasPrefix("actual.package.inKindShare: 0.9 cannot be reached"))
        #expect(try failure { set(&$0, ["host", "growthBenchmark"], "fixed") }.hasPrefix("host.growthBenchmark: must be"))
        #expect(try failure { set(&$0, ["categories", 1, "inKind"], ["min": 0.9, "max": 0.1]) }
                .hasPrefix("categories[1].inKind: min must not exceed max"))
    }

    @Test func oversizedGridsAreRefusedWithSizeAndRemedy() throws {
        let message = try failure { set(&$0, ["grid", "maximumSize"], 100) }
        // 13 totals × 6 compositions × 3 durations × 3 rules = 702.
        #expect(message.hasPrefix("grid: has 702 candidate packages, more than grid.maximumSize (100)"))
        #expect(message.contains("shrink it"))
    }

    @Test func malformedJSONIsReported() {
        do {
            _ = try Scenario.decode(from: Data("{\"name\": ".utf8))
            Issue.record("decoded malformed JSON")
        } catch {
            #expect(error.description.contains("not valid JSON"))
        }
    }
}
