import Testing
@testable import CostSharing

@Suite struct CandidateSetTests {
    /// The tiny grid's terms: one for one year (every rule is `none`), three each for two and four years.
    let terms = 7

    @Test func forbiddenExtraCategoriesAreExcluded() throws {
        let forbidden = try CandidateSet(scenario: TestScenarios.tiny(extra: .forbidden))
        // 13 totals × 3 in-kind shares × 7 terms, core only.
        #expect(forbidden.count == 13 * 3 * terms)
        #expect((0..<forbidden.count).allSatisfy { forbidden.package(at: $0).extraShare == 0 })
        let penalized = try CandidateSet(scenario: TestScenarios.tiny(extra: .penalized))
        #expect(penalized.count == 13 * 6 * terms)
        #expect((0..<penalized.count).contains { penalized.package(at: $0).extraShare > 0 })
    }

    @Test func oneYearPackagesAppearOnceWithRuleNone() throws {
        let c = try CandidateSet(scenario: TestScenarios.tiny())
        let packages = (0..<c.count).map { c.package(at: $0) }
        let oneYear = packages.filter { $0.duration == 1 }
        #expect(oneYear.allSatisfy { $0.escalation == .none })
        #expect(Set(oneYear).count == oneYear.count)
        #expect(Set(packages).count == packages.count, "every candidate is a different package")
        #expect(TestScenarios.tiny().grid.terms.count == terms)
        #expect(TestScenarios.tiny().grid.size == 13 * 6 * terms)
        // No bounded-escalation credit for a one-year package.
        for row in 0..<c.count where c.package(at: row).duration == 1 { #expect(c.features[row, c.layout.bounded] == 0) }
    }

    @Test func unreachablePaymentFormsAreExcluded() throws {
        var s = TestScenarios.tiny()
        s.grid.inKindShares = [0.1, 0.2, 0.5] // core-only range is [0.2, 0.4]
        let c = try CandidateSet(scenario: s)
        #expect(c.count == 13 * 1 * terms)
        #expect((0..<c.count).allSatisfy { c.package(at: $0).inKindShare == 0.2 })
    }

    @Test func anEmptyGridNamesTheFieldThatEmptiesIt() {
        var s = TestScenarios.tiny()
        s.grid.inKindShares = [0.9]
        #expect(throws: ScenarioError.self) { try CandidateSet(scenario: s) }
        do { _ = try CandidateSet(scenario: s) } catch { #expect(error.path == "grid.inKindShares") }
        s = TestScenarios.tiny()
        s.grid.extraShares = [0.1]
        do { _ = try CandidateSet(scenario: s) } catch { #expect(error.path == "grid.extraShares") }
        s = TestScenarios.tiny()
        s.constraints.minimumIncrease = 0.9
        s.constraints.maximumIncrease = 0.95
        do { _ = try CandidateSet(scenario: s) } catch {
            #expect(error.path == "constraints" && error.message.contains("exclude every total"))
        }
    }

    @Test func coreSplitsOnTheGridSplitTheCoreAsGiven() throws {
        var s = TestScenarios.tiny()
        s.grid.coreSplits = [[0.6, 0.4], [0.7, 0.3]]
        s.grid.inKindShares = [0.15, 0.2, 0.3]
        let c = try CandidateSet(scenario: s)
        let splits = Set((0..<c.count).map { c.package(at: $0).coreShares })
        #expect(splits == [[0.6, 0.4], [0.7, 0.3]])
        // 0.15 is reachable only with the 30% construction split (0.3·0.5 = 0.15).
        #expect((0..<c.count).filter { c.package(at: $0).inKindShare == 0.15 }.allSatisfy { c.package(at: $0).coreShares == [0.7, 0.3] })
        let labor = try #require(c.package(at: c.count - 1).allocation(over: s.categories))
        #expect(abs(labor.cash[0] - 0.7 * 150) < 1e-9)
    }

    @Test func increaseBoundsExcludeTotalsOutsideThem() throws {
        var s = TestScenarios.tiny()
        s.constraints.minimumIncrease = 0
        s.constraints.maximumIncrease = 0.2
        let c = try CandidateSet(scenario: s)
        let totals = Set((0..<c.count).map { c.package(at: $0).firstYearTotal })
        #expect(totals == [100, 105, 110, 115, 120])
    }

    @Test func featureRowsMatchThePackageTheyDecodeTo() throws {
        let s = TestScenarios.tiny(extra: .penalized)
        let c = try CandidateSet(scenario: s)
        for row in [0, 1, c.count / 3, c.count - 1] {
            let expected = try #require(c.layout.row(for: c.package(at: row), in: s))
            for j in 0..<c.layout.count { #expect(abs(c.features[row, j] - expected[j]) < 1e-9) }
        }
    }

    @Test func rowsDecomposeIntoCombinationAndTotal() throws {
        let c = try CandidateSet(scenario: TestScenarios.tiny(extra: .penalized))
        for row in 0..<c.count {
            #expect(c.row(combination: c.combination(ofRow: row), totalIndex: c.totalIndex(ofRow: row)) == row)
        }
    }

    @Test func defaultPresetHasAboutAMillionCandidates() throws {
        let c = try CandidateSet(scenario: Preset.sma2020.scenario)
        #expect(c.count >= 750_000)
        #expect(c.features.rows == c.count && c.features.columns == c.layout.count)
        let oneYear = (0..<c.count).filter { c.package(at: $0).duration == 1 }.count
        #expect(oneYear * c.terms.count == c.count, "one of the terms per composition and total is one year")
    }
}
