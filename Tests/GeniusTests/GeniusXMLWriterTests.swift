import Foundation
import Pareto
import Testing
@testable import Genius

@Suite struct GeniusXMLWriterTests {
    /// Every outcome's utility under `profile`, in enumeration order.
    private func allUtilities(_ profile: AdditiveProfile, realSteps: Int) -> [Double] {
        var result: [Double] = []
        func visit(_ prefix: [IssueValue], _ values: [[IssueValue]]) {
            guard let first = values.first else { result.append(profile.utility(of: prefix)); return }
            for v in first { visit(prefix + [v], Array(values.dropFirst())) }
        }
        visit([], profile.domain.values(realSteps: realSteps))
        return result
    }

    private func roundTrip(_ profiles: [AdditiveProfile], comment: String? = nil) throws -> [AdditiveProfile] {
        let domainXML = GeniusXMLWriter.domainXML(profiles[0].domain, comment: comment)
        let domain = try NegotiationDomain(data: Data(domainXML.utf8), file: "written.xml")
        return try profiles.map { p throws(GeniusError) in
            try AdditiveProfile(data: Data(GeniusXMLWriter.profileXML(p, comment: comment).utf8), file: "\(p.name).xml", domain: domain)
        }
    }

    private func expectSameUtilities(_ a: [AdditiveProfile], _ b: [AdditiveProfile], realSteps: Int = 5) {
        for (x, y) in zip(a, b) {
            let ux = allUtilities(x, realSteps: realSteps), uy = allUtilities(y, realSteps: realSteps)
            #expect(ux.count == uy.count)
            let worst = zip(ux, uy).map { abs($0 - $1) }.max() ?? 0
            #expect(worst <= 1e-15, "\(x.name): utilities differ by up to \(worst)")
            #expect(x.reservationValue == y.reservationValue)
            #expect(x.discountFactor == y.discountFactor)
        }
    }

    @Test func mixedDomainRoundTripsToTheSameUtilities() throws {
        let domain = try Fixtures.domain(Fixtures.mixedDomain)
        let a = try Fixtures.profile(Fixtures.mixedProfileA, domain: domain)
        let b = try Fixtures.profile(Fixtures.mixedProfileB, domain: domain)
        let back = try roundTrip([a, b])
        #expect(back[0].domain.issues == domain.issues)
        #expect(back[0].evaluators == a.evaluators)
        #expect(back[1].evaluators == b.evaluators)
        expectSameUtilities([a, b], back)
    }

    @Test func geniusWebNumberIssuesAreWrittenAsDiscreteIssues() throws {
        let domain = try Fixtures.domain(Fixtures.webDomain, file: "jobs.json")
        let a = try AdditiveProfile(data: Data(Fixtures.webProfileA.utf8), file: "a.json", domain: domain)
        let b = try AdditiveProfile(data: Data(Fixtures.webProfileB.utf8), file: "b.json", domain: domain)
        let back = try roundTrip([a, b])
        #expect(back[0].domain.issues[0].kind == .discrete(["1000", "1500", "2000", "2500", "3000"]))
        expectSameUtilities([a, b], back)
    }

