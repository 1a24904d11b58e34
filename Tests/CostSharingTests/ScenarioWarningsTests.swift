import Testing
@testable import CostSharing

@Suite struct ScenarioWarningsTests {
    func paths(_ s: Scenario) -> Set<String> { Set(s.ineffectiveFields().map(\.path)) }

    @Test func presetsHaveNoFieldWithoutEffect() {
        for preset in Preset.all { #expect(preset.scenario.ineffectiveFields().isEmpty, "\(preset.name)") }
    }

    @Test func fieldsWithoutEffectAreNamed() {
        var s = TestScenarios.tiny()
        #expect(paths(s).isEmpty == false)   // the tiny scenario forbids extra items but sets ν
        #expect(paths(s).contains("host.extraCategoryPenalty"))
        s.host.growthPenalty = 0
        #expect(paths(s).contains("host.firstYearBenchmark"))
        s.host.ratification.form = .winSet(minimumProbability: 0)
        #expect(paths(s).contains("host.ratification.minimumProbability"))
        s.recipient.headlineWeight = 0
        #expect(paths(s).isSuperset(of: ["recipient.lossAversion", "recipient.demandIncrease"]))
        s.grid.durations = [1]
        #expect(paths(s).isSuperset(of: ["host.boundedEscalationPreference", "recipient.boundedEscalationPreference"]))
        s.grid.durations = [1, 2]
        s.grid.escalations = [.cpi(cap: nil), .defenseBudget(cap: nil)]
        #expect(paths(s).contains("host.boundedEscalationPreference"))
        s.noDeal.hostIndifferentTo = s.actual!.package
        #expect(paths(s).contains("noDeal.consequences[0].hostCostPerYear"))
    }
}
