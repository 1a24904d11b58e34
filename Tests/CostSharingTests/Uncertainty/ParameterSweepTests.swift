import Testing
@testable import CostSharing

@Suite struct ParameterSweepTests {
    @Test func numbersAreReadAndWrittenAtTheirJSONPath() throws {
        let s = TestScenarios.tiny()
        #expect(try s.number(at: "recipient.headlineWeight") == 1)
        #expect(try s.number(at: "noDeal.consequences[0].hostCostPerYear") == 0.4)
        #expect(try s.number(at: "grid.escalations[1].cap") == 0.04)
        let edited = try s.setting("noDeal.consequences[0].hostCostPerYear", to: 0.7)
        #expect(edited.noDeal.consequences[0].hostCostPerYear == 0.7)
        var expected = s
        expected.noDeal.consequences[0].hostCostPerYear = 0.7
        #expect(edited == expected, "nothing else changes")
        #expect(try s.setting("recipient.headlineWeight", to: 1) == s)
    }

    @Test func badPathsAndValuesNameThePath() {
        let s = TestScenarios.tiny()
        for (path, fragment) in [("recipient.bogus", "no such field"), ("name", "not a number parameter"),
                                 ("noDeal.consequences[5].years", "no such field"), ("grid..totals", "not a JSON path"),
                                 ("grid.durations[x]", "bad array index"), ("recipient", "not a number parameter")] {
            do { _ = try s.number(at: path); Issue.record("\(path) was read") } catch {
                #expect(error.path == path && error.message.contains(fragment), "\(path): \(error)")
            }
        }
        do { _ = try s.setting("recipient.lossAversion", to: 0.5); Issue.record("an invalid value was accepted") } catch {
            #expect(error.path == "recipient.lossAversion")
        }
        #expect(throws: ScenarioError.self) { try s.setting("recipient.headlineWeight", to: .nan) }
    }

    @Test func aSweepRowIsTheAnalysisAtThatValue() throws {
        let s = TestScenarios.tiny(extra: .penalized)
        let sweep = try ParameterSweep(scenario: s, path: "recipient.headlineWeight", values: [0.5, 1, 2])
        #expect(sweep.baseline == 1 && sweep.rows.map(\.value) == [0.5, 1, 2])
        for row in sweep.rows {
            var edited = s
            edited.recipient.headlineWeight = row.value
            let a = try CostSharingAnalysis(scenario: edited)
            #expect(row.zoneCount == a.zone.count)
            #expect(row.nash == a.solutions.nash?.package)
            #expect(row.kalaiSmorodinsky == a.solutions.kalaiSmorodinsky?.package)
            #expect(row.reservationTotals.host == a.zone.reservationTotals.host?.total)
        }
        #expect(sweep.textReport(scenario: s).split(separator: "\n").count == 2 + 3)
        #expect(sweep.csvReport().split(separator: "\n").count == 1 + 3)
        #expect(throws: ScenarioError.self) { try ParameterSweep(scenario: s, path: "recipient.headlineWeight", values: []) }
    }
}
