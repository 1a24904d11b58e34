extension Preset {
    /// The 10th SMA round (2018–19): a US ask of about 1.5× for yearly deals against Korea's
    /// 1 trillion won for five years; concluded at 1,038.9B won for one year.
    public static let sma2019 = Preset(
        name: "sma-2019",
        summary: "10th SMA round (US ≈1.4T yearly vs Korea ≈1T for five years; 1,038.9B for one year)",
        scenario: Scenario(
            name: "sma-2019",
            title: "US–ROK 10th SMA talks, 2018–19",
            notes: [
                "Previous total: 960.2B won for 2018, the last year of the 9th SMA [1].",
                "US opening ask: about 1.5× (≈1.4T won), renegotiated yearly [13]; other reports said $1.6B [14].",
                "Korea: about 1T won for five years, its 'psychological Maginot line' [4][13].",
                "Strategic-asset costs were asked [31][32] and dropped [15]: extra items allowed at a legal penalty.",
                "Actual: 1,038.9B won (+8.2%, the defense-budget growth), one year [3][4].",
            ],
            // 1,123 won/$, derived: 1,038.9B won ≈ $925M [3 MOFA 10th SMA][4 Hankyoreh 2019-02-11].
            currency: Currency(code: "KRW", perUSD: 1123),
            previousTotal: 960.2, // [1 MND Defense White Paper 2018 p.181]
            categories: KoreaCommon.categories(construction: 0.88...0.88, extraInKind: 0...0),
            forecast: KoreaCommon.forecast(firstYear: 2019, years: 6),
            grid: CandidateGrid(
                totals: Steps(from: 900, through: 1500, step: 2),
                inKindShares: [0.85, 0.9, 0.95, 1].map { $0 * KoreaCommon.inKindShareToday },
                extraShares: [0, 0.05, 0.10, 0.15],
                extraSplits: [[0, 0, 1, 0]], // strategic assets only [31 alert5.com 2018-04-16][32 KBS Seq 68517]
                durations: [1, 2, 3, 4, 5, 6],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .penalized),
            recipient: RecipientPreferences(
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.2),
                diminishingValue: 0.1,
                demandIncrease: 0.46,      // ≈1.4T over 960.2B [13 KBS World 2019-01]
                headlineWeight: 1.0,
                lossAversion: 2.25,        // Tversky & Kahneman (1992)
                durationPreference: -0.1,  // yearly renegotiation demanded [13 KBS World 2019-01] (assumption on size)
                boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: KoreaCommon.koreaRetainedValue,
                risingCost: 0,
                growthBenchmark: .defenseBudget,
                firstYearBenchmark: 0.082, // 2019 defense-budget growth [3 MOFA 10th SMA][4 Hankyoreh 2019-02-11]
                growthPenalty: 20,
                extraCategoryPenalty: 0.5,
                // The 1T "Maginot line" [4 Hankyoreh 2019-02-11][13 KBS World 2019-01] (+4.1%): support falls faster than in 2020 (assumption).
                ratification: Ratification(midpointIncrease: 0.12, slope: 20, weight: 0.5),
                durationPreference: 0.05,
                boundedEscalationPreference: 0.05),
            partyNames: ["United States", "South Korea"],
            noDeal: NoDealOutcome(
                description: "The 9th SMA lapses at the end of 2018 with no successor: furlough notices and "
                    + "frozen construction as later seen in 2020 [45][49]; Korea keeps funding labor (assumption).",
                payments: ["labor": FormValues(cash: 371, inKind: 0)], // 2018 labor [1 MND Defense White Paper 2018 p.181]
                recipientFriction: 0.2,
                hostFriction: 0.5,
                // Korea's offer: about 1T won for five years [4 Hankyoreh 2019-02-11][13 KBS World 2019-01]; CPI capped at 4% (9th SMA rule [6 MOFA 9th SMA; Yonhap 2014-02-07]; assumption).
                hostIndifferentTo: Package(firstYearTotal: 1000, inKindShare: KoreaCommon.inKindShareToday, extraShare: 0,
                                           extraSplit: [], duration: 5, escalation: .cpi(cap: 0.04))),
            actual: ActualAgreement(
                label: "10th SMA (one year, 2019)",
                package: Package(firstYearTotal: 1038.9, inKindShare: KoreaCommon.inKindShareToday, extraShare: 0,
                                 extraSplit: [], duration: 1, escalation: .fixed(0)))
        )
    )
}
