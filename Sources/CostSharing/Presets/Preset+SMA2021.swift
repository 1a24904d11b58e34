extension Preset {
    /// The 11th SMA as concluded under President Biden (March 2021): same Korea, a US that values
    /// the alliance and long terms more than the headline.
    public static let sma2021 = Preset(
        name: "sma-2021",
        summary: "11th SMA as concluded under Biden (+13.9%, five years at the new level, defense-budget index)",
        scenario: Scenario(
            name: "sma-2021",
            title: "US–ROK 11th SMA as concluded, March 2021 (Biden administration)",
            notes: [
                "Same Korean side as sma-2020; extra items forbidden (SOFA Art. V, the default).",
                "US: the standing +50% ask stays its reference point [20][21], but the headline weighs far less and long terms are preferred (brief: long D in the Biden era).",
                "The grid offers two core splits: the 2018 shares [1] and the 11th SMA's labor step (+6.5% of the previous total for labor, 42.1% of 2021, derived from [7][8]).",
                "Actual: 1,183.3B won for 2021 (+13.9%), five years at the new level (2021–25), previous year's defense-budget growth, no cap [7][8][9].",
                "Hindsight: the defense-budget path for 2022–25 is the growth the 11th SMA later applied (brief section 8).",
                "The impasse had already lasted 14 months; a further 6 months is assumed if these talks failed.",
            ],
            // 1,199 won/$ as in sma-2020 (derived from [20 UPI 2020-06-02][21 Yonhap AEN20200707000300325]); no 2021 rate in the brief.
            currency: Currency(code: "KRW", perUSD: 1199),
            previousTotal: 1038.9, // [3 MOFA 10th SMA]
            categories: KoreaCommon.categories(construction: 0.88...0.88, extraInKind: 0...0),
            forecast: KoreaCommon.forecast(firstYear: 2021, years: 5),
            grid: CandidateGrid(
                totals: Steps(from: 1000, through: 1600, step: 2),
                coreSplits: [KoreaCommon.coreSplit(labor: KoreaCommon.laborShare), KoreaCommon.coreSplit(labor: KoreaCommon.laborShare2021)],
                inKindShares: [KoreaCommon.inKindShareToday,
                               KoreaCommon.inKindShareToday(coreShares: KoreaCommon.coreSplit(labor: KoreaCommon.laborShare2021))],
                durations: [1, 2, 3, 4, 5],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .forbidden),
            recipient: RecipientPreferences(
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.0),
                diminishingValue: 0.1,
                demandIncrease: 0.5,      // [20 UPI 2020-06-02][21 Yonhap AEN20200707000300325], kept as the reference
                headlineWeight: 0.3,      // assumption: a much smaller wish for a "win"
                lossAversion: 2.25,       // Tversky & Kahneman (1992)
                renegotiationCost: 0.1,   // assumption: stability valued (brief, Biden era), as Korea values it
                boundedEscalationPreference: -0.05),
            // Korea as in 2020; no extra items are on the table, so their penalty is dropped.
            host: { var h = KoreaCommon.host2020; h.extraCategoryPenalty = 0; return h }(),
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(
                description: "The impasse goes on, as in 2020: furloughs [45][46], frozen construction [49], "
                    + "Korea paying labor unilaterally [47][48].",
                impasseYears: 0.5,
                payments: KoreaCommon.executed2020,
                consequences: KoreaCommon.consequences2020.filter { !$0.label.hasPrefix("Threat") } + [
                    NoDealConsequence(
                        label: "A new administration's alliance repair stalls",
                        source: "assumption: the Biden administration bent on repairing alliances bears more from a lapse (brief, Biden era)",
                        recipientCostPerYear: 0.2, hostCostPerYear: 0),
                ]),
            actual: ActualAgreement(
                label: "11th SMA (signed March 2021; 2021–25 at the new level)",
                package: KoreaCommon.eleventhSMA),
            // Ranges for `--samples`: the shared Korean ones (KoreaCommon.sharedUncertainty) and
            // this round's own. Each mode is the value above. Held fixed: the sizes of the furlough
            // and of the construction freeze (as in sma-2020; the friction below is the larger,
            // longer cost).
            uncertainty: KoreaCommon.sharedUncertainty.merging([
                // η = 0.3 has no source. From 0 (a US that wants the deal for the alliance only) to 1,
                // the Trump-era weight of sma-2020: the range spans both administrations.
                "recipient.headlineWeight": .triangular(low: 0, mode: 0.3, high: 1.0),
                // Stability valued (brief, Biden era) gives the sign; the size (0.1 year a round, as
                // Korea's) is an assumption: from indifference to rounds to twice the assumed cost.
                "recipient.renegotiationCost": .triangular(low: 0, mode: 0.1, high: 0.2),
                // A further six months is assumed if these talks failed: half to double.
                "noDeal.impasseYears": .triangular(low: 0.25, mode: 0.5, high: 1.0),
                // Alliance friction, as in sma-2020 [91][16]: the size (0.2 a year, equal for both
                // sides) is an assumption. Half to double, each side drawn on its own.
                "noDeal.consequences[2].recipientCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                "noDeal.consequences[2].hostCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                // The stalled alliance repair (0.2 a year for the US) is an assumption: half to double.
                "noDeal.consequences[3].recipientCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
            ]) { _, own in own }
        )
    )
}
