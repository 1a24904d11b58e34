import Foundation
import Pareto
import Testing
@testable import Genius

/// The separable method against enumeration on seeded random GENIUS-style additive domains.
@Suite struct SeparableNegotiationFrontierTests {
    /// A random domain of discrete and integer issues and `parties` profiles. With `grid`,
    /// weights and evaluations sit on a coarse grid (ties, duplicate evaluations, different
    /// values of different issues adding up to the same utility); otherwise they are arbitrary
    /// doubles with weights normalised to sum to 1, as the readers leave them.
    static func randomProfiles(parties: Int, grid: Bool, maxIssues: Int = 5, using rng: inout SplitMix64) -> [AdditiveProfile] {
        let issues = (0..<Int.random(in: 1...maxIssues, using: &rng)).map { i in
            if Bool.random(using: &rng) {
                return NegotiationIssue(name: "d\(i)", kind: .discrete((0..<Int.random(in: 1...5, using: &rng)).map { "v\($0)" }))
            }
            let lower = Int.random(in: -3...3, using: &rng)
            return NegotiationIssue(name: "n\(i)", kind: .integer(lower: lower, upper: lower + Int.random(in: 0...4, using: &rng)))
        }
        let domain = NegotiationDomain(name: "random", issues: issues)
        func number(_ rng: inout SplitMix64) -> Double {
            grid ? Double(Int.random(in: 0...4, using: &rng)) / 4 : Double.random(in: 0...1, using: &rng)
        }
        return (0..<parties).map { p in
            var weights = issues.map { _ in grid ? Double(Int.random(in: 0...4, using: &rng)) / 4 : Double.random(in: 0.01...1, using: &rng) }
            if grid && weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }   // weights need a positive sum
            if !grid {
                let total = weights.reduce(0, +)
                weights = weights.map { $0 / total }
            }
            let evaluators: [IssueEvaluator] = issues.map { issue in
                switch issue.kind {
                case let .discrete(labels):
                    return .discrete(Dictionary(uniqueKeysWithValues: labels.map { ($0, number(&rng)) }))
                case let .integer(lower, upper):
                    let span = Double(max(upper - lower, 1))
                    return Bool.random(using: &rng)
                        ? .linear(slope: 1 / span, offset: 0, origin: Double(lower))
                        : .linear(slope: -1 / span, offset: 1, origin: Double(lower))
                default:
                    fatalError("only discrete and integer issues are generated")
                }
            }
            return AdditiveProfile(name: "p\(p)", domain: domain, weights: weights, evaluators: evaluators,
                                   reservationValue: number(&rng) / 2)
        }
    }

    private func expectIdentical(_ a: [NegotiationFrontier.Entry], _ b: [NegotiationFrontier.Entry]) {
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(x.utilities.map(\.bitPattern) == y.utilities.map(\.bitPattern))
            #expect(x.exactUtilities == y.exactUtilities)
            #expect(x.multiplicity == y.multiplicity)
            #expect(x.choices == y.choices)
        }
    }

    @Test(arguments: [(2, true), (2, false), (3, true), (3, false)])
    func separableEqualsEnumerationBitForBit(parties: Int, grid: Bool) throws {
        var rng = SplitMix64(seed: UInt64(parties * 1000 + (grid ? 1 : 0)))
        for _ in 0..<200 {
            let profiles = Self.randomProfiles(parties: parties, grid: grid, using: &rng)
            let separable = try negotiationFrontier(profiles: profiles, method: .separable)
            let enumerated = try negotiationFrontier(profiles: profiles, method: .enumerate)
            expectIdentical(separable.entries, enumerated.entries)
            #expect(separable.outcomeCount == enumerated.outcomeCount)
            for e in separable.entries {
                // The representative really produces the vector (doubles come within rounding).
                let u = profiles.map { $0.utility(of: separable.outcome(e)) }
                #expect(zip(u, e.utilities).allSatisfy { abs($0 - $1) < 1e-12 })
            }
            let automatic = try negotiationFrontier(profiles: profiles)
            #expect(automatic.entries == separable.entries)
        }
    }

    @Test func outcomesReachedByDifferentValueCombinationsGetTheFirstRepresentative() throws {
        // (a, b) and (b, a) swap between two issues with the same evaluations: both sum to 0.75.
        let domain = NegotiationDomain(name: "swap", issues: [
            NegotiationIssue(name: "x", kind: .discrete(["lo", "hi"])),
            NegotiationIssue(name: "y", kind: .discrete(["lo", "hi"])),
        ])
        let table = IssueEvaluator.discrete(["lo": 0.5, "hi": 1])
        let a = AdditiveProfile(name: "a", domain: domain, weights: [0.5, 0.5], evaluators: [table, table])
        let b = AdditiveProfile(name: "b", domain: domain, weights: [0.5, 0.5],
                                evaluators: [.discrete(["lo": 1, "hi": 0.5]), .discrete(["lo": 1, "hi": 0.5])])
        let frontier = try negotiationFrontier(profiles: [a, b])
        #expect(frontier.entries.map(\.utilities) == [[0.5, 1], [0.75, 0.75], [1, 0.5]])
        #expect(frontier.entries.map(\.multiplicity) == [1, 2, 1])
        #expect(frontier.entries[1].choices == [0, 1])   // (lo, hi) comes before (hi, lo)
        expectIdentical(frontier.entries, try negotiationFrontier(profiles: [a, b], method: .enumerate).entries)
    }

    @Test func vectorsSharedByManyValueCombinationsGetTheFirstOutcome() throws {
        // Six issues 0…5, opposite linear evaluators, equal weights: utilities depend on the sum
        // of the values only (up to rounding), so most vectors are reached by many combinations.
        let issues = (0..<6).map { NegotiationIssue(name: "x\($0)", kind: .integer(lower: 0, upper: 5)) }
        let domain = NegotiationDomain(name: "sums", issues: issues)
        let up = AdditiveProfile(name: "up", domain: domain, weights: Array(repeating: 1.0 / 6, count: 6),
                                 evaluators: Array(repeating: .linear(slope: 0.2, offset: 0, origin: 0), count: 6))
        let down = AdditiveProfile(name: "down", domain: domain, weights: Array(repeating: 1.0 / 6, count: 6),
                                   evaluators: Array(repeating: .linear(slope: -0.2, offset: 1, origin: 0), count: 6))
        let separable = try negotiationFrontier(profiles: [up, down])
        let enumerated = try negotiationFrontier(profiles: [up, down], method: .enumerate)
        expectIdentical(separable.entries, enumerated.entries)
        #expect(separable.entries.contains { $0.multiplicity > 100 })
        // In exact arithmetic all 46,656 outcomes are Pareto-optimal (up + down = 1 for every
        // outcome); in doubles, 1/6 and 0.2 round some sums a hair worse and drop them.
        #expect(separable.frontierOutcomeCount == 46_656)
        #expect(separable.entries.count == 31)   // sums 0…30 of the six values
    }

    @Test(arguments: [2, 3])
    func lowerBoundsGiveTheWholeFrontierFilteredAfterwards(parties: Int) throws {
        var rng = SplitMix64(seed: UInt64(parties) &* 0x9E37_79B9)
        for round in 0..<150 {
            let profiles = Self.randomProfiles(parties: parties, grid: round % 2 == 0, using: &rng)
            let whole = try negotiationFrontier(profiles: profiles)
            // Reservation values, and bounds drawn from the frontier itself (so some sit exactly
            // on frontier utilities).
            var boundSets = [profiles.map(\.reservationValue)]
            if let e = whole.entries.randomElement(using: &rng), let f = whole.entries.randomElement(using: &rng) {
                boundSets.append((0..<parties).map { min(e.utilities[$0], f.utilities[$0]) })
                boundSets.append(e.utilities)
            }
            boundSets.append([Double](repeating: -.infinity, count: parties))
            boundSets.append([Double](repeating: 2, count: parties))
            for bounds in boundSets {
                // Bounds are taken at their decimal value and compared exactly; −∞ bounds nothing.
                let filtered = whole.entries.filter { e in
                    zip(e.exactUtilities, bounds).allSatisfy { u, b in b == -.infinity || (b.isFinite && u >= ExactRational(shortestDecimalOf: b)) }
                }
                let separable = try negotiationFrontier(profiles: profiles, method: .separable, lowerBounds: bounds)
                let enumerated = try negotiationFrontier(profiles: profiles, method: .enumerate, lowerBounds: bounds)
                expectIdentical(separable.entries, filtered)
                expectIdentical(enumerated.entries, filtered)
                #expect(separable.lowerBounds == bounds)
            }
            // Bargaining solutions over the whole frontier and over the reservation-restricted one agree.
            let rational = try negotiationFrontier(profiles: profiles, lowerBounds: profiles.map(\.reservationValue))
            let p = try whole.bargainingProblem(), q = try rational.bargainingProblem()
            for (x, y) in [(p.nash(), q.nash()), (p.kalaiSmorodinsky(), q.kalaiSmorodinsky()),
                           (p.egalitarian(), q.egalitarian()), (p.utilitarian(), q.utilitarian())] {
                #expect(x.map { whole.entries[$0.index] } == y.map { rational.entries[$0.index] })
            }
        }
    }

    @Test func badLowerBoundsAreRejected() {
        let domain = NegotiationDomain(name: "d", issues: [NegotiationIssue(name: "x", kind: .integer(lower: 0, upper: 2))])
        let p = AdditiveProfile(name: "p", domain: domain, weights: [1], evaluators: [.linear(slope: 0.5, offset: 0, origin: 0)])
        for method in NegotiationFrontier.Method.allCases {
            #expect(throws: NegotiationFrontierError.invalidLowerBounds("expected one per party (2), found 1")) {
                try negotiationFrontier(profiles: [p, p], method: method, lowerBounds: [0])
            }
            #expect(throws: NegotiationFrontierError.self) { try negotiationFrontier(profiles: [p, p], method: method, lowerBounds: [0, .nan]) }
        }
    }

    @Test func degenerateDomainsAgree() throws {
        // No issues: one empty outcome. An issue without values: no outcomes at all.
        let empty = NegotiationDomain(name: "none", issues: [])
        let e = AdditiveProfile(name: "e", domain: empty, weights: [], evaluators: [])
        let noIssues = try negotiationFrontier(profiles: [e, e])
        #expect(noIssues.entries == [.init(choices: [], exactUtilities: [.zero, .zero], multiplicity: 1)])
        #expect(try negotiationFrontier(profiles: [e, e], method: .enumerate).entries == noIssues.entries)

        let hollow = NegotiationDomain(name: "hollow", issues: [NegotiationIssue(name: "x", kind: .discrete([]))])
        let h = AdditiveProfile(name: "h", domain: hollow, weights: [1], evaluators: [.discrete([:])])
        #expect(try negotiationFrontier(profiles: [h, h]).entries.isEmpty)
        #expect(try negotiationFrontier(profiles: [h, h], method: .enumerate).entries.isEmpty)
    }

    @Test func aDomainOf10To30OutcomesIsSolvedExactly() throws {
        // 30 issues of 10 values. The parties agree on 27 issues (each has one best value) and
        // are opposed on 3, so the frontier stays small while the domain has 10^30 outcomes.
        let domain = Self.thirtyIssueDomain()
        let profiles = Self.thirtyIssueProfiles(domain)
        let frontier = try negotiationFrontier(profiles: profiles)
        #expect(frontier.outcomeCount.description == "1" + String(repeating: "0", count: 30))
        #expect(!frontier.entries.isEmpty)
        let points = frontier.entries.map(\.utilities)
        for u in points {
            #expect(!points.contains { dominance($0, u) == .dominates })
        }
        #expect(frontier.entries.allSatisfy { $0.multiplicity >= 1 })
        for e in frontier.entries {
            #expect(zip(profiles.map { $0.utility(of: frontier.outcome(e)) }, e.utilities).allSatisfy { abs($0 - $1) < 1e-12 })
        }
        #expect(throws: NegotiationFrontierError.self) { try negotiationFrontier(profiles: profiles, method: .enumerate) }
    }

    /// 30 discrete issues `i0` … `i29` with values `v0` … `v9`.
    static func thirtyIssueDomain() -> NegotiationDomain {
        NegotiationDomain(name: "thirty", issues: (0..<30).map { i in
            NegotiationIssue(name: "i\(i)", kind: .discrete((0..<10).map { "v\($0)" }))
        })
    }

    /// Two seeded profiles on ``thirtyIssueDomain()``: shared evaluations on issues 3…29,
    /// opposed ones (x and 1 − x) on issues 0…2. Each issue's best evaluation is 1, so the
    /// profiles can be written as GENIUS XML unchanged.
    static func thirtyIssueProfiles(_ domain: NegotiationDomain) -> [AdditiveProfile] {
        var rng = SplitMix64(seed: 30)
        var a: [IssueEvaluator] = [], b: [IssueEvaluator] = []
        for i in 0..<30 {
            var x = (0..<10).map { _ in Double(Int.random(in: 0...8, using: &rng)) / 8 }
            x[Int.random(in: 0..<10, using: &rng)] = 1
            if i < 3 { x[(x.firstIndex(of: 1)! + 1) % 10] = 0 }
            let labels = (0..<10).map { "v\($0)" }
            a.append(.discrete(Dictionary(uniqueKeysWithValues: zip(labels, x))))
            b.append(.discrete(Dictionary(uniqueKeysWithValues: zip(labels, i < 3 ? x.map { 1 - $0 } : x))))
        }
        let wa = (0..<30).map { _ in Double(Int.random(in: 1...8, using: &rng)) }
        let wb = (0..<30).map { _ in Double(Int.random(in: 1...8, using: &rng)) }
        let sa = wa.reduce(0, +), sb = wb.reduce(0, +)
        return [AdditiveProfile(name: "a", domain: domain, weights: wa.map { $0 / sa }, evaluators: a, reservationValue: 0.25),
                AdditiveProfile(name: "b", domain: domain, weights: wb.map { $0 / sb }, evaluators: b, reservationValue: 0.25)]
    }
}
