import Foundation
import Pareto
import Testing
@testable import Genius

@Suite struct NegotiationFrontierTests {
    @Test func contributionsAddUpToTheProfileUtility() throws {
        let domain = try Fixtures.domain(Fixtures.mixedDomain)
        let profiles = [try Fixtures.profile(Fixtures.mixedProfileA, domain: domain),
                        try Fixtures.profile(Fixtures.mixedProfileB, domain: domain)]
        let table = contributions(profiles: profiles, realSteps: 7)
        let values = domain.values(realSteps: 7)
        #expect(table.map(\.count) == [3, 5, 7])
        for a in 0..<3 { for b in 0..<5 { for c in 0..<7 {
            for p in 0..<2 {
                let sum = table[0][a][p] + table[1][b][p] + table[2][c][p]
                #expect(sum == profiles[p].utility(of: [values[0][a], values[1][b], values[2][c]]))
            }
        } } }
        let frontier = try negotiationFrontier(profiles: profiles, realSteps: 7)
        for e in frontier.entries {
            // Exact utilities rounded once; the double sums come within a few units in the last place.
            #expect(zip(e.utilities, profiles.map { $0.utility(of: frontier.outcome(e)) }).allSatisfy { abs($0 - $1) < 1e-14 })
        }
    }

    @Test func identicalOutcomesAreListedOnceWithTheirCount() throws {
        // Issue "noise" matters to nobody: every frontier vector is reached by its 3 values.
        let domain = NegotiationDomain(name: "d", issues: [
            NegotiationIssue(name: "split", kind: .integer(lower: 0, upper: 4)),
            NegotiationIssue(name: "noise", kind: .discrete(["a", "b", "c"])),
        ])
        let flat = IssueEvaluator.discrete(["a": 0, "b": 0, "c": 0])
        let a = AdditiveProfile(name: "a", domain: domain, weights: [1, 0],
                                evaluators: [.linear(slope: 0.25, offset: 0, origin: 0), flat])
        let b = AdditiveProfile(name: "b", domain: domain, weights: [1, 0],
                                evaluators: [.linear(slope: -0.25, offset: 1, origin: 0), flat], reservationValue: 0.3)
        let frontier = try negotiationFrontier(profiles: [a, b])
        #expect(frontier.outcomeCount == 15)
        #expect(frontier.entries.map(\.utilities) == [[0, 1], [0.25, 0.75], [0.5, 0.5], [0.75, 0.25], [1, 0]])
        #expect(frontier.entries.allSatisfy { $0.multiplicity == 3 })
        #expect(frontier.entries.map { frontier.outcome($0).map(\.label) } == [["0", "a"], ["1", "a"], ["2", "a"], ["3", "a"], ["4", "a"]])
        // Nash with disagreement (0, 0.3): gains (0.25, 0.45), (0.5, 0.2) → 0.1125 beats 0.1.
        let nash = try frontier.bargainingProblem().nash()
        #expect(nash?.index == 1)
        #expect(try frontier.bargainingProblem().individuallyRational == [0, 1, 2])
    }

    @Test func aSingleOutcomeIsItsOwnFrontier() throws {
        let domain = NegotiationDomain(name: "one", issues: [NegotiationIssue(name: "x", kind: .discrete(["only"]))])
        let p = AdditiveProfile(name: "p", domain: domain, weights: [1], evaluators: [.discrete(["only": 1])])
        let frontier = try negotiationFrontier(profiles: [p, p])
        #expect(frontier.entries == [.init(choices: [0], exactUtilities: [.one, .one], multiplicity: 1)])
    }

    @Test func oneSeesOnlyItsBestOutcomes() throws {
        let domain = NegotiationDomain(name: "d", issues: [NegotiationIssue(name: "x", kind: .discrete(["a", "b", "c"]))])
        let p = AdditiveProfile(name: "p", domain: domain, weights: [1], evaluators: [.discrete(["a": 1, "b": 0.5, "c": 1])])
        let frontier = try negotiationFrontier(profiles: [p])
        #expect(frontier.entries == [.init(choices: [0], exactUtilities: [.one], multiplicity: 2)])
    }

    @Test func enumerationRefusesDomainsBeyondItsLimitButTheSeparableMethodDoesNot() throws {
        let issues = (0..<8).map { NegotiationIssue(name: "x\($0)", kind: .integer(lower: 1, upper: 10)) }
        let domain = NegotiationDomain(name: "big", issues: issues)
        let p = AdditiveProfile(name: "p", domain: domain, weights: Array(repeating: 0.125, count: 8),
                                evaluators: Array(repeating: .constant(1), count: 8))
        #expect(throws: NegotiationFrontierError.tooManyOutcomes(outcomes: 100_000_000, limit: negotiationFrontierEnumerationLimit)) {
            try negotiationFrontier(profiles: [p, p], method: .enumerate)
        }
        let frontier = try negotiationFrontier(profiles: [p, p])
        #expect(frontier.entries == [.init(choices: Array(repeating: 0, count: 8), exactUtilities: [.one, .one], multiplicity: 100_000_000)])
    }

    @Test func outcomeCountsAreExactProducts() {
        func count(_ sizes: [Int]) -> String {
            NegotiationDomain(name: "d", issues: sizes.enumerated().map {
                NegotiationIssue(name: "x\($0.offset)", kind: .integer(lower: 1, upper: $0.element))
            }).outcomeCount(realSteps: 21).description
        }
        #expect(count(Array(repeating: 10, count: 30)) == "1" + String(repeating: "0", count: 30))
        #expect(count([]) == "1")
        #expect(count([3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5]) == "1944000")
        #expect(count([Int(Int32.max), Int(Int32.max), 7]) == "32281802098926944263")
        #expect(count(Array(repeating: 7, count: 40)) == "6366805760909027985741435139224001")
    }
}
