import Foundation
import Testing
@testable import Genius

@Suite struct GeniusWebJSONReaderTests {
    let domain = try! Fixtures.domain(Fixtures.webDomain, file: "jobs.json")

    @Test func domainKeepsFileOrderAndNumberRanges() {
        #expect(domain.name == "jobs")
        #expect(domain.issues.map(\.name) == ["salary", "car"])
        #expect(domain.issues[1].kind == .discrete(["no", "yes"]))
        let salaries = domain.issues[0].values(realSteps: 2)
        #expect(salaries.map(\.label) == ["1000", "1500", "2000", "2500", "3000"])
        #expect(salaries.map(\.number) == [1000, 1500, 2000, 2500, 3000])
        #expect(domain.outcomeCount(realSteps: 2) == 10)
    }

    @Test func numberRangesStopAtTheLastStepNotAboveHigh() throws {
        let d = try Fixtures.domain("{\"name\": \"n\", \"issuesValues\": {\"x\": {\"range\": {\"low\": 0.1, \"high\": 0.5, \"step\": 0.15}}}}",
                                    file: "n.json")
        #expect(d.issues[0].values(realSteps: 2).map(\.label) == ["0.1", "0.25", "0.4"])
        #expect(d.issues[0].values(realSteps: 2).map(\.number) == [0.1, 0.25, 0.4])
    }

    @Test func profilesInBothSpellingsGiveHandComputedUtilities() throws {
        let a = try AdditiveProfile(data: Data(Fixtures.webProfileA.utf8), file: "a.json", domain: domain)
        let b = try AdditiveProfile(data: Data(Fixtures.webProfileB.utf8), file: "b.json", domain: domain)
        #expect(a.name == "employee")
        #expect(b.weights == [3, 1])   // as written; utilities divide by the sum
        let outcome = [IssueValue(number: 2500), IssueValue(label: "yes")]
        // A: 0.6·(0.2 + 0.8·0.75) + 0.4·1 = 0.6·0.8 + 0.4 = 0.88
        #expect(abs(a.utility(of: outcome) - 0.88) < 1e-15)
        // B: 0.75·(1 − 0.75) + 0.25·0.25 = 0.1875 + 0.0625 = 0.25
        #expect(abs(b.utility(of: outcome) - 0.25) < 1e-15)
        // Reservation bid (2000, no): 0.6·0.6 + 0.4·0.5 = 0.56; none for B.
        #expect(abs(a.reservationValue - 0.56) < 1e-15)
        #expect(b.reservationValue == 0)
    }

    @Test func aProfileServesAsItsOwnDomain() throws {
        let embedded = try Fixtures.domain(Fixtures.webProfileA, file: "a.json")
        #expect(embedded == domain)
    }

    @Test func jsonProfilesWorkOnAnXMLDomainByIssueName() throws {
        let xmlDomain = try Fixtures.domain(Fixtures.mixedDomain, file: "mixed.xml")
        let json = """
            {"LinearAdditiveUtilitySpace": {"issueUtilities": {
              "colour": {"discreteutils": {"valueUtilities": {"red": 1, "green": 0.5, "blue & grey": 0}}},
              "delay": {"numberutils": {"lowValue": -2, "lowUtility": 0, "highValue": 2, "highUtility": 1}},
              "rate": {"numberutils": {"lowValue": 0, "lowUtility": 1, "highValue": 10, "highUtility": 0}}},
             "issueWeights": {"colour": 0.5, "delay": 0.25, "rate": 0.25}}}
            """
        let p = try AdditiveProfile(data: Data(json.utf8), file: "p.json", domain: xmlDomain)
        let u = p.utility(of: [IssueValue(label: "green"), IssueValue(integer: 0), IssueValue(number: 2.5)])
        #expect(abs(u - (0.25 + 0.125 + 0.1875)) < 1e-15)
    }

    @Test func jsonStringEscapesAreDecoded() throws {
        let d = try Fixtures.domain(#"{"name": "e", "issuesValues": {"q\"uote": {"values": ["\u00e9t\u00e9", "a\\b", "\ud83d\ude00"]}}}"#,
                                    file: "e.json")
        #expect(d.issues[0].name == "q\"uote")
        #expect(d.issues[0].kind == .discrete(["été", "a\\b", "😀"]))
    }
}