    @Test func randomProfilesRoundTrip() throws {
        var rng = SplitMix64(seed: 2026)
        for _ in 0..<200 {
            var issues: [NegotiationIssue] = []
            for i in 0..<Int.random(in: 1...4, using: &rng) {
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: issues.append(NegotiationIssue(name: "d\(i)", kind: .discrete((0..<Int.random(in: 1...4, using: &rng)).map { "v\($0) <&\"'>" })))
                case 1:
                    let lo = Int.random(in: -10...10, using: &rng)
                    issues.append(NegotiationIssue(name: "i\(i)", kind: .integer(lower: lo, upper: lo + Int.random(in: 0...6, using: &rng))))
                default:
                    let lo = Double.random(in: -5...5, using: &rng)
                    issues.append(NegotiationIssue(name: "r\(i)", kind: .real(lower: lo, upper: lo + Double.random(in: 0.5...10, using: &rng))))
                }
            }
            let domain = NegotiationDomain(name: "random", issues: issues)
            let profiles = (0..<2).map { p in randomProfile(named: "p\(p)", on: domain, using: &rng) }
            expectSameUtilities(profiles, try roundTrip(profiles), realSteps: 4)
        }
    }

    private func randomProfile(named name: String, on domain: NegotiationDomain, using rng: inout SplitMix64) -> AdditiveProfile {
        var weights = domain.issues.map { _ in Double.random(in: 0.01...1, using: &rng) }
        let total = weights.reduce(0, +)
        weights = weights.map { $0 / total }
        let evaluators: [IssueEvaluator] = domain.issues.map { issue in
            switch issue.kind {
            case let .discrete(labels):
                var raw = labels.map { _ in Double(Int.random(in: 0...20, using: &rng)) }
                raw[Int.random(in: 0..<raw.count, using: &rng)] = 20
                return .discrete(Dictionary(uniqueKeysWithValues: zip(labels, raw.map { $0 / 20 })))
            case let .integer(lower, _):
                return .linear(slope: Double.random(in: -0.3...0.3, using: &rng), offset: Double.random(in: 0...1, using: &rng),
                               origin: Double(lower))
            case let .real(lower, upper):
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: return .linear(slope: Double.random(in: -0.2...0.2, using: &rng), offset: Double.random(in: 0...1, using: &rng), origin: 0)
                case 1: return .constant(Double.random(in: 0...1, using: &rng))
                default: return .triangular(lower: lower, upper: upper, top: Double.random(in: lower...upper, using: &rng))
                }
            case .number:
                return .constant(0)
            }
        }
        return AdditiveProfile(name: name, domain: domain, weights: weights, evaluators: evaluators,
                               reservationValue: Double.random(in: 0...0.5, using: &rng),
                               discountFactor: Double.random(in: 0.1...1, using: &rng))
    }

    @Test func discreteEvaluationsWhoseLargestIsNotOneAreRefused() {
        let domain = NegotiationDomain(name: "d", issues: [NegotiationIssue(name: "x", kind: .discrete(["a", "b"]))])
        let profile = AdditiveProfile(name: "p", domain: domain, weights: [1], evaluators: [.discrete(["a": 0.8, "b": 0.2])])
        do {
            _ = try GeniusXMLWriter.profileXML(profile)
            Issue.record("a profile GENIUS would rescale was written")
        } catch {
            #expect(error.file == "p.xml")
            #expect(error.element == "<issue name=\"x\">")
            guard case .unsupported = error.problem else { Issue.record("expected unsupported, got \(error)"); return }
        }
    }

    @Test func theCommentIsWrittenAndCannotBreakTheDocument() throws {
        let domain = try Fixtures.domain(Fixtures.mixedDomain)
        let comment = "discretised from a non-additive model -- see the report"
        let xml = GeniusXMLWriter.domainXML(domain, comment: comment)
        #expect(xml.contains("<!-- discretised from a non-additive model - - see the report -->"))
        #expect(try NegotiationDomain(data: Data(xml.utf8), file: "c.xml").issues == domain.issues)
    }

    @Test func writeSavesReadableFiles() throws {
        let domain = try Fixtures.domain(Fixtures.mixedDomain, file: "mixed domain.xml")
        let a = try Fixtures.profile(Fixtures.mixedProfileA, file: "A.xml", domain: domain)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let urls = try GeniusXMLWriter.write(domain: domain, profiles: [a], to: directory, comment: "test export")
        #expect(urls.domain.lastPathComponent == "mixed_domain.xml")
        #expect(urls.profiles.map(\.lastPathComponent) == ["mixed_domain-A.xml"])
        let readDomain = try NegotiationDomain(contentsOf: urls.domain)
        let readA = try AdditiveProfile(contentsOf: urls.profiles[0], domain: readDomain)
        expectSameUtilities([a], [readA])
    }
}
