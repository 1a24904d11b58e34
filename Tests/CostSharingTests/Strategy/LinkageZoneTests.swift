import Foundation
import Testing
import Pareto
@testable import CostSharing

/// Linkage on hand-built scenarios: a zone that only a linked option opens, bad input, the
/// report shapes.
@Suite struct LinkageZoneTests {
    /// The tiny scenario with a US reference point of +300%: every package leaves the US below
    /// no deal, so the package zone is empty.
    static func emptyZoneScenario() -> Scenario {
        var s = TestScenarios.tiny()
        s.recipient.demandIncrease = 3
        return s
    }

    /// The empty-zone scenario with one linked issue whose "buy" option, at the package the host
    /// likes best, brings the US to +0.5 and leaves the host half its gain.
    static func openedScenario() throws -> (scenario: Scenario, best: PackageOutcome) {
        let plain = try CostSharingAnalysis(scenario: emptyZoneScenario())
        try #require(plain.zone.count == 0)
        let best = try #require(plain.frontier.max { $0.gains.host < $1.gains.host })
        try #require(best.gains.host > 0 && best.gains.recipient < 0)
        var s = emptyZoneScenario()
        let unit = s.previousTotal
        s.linkedIssues = [
            LinkedIssue(name: "purchases", source: "test", options: [
                LinkedIssue.Option(name: "none", value: PartyPair(recipient: 0, host: 0)),
                LinkedIssue.Option(name: "buy", value: PartyPair(recipient: (0.5 - best.gains.recipient) * unit,
                                                                 host: -best.gains.host / 2 * unit), headline: 40),
            ]),
            LinkedIssue(name: "statement", source: "test", options: [
                LinkedIssue.Option(name: "none", value: PartyPair(recipient: 0, host: 0)),
            ]),
        ]
        return (s, best)
    }

    @Test func aLinkedOptionOpensAnEmptyZone() throws {
        let (scenario, best) = try Self.openedScenario()
        let a = try CostSharingAnalysis(scenario: scenario)
        #expect(a.zone.count == 0)   // the analysis itself ignores the linked issues
        let l = LinkageAnalysis(analysis: a)
        #expect(l.zoneCountWithoutLinkage == 0)
        #expect(l.nashWithoutLinkage == nil)
        #expect(l.zoneCount > 0)
        #expect(l.zoneOpens)
        let nash = try #require(l.nash)
        #expect(nash.options == [1, 0])
        #expect(nash.gains.recipient > 0 && nash.gains.host > 0)
        // Buying with the host's best package is in the zone, and Nash does at least as well.
        let g = PartyPair(recipient: 0.5, host: best.gains.host / 2)
        #expect(nash.gains.recipient * nash.gains.host >= g.recipient * g.host * (1 - 1e-12))
        #expect(nash.headline == l.package(of: nash).package.firstYearTotal + 40)
        #expect(l.optionsOnFrontier == [[0, 1], [0]])
        // Every point in the zone buys: without it the US is below no deal.
        #expect(l.frontier.filter(\.isInZone).allSatisfy { $0.options[0] == 1 })
    }

