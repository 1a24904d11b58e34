extension Preset {
    /// The 9th SMA round (talks in 2013, deal in January 2014, for 2014–18): a US ask of at least
    /// 1 trillion won, later about 950B, against Korea's 900B with increases capped at 4%;
    /// concluded at 920B won for five years, CPI-linked with a 4% cap.
    public static let sma2014 = Preset(
        name: "sma-2014",
        summary: "9th SMA round (US ≥1T, then ≈950B vs Korea ≈900B; 920B, five years, CPI capped at 4%)",
        scenario: Scenario(
            name: "sma-2014",
            title: "US–ROK 9th SMA talks, 2013",
            notes: [
                "Previous total: 869.5B won for 2013, the last year of the 8th SMA [87][88][89].",
                "US ask: at least 1T won (+15%), later about 950B (+9.3%) [87][88][89].",
                "Korea: about 900B (+3.5%), with increases capped at 4% a year [87][88][89].",
                "The 8th SMA lapsed at the end of 2013; the press said the lapse sped up the deal, reached in January 2014 [87][88][89].",
                "Actual: 920B won for 2014 (+5.8%), five years, CPI of two years earlier capped at 4%, with a transparency clause [6][87][88]; 2018 = 960.2B [1].",
                "Not modelled: the transparency clause, and whether the money could pay for base relocation (the US) or only USFK readiness (Korea) [89]; SMA money could cover up to 71% of the Korean payroll [25].",
                "Category shares from 2015 [24], the agreement's second year; payment forms as in 2018–20 [2][23] (assumption: no earlier breakdown).",
                "No lapse clause existed before the 11th SMA [26]: in the lapse Korea pays nothing and the US spends the 621B won left unspent in January 2014 [27].",
                "Forecast: CPI and defense-budget growth before 2019 are NOT in the brief (approximate tables, KoreaCommon) and are hindsight for talks held in 2013; with them the 9th SMA's rule gives 932.0B for 2015 and 960.2B for 2018, the totals the brief reports [24][1] (derived).",
            ],
            // 1,095 won/$: approximate 2013 average market rate, NOT in the brief; it only converts
            // report figures to dollars.
            currency: Currency(code: "KRW", perUSD: 1095),
            previousTotal: 869.5, // [87 BusinessKorea 2014-01][88 Korea Herald 2014-01-12][89 Xinhua via GlobalPost 2013-12-10]
            categories: KoreaCommon.categories(construction: 0.88...0.88, extraInKind: 0...0,
                                               coreShares: KoreaCommon.shares2015),
            forecast: KoreaCommon.forecast(firstYear: 2014, years: 5),
            grid: CandidateGrid(
                // 780B to 1,200B won (−10% to +38%) in 2B steps: spans Korea's ≈900B and the US's
                // opening ≥1T; the analysis widens it to span both reservation totals.
                totals: Steps(from: 780, through: 1200, step: 2),
                inKindShares: [KoreaCommon.inKindShareToday(coreShares: KoreaCommon.shares2015)],
                durations: [1, 2, 3, 4, 5],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .forbidden),
            recipient: RecipientPreferences(
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.0),
                diminishingValue: 0.1,
                // Reference point: the softened ask, about 950B over 869.5B (+9.3%)
                // [87 BusinessKorea 2014-01][88 Korea Herald 2014-01-12][89 Xinhua via GlobalPost 2013-12-10]:
                // the US's standing ask when the talks closed, as sma-2020 takes the last one.
                demandIncrease: SMA2014Asks.softened,
                headlineWeight: 0.3,      // assumption: as the other non-Trump presets
                lossAversion: 2.25,       // Tversky & Kahneman (1992)
                // Assumption: stability valued, as in the other non-Trump presets (yearly talks as
                // leverage appear in the brief only from 2019 [13 KBS World 2019-01]).
                renegotiationCost: 0.1,
                boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: KoreaCommon.koreaRetainedValue,
                risingCost: 0,
                growthBenchmark: .cpi, // the 8th SMA's CPI index, which the 9th kept [5 PIIE blog 2014-01-24][6 MOFA 9th SMA; Yonhap 2014-02-07]
                // Assumption: the 4% yearly cap on increases Korea proposed [87 BusinessKorea 2014-01][88 Korea Herald 2014-01-12]
                // [89 Xinhua via GlobalPost 2013-12-10], read as the increase it could justify in a year.
                firstYearBenchmark: 0.04,
                growthPenalty: 20,
                extraCategoryPenalty: 0,
                ratification: KoreaCommon.ratification,
                renegotiationCost: KoreaCommon.renegotiationCost,
                boundedEscalationPreference: 0.05),
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(
                description: "The 8th SMA lapsed at the end of 2013 [87][88][89]; if the talks fail, the lapse goes on. "
                    + "No lapse clause existed before the 11th SMA [26], so Korea pays nothing; the US spends the 621B won "
                    + "left unspent [27] and new construction stops.",
                // Assumption: a year without an SMA, as in sma-2009 and sma-2019.
                impasseYears: 1,
                // Nothing: no lapse clause [26 firennews.com]; Korea paid labor in a lapse only in 2020, by a
                // separate arrangement [47 KBS board_seq 385678][48 Yonhap AEN20200603002651325] (assumption that
                // nothing of the kind happens here).
                payments: [:],
                consequences: [
                    NoDealConsequence(
                        label: "Furlough of Korean employees if the unspent balance is not used for their pay (as later in 2020)",
                        source: "[45 Yonhap AEN20200331008600325] for what a lapse brings; the 621B won unspent [27 Korea Herald 2014-04-03] "
                            + "is about 1.8 years of 2015's labor, 349B [24 MND WP2018 suppl. App.17] (derived), so the probability is "
                            + "low (assumption); sizes as in sma-2019",
                        recipientCostPerYear: 0.4, hostCostPerYear: 0.3, years: 0.25, probability: 0.1),
                    NoDealConsequence(
                        label: "New construction frozen",
                        source: "[49 clarion.causeaction 2020-06-03] for what a lapse brings; sizes assumption, as in the other Korean "
                            + "presets (unspent construction money [27] may keep some projects going, so this may overstate it)",
                        recipientCostPerYear: 0.1, hostCostPerYear: 0.05),
                    NoDealConsequence(
                        label: "Alliance friction: the talks ran past the old SMA's end",
                        source: "[87 BusinessKorea 2014-01][88 Korea Herald 2014-01-12][89 Xinhua via GlobalPost 2013-12-10]; sizes assumption "
                            + "(equal for both sides): between sma-2024's low-conflict 0.1 and 2020's 0.2 after a public collapse [91]",
                        recipientCostPerYear: 0.15, hostCostPerYear: 0.15),
                ]),
            actual: ActualAgreement(
                label: "9th SMA (2014–18)",
                // 920B won for 2014, five years, CPI of two years earlier capped at 4% [6 MOFA 9th SMA; Yonhap 2014-02-07]
                // [87 BusinessKorea 2014-01][88 Korea Herald 2014-01-12]; shares 2015's [24], forms 2018–20's [2][23] (assumption).
                package: Package(firstYearTotal: 920, inKindShare: KoreaCommon.inKindShareToday(coreShares: KoreaCommon.shares2015),
                                 coreShares: KoreaCommon.shares2015, duration: 5, escalation: .cpi(cap: 0.04))),
            // Ranges for `--samples`: the shared Korean ones (KoreaCommon.sharedUncertainty) and
            // this round's own. Each mode is the value above. Held fixed: the furlough's sizes (its
            // probability's range covers the expected cost), the construction freeze's sizes (as in
            // the other Korean presets; the friction below is larger), whether Korea pays anything
            // in a lapse (a structural assumption, not a width: see `payments`), and the approximate
            // CPI and defense-budget tables (NOT in the brief: to be replaced, not ranged; the CPI
            // path reproduces the reported 2015 and 2018 totals).
            uncertainty: KoreaCommon.sharedUncertainty.merging([
                // η = 0.3 has no source. From 0 (the headline does not matter) to 1, the Trump-era
                // weight of sma-2020: the range spans both kinds of administration.
                "recipient.headlineWeight": .triangular(low: 0, mode: 0.3, high: 1.0),
                // The reference is the softened ask, ≈950B (+9.3%) [87][88][89]. One-sided up to the
                // opening ask of at least 1T (+15.0%) [87][88][89]: the US may have kept that as the
                // headline it could call a win.
                "recipient.demandIncrease": .triangular(low: SMA2014Asks.softened, mode: SMA2014Asks.softened,
                                                                high: SMA2014Asks.opening),
                // Stability valued gives the sign; the size is an assumption: from indifference to
                // rounds to twice the assumed cost.
                "recipient.renegotiationCost": .triangular(low: 0, mode: 0.1, high: 0.2),
                // b₀ = 4%, Korea's proposed yearly cap [87][88][89] read as a benchmark: half to double
                // (2–8%). Korea's own offer, ≈900B, was +3.5% [87][88][89].
                "host.firstYearBenchmark": .triangular(low: 0.02, mode: 0.04, high: 0.08),
                // A year is assumed. From a month (the real lapse ended with a deal in January 2014
                // [87][88]) to a year and a half (a little over 2020's 14 months [38], hindsight).
                "noDeal.impasseYears": .triangular(low: 1.0 / 12, mode: 1, high: 1.5),
                // The furlough's chance, 0.1, is an assumption (the unspent 621B [27] could pay about
                // 1.8 years of labor): from remote (3%) to a little under one in three.
                "noDeal.consequences[0].probability": .triangular(low: 0.03, mode: 0.1, high: 0.3),
                // Friction (0.15 a year, equal for both sides) is an assumption: half to double, each
                // side drawn on its own.
                "noDeal.consequences[2].recipientCostPerYear": .triangular(low: 0.075, mode: 0.15, high: 0.3),
                "noDeal.consequences[2].hostCostPerYear": .triangular(low: 0.075, mode: 0.15, high: 0.3),
            ]) { _, own in own }
        )
    )
}

/// The US asks of the 9th-SMA round as term increases over 2013's 869.5B won
/// [87 BusinessKorea 2014-01][88 Korea Herald 2014-01-12][89 Xinhua via GlobalPost 2013-12-10].
private enum SMA2014Asks {
    /// About 950B won, the softened ask: +9.3%.
    static let softened: Double = 950.0 / 869.5 - 1
    /// At least 1T won, the opening ask: +15.0%.
    static let opening: Double = 1000.0 / 869.5 - 1
}
