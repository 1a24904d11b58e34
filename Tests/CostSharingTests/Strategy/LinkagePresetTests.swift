import Foundation
import Testing
@testable import CostSharing

/// The sma-2026 preset's linked issues through the linkage analysis.
@Suite struct LinkagePresetTests {
    @Test func sma2026IsAHypotheticalRoundWithTheFactSheetsItems() throws {
        let s = Preset.sma2026.scenario
        try s.validate()
        #expect(s.actual == nil)
        #expect(s.bargaining == nil)
        #expect(s.previousTotal == 1519.2)
        #expect(s.linkedIssues.map(\.name) == ["USFK comprehensive support", "US equipment purchases", "Defense spending 3.5% of GDP",
                                              "Investment in the US", "Car tariff", "Nuclear-powered submarines", "USFK presence reaffirmed"])
        for issue in s.linkedIssues {
            // A status-quo option first, worth nothing and announcing nothing.
            #expect(issue.options[0].value == PartyPair(recipient: 0, host: 0) && issue.options[0].headline == 0, "\(issue.name)")
            #expect(issue.source.contains("assumption"), "\(issue.name)")
            #expect(issue.source.contains("[8"), "\(issue.name): cites the fact sheet's sources [81]–[84]")
        }
        // Every uncertainty path is a field of the scenario.
        for path in s.uncertainty.keys { _ = try s.number(at: path) }
    }

    /// The joint frontier of the preset (409 packages × 972 option combinations) against
    /// enumeration, and the headline result: the package zone is empty, linkage opens it.
    @Test func sma2026LinkageOpensTheZoneAndMatchesEnumeration() throws {
        let s = Preset.sma2026.scenario
        let a = try CostSharingAnalysis(scenario: s)
        let l = LinkageAnalysis(analysis: a)
        #expect(a.zone.count == 0)
        #expect(l.zoneCountWithoutLinkage == 0 && l.nashWithoutLinkage == nil)
        #expect(l.zoneOpens)
        let nash = try #require(l.nash)
        #expect(nash.gains.recipient > 0 && nash.gains.host > 0)
        let brute = LinkageBruteForce(packages: a.frontier, previousTotal: s.previousTotal, issues: s.linkedIssues)
        #expect(l.frontier.map(\.utilities) == brute.frontier.map(\.utilities))
        #expect(l.frontier.map(\.outcomeCount) == brute.frontier.map { Double($0.combinations.count) })
        #expect(nash.utilities == LinkageBruteForce.nash(brute.frontier, a.disagreement))
        for k in s.linkedIssues.indices {
            #expect(l.optionsOnFrontier[k] == Set(brute.frontier.flatMap { $0.combinations.map { $0[k + 1] } }).sorted())
        }
        print(l.textLines(partyNames: s.partyNames, currency: s.currency.code).joined(separator: "\n"))
    }
}
