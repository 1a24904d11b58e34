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
        #expect(try failure { set(&$0, ["host", "ratification"], nil) } == "host.ratification: required field is missing")
        #expect(try failure { $0["previousTotal"] = "a lot" } == "previousTotal: expected a number")
        #expect(try failure { set(&$0, ["grid", "durations"], 3) }.hasPrefix("grid.durations: expected an array"))
    }

    @Test func optionalPreferencesFallBackToTheirDocumentedDefaults() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: TestScenarios.tiny().encodedJSON()) as? [String: Any])
        set(&object, ["recipient", "lossAversion"], nil)
        set(&object, ["host", "growthPenalty"], nil)
        let s = try Scenario.decode(from: try JSONSerialization.data(withJSONObject: object))
        #expect(s.recipient.lossAversion == RecipientPreferences.Defaults.lossAversion)
        #expect(s.host.growthPenalty == HostPreferences.Defaults.growthPenalty)
    }

    @Test func outOfRangeValuesNameTheirPathAndExpectation() throws {
        #expect(try failure { set(&$0, ["recipient", "lossAversion"], 0.5) }
                == "recipient.lossAversion: must be between 1 and 10 (a loss-aversion factor), found 0.5")
        #expect(try failure { set(&$0, ["host", "retainedValue", "labor", "cash"], 1.5) }
                == "host.retainedValue.labor.cash: must be between 0 and 1 (a fraction), found 1.5")
        #expect(try failure { set(&$0, ["recipient", "moneyValue", "bogus"], ["cash": 1, "inKind": 1]) }
                .hasPrefix("recipient.moneyValue.bogus: not a category of this scenario"))
        #expect(try failure { set(&$0, ["host", "retainedValue", "labor"], nil) }
                == "host.retainedValue.labor: required: every category needs a value")
        #expect(try failure { set(&$0, ["grid", "extraSplits", 0], [0.5]) } == "grid.extraSplits[0]: must sum to 1, found 0.5")
        #expect(try failure { set(&$0, ["grid", "durations", 0], 9) }.hasPrefix("grid.durations[0]: must be between 1 and 4"))
        #expect(try failure { set(&$0, ["grid", "escalations", 0, "rate"], nil) } == "grid.escalations[0].rate: required field is missing")
        #expect(try failure { set(&$0, ["categories", 0, "baseShare"], 0.7) }
                .hasPrefix("categories: base shares of the core categories must sum to 1"))
        #expect(try failure { set(&$0, ["currency", "perUSD"], 0) }.hasPrefix("currency.perUSD: must be between"))
        #expect(try failure { set(&$0, ["actual", "package", "inKindShare"], 0.9) }
                .hasPrefix("actual.package.inKindShare: 0.9 cannot be reached"))
        #expect(try failure { set(&$0, ["categories", 1, "inKind"], ["min": 0.9, "max": 0.1]) }
                .hasPrefix("categories[1].inKind: min must not exceed max"))
    }

    @Test func unknownEnumValuesListTheValidOnes() throws {
        #expect(try failure { set(&$0, ["grid", "escalations", 1, "index"], "CPI") }
                == "grid.escalations[1].index: unknown value \"CPI\"; expected one of: none, fixed, cpi, defenseBudget")
        #expect(try failure { set(&$0, ["host", "growthBenchmark"], "fixed") }
                == "host.growthBenchmark: unknown value \"fixed\"; expected one of: cpi, defenseBudget")
        #expect(try failure { set(&$0, ["categories", 0, "framework"], "sofa") }
                == "categories[0].framework: unknown value \"sofa\"; expected one of: core, extra")
        #expect(try failure { set(&$0, ["constraints", "extraCategories"], "allowed") }
                .hasPrefix("constraints.extraCategories: unknown value \"allowed\"; expected one of: forbidden, penalized"))
        #expect(try failure { set(&$0, ["host", "ratification", "form"], "vote") }
                .hasPrefix("host.ratification.form: unknown value \"vote\"; expected one of: expectedUtility, winSet"))
        #expect(try failure { set(&$0, ["grid", "escalations", 1, "rate"], 0.02) }
                .hasPrefix("grid.escalations[1].rate: only a fixed rule takes a rate"))
        #expect(try failure { set(&$0, ["grid", "escalations", 0, "cap"], 0.02) }
                .hasPrefix("grid.escalations[0].cap: a fixed rule takes no cap"))
    }

    @Test func duplicatedKeysAreRefusedWithTheirPath() throws {
        let json = String(decoding: try TestScenarios.tiny().encodedJSON(), as: UTF8.self)
            .replacingOccurrences(of: "\"step\" : 5", with: "\"step\" : 5, \"step\" : 1e-300")
        #expect(json.contains("1e-300"))
        do {
            _ = try Scenario.decode(from: Data(json.utf8))
            Issue.record("a duplicated key was accepted")
        } catch {
            #expect(error.path == "grid.totals.step")
            #expect(error.message.contains("duplicate key"))
        }
    }

    /// The edits an analyst found crashing or misleading the first edition: each is one error
    /// with its JSON path, never a trap.
    @Test func implausibleEditsGiveClearErrors() throws {
        #expect(try failure { set(&$0, ["grid", "totals", "step"], 1e-300) }
                .hasPrefix("grid: has more than 10^18 candidate packages"))
        #expect(try failure { set(&$0, ["grid", "totals", "through"], 1e300) }
                .hasPrefix("grid.totals.through: 1e+300 is implausible against previousTotal 100"))
        #expect(try failure {
            set(&$0, ["grid", "maximumSize"], 1e12)
            set(&$0, ["grid", "totals", "step"], 1e-6)
        }.contains("more than grid.maximumBytes"))
        #expect(try failure { set(&$0, ["grid", "maximumSize"], 1.5) } == "grid.maximumSize: must be a positive whole number, found 1.5")
        #expect(try failure { set(&$0, ["recipient", "moneyValue", "labor", "cash"], 1e308) }
                .hasPrefix("recipient.moneyValue.labor.cash: must be between 0 and 10"))
        #expect(try failure { set(&$0, ["forecast", "discountRate"], -0.99) }
                .hasPrefix("forecast.discountRate: must be a yearly rate between -0.05 and 0.25"))
        #expect(try failure { set(&$0, ["grid", "escalations", 1, "cap"], 4) }
                .hasSuffix("found 4; rates are fractions: did you mean 0.04?"))
        #expect(try failure { set(&$0, ["grid", "escalations", 0, "rate"], 4) }
                .hasSuffix("found 4; rates are fractions: did you mean 0.04?"))
        #expect(try failure {
            set(&$0, ["grid", "totals"], ["from": 0.095, "through": 0.15, "step": 0.005])
        } == "grid.totals.from: 0.095 is implausible against previousTotal 100 (expected within a tenth to ten times of it); "
            + "amounts are in billions of KRW: did you mean 95?")
        #expect(try failure { set(&$0, ["noDeal", "impasseYears"], 0) }.hasPrefix("noDeal.impasseYears: must be between"))
        #expect(try failure { set(&$0, ["noDeal", "consequences", 0, "probability"], 2) }.hasPrefix("noDeal.consequences[0].probability"))
        #expect(try failure { set(&$0, ["host", "ratification", "form"], "winSet") }
                == "host.ratification.minimumProbability: required field is missing")
        #expect(try failure { $0["previousTotal"] = 1e300 }.hasPrefix("previousTotal: must be between"))
    }

    @Test func aScenarioWithANonFiniteNumberCannotBeEncoded() {
        var s = TestScenarios.tiny()
        s.recipient.headlineWeight = .nan
        #expect(throws: ScenarioError.self) { try s.encodedJSON() }
    }

    @Test func oversizedGridsAreRefusedWithSizeAndRemedy() throws {
        let message = try failure { set(&$0, ["grid", "maximumSize"], 100) }
        // 13 totals × 6 compositions × 7 terms (one for one year, three each for two and four) = 546.
        #expect(message.hasPrefix("grid: has 546 candidate packages, more than grid.maximumSize (100)"))
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
