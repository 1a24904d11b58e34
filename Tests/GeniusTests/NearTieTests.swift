import Foundation
import Testing
@testable import Genius

/// The double filter's near-tie path: sums whose doubles are within the error bound are compared
/// exactly.
@Suite struct NearTieTests {
    static let domain = """
        <negotiation_template><utility_space><objective index="0" name="r" type="objective">
        <issue index="1" name="x" type="discrete"><item index="1" value="p"/><item index="2" value="q"/><item index="3" value="t"/></issue>
        <issue index="2" name="y" type="discrete"><item index="1" value="r"/><item index="2" value="s"/><item index="3" value="t"/></issue>
        </objective></utility_space></negotiation_template>
        """
    static func profile(_ x: [String], _ y: [String]) -> String {
        func issue(_ i: Int, _ name: String, _ labels: [String], _ e: [String]) -> String {
            "<issue index=\"\(i)\" name=\"\(name)\" type=\"discrete\">"
                + zip(labels, e).map { "<item value=\"\($0)\" evaluation=\"\($1)\"/>" }.joined() + "</issue>"
        }
        return "<utility_space><objective index=\"0\" name=\"r\" type=\"objective\">"
            + issue(1, "x", ["p", "q", "t"], x) + issue(2, "y", ["r", "s", "t"], y)
            + "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.5\"/></objective></utility_space>"
    }

    @Test func aDifferenceBelowTheDoubleResolutionOfTheSumIsDecidedExactly() throws {
        // a(p, r) = 0.5·0.2 + 0.5·0.4 = 0.3 and a(q, s) = 0.5·0.3 + 0.5·0.30000000000000004 =
        // 0.30000000000000002 (exactly 2·10⁻¹⁷ more, below half a unit in the last place of 0.3);
        // b(p, r) = b(q, s) = 0.75 exactly. So (q, s) dominates (p, r) exactly.
        let d = try NegotiationDomain(data: Data(Self.domain.utf8), file: "near.xml")
        let a = try AdditiveProfile(data: Data(Self.profile(["0.2", "0.3", "1"], ["0.4", "0.30000000000000004", "1"]).utf8), file: "a.xml", domain: d)
        let b = try AdditiveProfile(data: Data(Self.profile(["1", "0.5", "0"], ["0.5", "1", "0"]).utf8), file: "b.xml", domain: d)
        #expect(!a.hasShortDecimals, "a long decimal: the double filter is used")
        var results: [[NegotiationFrontier.Entry]] = []
        for method in NegotiationFrontier.Method.allCases {
            let f = try negotiationFrontier(profiles: [a, b], method: method)
            #expect(!f.entries.contains { $0.choices == [0, 0] }, "(p, r) is exactly dominated")
            let qs = f.entries.first { $0.choices == [1, 1] }
            #expect(qs?.exactUtilities == [ExactRational(decimal: "0.30000000000000002")!, ExactRational(decimal: "0.75")!])
            #expect(f.frontierOutcomeCount == BigNatural(f.entries.count))
            results.append(f.entries)
        }
        #expect(results.allSatisfy { $0 == results[0] })
    }

    @Test func sumsOneUnitApartInDoublesThatTieExactlyAreOneEntry() throws {
        // 0.5·0.2 + 0.5·0.4 and 0.5·0.1 + 0.5·0.5 are both 0.3 exactly; in doubles
        // 0.1 + 0.2 = 0.30000000000000004 ≠ 0.3, so the doubles of such sums can differ by a
        // unit. The long decimal of value t keeps the domain on the double filter.
        let d = try NegotiationDomain(data: Data(Self.domain.utf8), file: "tie.xml")
        let a = try AdditiveProfile(data: Data(Self.profile(["0.2", "0.1", "0.123456789012345"], ["0.4", "0.5", "1"]).utf8), file: "a.xml", domain: d)
        let b = try AdditiveProfile(data: Data(Self.profile(["1", "1", "0"], ["1", "1", "0"]).utf8), file: "b.xml", domain: d)
        #expect(!a.hasShortDecimals)
        for method in NegotiationFrontier.Method.allCases {
            let f = try negotiationFrontier(profiles: [a, b], method: method)
            // (p, r) = (q, r)? a: 0.1 + 0.2 = 0.3, 0.05 + 0.2 = 0.25; (q, s) = 0.05 + 0.25 = 0.3 ties (p, r).
            let tie = f.entries.filter { $0.exactUtilities == [ExactRational(decimal: "0.3")!, .one] }
            #expect(tie.isEmpty || tie.first?.multiplicity == 2)
            // Against a rational brute force over the 9 outcomes.
            let c = [a, b].map { $0.exactContributions(realSteps: 21) }
            var outcomes: [([Int], [ExactRational])] = []
            for x in 0..<3 { for y in 0..<3 { outcomes.append(([x, y], c.map { $0[0][x] + $0[1][y] })) } }
            func dominates(_ u: [ExactRational], _ v: [ExactRational]) -> Bool {
                zip(u, v).allSatisfy { $0 >= $1 } && zip(u, v).contains { $0 > $1 }
            }
            var expected: [([Int], [ExactRational], Int)] = []
            for (o, u) in outcomes where !outcomes.contains(where: { dominates($0.1, u) }) {
                if let g = expected.firstIndex(where: { $0.1 == u }) { expected[g].2 += 1 } else { expected.append((o, u, 1)) }
            }
            expected.sort { $0.1.lexicographicallyPrecedes($1.1) }
            #expect(f.entries.map(\.choices) == expected.map(\.0))
            #expect(f.entries.map(\.exactUtilities) == expected.map(\.1))
            #expect(f.entries.map(\.multiplicity) == expected.map { BigNatural($0.2) })
        }
    }
}
