import Foundation
import Testing
@testable import Genius

@Suite struct GeniusXMLReaderTests {
    let domain = try! Fixtures.domain(Fixtures.mixedDomain, file: "mixed.xml")

    @Test func domainIssuesKeepFileOrderAndKinds() {
        #expect(domain.name == "mixed")
        #expect(domain.issues.map(\.name) == ["colour", "delay", "rate"])
        #expect(domain.issues[0].kind == .discrete(["red", "green", "blue & grey"]))
        #expect(domain.issues[1].kind == .integer(lower: -2, upper: 2))
        #expect(domain.issues[2].kind == .real(lower: 0, upper: 10))
        let count = domain.outcomeCount(realSteps: 21), expected: BigNatural = 3 * 5 * 21
        #expect(count == expected, "\(count.low) \(count.high) \(expected.low) \(expected.high)")
    }

    @Test func realIssuesAreSampledIncludingBothBounds() {
        let values = domain.issues[2].values(realSteps: 5)
        #expect(values.map(\.number) == [0, 2.5, 5, 7.5, 10])
        #expect(domain.issues[1].values(realSteps: 5).map(\.label) == ["-2", "-1", "0", "1", "2"])
    }

    @Test func weightsAreNormalisedAndDiscreteEvaluationsDividedByTheLargest() throws {
        let a = try Fixtures.profile(Fixtures.mixedProfileA, domain: domain)
        // Kept as written; normalised when evaluated.
        #expect(a.weights == [2, 1, 1])
        #expect(a.evaluators[0] == .relativeDiscrete(["red": 4, "green": 2, "blue & grey": 1]))
        let colours = domain.issues[0].values(realSteps: 2)
        #expect(colours.map { a.evaluators[0].evaluate($0) } == [1, 0.5, 0.25])
        #expect(colours.map { a.contribution(issue: 0, value: $0) } == [0.5, 0.25, 0.125])
        #expect(a.evaluators[1] == .linear(slope: 0.25, offset: 0, origin: -2))
        #expect(a.evaluators[2] == .linear(slope: 0.1, offset: 0, origin: 0))
        #expect(a.discountFactor == 0.5)
        #expect(a.reservationValue == 0.2)
    }

    @Test func utilitiesMatchHandComputedValues() throws {
        let a = try Fixtures.profile(Fixtures.mixedProfileA, domain: domain)
        let b = try Fixtures.profile(Fixtures.mixedProfileB, domain: domain)
        // green, delay 1, rate 5:
        // A = 0.5·(2/4) + 0.25·(0.25·(1 − (−2))) + 0.25·(0.1·5) = 0.25 + 0.1875 + 0.125 = 0.5625
        // B = (1/3)·(5/10) + (1/3)·(1 − 0.25·3) + (1/3)·(1 − (5 − 4)/(10 − 4)) = (0.5 + 0.25 + 5/6)/3
        let outcome = [IssueValue(label: "green"), IssueValue(integer: 1), IssueValue(number: 5)]
        #expect(abs(a.utility(of: outcome) - 0.5625) < 1e-15)
        #expect(abs(b.utility(of: outcome) - (0.5 + 0.25 + 5.0 / 6) / 3) < 1e-15)
        // Clipping: B's delay evaluator at −2 is 1, and A's never goes below 0.
        #expect(b.evaluators[1].evaluate(IssueValue(integer: -2)) == 1)
        #expect(a.evaluators[1].evaluate(IssueValue(integer: -2)) == 0)
        // Triangle: 0 at both ends, 1 at the top, rising 0.25 per unit below it.
        #expect(b.evaluators[2].evaluate(IssueValue(number: 0)) == 0)
        #expect(b.evaluators[2].evaluate(IssueValue(number: 1)) == 0.25)
        #expect(b.evaluators[2].evaluate(IssueValue(number: 4)) == 1)
        #expect(b.evaluators[2].evaluate(IssueValue(number: 10)) == 0)
    }

    @Test(arguments: [("0.0", 1.0), ("-0.3", 1.0), ("1.7", 1.0), ("1", 1.0), ("0.42441038", 0.42441038)])
    func discountFactorsOutsideTheUnitIntervalMeanNoDiscounting(text: String, expected: Double) throws {
        let xml = Fixtures.mixedProfileA.replacingOccurrences(of: "<discount_factor value=\"0.5\"/>",
                                                              with: "<discount_factor value=\"\(text)\"/>")
        let profile = try Fixtures.profile(xml, domain: domain)
        #expect(profile.discountFactor == expected)
        #expect(profile.discounted(0.8, time: 1) == 0.8 * expected)
    }

    @Test func missingReservationAndDiscountDefaultToZeroAndOne() throws {
        let b = try Fixtures.profile(Fixtures.mixedProfileB, domain: domain)
        #expect(b.reservationValue == 0)
        #expect(b.discountFactor == 1)
    }

    @Test func constantEvaluatorsAndProfileLowerBoundsFollowGenius() throws {
        let xml = Fixtures.mixedProfileA
            .replacingOccurrences(of: "<evaluator ftype=\"linear\" parameter0=\"0.0\" parameter1=\"0.1\"/>",
                                  with: "<evaluator ftype=\"constant\" parameter0=\"0.3\"/>")
            .replacingOccurrences(of: "name=\"delay\" lowerbound=\"-2\"", with: "name=\"delay\" lowerbound=\"0\"")
        let a = try Fixtures.profile(xml, domain: domain)
        #expect(a.evaluators[2] == .constant(0.3))
        // GENIUS measures an integer evaluator from the profile issue's own lowerbound.
        #expect(a.evaluators[1] == .linear(slope: 0.25, offset: 0, origin: 0))
    }

    @Test func allZeroDiscreteEvaluationsStayZero() throws {
        let xml = Fixtures.mixedProfileB.replacingOccurrences(of: "evaluation=\"5\"", with: "evaluation=\"0\"")
            .replacingOccurrences(of: "evaluation=\"10\"", with: "evaluation=\"0\"")
        let b = try Fixtures.profile(xml, domain: domain)
        #expect(b.evaluators[0] == .relativeDiscrete(["red": 0, "green": 0, "blue & grey": 0]))
        #expect(domain.issues[0].values(realSteps: 2).allSatisfy { b.evaluators[0].evaluate($0) == 0 })
    }

    @Test func formatIsDetectedFromExtensionThenContent() {
        #expect(GeniusFileFormat.detect(data: Data("<a/>".utf8), file: "x.json") == .geniusWebJSON)
        #expect(GeniusFileFormat.detect(data: Data("{}".utf8), file: "x.xml") == .geniusXML)
        #expect(GeniusFileFormat.detect(data: Data("  \n{}".utf8), file: "profile") == .geniusWebJSON)
        #expect(GeniusFileFormat.detect(data: Data("<utility_space/>".utf8), file: "profile") == .geniusXML)
    }
}
