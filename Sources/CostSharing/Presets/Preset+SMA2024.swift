extension Preset {
    /// The 12th SMA (concluded 2024, for 2026–30): a low-conflict round.
    public static let sma2024 = Preset(
        name: "sma-2024",
        summary: "12th SMA (2026–30): +8.3%, five years, CPI capped at 5%",
        scenario: Scenario(
            name: "sma-2024",
            title: "US–ROK 12th SMA talks, 2024",
            notes: [
                "Previous total: 1,402.8B won for 2025, the last year of the 11th SMA [9].",
                "Actual: 1,519.2B won for 2026 (+8.3%), five years, CPI of two years earlier capped at 5% [9][10].",
                "No public US ask; the US reference point is 'no cut' (assumption).",
                "Category shares and forms as in 2018 [1][2]: no later breakdown in the brief.",
                "Forecast: CPI after 2024 and defense-budget growth after 2026 repeat the last known year (assumption); 2026's +8.2% [85] is hindsight for 2024 talks.",
            ],
            // 1,310 won/$, derived: 1,519.2B ≈ $1.13–1.19B, midpoint $1.16B [9 Asia Economy 2024-10-04][10 CRS IF13050].
            currency: Currency(code: "KRW", perUSD: 1310),
            previousTotal: 1402.8, // [9 Asia Economy 2024-10-04]
            categories: KoreaCommon.categories(construction: 0.88...0.88, extraInKind: 0...0),
            forecast: KoreaCommon.forecast(firstYear: 2026, years: 5),
            grid: CandidateGrid(
                totals: Steps(from: 1350, through: 1900, step: 2),
                inKindShares: [KoreaCommon.inKindShareToday],
                durations: [1, 2, 3, 4, 5],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .forbidden),
            recipient: RecipientPreferences(
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.0),
                diminishingValue: 0.1,
                demandIncrease: 0,
                headlineWeight: 0.3,
                lossAversion: 2.25,
                renegotiationCost: 0.1,   // assumption: stability valued (brief, Biden era)
                boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: KoreaCommon.koreaRetainedValue,
                risingCost: 0,
                growthBenchmark: .cpi, // the 9th and 12th SMA index [6 MOFA 9th SMA; Yonhap 2014-02-07][10 CRS IF13050]
                // Assumption: about the 11th SMA's later-year increases (4–5%, derived from [9 Asia Economy 2024-10-04]).
                firstYearBenchmark: 0.05,
                growthPenalty: 20,
                extraCategoryPenalty: 0,
                ratification: KoreaCommon.ratification,
                renegotiationCost: KoreaCommon.renegotiationCost,
                boundedEscalationPreference: 0.05),
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(
                description: "The 11th SMA lapses after 2025; its lapse clause keeps labor funded (reported [26]); "
                    + "construction and logistics stop.",
                // Assumption: a year, the order of the 2020 impasse (14 months [38]).
                impasseYears: 1,
                // Labor at its derived 2021 share of the 2025 total (assumption on the share, [7][8][9 Asia Economy 2024-10-04]).
                payments: ["labor": FormValues(cash: 1402.8 * KoreaCommon.laborShare2021, inKind: 0)],
                consequences: [
                    NoDealConsequence(
                        label: "Construction and logistics stop",
                        source: "[26 firennews.com] (labor is funded; the rest lapses); sizes assumption: the cost of delay beyond the money",
                        recipientCostPerYear: 0.1, hostCostPerYear: 0.05),
                    NoDealConsequence(
                        label: "A lapse in 2026 would fall to the next US president; Trump was citing \"$10 billion a year\"",
                        source: "[22 JoongAng Daily 2024-10-16; AsiaToday 2024-10-17]; probability assumption (about even odds of a Trump "
                            + "administration, one in five that it cuts troops in a lapse, as Germany saw [64]); size as in sma-2020",
                        recipientCostPerYear: 0, hostCostPerYear: 2.0, probability: 0.1),
                    NoDealConsequence(
                        label: "Alliance friction in a low-conflict round",
                        source: "assumption: smaller than 2020's (the round ended early, brief section 1)",
                        recipientCostPerYear: 0.1, hostCostPerYear: 0.1),
                ]),
            actual: ActualAgreement(
                label: "12th SMA (2026–30)",
                package: Package(firstYearTotal: 1519.2, inKindShare: KoreaCommon.inKindShareToday,
                                 duration: 5, escalation: .cpi(cap: 0.05)))
        )
    )
}