    @Test func summaryIsShapedForTheJSONReport() throws {
        let l = LinkageAnalysis(analysis: try CostSharingAnalysis(scenario: try Self.openedScenario().scenario))
        let data = try JSONEncoder().encode(["linkage": l.summary])
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let linkage = try #require(root["linkage"] as? [String: Any])
        #expect(Set(linkage.keys) == ["issues", "frontierPoints", "zonePoints", "zoneOpens", "nash", "frontier"])
        #expect(linkage["zoneOpens"] as? Bool == true)
        let points = try #require(linkage["frontierPoints"] as? [String: Int])
        #expect(points == ["withoutLinkage": l.frontierWithoutLinkage.count, "withLinkage": l.frontier.count])
        let zone = try #require(linkage["zonePoints"] as? [String: Int])
        #expect(zone == ["withoutLinkage": 0, "withLinkage": l.zoneCount])
        let nash = try #require(linkage["nash"] as? [String: Any])
        #expect(nash["withoutLinkage"] is NSNull)
        let with = try #require(nash["withLinkage"] as? [String: Any])
        #expect(Set(with.keys) == ["package", "candidate", "utilities", "gains", "packageUtilities", "packageGains",
                                   "options", "headline", "outcomes"])
        let gains = try #require(with["gains"] as? [String: Double])
        // (JSON text keeps 17 significant digits; the parse may differ in the last bit.)
        #expect(abs(try #require(gains["recipient"]) - l.nash!.gains.recipient) <= 1e-15)
        #expect(abs(try #require(gains["host"]) - l.nash!.gains.host) <= 1e-15)
        let package = try #require(with["package"] as? [String: Any])
        #expect(package["firstYearTotal"] as? Double == l.package(of: l.nash!).package.firstYearTotal)
        let options = try #require(with["options"] as? [[String: Any]])
        #expect(options.map { $0["option"] as? String } == ["buy", "none"])
        #expect(options.map { $0["issue"] as? String } == ["purchases", "statement"])
        let issues = try #require(linkage["issues"] as? [[String: Any]])
        #expect(issues.map { $0["onFrontier"] as? [String] } == [["none", "buy"], ["none"]])
        #expect(issues.map { $0["atNash"] as? String } == ["buy", "none"])
        #expect((linkage["frontier"] as? [Any])?.count == l.frontier.count)
    }

    @Test func textLinesSayWhatLinkageDoes() throws {
        let (scenario, _) = try Self.openedScenario()
        let l = LinkageAnalysis(analysis: try CostSharingAnalysis(scenario: scenario))
        let text = l.textLines(partyNames: scenario.partyNames, currency: scenario.currency.code).joined(separator: "\n")
        #expect(text.contains("2 linked issues"))
        #expect(text.contains("\(l.frontierWithoutLinkage.count) without linkage, \(l.frontier.count) with"))
        #expect(text.contains("0 without linkage, \(l.zoneCount) with; linkage opens it"))
        #expect(text.contains("without linkage none (empty zone)"))
        #expect(text.contains("    purchases: buy"))
        #expect(text.contains("On the joint frontier, purchases: none, buy."))
    }

    @Test func badInputIsATypedError() throws {
        let packages = Array(LinkageAnalysisTests.tiny.frontier.prefix(3))
        let d = PartyPair(recipient: 0.0, host: 0.0)
        let good = LinkedIssue.Option(name: "a", value: PartyPair(recipient: 1, host: 1))
        func path(_ body: () throws(ScenarioError) -> LinkageAnalysis) -> String? {
            do { _ = try body(); return nil } catch { return error.path }
        }
        #expect(path { () throws(ScenarioError) in try LinkageAnalysis(packages: [], disagreement: d, previousTotal: 100, issues: []) } == "packages")
        #expect(path { () throws(ScenarioError) in try LinkageAnalysis(packages: packages, disagreement: d, previousTotal: 0, issues: []) } == "previousTotal")
        #expect(path { () throws(ScenarioError) in
            try LinkageAnalysis(packages: packages, disagreement: PartyPair(recipient: .nan, host: 0), previousTotal: 100, issues: [])
        } == "disagreement")
        var broken = packages
        broken[2].utilities.host = .infinity
        #expect(path { () throws(ScenarioError) in try LinkageAnalysis(packages: broken, disagreement: d, previousTotal: 100, issues: []) } == "packages[2]")
        let nan = LinkedIssue(name: "x", source: "test", options: [good, .init(name: "b", value: PartyPair(recipient: 0, host: .nan))])
        #expect(path { () throws(ScenarioError) in try LinkageAnalysis(packages: packages, disagreement: d, previousTotal: 100, issues: [nan]) }
                == "linkedIssues[0].options[1].value.host")
        let empty = LinkedIssue(name: "y", source: "test", options: [])
        let one = LinkedIssue(name: "z", source: "test", options: [good])
        #expect(path { () throws(ScenarioError) in try LinkageAnalysis(packages: packages, disagreement: d, previousTotal: 100, issues: [one, empty]) }
                == "linkedIssues[1].options")
        let headline = LinkedIssue(name: "h", source: "test", options: [.init(name: "a", value: PartyPair(recipient: 0, host: 0), headline: .infinity)])
        #expect(path { () throws(ScenarioError) in try LinkageAnalysis(packages: packages, disagreement: d, previousTotal: 100, issues: [headline]) }
                == "linkedIssues[0].options[0].headline")
        #expect(path { () throws(ScenarioError) in try LinkageAnalysis(packages: packages, disagreement: d, previousTotal: 100, issues: [one]) } == nil)
    }

    /// Options worth tiny amounts next to large utilities: sums that round, checked against
    /// enumeration (the margin that rules options out must not rule out an option that ties).
    @Test func optionsThatTieOnlyAfterRoundingAreFound() throws {
        var p = LinkageAnalysisTests.tiny.frontier[0]
        p.utilities = PartyPair(recipient: 1e6, host: -1e6)
        var q = p
        q.utilities = PartyPair(recipient: 1e6 - 1, host: -1e6 + 1)
        // 1e-12 / 100 is below half an ulp of 1e6, so "small" adds nothing to a 1e6 sum and ties "none".
        let issue = LinkedIssue(name: "small", source: "test", options: [
            LinkedIssue.Option(name: "none", value: PartyPair(recipient: 0, host: 0)),
            LinkedIssue.Option(name: "small", value: PartyPair(recipient: -1e-12, host: 1e-12)),
            LinkedIssue.Option(name: "worse", value: PartyPair(recipient: -1e-12, host: 0)),
        ])
        let l = try LinkageAnalysis(packages: [p, q], disagreement: PartyPair(recipient: 0, host: -2e6), previousTotal: 100, issues: [issue])
        let brute = LinkageBruteForce(packages: [p, q], previousTotal: 100, issues: [issue])
        #expect(l.frontier.map(\.utilities) == brute.frontier.map(\.utilities))
        #expect(l.frontier.map(\.outcomeCount) == brute.frontier.map { Double($0.combinations.count) })
        let picked = Set(brute.frontier.flatMap { $0.combinations.map { $0[1] } }).sorted()
        #expect(picked == [0, 1, 2])
        #expect(l.optionsOnFrontier == [picked])
    }
}
