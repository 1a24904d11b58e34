import Testing
@testable import CostSharing

@Suite struct ForecastTests {
    let forecast = Forecast(discountRate: 0.05, cpi: [0.02, 0.06, 0.03], defenseBudgetGrowth: [0.07, 0.04, 0.05])

    @Test func presentValueFactorMatchesTheFormula() {
        // PV/T = Σ_{t<D} Π_{1≤k≤t}(1 + min(g_k, c)) / (1 + r)^t with CPI capped at 4%: g = 2%, 4%, 3%.
        let phi = forecast.presentValueFactor(duration: 4, rule: .cpi(cap: 0.04))
        let expected = 1 + 1.02 / 1.05 + 1.02 * 1.04 / (1.05 * 1.05) + 1.02 * 1.04 * 1.03 / (1.05 * 1.05 * 1.05)
        #expect(abs(phi - expected) < 1e-12)
    }

    @Test func oneYearTermIsWorthTheFirstYearTotal() {
        for rule in [EscalationRule.fixed(rate: 0.1), .cpi(cap: nil), .defenseBudget(cap: 0.01)] {
            #expect(forecast.presentValueFactor(duration: 1, rule: rule) == 1)
        }
    }

    @Test func capsBindOnlyAboveTheIndex() {
        let uncapped = forecast.path(duration: 4, rule: .defenseBudget(cap: nil))
        let capped = forecast.path(duration: 4, rule: .defenseBudget(cap: 0.05))
        #expect(abs(uncapped[3] - 1.07 * 1.04 * 1.05) < 1e-12)
        #expect(abs(capped[3] - 1.05 * 1.04 * 1.05) < 1e-12)
        #expect(forecast.longestTerm == 4)
    }

    @Test func escalationRuleSummariesAreReadable() {
        #expect("\(EscalationRule.cpi(cap: 0.04))" == "CPI, cap 4%")
        #expect("\(EscalationRule.defenseBudget(cap: nil))" == "defense budget, no cap")
        #expect("\(EscalationRule.fixed(rate: 0.025))" == "fixed 2.5%")
        #expect("\(EscalationRule.fixed(rate: 0))" == "freeze (fixed 0%)")
        #expect("\(EscalationRule.none)" == "none")
        #expect(EscalationRule.fixed(rate: 0).isBounded && !EscalationRule.cpi(cap: nil).isBounded)
        #expect(!EscalationRule.cpi(cap: 0.04).canBind(duration: 1) && EscalationRule.cpi(cap: 0.04).canBind(duration: 2))
    }
}
