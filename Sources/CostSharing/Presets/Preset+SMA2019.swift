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
                "Korea: about 1T won for five years, its 'psychological Maginot line'; more than 1T, it said, would not pass the Assembly [4][13].",
                "Strategic-asset costs were asked [31][32] and dropped [15]: extra items allowed at a legal penalty.",
                "Actual: 1,038.9B won (+8.2%, the defense-budget growth), one year [3][4].",
                "Hindsight: defense-budget growth for 2020–23 and CPI after 2018 are what later happened.",
            ],
            // 1,123 won/$, derived: 1,038.9B won ≈ $925M [3 MOFA 10th SMA][4 Hankyoreh 2019-02-11].
            currency: Currency(code: "KRW", perUSD: 1123),
            previousTotal: 960.2, // [1 MND Defense White Paper 2018 p.181]
            categories: KoreaCommon.categories(construction: 0.88...1.0, extraInKind: 0...0),
            forecast: KoreaCommon.forecast(firstYear: 2019, years: 5),
            grid: CandidateGrid(
                totals: Steps(from: 900, through: 1500, step: 2),
                inKindShares: [KoreaCommon.inKindShareToday, 0.6],
                extraShares: [0, 0.05, 0.10, 0.15],
                extraSplits: [[0, 0, 1, 0]], // strategic assets only [31 alert5.com 2018-04-16][32 KBS Seq 68517]
                durations: [1, 2, 3, 4, 5],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .penalized),
            recipient: RecipientPreferences(
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.2),
                diminishingValue: 0.1,
                demandIncrease: 0.46,      // ≈1.4T over 960.2B [13 KBS World 2019-01]
                headlineWeight: 1.0,
                lossAversion: 2.25,        // Tversky & Kahneman (1992)
                // Yearly renegotiation demanded [13 KBS World 2019-01]: each round worth 0.1 year to the US (assumption on size).
                renegotiationCost: -0.1,
                boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: KoreaCommon.koreaRetainedValue,
                risingCost: 0,
                growthBenchmark: .defenseBudget,
                firstYearBenchmark: 0.082, // 2019 defense-budget growth [3 MOFA 10th SMA][4 Hankyoreh 2019-02-11]
                growthPenalty: 20,
                extraCategoryPenalty: 0.5,
                // The same Assembly curve as the later rounds: the "more than 1T will not pass" claim
                // [4 Hankyoreh 2019-02-11][13 KBS World 2019-01] was contradicted when +8.2% passed [3], so it is
                // read as a bargaining position, not as the Assembly's curve.
                ratification: KoreaCommon.ratification,
                renegotiationCost: KoreaCommon.renegotiationCost,
                boundedEscalationPreference: 0.05),
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(
                description: "The 9th SMA lapses at the end of 2018 with no successor: furlough notices and "
                    + "frozen construction as later seen in 2020 [45][49]; Korea keeps funding labor (assumption).",
                // Assumption: a year without an SMA (no lapse had happened yet; 2020's lasted 14 months [38], which is hindsight).
                impasseYears: 1,
                payments: ["labor": FormValues(cash: 371, inKind: 0)], // 2018 labor [1 MND Defense White Paper 2018 p.181]
                consequences: [
                    NoDealConsequence(
                        label: "Furlough of Korean employees (threatened; as later in 2020)",
                        source: "[45 Yonhap AEN20200331008600325] for what a lapse brings; probability and sizes assumption",
                        recipientCostPerYear: 0.4, hostCostPerYear: 0.3, years: 0.25, probability: 0.5),
                    NoDealConsequence(
                        label: "Construction frozen",
                        source: "[49 clarion.causeaction 2020-06-03] for what a lapse brings; sizes assumption",
                        recipientCostPerYear: 0.1, hostCostPerYear: 0.05),
                    NoDealConsequence(
                        label: "Alliance friction after ten failed rounds",
                        source: "[90 KBS World 2018-12]; sizes assumption (equal for both sides)",
                        recipientCostPerYear: 0.2, hostCostPerYear: 0.2),
                ]),
            actual: ActualAgreement(
                label: "10th SMA (one year, 2019)",
                package: Package(firstYearTotal: 1038.9, inKindShare: KoreaCommon.inKindShareToday,
                                 duration: 1, escalation: .none)),
            // Ranges for `--samples`: the shared Korean ones (KoreaCommon.sharedUncertainty) and
            // this round's own. Each mode is the value above. Held fixed: the furlough's sizes (its
            // probability's range covers the expected cost), the construction freeze's sizes (the
            // friction below is the larger cost), and the US's premium on strategic assets (1.2:
            // above par for the reasons in KoreaCommon.usMoneyValue; the extra-item penalty's range
            // decides whether they enter a package).
            uncertainty: KoreaCommon.sharedUncertainty.merging([
                // η = 1, as in sma-2020, has no source. From 0.3, the weight the Biden-era presets
                // assume, to 2, twice this one: a US asking ≈ 1.5× with yearly talks [13] may have
                // weighed the headline far more. Kept wide on purpose: the zone turns on η.
                "recipient.headlineWeight": .triangular(low: 0.3, mode: 1.0, high: 2.0),
                // Yearly renegotiation was demanded [13 KBS World 2019-01], which gives the sign; the
                // size (0.1 year a round) is an assumption: from no value to twice the assumed value.
                "recipient.renegotiationCost": .triangular(low: -0.2, mode: -0.1, high: 0),
                // ν = 0.5 as in sma-2020: the legal obstacles are sourced [2][36], their price is not.
                // Half to double.
                "host.extraCategoryPenalty": .triangular(low: 0.25, mode: 0.5, high: 1.0),
                // A year without an SMA is assumed (no lapse had happened yet). From a month (the 9th
                // SMA's predecessor lapsed at the end of 2013 and the deal followed in January 2014
                // [87][88][89]) to a year and a half (a little over 2020's 14 months [38], hindsight).
                "noDeal.impasseYears": .triangular(low: 1.0 / 12, mode: 1, high: 1.5),
                // The furlough was threatened, not yet seen; even odds are an assumption. ±0.3: from
                // notices read as a bargaining move to the near-certainty 2020 later showed [45].
                "noDeal.consequences[0].probability": .triangular(low: 0.2, mode: 0.5, high: 0.8),
                // Alliance friction after ten failed rounds [90]: the size (0.2 a year, equal for both
                // sides) is an assumption. Half to double, each side drawn on its own, since the
                // equality is part of the assumption.
                "noDeal.consequences[2].recipientCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                "noDeal.consequences[2].hostCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
            ]) { _, own in own }
        )
    )
}
