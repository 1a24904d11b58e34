import CostSharing

/// Small scenarios with hand-checkable numbers.
enum TestScenarios {
    /// Two core categories ("labor" cash only, "construction" half to fully in kind) and one
    /// extra ("rotation", cash or in kind), previous total 100, zero discount, flat index paths
    /// (CPI 2%, defense budget 5%), a one-year impasse.
    static func tiny(extra: Constraints.ExtraCategories = .forbidden) -> Scenario {
        Scenario(
            name: "tiny", title: "Tiny test scenario", notes: [],
            currency: Currency(code: "KRW", perUSD: 1000),
            previousTotal: 100,
            categories: [
                CostCategory(name: "labor", framework: .core, baseShare: 0.6, inKindRange: 0...0),
                CostCategory(name: "construction", framework: .core, baseShare: 0.4, inKindRange: 0.5...1),
                CostCategory(name: "rotation", framework: .extra, inKindRange: 0...1),
            ],
            forecast: Forecast(discountRate: 0, cpi: [0.02, 0.02, 0.02], defenseBudgetGrowth: [0.05, 0.05, 0.05]),
            grid: CandidateGrid(totals: Steps(from: 90, through: 150, step: 5), inKindShares: [0.2, 0.3, 0.4],
                                extraShares: [0, 0.1], extraSplits: [[1]], durations: [1, 2, 4],
                                escalations: [.fixed(rate: 0), .cpi(cap: 0.04), .defenseBudget(cap: nil)]),
            constraints: Constraints(extraCategories: extra),
            recipient: RecipientPreferences(
                moneyValue: ["labor": FormValues(cash: 1, inKind: 1), "construction": FormValues(cash: 1, inKind: 0.8),
                             "rotation": FormValues(cash: 1.5, inKind: 1)],
                diminishingValue: 0.2, demandIncrease: 0.3, headlineWeight: 1, lossAversion: 2,
                renegotiationCost: 0.1, boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: ["labor": FormValues(cash: 0.5, inKind: 0.5), "construction": FormValues(cash: 0, inKind: 0.4),
                                "rotation": FormValues(cash: 0, inKind: 0.2)],
                risingCost: 0.1, growthBenchmark: .cpi, firstYearBenchmark: 0.05, growthPenalty: 10,
                extraCategoryPenalty: 0.5, ratification: Ratification(midpointIncrease: 0.2, slope: 10),
                renegotiationCost: 0.2, boundedEscalationPreference: 0.05),
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(description: "nothing", impasseYears: 1,
                                  payments: ["labor": FormValues(cash: 50, inKind: 0)],
                                  consequences: [NoDealConsequence(label: "friction", source: "assumption: test",
                                                                   recipientCostPerYear: 0.2, hostCostPerYear: 0.4)]),
            actual: ActualAgreement(label: "deal", package: Package(firstYearTotal: 112, inKindShare: 0.3,
                                                                    duration: 2, escalation: .cpi(cap: 0.04))))
    }
}
