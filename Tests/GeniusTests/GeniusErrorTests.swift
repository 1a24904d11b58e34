import Foundation
import Testing
@testable import Genius

/// Every data error names the file and the element, and is one line.
@Suite struct GeniusErrorTests {
    let domain = try! Fixtures.domain(Fixtures.mixedDomain, file: "mixed.xml")

    private func profileError(_ xml: String) -> GeniusError? {
        do {
            _ = try AdditiveProfile(data: Data(xml.utf8), file: "party.xml", domain: domain)
            return nil
        } catch {
            return error
        }
    }

    private func checkOneLine(_ error: GeniusError?, file: String = "party.xml", element: String) {
        #expect(error?.file == file)
        #expect(error?.description.contains(element) == true, "\(String(describing: error)) should name \(element)")
        #expect(error?.description.contains("\n") == false)
    }

    @Test func malformedXMLGivesTheParserLine() {
        let error = profileError("<utility_space>\n<objective index=\"0\">\n<issue name=\"colour\">\n</objective>")
        guard case .malformed = error?.problem else { Issue.record("expected malformed, got \(String(describing: error))"); return }
        #expect(error?.line != nil)
        #expect(error?.file == "party.xml")
    }

    @Test func unknownIssueIsReported() {
        let error = profileError(Fixtures.mixedProfileA.replacingOccurrences(of: "name=\"rate\"", with: "name=\"speed\""))
        #expect(error?.problem == .unknownIssue("\"speed\""))
        checkOneLine(error, element: "<issue index=\"3\" name=\"speed\">")
        #expect(error?.line == 12)
    }

    @Test func unknownValueIsReported() {
        let error = profileError(Fixtures.mixedProfileA.replacingOccurrences(of: "value=\"green\"", with: "value=\"teal\""))
        #expect(error?.problem == .unknownValue(issue: "colour", value: "teal"))
        checkOneLine(error, element: "<item index=\"2\" value=\"teal\">")
    }

    @Test func missingItemEvaluationIsReported() {
        let error = profileError(Fixtures.mixedProfileA.replacingOccurrences(of: " evaluation=\"2\"", with: ""))
        #expect(error?.problem == .missingEvaluation(issue: "colour", value: "green"))
        checkOneLine(error, element: "<issue index=\"1\" name=\"colour\">")
    }

    @Test func missingWeightIsReported() {
        let error = profileError(Fixtures.mixedProfileA.replacingOccurrences(of: "<weight index=\"2\" value=\"1\"></weight>", with: ""))
        #expect(error?.problem == .missingWeight(issue: "delay"))
        checkOneLine(error, element: "<objective index=\"0\" name=\"root\">")
    }

    @Test func unknownEvaluatorTypeIsReported() {
        let error = profileError(Fixtures.mixedProfileB.replacingOccurrences(of: "ftype=\"triangular\"", with: "ftype=\"faratin\""))
        #expect(error?.problem == .unknownEvaluator(type: "faratin", expected: "linear, constant or triangular"))
        checkOneLine(error, element: "<evaluator ftype=\"faratin\">")
    }

    @Test func nonNumericAttributeIsReported() {
        let error = profileError(Fixtures.mixedProfileA.replacingOccurrences(of: "evaluation=\"4\"", with: "evaluation=\"four\""))
        #expect(error?.problem == .notANumber(attribute: "evaluation", text: "four"))
        checkOneLine(error, element: "<item index=\"1\" value=\"red\">")
        #expect(error?.description.contains("\"four\"") == true)
    }

    @Test func missingAttributeIsReported() {
        let error = profileError(Fixtures.mixedProfileA.replacingOccurrences(of: "slope=\"0.25\" ", with: ""))
        #expect(error?.problem == .missingAttribute("slope\" or \"parameter1"))
        checkOneLine(error, element: "<evaluator ftype=\"linear\">")
    }

    @Test func issueTypeMismatchIsReported() {
        let error = profileError(Fixtures.mixedProfileB.replacingOccurrences(of: "name=\"delay\" type=\"integer\"", with: "name=\"delay\" type=\"real\""))
        guard case .invalid = error?.problem else { Issue.record("expected invalid, got \(String(describing: error))"); return }
        checkOneLine(error, element: "<issue index=\"2\" name=\"delay\">")
    }

    @Test func nestedObjectivesAreRejected() {
        let xml = Fixtures.mixedProfileB.replacingOccurrences(
            of: "<weight index=\"1\" value=\"1\"/>", with: "<objective index=\"9\" name=\"sub\"/><weight index=\"1\" value=\"1\"/>")
        guard case .unsupported = profileError(xml)?.problem else { Issue.record("nested objective accepted"); return }
    }

