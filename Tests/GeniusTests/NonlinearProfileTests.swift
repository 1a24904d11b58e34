import Foundation
import Pareto
import Testing
@testable import Genius

/// Nonlinear (`hyperRectangle`) profiles: read from GENIUS XML, frontier against an exact brute force.
@Suite struct NonlinearProfileTests {
    struct Box { var utility: String; var conditions: [(issue: Int, lower: Int, upper: Int)] }

    static func domainXML(issues: Int, upper: Int) -> String {
        "<negotiation_template><utility_space><objective index=\"0\" name=\"root\" type=\"objective\">"
            + (0..<issues).map { "<issue index=\"\($0 + 1)\" name=\"c\($0)\" type=\"integer\" lowerbound=\"0\" upperbound=\"\(upper)\"/>" }.joined()
            + "</objective></utility_space></negotiation_template>"
    }

    static func profileXML(issues: Int, upper: Int, boxes: [Box], maxUtility: String) -> String {
        var xml = "<utility_space type=\"nonlinear\"><objective index=\"0\" name=\"root\" type=\"objective\">"
        for i in 0..<issues { xml += "<issue index=\"\(i + 1)\" name=\"c\(i)\" type=\"integer\" lowerbound=\"0\" upperbound=\"\(upper)\"/>" }
        xml += "<utility maxutility=\"\(maxUtility)\"><ufun type=\"PlainUfun\" weight=\"1\" aggregation=\"sum\">"
        for b in boxes {
            xml += "<hyperRectangle utility=\"\(b.utility)\">"
            for c in b.conditions { xml += "<INCLUDES index=\"\(c.issue + 1)\" min=\"\(c.lower)\" max=\"\(c.upper)\"/>" }
            xml += "</hyperRectangle>"
        }
        return xml + "</ufun></utility></objective><reservation value=\"0.1\"/></utility_space>"
    }

    static func randomBoxes(issues: Int, upper: Int, using rng: inout SplitMix64) -> [Box] {
        let pool = ["1", "2", "0.5", "2.5", "0.1", "0.2", "0.3", "3", "0"]
        return (0..<Int.random(in: 1...6, using: &rng)).map { _ in
            Box(utility: pool.randomElement(using: &rng)!, conditions: (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                let l = Int.random(in: 0...upper, using: &rng)
                return (Int.random(in: 0..<issues, using: &rng), l, Int.random(in: l...upper, using: &rng))
            })
        }
    }

    @Test(arguments: [2, 3])
    func valueClassEnumerationEqualsTheExactBruteForce(parties: Int) throws {
        var rng = SplitMix64(seed: 0xB0C5 + UInt64(parties))
        for round in 0..<80 {
            let issues = Int.random(in: 1...4, using: &rng), upper = Int.random(in: 0...3, using: &rng)
            let domain = try NegotiationDomain(data: Data(Self.domainXML(issues: issues, upper: upper).utf8), file: "d.xml")
            var profiles: [NegotiationProfile] = [], exact: [([Int]) -> TestFraction] = []
            for p in 0..<parties {
                if p == parties - 1 && round % 3 == 0 {
                    // A linear party too: evaluation slope 0.1 on issue 0, weight 1.
                    let xml = "<utility_space><objective index=\"0\" name=\"root\" type=\"objective\">"
                        + (0..<issues).map { "<issue index=\"\($0 + 1)\" name=\"c\($0)\" type=\"integer\"><evaluator ftype=\"linear\" slope=\"0.1\" offset=\"0.3\"/></issue>" }.joined()
                        + (0..<issues).map { "<weight index=\"\($0 + 1)\" value=\"\($0 == 0 ? "0.7" : "0.1")\"/>" }.joined()
                        + "</objective></utility_space>"
                    profiles.append(try NegotiationProfile(data: Data(xml.utf8), file: "lin.xml", domain: domain))
                    let weights = (0..<issues).map { TestFraction(decimal: $0 == 0 ? "0.7" : "0.1") }
                    let total = weights.reduce(TestFraction(0), +)
                    exact.append { o in
                        var sum = TestFraction(0)
                        for (i, x) in o.enumerated() {
                            let e: TestFraction = min(TestFraction(1), TestFraction(x) * TestFraction(1, 10) + TestFraction(3, 10))
                            sum = sum + weights[i] / total * e
                        }
                        return sum
                    }
                    continue
                }
                let boxes = Self.randomBoxes(issues: issues, upper: upper, using: &rng)
                let maxUtility = ["1", "2.5", "10", "0.7"].randomElement(using: &rng)!
                let xml = Self.profileXML(issues: issues, upper: upper, boxes: boxes, maxUtility: maxUtility)
                let profile = try NegotiationProfile(data: Data(xml.utf8), file: "box\(p).xml", domain: domain)
                guard case .hyperRectangles = profile else { Issue.record("not read as nonlinear"); return }
                profiles.append(profile)
                exact.append { o in
                    boxes.filter { b in b.conditions.allSatisfy { o[$0.issue] >= $0.lower && o[$0.issue] <= $0.upper } }
                        .reduce(TestFraction(0)) { $0 + TestFraction(decimal: $1.utility) } / TestFraction(decimal: maxUtility)
                }
            }
            let expected = bruteForceFrontier(radices: Array(repeating: upper + 1, count: issues)) { o in exact.map { $0(o) } }
            for method in [NegotiationFrontier.Method.automatic, .enumerate] {
                let frontier = try negotiationFrontier(profiles: profiles, method: method)
                ExactFrontierTests.expectEqual(frontier.entries, expected)
                #expect(frontier.method == .enumerate)
            }
            // Doubles agree with the exact utilities of the representatives.
            let frontier = try negotiationFrontier(profiles: profiles)
            for e in frontier.entries {
                let outcome = frontier.outcome(e)
                for (p, profile) in profiles.enumerated() { #expect(abs(profile.utility(of: outcome) - e.utilities[p]) < 1e-12) }
            }
        }
    }

    @Test func theSeparableMethodRefusesANonlinearProfile() throws {
        let domain = try NegotiationDomain(data: Data(Self.domainXML(issues: 2, upper: 3).utf8), file: "d.xml")
        let xml = Self.profileXML(issues: 2, upper: 3, boxes: [Box(utility: "1", conditions: [(0, 1, 2)])], maxUtility: "1")
        let p = try NegotiationProfile(data: Data(xml.utf8), file: "box.xml", domain: domain)
        #expect(throws: NegotiationFrontierError.notSeparable(profile: "box")) {
            try negotiationFrontier(profiles: [p, p], method: .separable)
        }
    }

