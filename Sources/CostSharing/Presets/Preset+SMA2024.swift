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
                                 duration: 5, escalation: .cpi(cap: 0.05))),
            // Ranges for `--samples`: the shared Korean ones (KoreaCommon.sharedUncertainty) and
            // this round's own. Each mode is the value above. Held fixed: the impasse's length (every
            // consequence here lasts the whole impasse, so it has no effect), the sizes of the
            // construction and logistics stop (the friction below is the larger cost), the lapse
            // threat's size (only probability × size enters), and the repeated forecast years
            // (CPI after 2024, defense-budget growth after 2026), which move the figures little
            // because Korea's benchmark and the CPI rules follow the same path.
            uncertainty: KoreaCommon.sharedUncertainty.merging([
                // η = 0.3 has no source. From 0 (the headline does not matter) to 1, the Trump-era
                // weight of sma-2020: the range spans both administrations.
                "recipient.headlineWeight": .triangular(low: 0, mode: 0.3, high: 1.0),
                // The reference "no cut" is an assumption (no public ask). A reference below it is
                // implausible, so the range is one-sided: up to +10%, a little above the increases in
                // view (the 11th SMA's 4–5% steps [9], Korea's +8.2% defense budget for 2026 [85]).
                "recipient.demandIncrease": .triangular(low: 0, mode: 0, high: 0.1),
                // Stability valued (brief, Biden era) gives the sign; the size is an assumption: from
                // indifference to rounds to twice the assumed cost.
                "recipient.renegotiationCost": .triangular(low: 0, mode: 0.1, high: 0.2),
                // b₀ = 5% is an assumption. From 2.3% (the preset's 2024 CPI, the index the 12th SMA
                // uses [10]; not a brief figure) to 8.2% (Korea's 2026 defense-budget growth [85],
                // also the 10th SMA's step [3]).
                "host.firstYearBenchmark": .triangular(low: 0.023, mode: 0.05, high: 0.082),
                // Labor kept funded in the lapse [26], at its derived 2021 share, 42.1%, of the 2025
                // total (the share is an assumption). From 2018's share, 38.6% [1], to as far above
                // 42.1% as that is below it (the 11th SMA raised the labor floor from 75% to 87% [26],
                // so a larger share is as plausible as a smaller one).
                "noDeal.payments.labor.cash": .triangular(
                    low: 1402.8 * KoreaCommon.laborShare, mode: 1402.8 * KoreaCommon.laborShare2021,
                    high: 1402.8 * (2 * KoreaCommon.laborShare2021 - KoreaCommon.laborShare)),
                // The lapse threat's chance, 0.1 = about even odds of a Trump administration × one in
                // five that it cuts troops in a lapse (assumptions). Odds of 0.3–0.7 and 0.1–0.35 give
                // about 0.03–0.25.
                "noDeal.consequences[1].probability": .triangular(low: 0.03, mode: 0.1, high: 0.25),
                // Friction in a low-conflict round (0.1 a year, equal for both sides) is an
                // assumption: half to double, each side drawn on its own.
                "noDeal.consequences[2].recipientCostPerYear": .triangular(low: 0.05, mode: 0.1, high: 0.2),
                "noDeal.consequences[2].hostCostPerYear": .triangular(low: 0.05, mode: 0.1, high: 0.2),
            ]) { _, own in own }
        )
    )
}