    @Test func domainErrorsNameTheDomainFile() {
        #expect(throws: GeniusError.self) { try Fixtures.domain("<negotiation_template/>", file: "empty.xml") }
        do {
            _ = try Fixtures.domain(Fixtures.mixedDomain.replacingOccurrences(of: "upperbound=\"2\"", with: "upperbound=\"two\""),
                                    file: "bad.xml")
            Issue.record("non-numeric bound accepted")
        } catch {
            #expect(error.problem == .notANumber(attribute: "upperbound", text: "two"))
            #expect(error.description.hasPrefix("bad.xml, line 11, <issue index=\"2\" name=\"delay\">"))
        }
        do {
            _ = try Fixtures.domain(Fixtures.mixedDomain.replacingOccurrences(of: "lowerbound=\"-2\"", with: "lowerbound=\"3\""))
            Issue.record("inverted bounds accepted")
        } catch {
            guard case .invalid = error.problem else { Issue.record("expected invalid, got \(error)"); return }
        }
    }

    @Test func unreadableFileIsReported() {
        do {
            _ = try NegotiationDomain(contentsOf: URL(fileURLWithPath: "/nonexistent/nowhere.xml"))
            Issue.record("missing file accepted")
        } catch {
            #expect(error.file == "nowhere.xml")
            guard case .unreadable = error.problem else { Issue.record("expected unreadable, got \(error)"); return }
        }
    }

    // MARK: JSON

    private func webError(_ json: String, domain: NegotiationDomain) -> GeniusError? {
        do {
            _ = try AdditiveProfile(data: Data(json.utf8), file: "party.json", domain: domain)
            return nil
        } catch {
            return error
        }
    }

    @Test func malformedJSONGivesTheLine() {
        do {
            _ = try Fixtures.domain("{\"name\": \"x\",\n \"issuesValues\": {\n  \"a\": {\"values\": [\"p\" \"q\"]}}}", file: "d.json")
            Issue.record("malformed JSON accepted")
        } catch {
            guard case .malformed = error.problem else { Issue.record("expected malformed, got \(error)"); return }
            #expect(error.line == 3)
            #expect(error.file == "d.json")
        }
    }

    @Test func jsonProfileMismatchesAreReportedWithPaths() throws {
        let web = try Fixtures.domain(Fixtures.webDomain, file: "jobs.json")
        var error = webError(Fixtures.webProfileB.replacingOccurrences(of: "\"no\": 1,", with: ""), domain: web)
        #expect(error?.problem == .missingEvaluation(issue: "car", value: "no"))
        checkOneLine(error, file: "party.json", element: "LinearAdditiveUtilitySpace.issueUtilities.car.discreteutils.valueUtilities")

        error = webError(Fixtures.webProfileB.replacingOccurrences(of: "\"issueWeights\": {\"car\": 1, ", with: "\"issueWeights\": {"), domain: web)
        #expect(error?.problem == .missingWeight(issue: "car"))

        error = webError(Fixtures.webProfileB.replacingOccurrences(of: "\"salary\": 3}", with: "\"salary\": 3, \"bonus\": 1}"), domain: web)
        #expect(error?.problem == .unknownIssue("\"bonus\""))
        checkOneLine(error, file: "party.json", element: "LinearAdditiveUtilitySpace.issueWeights.bonus")

        error = webError(Fixtures.webProfileB.replacingOccurrences(of: "\"yes\": 0.25", with: "\"yes\": \"a quarter\""), domain: web)
        #expect(error?.problem == .notANumber(attribute: "yes", text: "a quarter"))
        #expect(error?.line == 3)

        error = webError(Fixtures.webProfileB.replacingOccurrences(of: "numberutils", with: "sigmoidutils"), domain: web)
        guard case .unknownEvaluator(type: "sigmoidutils", _) = error?.problem else {
            Issue.record("expected unknown evaluator, got \(String(describing: error))"); return
        }

        error = webError("{\"SumOfGroupsUtilitySpace\": {}}", domain: web)
        guard case .unsupported = error?.problem else { Issue.record("expected unsupported, got \(String(describing: error))"); return }
    }
}

@Suite struct MalformedXMLTests {
    @Test(arguments: [
        "<utility_space>\n<objective index=\"0\">\n<issue name=\"x\">\n</objective>",
        "<utility_space>\n<objective>",
        "<utility_space><objective></issue></utility_space>",
        "<utility_space x=1/>",
        "",
        "not xml at all",
    ])
    func malformedDocumentsAreRejectedNotMisread(text: String) {
        do {
            _ = try NegotiationDomain(data: Data(text.utf8), file: "broken.xml", format: .geniusXML)
            Issue.record("malformed XML accepted: \(text)")
        } catch {
            #expect(error.file == "broken.xml")
            guard case .malformed = error.problem else { Issue.record("expected malformed, got \(error)"); return }
            #expect(!error.description.contains("\n"))
        }
    }
}
