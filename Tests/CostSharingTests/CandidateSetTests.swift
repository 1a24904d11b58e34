import Testing
@testable import CostSharing

@Suite struct CandidateSetTests {
    @Test func forbiddenExtraCategoriesAreExcluded() {
        let forbidden = CandidateSet(scenario: TestScenarios.tiny(extra: .forbidden))
        // 13 totals × 3 in-kind shares × 9 terms, core only.
        #expect(forbidden.count == 13 * 3 * 9)
        #expect((0..<forbidden.count).allSatisfy { forbidden.package(at: $0).extraShare == 0 })
        let penalized = CandidateSet(scenario: TestScenarios.tiny(extra: .penalized))
        #expect(penalized.count == 13 * 6 * 9)
        #expect((0..<penalized.count).contains { penalized.package(at: $0).extraShare > 0 })
    }

    @Test func unreachablePaymentFormsAreExcluded() {
        var s = TestScenarios.tiny()
        s.grid.inKindShares = [0.1, 0.2, 0.5] // core-only range is [0.2, 0.4]
        let c = CandidateSet(scenario: s)
        #expect(c.count == 13 * 1 * 9)
        #expect((0..<c.count).allSatisfy { c.package(at: $0).inKindShare == 0.2 })
    }

    @Test func increaseBoundsExcludeTotalsOutsideThem() {
        var s = TestScenarios.tiny()
        s.constraints.minimumIncrease = 0
        s.constraints.maximumIncrease = 0.2
        let c = CandidateSet(scenario: s)
        let totals = Set((0..<c.count).map { c.package(at: $0).firstYearTotal })
        #expect(totals == [100, 105, 110, 115, 120])
    }

    @Test func featureRowsMatchThePackageTheyDecodeTo() throws {
        let s = TestScenarios.tiny(extra: .penalized)
        let c = CandidateSet(scenario: s)
        for row in [0, 1, c.count / 3, c.count - 1] {
            let expected = try #require(c.layout.row(for: c.package(at: row), in: s))
            for j in 0..<c.layout.count { #expect(abs(c.features[row, j] - expected[j]) < 1e-9) }
        }
    }

    @Test func defaultPresetHasAtLeastAMillionCandidates() {
        let c = CandidateSet(scenario: Preset.sma2020.scenario)
        #expect(c.count >= 1_000_000)
        #expect(c.features.rows == c.count && c.features.columns == c.layout.count)
    }
}
