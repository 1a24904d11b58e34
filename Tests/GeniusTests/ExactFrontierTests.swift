import Foundation
import Pareto
import Testing
@testable import Genius

/// The exact frontier against an exact rational brute force (``TestFraction``) on decimal GENIUS
/// files written as text, where doubles round exact ties apart.
@Suite struct ExactFrontierTests {
    /// A random decimal domain: discrete issues with decimal evaluations and integer issues with
    /// decimal linear evaluators, weights from a pool whose double sums are not exact (0.1, 0.2,
    /// 0.7, …). Returned as XML texts plus the brute force's view of them.
    struct DecimalDomain {
        var domainXML: String
        var profileXML: [String]
        /// Per issue: value count.
        var radices: [Int]
        /// `[party][issue][value]`: the exact contribution (w/Σw)·(e/max e) or clipped linear.
        var contributions: [[[TestFraction]]]
    }

    static func randomDecimalDomain(parties: Int, using rng: inout SplitMix64) -> DecimalDomain {
        let weightPool = ["0.1", "0.2", "0.7", "0.3", "0.1", "0.2", "0.7", "1", "0.6"]
        let evaluationPool = ["0", "1", "3", "7", "0.1", "0.3", "0.7", "10", "0.2", "1", "0"]
        let slopePool = ["0.1", "0.2", "-0.1", "0.3", "-0.35"], offsetPool = ["0", "0.3", "0.7", "1", "0.1"]
        let k = Int.random(in: 1...4, using: &rng)
        enum Kind { case discrete(Int), integer(Int, Int) }
        let kinds: [Kind] = (0..<k).map { _ in
            Bool.random(using: &rng) ? .discrete(Int.random(in: 1...4, using: &rng))
                : { let l = Int.random(in: -2...2, using: &rng); return .integer(l, l + Int.random(in: 0...3, using: &rng)) }()
        }
        var domain = "<negotiation_template>\n<utility_space>\n<objective index=\"0\" name=\"root\" type=\"objective\">\n"
        for (i, kind) in kinds.enumerated() {
            switch kind {
            case let .discrete(n):
                domain += "<issue index=\"\(i + 1)\" name=\"i\(i)\" type=\"discrete\">\n"
                for v in 0..<n { domain += "<item index=\"\(v + 1)\" value=\"v\(v)\"/>\n" }
                domain += "</issue>\n"
            case let .integer(l, u):
                domain += "<issue index=\"\(i + 1)\" name=\"i\(i)\" type=\"integer\" lowerbound=\"\(l)\" upperbound=\"\(u)\"/>\n"
            }
        }
        domain += "</objective>\n</utility_space>\n</negotiation_template>\n"

        var profiles: [String] = [], contributions: [[[TestFraction]]] = []
        for _ in 0..<parties {
            let weights = kinds.map { _ in weightPool.randomElement(using: &rng)! }
            let total = weights.map(TestFraction.init(decimal:)).reduce(TestFraction(0), +)
            var xml = "<utility_space>\n<objective index=\"0\" name=\"root\" type=\"objective\">\n"
            var mine: [[TestFraction]] = []
            for (i, kind) in kinds.enumerated() {
                let w = TestFraction(decimal: weights[i]) / total
                switch kind {
                case let .discrete(n):
                    // Two evaluations per issue, so values tie often.
                    let two = [evaluationPool.randomElement(using: &rng)!, evaluationPool.randomElement(using: &rng)!]
                    var evaluations = (0..<n).map { _ in two.randomElement(using: &rng)! }
                    if evaluations.allSatisfy({ $0 == "0" }) { evaluations[0] = "1" }
                    xml += "<issue index=\"\(i + 1)\" name=\"i\(i)\" type=\"discrete\">\n"
                    for (v, e) in evaluations.enumerated() { xml += "<item index=\"\(v + 1)\" value=\"v\(v)\" evaluation=\"\(e)\"/>\n" }
                    xml += "</issue>\n"
                    let exact = evaluations.map(TestFraction.init(decimal:))
                    let largest = exact.max()!
                    mine.append(exact.map { w * ($0 / largest) })
                case let .integer(l, u):
                    let slope = slopePool.randomElement(using: &rng)!, offset = offsetPool.randomElement(using: &rng)!
                    xml += "<issue index=\"\(i + 1)\" name=\"i\(i)\" type=\"integer\" lowerbound=\"\(l)\" upperbound=\"\(u)\">\n"
                    xml += "<evaluator ftype=\"linear\" slope=\"\(slope)\" offset=\"\(offset)\"/>\n</issue>\n"
                    let (s, o) = (TestFraction(decimal: slope), TestFraction(decimal: offset))
                    mine.append((l...u).map { x in w * min(max(s * TestFraction(x - l) + o, TestFraction(0)), TestFraction(1)) })
                }
            }
            for (i, w) in weights.enumerated() { xml += "<weight index=\"\(i + 1)\" value=\"\(w)\"/>\n" }
            xml += "</objective>\n<reservation value=\"0.3\"/>\n</utility_space>\n"
            profiles.append(xml)
            contributions.append(mine)
        }
        let radices = kinds.map { kind -> Int in
            switch kind {
            case let .discrete(n): return n
            case let .integer(l, u): return u - l + 1
            }
        }
        return DecimalDomain(domainXML: domain, profileXML: profiles, radices: radices, contributions: contributions)
    }

