import Foundation
import Testing
@testable import CostSharing

@Suite struct DistributionTests {
    @Test func quantilesOfTheThreeDistributions() {
        let u = Distribution.uniform(low: 0.3, high: 1)
        #expect(u.quantile(0) == 0.3 && u.quantile(1) == 1 && abs(u.quantile(0.5) - 0.65) < 1e-15)
        let t = Distribution.triangular(low: 0.2, mode: 0.5, high: 1)
        // F(mode) = (m − a)/(b − a) = 0.375.
        #expect(abs(t.quantile(0.375) - 0.5) < 1e-12)
        #expect(t.quantile(0) == 0.2 && t.quantile(1) == 1)
        // The median of a symmetric truncation is the mean.
        let n = Distribution.normal(mean: 0.2, sd: 0.05, minimum: 0.1, maximum: 0.3)
        #expect(abs(n.median - 0.2) < 1e-12)
        #expect(abs(n.quantile(0) - 0.1) < 1e-12 && abs(n.quantile(1) - 0.3) < 1e-12)
        // One sd above the mean of an untruncated normal: Φ(1) ≈ 0.841345.
        let wide = Distribution.normal(mean: 0, sd: 1, minimum: -50, maximum: 50)
        #expect(abs(wide.quantile(0.8413447460685429) - 1) < 1e-9)
    }

    @Test(arguments: [Distribution.uniform(low: -1, high: 2), .triangular(low: 0, mode: 0.9, high: 1),
                      .normal(mean: 0.5, sd: 0.3, minimum: 0, maximum: 2)])
    func quantilesAgreeWithASortedSample(distribution d: Distribution) {
        // Quantiles are increasing, and the empirical distribution of quantile(U) matches p.
        let ps = (0...100).map { Double($0) / 100 }
        let qs = ps.map(d.quantile)
        #expect(zip(qs, qs.dropFirst()).allSatisfy { $0 <= $1 })
        var state: UInt64 = 12345
        func next() -> Double { state = state &* 6364136223846793005 &+ 1442695040888963407; return Double(state >> 11) / Double(1 << 53) }
        let sample = (0..<20_000).map { _ in d.quantile(next()) }.sorted()
        for p in [0.05, 0.25, 0.5, 0.75, 0.95] {
            let empirical = sample[Int(p * Double(sample.count))]
            let width = d.support.upperBound - d.support.lowerBound
            #expect(abs(empirical - d.quantile(p)) < 0.02 * width, "p = \(p)")
        }
    }

    @Test func zeroWidthDistributionsAreTheirValue() {
        #expect(Distribution.uniform(low: 0.4, high: 0.4).quantile(0.7) == 0.4)
        #expect(Distribution.triangular(low: 0.4, mode: 0.4, high: 0.4).quantile(0.2) == 0.4)
        #expect(Distribution.normal(mean: 0.4, sd: 0, minimum: 0, maximum: 1).quantile(0.9) == 0.4)
    }

    func scenario(with uncertainty: [String: Any]) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: TestScenarios.tiny().encodedJSON()) as? [String: Any])
        object["uncertainty"] = uncertainty
        return try JSONSerialization.data(withJSONObject: object)
    }

    func failure(_ uncertainty: [String: Any]) throws -> ScenarioError? {
        let data = try scenario(with: uncertainty)
        do { _ = try Scenario.decode(from: data); return nil } catch { return error }
    }

    @Test func anUncertaintySectionRoundTrips() throws {
        let s = try Scenario.decode(from: try scenario(with: [
            "recipient.headlineWeight": ["uniform": [0.3, 1.0]],
            "noDeal.consequences[0].hostCostPerYear": ["triangular": [0.2, 0.4, 1.0]],
            "host.ratification.midpointIncrease": ["normal": ["mean": 0.2, "sd": 0.05, "min": 0, "max": 1]],
        ]))
        #expect(s.uncertainty["recipient.headlineWeight"] == .uniform(low: 0.3, high: 1))
        #expect(s.uncertainty.count == 3)
        #expect(try Scenario.decode(from: try s.encodedJSON()) == s)
        #expect(!String(decoding: try TestScenarios.tiny().encodedJSON(), as: UTF8.self).contains("uncertainty"))
    }

    @Test func badUncertaintySectionsAreRefusedWithTheirPath() throws {
        let outside = try #require(try failure(["recipient.lossAversion": ["uniform": [0.5, 2]]]))
        #expect(outside.path == "uncertainty[\"recipient.lossAversion\"]" && outside.message.contains("reaches 0.5"))
        let unknown = try #require(try failure(["recipient.bogus": ["uniform": [0, 1]]]))
        #expect(unknown.path == "uncertainty[\"recipient.bogus\"]" && unknown.message.contains("no such field"))
        let text = try #require(try failure(["name": ["uniform": [0, 1]]]))
        #expect(text.message.contains("not a number parameter"))
        let reversed = try #require(try failure(["recipient.headlineWeight": ["uniform": [1, 0.3]]]))
        #expect(reversed.path == "uncertainty[\"recipient.headlineWeight\"].uniform" && reversed.message.contains("low ≤ high"))
        let two = try #require(try failure(["recipient.headlineWeight": ["uniform": [0, 1], "triangular": [0, 0.5, 1]]]))
        #expect(two.message.contains("exactly one distribution"))
        let badKey = try #require(try failure(["recipient.headlineWeight": ["beta": [1, 2]]]))
        #expect(badKey.message.contains("unknown key"))
        let sd = try #require(try failure(["recipient.headlineWeight": ["normal": ["mean": 0.5, "sd": -1, "min": 0, "max": 1]]]))
        #expect(sd.message.contains("sd must be zero or positive"))
        let missing = try #require(try failure(["recipient.headlineWeight": ["normal": ["mean": 0.5, "sd": 0.1]]]))
        #expect(missing.message.contains("required field is missing"))
    }
}