    @Test func tooManyValueClassesAreRefusedNamingTheProfileAndTheSize() throws {
        // 30 issues of 10 values; boxes 3…5 and 4…9 on each issue split it into 4 classes
        // (0…2, 3, 4…5, 6…9): 4³⁰ combinations.
        let domain = try NegotiationDomain(data: Data(Self.domainXML(issues: 30, upper: 9).utf8), file: "d.xml")
        let boxes = (0..<30).map { Box(utility: "1", conditions: [($0, 3, 5)]) } + (0..<30).map { Box(utility: "2", conditions: [($0, 4, 9)]) }
        let xml = Self.profileXML(issues: 30, upper: 9, boxes: boxes, maxUtility: "90")
        let p = try NegotiationProfile(data: Data(xml.utf8), file: "wide.xml", domain: domain)
        do {
            _ = try negotiationFrontier(profiles: [p, p])
            Issue.record("expected a refusal")
        } catch {
            guard case let .tooManyValueClasses(names, combinations, outcomes, _) = error else { Issue.record("\(error)"); return }
            #expect(names == ["wide", "wide"])
            #expect(combinations.description == "1152921504606846976")   // 4³⁰
            #expect(outcomes.description == "1" + String(repeating: "0", count: 30))
            #expect(error.description.contains("\"wide\""))
        }
    }

    @Test func badNonlinearFilesNameTheElement() throws {
        let domain = try NegotiationDomain(data: Data(Self.domainXML(issues: 2, upper: 3).utf8), file: "d.xml")
        let excludes = Self.profileXML(issues: 2, upper: 3, boxes: [], maxUtility: "1")
            .replacingOccurrences(of: "aggregation=\"sum\">", with: "aggregation=\"sum\"><hyperRectangle utility=\"1\"><EXCLUDES index=\"1\" min=\"0\" max=\"1\"/></hyperRectangle>")
        #expect { try NegotiationProfile(data: Data(excludes.utf8), file: "x.xml", domain: domain) } throws: { error in
            (error as? GeniusError).map { $0.file == "x.xml" && $0.element.contains("EXCLUDES") } ?? false
        }
        let noMax = Self.profileXML(issues: 2, upper: 3, boxes: [], maxUtility: "1").replacingOccurrences(of: " maxutility=\"1\"", with: "")
        #expect { try NegotiationProfile(data: Data(noMax.utf8), file: "m.xml", domain: domain) } throws: { error in
            (error as? GeniusError)?.problem == .missingAttribute("maxutility")
        }
        let unknown = Self.profileXML(issues: 2, upper: 3, boxes: [Box(utility: "1", conditions: [(0, 0, 1)])], maxUtility: "1")
            .replacingOccurrences(of: "<INCLUDES index=\"1\"", with: "<INCLUDES index=\"7\"")
        #expect(throws: GeniusError.self) { try NegotiationProfile(data: Data(unknown.utf8), file: "u.xml", domain: domain) }
    }
}