    static func read(_ d: DecimalDomain) throws -> [AdditiveProfile] {
        let domain = try NegotiationDomain(data: Data(d.domainXML.utf8), file: "random-domain.xml")
        return try d.profileXML.enumerated().map { p, text in
            try AdditiveProfile(data: Data(text.utf8), file: "party\(p).xml", domain: domain)
        }
    }

    /// Every entry equals the brute force's: choices, exact utilities, nearest doubles (or, for
    /// a certified frontier, doubles within its error bounds), counts.
    static func expectEqual(_ entries: [NegotiationFrontier.Entry],
                            _ expected: [(choices: [Int], utilities: [TestFraction], count: Int)],
                            errorBounds: [Double]? = nil) {
        #expect(entries.count == expected.count)
        for (e, x) in zip(entries, expected) {
            #expect(e.choices == x.choices)
            #expect(e.exactUtilities.map(\.description) == x.utilities.map(\.description))
            if let errorBounds {
                for (p, u) in e.utilities.enumerated() { #expect(abs(u - x.utilities[p].double) <= errorBounds[p] + 0x1p-53) }
            } else {
                #expect(e.utilities == x.utilities.map(\.double))
            }
            #expect(e.multiplicity == BigNatural(x.count))
        }
    }

    @Test(arguments: [2, 3, 4])
    func everyMethodEqualsTheExactBruteForceOnDecimalDomains(parties: Int) throws {
        var rng = SplitMix64(seed: 0xDEC1 + UInt64(parties))
        var boundsRNG = SplitMix64(seed: 0xB0 + UInt64(parties))   // apart, so the domains stay the same
        var sawDoubleTie = false, sawTie = false
        for _ in 0..<200 {
            let d = Self.randomDecimalDomain(parties: parties, using: &rng)
            let profiles = try Self.read(d)
            let expected = bruteForceFrontier(radices: d.radices) { o in
                d.contributions.map { c in o.enumerated().reduce(TestFraction(0)) { $0 + c[$1.offset][$1.element] } }
            }
            for method in NegotiationFrontier.Method.allCases {
                let frontier = try negotiationFrontier(profiles: profiles, method: method)
                Self.expectEqual(frontier.entries, expected)
                #expect(frontier.frontierOutcomeCount == BigNatural(expected.reduce(0) { $0 + $1.count }))
                // The double filter with exact near-tie resolution (the path of long-decimal
                // files), forced on the same domain: the same frontier and solutions.
                let certified = try negotiationFrontier(profiles: profiles.map(NegotiationProfile.additive), realSteps: 21,
                                                        method: method, lowerBounds: nil, certifiedOnly: true)
                #expect(certified.entries.allSatisfy { !$0.holdsExactUtilities })
                Self.expectEqual(certified.entries, expected, errorBounds: certified.utilityErrorBounds)
                #expect(certified.exactSolutions() == frontier.exactSolutions())
                let bounds = (0..<parties).map { _ in ["0.3", "0.2", "0.45", "0"].randomElement(using: &boundsRNG)! }
                let b = bounds.map { Double($0)! }
                let exactBounded = try negotiationFrontier(profiles: profiles, method: method, lowerBounds: b)
                let certifiedBounded = try negotiationFrontier(profiles: profiles.map(NegotiationProfile.additive), realSteps: 21,
                                                               method: method, lowerBounds: b, certifiedOnly: true)
                #expect(certifiedBounded.entries.map(\.choices) == exactBounded.entries.map(\.choices))
                #expect(certifiedBounded.entries.map(\.multiplicity) == exactBounded.entries.map(\.multiplicity))
            }
            // Does this domain hold outcomes with equal exact utilities that doubles tell apart,
            // and frontier vectors shared by several outcomes? (Checks the generator makes the cases.)
            let values = profiles[0].domain.values(realSteps: 21)
            var outcomes: [[Int]] = [[]]
            for r in d.radices { outcomes = outcomes.flatMap { o in (0..<r).map { o + [$0] } } }
            var doublesOf: [[TestFraction]: Set<[Double]>] = [:]
            for o in outcomes {
                let exact = d.contributions.map { c in o.enumerated().reduce(TestFraction(0)) { $0 + c[$1.offset][$1.element] } }
                doublesOf[exact, default: []].insert(profiles.map { $0.utility(of: o.enumerated().map { values[$0.offset][$0.element] }) })
            }
            if doublesOf.values.contains(where: { $0.count > 1 }) { sawDoubleTie = true }
            if expected.contains(where: { $0.count > 1 }) { sawTie = true }
        }
        #expect(sawDoubleTie || parties > 3, "the generator should produce outcomes with equal exact utilities that doubles split")
        #expect(sawTie, "the generator should produce frontier vectors shared by several outcomes")
    }

    @Test func weightsOfOneTenthTwoTenthsSevenTenthsTieExactlyWhereDoublesDoNot() throws {
        // Three issues, weights 0.1 / 0.2 / 0.7, yes/no values evaluated 1 / 0 for party a.
        // a: (yes, yes, no) = 0.1 + 0.2 = 0.3 and (no, no, "3 of 7") = 0.7·3/7 = 0.3.
        let domain = """
            <negotiation_template><utility_space><objective index="0" name="r" type="objective">
            <issue index="1" name="x" type="discrete"><item index="1" value="no"/><item index="2" value="yes"/></issue>
            <issue index="2" name="y" type="discrete"><item index="1" value="no"/><item index="2" value="yes"/></issue>
            <issue index="3" name="z" type="discrete"><item index="1" value="no"/><item index="2" value="some"/><item index="3" value="all"/></issue>
            </objective></utility_space></negotiation_template>
            """
        func profile(_ x: [String], _ y: [String], _ z: [String], _ w: [String]) -> String {
            func issue(_ i: Int, _ name: String, _ labels: [String], _ e: [String]) -> String {
                "<issue index=\"\(i)\" name=\"\(name)\" type=\"discrete\">"
                    + zip(labels, e).map { "<item value=\"\($0)\" evaluation=\"\($1)\"/>" }.joined() + "</issue>"
            }
            return "<utility_space><objective index=\"0\" name=\"r\" type=\"objective\">"
                + issue(1, "x", ["no", "yes"], x) + issue(2, "y", ["no", "yes"], y) + issue(3, "z", ["no", "some", "all"], z)
                + w.enumerated().map { "<weight index=\"\($0.offset + 1)\" value=\"\($0.element)\"/>" }.joined()
                + "</objective></utility_space>"
        }
        let d = try NegotiationDomain(data: Data(domain.utf8), file: "tie.xml")
        let a = try AdditiveProfile(data: Data(profile(["0", "1"], ["0", "1"], ["0", "3", "7"], ["0.1", "0.2", "0.7"]).utf8), file: "a.xml", domain: d)
        // b = 1 − a exactly, for every outcome: every outcome is on the exact frontier.
        let b = try AdditiveProfile(data: Data(profile(["1", "0"], ["1", "0"], ["7", "4", "0"], ["0.1", "0.2", "0.7"]).utf8), file: "b.xml", domain: d)
        let values = d.values(realSteps: 2)
        let yesYesNo = [values[0][1], values[1][1], values[2][0]], noNoSome = [values[0][0], values[1][0], values[2][1]]
        #expect(a.utility(of: yesYesNo) != a.utility(of: noNoSome), "in doubles 0.1 + 0.2 and 0.7·3/7 differ")
        for method in NegotiationFrontier.Method.allCases {
            let frontier = try negotiationFrontier(profiles: [a, b], method: method)
            #expect(frontier.frontierOutcomeCount == 12)
            let tie = frontier.entries.filter { $0.exactUtilities == [ExactRational(decimal: "0.3")!, ExactRational(decimal: "0.7")!] }
            #expect(tie.count == 1)
            #expect(tie.first?.multiplicity == 2)
            #expect(tie.first?.choices == [0, 0, 1])   // (no, no, some) comes before (yes, yes, no)
            #expect(tie.first?.utilities == [0.3, 0.7])
        }
    }

    @Test func countsAreExactIntegersBeyondSixtyFourBits() throws {
        // 40 issues of 10 values that nobody cares about but one: 10⁴⁰ outcomes, 10³⁹ per entry.
        var issues = (0..<40).map { NegotiationIssue(name: "x\($0)", kind: .integer(lower: 0, upper: 9)) }
        issues[0] = NegotiationIssue(name: "x0", kind: .integer(lower: 0, upper: 9))
        let domain = NegotiationDomain(name: "huge", issues: issues)
        let up = AdditiveProfile(name: "up", domain: domain, weights: [1] + Array(repeating: 0, count: 39),
                                 evaluators: [.linear(slope: 0.1, offset: 0, origin: 0)] + Array(repeating: .constant(1), count: 39))
        let down = AdditiveProfile(name: "down", domain: domain, weights: [1] + Array(repeating: 0, count: 39),
                                   evaluators: [.linear(slope: -0.1, offset: 0.9, origin: 0)] + Array(repeating: .constant(1), count: 39))
        let frontier = try negotiationFrontier(profiles: [up, down])
        #expect(frontier.outcomeCount.description == "1" + String(repeating: "0", count: 40))
        #expect(frontier.entries.count == 10)
        #expect(frontier.entries.allSatisfy { $0.multiplicity.description == "1" + String(repeating: "0", count: 39) })
        #expect(frontier.frontierOutcomeCount == frontier.outcomeCount)
        #expect(frontier.method == .separable)
        #expect(throws: NegotiationFrontierError.self) { try negotiationFrontier(profiles: [up, down], method: .enumerate) }
    }
}
