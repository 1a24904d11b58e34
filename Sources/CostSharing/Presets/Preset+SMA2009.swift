extension Preset {
    /// The 8th SMA (concluded in 2008, for 2009–13): the first five-year SMA, with a CPI-linked
    /// escalation capped at 4%. The brief has no offers for this round.
    public static let sma2009 = Preset(
        name: "sma-2009",
        summary: "8th SMA (2009–13): 760B won (+2.5%), five years, CPI capped at 4%; no offers on record",
        scenario: Scenario(
            name: "sma-2009",
            title: "US–ROK 8th SMA talks, 2008",
            notes: [
                "Previous total: 741.5B won for 2008, the second year of the 7th SMA [1].",
                "Actual: 760B won for 2009 (+2.5%), five years, CPI-linked with a 4% cap; about 4.07T won over 2009–13 [5][89].",
                "No offers are on record for this round (brief section 10); the US reference point is 'no cut' (assumption).",
                "The brief does not say which year's CPI the 8th SMA used; CPI of two years earlier (the 9th SMA's rule [6]) with the preset's CPI table gives 869.5B for 2013, the total the brief reports [87][88][89], and 4.07T over the term [5][89] (derived).",
                "Category shares from 2015 [24], the earliest breakdown in the brief (PIIE's 40/40/20 [5] is close); payment forms as in 2018–20 [2][23] (assumption: no earlier breakdown).",
                "No lapse clause existed before the 11th SMA [26]: without an agreement Korea pays nothing and the US spends banked SMA cash (1.12T won in 2008 by an advocacy group's count [30]).",
                "Forecast: CPI and defense-budget growth before 2019 are NOT in the brief (approximate tables, KoreaCommon); CPI after 2008 and defense-budget growth after 2009 are hindsight for talks held in 2008.",
            ],
            // 1,100 won/$: approximate 2008 market rate, NOT in the brief (the won swung widely that
            // year); it only converts report figures to dollars.
            currency: Currency(code: "KRW", perUSD: 1100),
            previousTotal: 741.5, // [1 MND Defense White Paper 2018 p.181]
            categories: KoreaCommon.categories(construction: 0.88...0.88, extraInKind: 0...0,
                                               coreShares: KoreaCommon.shares2015),
            forecast: KoreaCommon.forecast(firstYear: 2009, years: 5),
            grid: CandidateGrid(
                // 650B to 1,000B won (−12% to +35%) in 2B steps; the analysis widens it to span both
                // reservation totals.
                totals: Steps(from: 650, through: 1000, step: 2),
                inKindShares: [KoreaCommon.inKindShareToday(coreShares: KoreaCommon.shares2015)],
                durations: [1, 2, 3, 4, 5],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .forbidden),
            recipient: RecipientPreferences(
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.0),
                diminishingValue: 0.1,
                demandIncrease: 0,        // assumption: no public ask in the brief (section 10)
                headlineWeight: 0.3,      // assumption: as the other non-Trump presets
                lossAversion: 2.25,       // Tversky & Kahneman (1992)
                // Assumption: stability valued, as in the other non-Trump presets (yearly talks as
                // leverage appear in the brief only from 2019 [13 KBS World 2019-01]).
                renegotiationCost: 0.1,
                boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: KoreaCommon.koreaRetainedValue,
                risingCost: 0,
                growthBenchmark: .cpi, // the 8th and 9th SMA indices were CPI-linked [5 PIIE blog 2014-01-24][6 MOFA 9th SMA; Yonhap 2014-02-07]
                // Assumption: the 4% yearly cap Korea accepted in this round [5 PIIE blog 2014-01-24] and asked for
                // again in 2013 [87 BusinessKorea 2014-01][89 Xinhua via GlobalPost 2013-12-10]; the brief has no
                // 2008 figure for what Korea could justify (the cap is part of the outcome, so this is not independent of it).
                firstYearBenchmark: 0.04,
                growthPenalty: 20,
                extraCategoryPenalty: 0,
                ratification: KoreaCommon.ratification,
                renegotiationCost: KoreaCommon.renegotiationCost,
                boundedEscalationPreference: 0.05),
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(
                description: "The 7th SMA lapses at the end of 2008 with no successor (none had lapsed yet). No lapse "
                    + "clause existed before the 11th SMA [26], so Korea pays nothing; the US draws on banked SMA "
                    + "cash [30] and new construction stops.",
                // Assumption: a year without an SMA, as in sma-2019 (no lapse had happened yet).
                impasseYears: 1,
                // Nothing: no lapse clause [26 firennews.com]; Korea paid labor in a lapse only in 2020, by a
                // separate arrangement [47 KBS board_seq 385678][48 Yonhap AEN20200603002651325] (assumption that
                // nothing of the kind happens here).
                payments: [:],
                consequences: [
                    NoDealConsequence(
                        label: "Furlough of Korean employees if the banked cash does not cover their pay (as later in 2020)",
                        source: "[45 Yonhap AEN20200331008600325] for what a lapse brings; [30 spark946.org] (an advocacy source) "
                            + "for the banked cash; probability assumption (low: the cash could pay labor for a while); sizes as in sma-2019",
                        recipientCostPerYear: 0.4, hostCostPerYear: 0.3, years: 0.25, probability: 0.2),
                    NoDealConsequence(
                        label: "New construction frozen",
                        source: "[49 clarion.causeaction 2020-06-03] for what a lapse brings; sizes assumption, as in the other Korean presets",
                        recipientCostPerYear: 0.1, hostCostPerYear: 0.05),
                    NoDealConsequence(
                        label: "Alliance friction in a round with no recorded dispute",
                        source: "assumption: no offers or public dispute are on record for 2008 (brief section 10); "
                            + "sized as sma-2024's low-conflict round",
                        recipientCostPerYear: 0.1, hostCostPerYear: 0.1),
                ]),
            actual: ActualAgreement(
                label: "8th SMA (2009–13)",
                // 760B won for 2009, five years, CPI-linked capped at 4% [5 PIIE blog 2014-01-24][89 Xinhua via GlobalPost 2013-12-10];
                // the lag (two years) and the shares and forms (2015's [24], 2018–20's [2][23]) are assumptions, see the notes.
                package: Package(firstYearTotal: 760, inKindShare: KoreaCommon.inKindShareToday(coreShares: KoreaCommon.shares2015),
                                 coreShares: KoreaCommon.shares2015, duration: 5, escalation: .cpi(cap: 0.04))),
            // Ranges for `--samples`: the shared Korean ones (KoreaCommon.sharedUncertainty) and
            // this round's own. Each mode is the value above. Held fixed: the furlough's sizes (its
            // probability's range covers the expected cost), the construction freeze's sizes (as in
            // the other Korean presets; the friction below is as large), whether Korea pays anything
            // in a lapse (a structural assumption, not a width: see `payments`), and the approximate
            // CPI and defense-budget tables (NOT in the brief: to be replaced, not ranged; the CPI
            // path reproduces the reported 2013 total).
            uncertainty: KoreaCommon.sharedUncertainty.merging([
                // η = 0.3 has no source. From 0 (the headline does not matter) to 1, the Trump-era
                // weight of sma-2020: the range spans both kinds of administration.
                "recipient.headlineWeight": .triangular(low: 0, mode: 0.3, high: 1.0),
                // "No cut" is assumed (no ask on record). A reference below it is implausible, so the
                // range is one-sided: up to +20%. Moving Korea from the 40–45% share of non-personnel
                // stationing costs it paid in 2002–04 [11][12] to DoD's interim goal of 50% [11] would
                // take about +11% to +25% if US costs stood still (derived; an assumption as a reference).
                "recipient.demandIncrease": .triangular(low: 0, mode: 0, high: 0.2),
                // Stability valued gives the sign; the size is an assumption: from indifference to
                // rounds to twice the assumed cost.
                "recipient.renegotiationCost": .triangular(low: 0, mode: 0.1, high: 0.2),
                // b₀ = 4% is an assumption: half to double (2–8%), which spans the CPI (2.5–4.7% in
                // 2007–08) and defense-budget growth (7.1–8.8% in 2008–09) of the preset's tables
                // (NOT brief figures).
                "host.firstYearBenchmark": .triangular(low: 0.02, mode: 0.04, high: 0.08),
                // A year without an SMA is assumed (none had lapsed yet). From a month (the 8th SMA's
                // own lapse at the end of 2013 ended with a deal in January 2014 [87][88][89],
                // hindsight) to a year and a half (a little over 2020's 14 months [38], hindsight).
                "noDeal.impasseYears": .triangular(low: 1.0 / 12, mode: 1, high: 1.5),
                // The furlough's chance, 0.2, is an assumption: the banked cash [30] (an advocacy
                // count) could pay labor. From remote (5%) to even odds, sma-2019's value.
                "noDeal.consequences[0].probability": .triangular(low: 0.05, mode: 0.2, high: 0.5),
                // Friction in a round with no recorded dispute (0.1 a year, equal for both sides) is
                // an assumption: half to double, each side drawn on its own.
                "noDeal.consequences[2].recipientCostPerYear": .triangular(low: 0.05, mode: 0.1, high: 0.2),
                "noDeal.consequences[2].hostCostPerYear": .triangular(low: 0.05, mode: 0.1, high: 0.2),
            ]) { _, own in own }
        )
    )
}
