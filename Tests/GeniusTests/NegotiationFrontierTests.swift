import Foundation
import Pareto
import Testing
@testable import Genius

@Suite struct NegotiationFrontierTests {
    /// Brute force: every outcome's utilities by ``AdditiveProfile/utility(of:)``, the
    /// non-dominated ones by pairwise ``dominance(_:_:senses:)``, grouped by vector.
    private func bruteForce(_ profiles: [AdditiveProfile], realSteps: Int) -> [NegotiationFrontier.Entry] {
        let values = profiles[0].domain.values(realSteps: realSteps)
        var outcomes: [[Int]] = [[]]
        for issue in values { outcomes = outcomes.flatMap { o in issue.indices.map { o + [$0] } } }
        let utilities = outcomes.map { o in profiles.map { $0.utility(of: o.enumerated().map { values[$0.offset][$0.element] }) } }
        var entries: [NegotiationFrontier.Entry] = []
        for (i, u) in utilities.enumerated() where !utilities.contains(where: { dominance($0, u) == .dominates }) {
            if let g = entries.firstIndex(where: { $0.utilities == u }) {
                let e = entries[g]
                entries[g] = .init(choices: e.choices, utilities: e.utilities, multiplicity: e.multiplicity + 1)
            } else {
                entries.append(.init(choices: outcomes[i], utilities: u, multiplicity: 1))
            }
        }
        return entries.sorted { $0.utilities.lexicographicallyPrecedes($1.utilities) }
    }

    private func randomProfiles(parties: Int, using rng: inout SplitMix64) -> [AdditiveProfile] {
        let issues = (0..<Int.random(in: 1...4, using: &rng)).map { i in
            NegotiationIssue(name: "x\(i)", kind: .discrete((0..<Int.random(in: 1...4, using: &rng)).map { "v\($0)" }))
        }
        let domain = NegotiationDomain(name: "r", issues: issues)
        // Evaluations and weights on a coarse grid, so ties and duplicate vectors are common.
        return (0..<parties).map { p in
            AdditiveProfile(
                name: "p\(p)", domain: domain,
                weights: issues.map { _ in Double(Int.random(in: 1...4, using: &rng)) / 4 },
                evaluators: issues.map { issue in
                    guard case let .discrete(labels) = issue.kind else { fatalError() }
                    return .discrete(Dictionary(uniqueKeysWithValues: labels.map { ($0, Double(Int.random(in: 0...2, using: &rng)) / 2) }))
                })
        }
    }

    @Test(arguments: [2, 3])
    func enumerationMatchesBruteForceOnRandomDomains(parties: Int) throws {
        var rng = SplitMix64(seed: UInt64(parties) * 7919)
        for _ in 0..<150 {
            let profiles = randomProfiles(parties: parties, using: &rng)
            let frontier = try negotiationFrontier(profiles: profiles)
            #expect(frontier.entries == bruteForce(profiles, realSteps: 21))
            #expect(frontier.outcomeCount == profiles[0].domain.outcomeCount(realSteps: 21))
        }
    }

    @Test func contributionsAddUpToTheProfileUtilityBitForBit() throws {
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
            #expect(e.utilities == profiles.map { $0.utility(of: frontier.outcome(e)) })
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
        #expect(frontier.entries == [.init(choices: [0], utilities: [1, 1], multiplicity: 1)])
    }

    @Test func oneSeesOnlyItsBestOutcomes() throws {
        let domain = NegotiationDomain(name: "d", issues: [NegotiationIssue(name: "x", kind: .discrete(["a", "b", "c"]))])
        let p = AdditiveProfile(name: "p", domain: domain, weights: [1], evaluators: [.discrete(["a": 1, "b": 0.5, "c": 1])])
        let frontier = try negotiationFrontier(profiles: [p])
        #expect(frontier.entries == [.init(choices: [0], utilities: [1], multiplicity: 2)])
    }

    @Test func enumerationRefusesDomainsBeyondItsLimitButTheSeparableMethodDoesNot() throws {
        let issues = (0..<8).map { NegotiationIssue(name: "x\($0)", kind: .integer(lower: 1, upper: 10)) }
        let domain = NegotiationDomain(name: "big", issues: issues)
        let p = AdditiveProfile(name: "p", domain: domain, weights: Array(repeating: 0.125, count: 8),
                                evaluators: Array(repeating: .constant(1), count: 8))
        #expect(throws: ParetoError.self) { try negotiationFrontier(profiles: [p, p], method: .enumerate) }
        let frontier = try negotiationFrontier(profiles: [p, p])
        #expect(frontier.entries == [.init(choices: Array(repeating: 0, count: 8), utilities: [1, 1], multiplicity: 1e8)])
    }

    @Test func outcomeCountsAreExactProductsRoundedOnce() {
        let issues = (0..<30).map { NegotiationIssue(name: "x\($0)", kind: .integer(lower: 1, upper: 10)) }
        #expect(NegotiationDomain(name: "d", issues: issues).outcomeCount(realSteps: 21) == 1e30)
        #expect(exactProduct([]) == 1)
        #expect(exactProduct([3, 0, 5]) == 0)
        #expect(exactProduct([3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5]) == 1_944_000)
        #expect(exactProduct(Array(repeating: 10, count: 12)) == 1e12)
        #expect(exactProduct([Int(Int32.max), Int(Int32.max), 7]) == Double("32281802098926944263")!)
        #expect(exactProduct(Array(repeating: 7, count: 40)) == Double("6366805760909027985741435139224001")!)
    }
}
