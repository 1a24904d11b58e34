extension Preset {
    /// A reopening of the 12th SMA under the second Trump administration, with the linked items
    /// of the November 2025 Joint Fact Sheet as ``Scenario/linkedIssues``. Hypothetical: no such
    /// talks have taken place, so there is no actual agreement.
    public static let sma2026 = Preset(
        name: "sma-2026",
        summary: "Hypothetical reopening of the 12th SMA under Trump, with the 2025 fact sheet's linked items",
        scenario: Scenario(
            name: "sma-2026",
            title: "US–ROK: reopening the 12th SMA under the second Trump administration, 2026 (hypothetical)",
            notes: [
                "Previous total: 1,519.2B won for 2026, the first year of the 12th SMA, in force since 29 November 2024 [9][10][39].",
                "US statements: \"$10 billion a year\" (October 2024, July 2025) [22][56][57]; Trump also said he had asked for $5B, then proposed \"$2B first\" [22].",
                "Seoul said it will implement the 12th SMA [56][57]; the November 2025 Joint Fact Sheet left the SMA in place and linked other items instead [81][82][83][84].",
                "Hypothetical: a US request to reopen the SMA for 2026–30. No deal means the 12th SMA runs on (assumption).",
                "Linked issues: the fact sheet's items, each with a status-quo option worth 0; every value to each side is an assumption (see each issue's source).",
                "Dollar amounts at 1,310 won/$, derived from 1,519.2B won ≈ $1.13–1.19B [9][10].",
                "Forecast: CPI after 2024 and defense-budget growth after 2026 repeat the last known year (assumption).",
            ],
            // 1,310 won/$, derived: 1,519.2B ≈ $1.13–1.19B, midpoint $1.16B [9 Asia Economy 2024-10-04][10 CRS IF13050].
            currency: Currency(code: "KRW", perUSD: SMA2026.wonPerUSD),
            previousTotal: SMA2026.previousTotal, // [9 Asia Economy 2024-10-04][10 CRS IF13050]
            categories: KoreaCommon.categories(construction: 0.88...0.88, extraInKind: 0...0),
            forecast: KoreaCommon.forecast(firstYear: 2026, years: 5),
            grid: CandidateGrid(
                // 1,450B to 3,100B won (−5% to +104%) in 10B steps: from below the 12th SMA to above
                // the "$2B first" figure (+72.5%) [22].
                totals: Steps(from: 1450, through: 3100, step: 10),
                inKindShares: [KoreaCommon.inKindShareToday],
                durations: [1, 2, 3, 4, 5],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .forbidden),
            recipient: RecipientPreferences(
                // Extra items are forbidden here, so their premium has no effect; sma-2020's Trump-era value.
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.2),
                diminishingValue: 0.1,
                // Reference point: "$2B first" [22 JoongAng Daily 2024-10-16; AsiaToday 2024-10-17], 2,620B won,
                // +72.5% over 1,519.2B (derived). Assumption: that figure, not the "$10 billion a
                // year" [22][56][57], is what this US would judge an SMA package by; the $10B reads as a
                // headline for everything Korea gives, which the linked items' headlines speak to.
                demandIncrease: SMA2026.usdBillions(2) / SMA2026.previousTotal - 1,
                // η = 1: the Trump-era weight of sma-2020 (assumption).
                headlineWeight: 1.0,
                // λ = 2.25: Tversky & Kahneman's (1992) estimate; not an SMA figure.
                lossAversion: 2.25,
                // Annual talks as leverage, as in the first Trump round [13 KBS World 2019-01]; size assumption.
                renegotiationCost: -0.05,
                boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: KoreaCommon.koreaRetainedValue,
                risingCost: 0,
                growthBenchmark: .cpi, // the 12th SMA's index [10 CRS IF13050]
                // Assumption: 0. The 12th SMA already set 2026 at 1,519.2B (+8.3%) [9][10]; any first-year
                // increase in a reopening is beyond what Korea agreed.
                firstYearBenchmark: 0,
                growthPenalty: 20,
                extraCategoryPenalty: 0,
                ratification: KoreaCommon.ratification,
                renegotiationCost: KoreaCommon.renegotiationCost,
                boundedEscalationPreference: 0.05),
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(
                description: "The 12th SMA runs on: Korea pays its 1,519.2B won for 2026 in today's forms [9][10] "
                    + "(Seoul said it will implement it [56][57]); an open dispute with a US that cites \"$10 billion a year\".",
                // Assumption: the rest of the 12th SMA's term (2026–30).
                impasseYears: 5,
                // The 12th SMA's first year, at the 2018 category split and today's forms (assumption on the split, [1][2]).
                payments: SMA2026.twelfthSMAPayments,
                consequences: [
                    NoDealConsequence(
                        label: "Alliance friction: the US presses for \"$10 billion a year\" against an SMA in force",
                        source: "[22 JoongAng Daily 2024-10-16][56 devdiscourse 2025-07-09][57 KUNA/menafn 2025-07-09]; sizes "
                            + "assumption: as the 2019–20 collapse in sma-2020 (0.2 a year, equal for both sides)",
                        recipientCostPerYear: 0.2, hostCostPerYear: 0.2),
                    NoDealConsequence(
                        label: "Threat of a US troop reduction, as Germany saw in June 2020",
                        source: "[64 The Age 2020-06-16; BNN Bloomberg 2020-06-15]; probability and size assumption as in sma-2020 "
                            + "(a cut would cost Korea far more than a year's SMA; the US presented cuts as savings, cost 0)",
                        recipientCostPerYear: 0, hostCostPerYear: 2.0, probability: 0.1),
                ]),
            actual: nil,
            // Ranges for `--samples`: the shared Korean ones (KoreaCommon.sharedUncertainty) and this
            // round's own. Each mode is the value above. Held fixed: the premium on extra items
            // (forbidden here), the troop threat's size (only probability × size enters), the
            // repeated forecast years, and the linked issues' values (the samples analyse the package
            // alone; the linkage analysis reads them as given).
            uncertainty: KoreaCommon.sharedUncertainty.merging([
                // η = 1 has no source: from 0.3, the Biden-era presets' weight, to 2, as in sma-2020.
                "recipient.headlineWeight": .triangular(low: 0.3, mode: 1.0, high: 2.0),
                // The reference "$2B first" is an assumption among the figures Trump cited [22]: from
                // none (Seoul implements the 12th SMA [56][57]) to the $5B he said he had asked for
                // [22] (6,550B won, +331%). The $10B a year (+762%) is left out as a headline for all
                // of Korea's support, not an SMA figure (assumption).
                "recipient.demandIncrease": .triangular(low: 0, mode: SMA2026.usdBillions(2) / SMA2026.previousTotal - 1,
                                                        high: SMA2026.usdBillions(5) / SMA2026.previousTotal - 1),
                // Annual talks as leverage [13] give the sign; the size is an assumption: none to twice.
                "recipient.renegotiationCost": .triangular(low: -0.1, mode: -0.05, high: 0),
                // b₀ = 0 is an assumption; up to 5%, about the 11th SMA's later-year steps (4–5%, derived from [9]).
                "host.firstYearBenchmark": .triangular(low: 0, mode: 0, high: 0.05),
                // Friction: half to double, each side drawn on its own (the equality is part of the assumption).
                "noDeal.consequences[0].recipientCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                "noDeal.consequences[0].hostCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                // The troop-cut threat: from remote (3%) to one in four; no source gives its chance.
                "noDeal.consequences[1].probability": .triangular(low: 0.03, mode: 0.1, high: 0.25),
            ]) { _, own in own },
            linkedIssues: SMA2026.linkedIssues
        )
    )
}

/// The figures of the sma-2026 preset. Bracketed numbers are the domain brief's sources
/// (/work/shared/domain/SMA-BRIEF.md, sections 5, 8 and 9).
enum SMA2026 {
    /// S: the 12th SMA's 2026 total, 1,519.2B won [9 Asia Economy 2024-10-04][10 CRS IF13050].
    static let previousTotal = 1519.2

    /// 1,310 won/$, derived from 1,519.2B won ≈ $1.13–1.19B [9][10].
    static let wonPerUSD = 1310.0

    /// `dollars` billion of US dollars in billions of won.
    static func usdBillions(_ dollars: Double) -> Double { dollars * wonPerUSD }

    /// The 12th SMA's first year by category and form: the 2018 split [1 MND Defense White Paper
    /// 2018 p.181] (assumption: the brief has no later split) in today's forms [2 same p.180]
    /// (labor cash, construction 88% in kind, logistics in kind).
    static let twelfthSMAPayments: [String: FormValues] = [
        "labor": FormValues(cash: previousTotal * KoreaCommon.laborShare, inKind: 0),
        "construction": FormValues(cash: previousTotal * KoreaCommon.constructionShare * (1 - KoreaCommon.constructionInKindToday),
                                   inKind: previousTotal * KoreaCommon.constructionShare * KoreaCommon.constructionInKindToday),
        "logistics": FormValues(cash: 0, inKind: previousTotal * KoreaCommon.logisticsShare),
    ]

    /// An option worth `us` and `korea` billions of won a year, with `headline` billions of won a
    /// year the US could announce.
    private static func option(_ name: String, us: Double, korea: Double, headline: Double = 0) -> LinkedIssue.Option {
        LinkedIssue.Option(name: name, value: PartyPair(recipient: us, host: korea), headline: headline)
    }

    // Every value below is an assumption (the brief gives the commitments, not what they are worth
    // to either side); the reasoning is in each comment and in the issue's `source`. Values are
    // billions of won per year of the term (2026–30), positive for a gain, negative for a cost.

    /// $33B of "comprehensive support" for USFK, items undisclosed [81][82]. Over ten years
    /// (assumption: the brief gives no period) it is $3.3B, 4,323B won, a year: about Korea's
    /// direct and indirect support already (≈3.4T won in 2015 [24]), so most of it is taken to
    /// relabel existing support. New money is valued like in-kind support: 0.9 to the US, a cost
    /// of 0.7 to Korea (0.3 stays in its economy). The headline is the whole $3.3B a year.
    static let support: LinkedIssue = {
        let perYear = usdBillions(33) / 10
        return LinkedIssue(
            name: "USFK comprehensive support",
            source: "$33B for USFK within Korean law [81 Korea Herald 2025-11-14][82 KBS World 2025-11-13/14]; "
                + "assumptions: spread over ten years; a tenth (or a third) new money, the rest existing support "
                + "(Korea's direct and indirect support was ≈3.4T won in 2015 [24]); new money worth 0.9 to the US and "
                + "costing Korea 0.7 per won",
            options: [
                option("none", us: 0, korea: 0),
                option("$33B, mostly existing support", us: 0.9 * perYear / 10, korea: -0.7 * perYear / 10, headline: perYear),
                option("$33B, a third new money", us: 0.9 * perYear / 3, korea: -0.7 * perYear / 3, headline: perYear),
            ])
    }()

    /// $25B of US military equipment by 2030 [81][82]: over 2026–30, $5B, 6,550B won, a year.
    /// Assumed worth 15% of the amount to the US (its industry's margins and jobs, and
    /// interoperability) and costing Korea 10% (a premium over the equipment it would buy
    /// anyway). The headline is the amount.
    static let purchases: LinkedIssue = {
        let perYear = usdBillions(25) / 5
        return LinkedIssue(
            name: "US equipment purchases",
            source: "$25B of US military equipment by 2030 [81 Korea Herald 2025-11-14][82 KBS World 2025-11-13/14]; "
                + "assumptions: spread evenly over 2026–30; worth 15% of the amount to the US, costing Korea 10% "
                + "(a premium over what it would buy anyway); the half option is hypothetical",
            options: [
                option("none", us: 0, korea: 0),
                option("$12.5B by 2030", us: 0.15 * perYear / 2, korea: -0.10 * perYear / 2, headline: perYear / 2),
                option("$25B by 2030", us: 0.15 * perYear, korea: -0.10 * perYear, headline: perYear),
            ])
    }()

    /// Defense spending to 3.5% of GDP "as soon as possible" [81][82]. The brief has no GDP, so
    /// the size is assumed: reaching 3.5% adds about a fifth to the 2026 budget (66.3T won [85]) by
    /// the end of the term, a tenth, 6,630B won a year, on average. Worth 10% of that to the US
    /// (Korean forces take on more), costing Korea 25% net of the security it buys (it raised the
    /// 2026 budget by 8.2% on its own [85]). No headline: the money is not paid to the US.
    static let defenseSpending: LinkedIssue = {
        let perYear = 66_300 * 0.1
        return LinkedIssue(
            name: "Defense spending 3.5% of GDP",
            source: "3.5% of GDP as soon as possible [81 Korea Herald 2025-11-14][82 KBS World 2025-11-13/14]; the 2026 "
                + "budget 66.3T won [85]; assumptions: the path adds a tenth of the 2026 budget a year on average over the term "
                + "(half that for an open-ended pledge); worth 10% of it to the US, costing Korea 25% net; no headline",
            options: [
                option("none", us: 0, korea: 0),
                option("3.5% as soon as possible", us: 0.10 * perYear / 2, korea: -0.25 * perYear / 2),
                option("3.5% by 2030", us: 0.10 * perYear, korea: -0.25 * perYear),
            ])
    }()

    /// $350B of investment ($200B strategic, $150B shipbuilding), at most $20B a year [83][84]. At
    /// the cap, 26,200B won a year; shipbuilding alone at the same pace, 150/350 of it. Worth 5% of
    /// the flow to the US (jobs, plants); costing Korea 2% of the shipbuilding flow (its own
    /// industry's strength) and 7% of the strategic flow (returns below those at home). The
    /// headline is the flow.
    static let investment: LinkedIssue = {
        let cap = usdBillions(20), ships = cap * 150 / 350, strategic = cap * 200 / 350
        return LinkedIssue(
            name: "Investment in the US",
            source: "$350B ($200B strategic, $150B shipbuilding), at most $20B a year [83 Korea JoongAng Daily 2025-11-14]"
                + "[84 allthe.news 2025-11]; assumptions: the flow at the cap; worth 5% of it to the US; costing Korea 2% of "
                + "shipbuilding and 7% of strategic investment; the shipbuilding-only option is hypothetical",
            options: [
                option("none", us: 0, korea: 0),
                option("$150B shipbuilding", us: 0.05 * ships, korea: -0.02 * ships, headline: ships),
                option("$350B, at most $20B a year", us: 0.05 * cap, korea: -(0.02 * ships + 0.07 * strategic), headline: cap),
            ])
    }()

    /// The US Section 232 tariff on Korean cars cut from 25% to 15% [83][84]. The brief has no
    /// trade figures: the cut is assumed worth 1.5 previous totals a year to Korea (a leading
    /// export) and to cost the US 0.3 (tariff revenue given up, net of what its buyers save).
    static let tariff = LinkedIssue(
        name: "Car tariff",
        source: "Section 232 tariff on Korean cars cut from 25% to 15% [83 Korea JoongAng Daily 2025-11-14][84 allthe.news 2025-11]; "
            + "assumptions: worth 1.5 previous totals a year to Korea, costing the US 0.3",
        options: [
            option("25% stays", us: 0, korea: 0),
            option("cut to 15%", us: -0.3 * previousTotal, korea: 1.5 * previousTotal),
        ])

    /// US approval of nuclear-powered submarines and of civil enrichment and reprocessing [82][84].
    /// Assumed worth 0.5 previous totals a year to Korea for the submarines, 0.8 with enrichment
    /// and reprocessing (long sought); costing the US 0.1 and 0.3 (a non-proliferation precedent).
    static let nuclear = LinkedIssue(
        name: "Nuclear-powered submarines",
        source: "US approval of Korea's nuclear-powered submarines and civil enrichment and reprocessing [82 KBS World "
            + "2025-11-13/14][84 allthe.news 2025-11]; assumptions: worth 0.5 (0.8 with enrichment) previous totals a year to "
            + "Korea, costing the US 0.1 (0.3); the submarines-only option is hypothetical",
        options: [
            option("no approval", us: 0, korea: 0),
            option("submarines", us: -0.1 * previousTotal, korea: 0.5 * previousTotal),
            option("submarines, enrichment and reprocessing", us: -0.3 * previousTotal, korea: 0.8 * previousTotal),
        ])

    /// The reaffirmed enduring presence of USFK and extended deterrence [82][84]. Assumed worth 0.2
    /// previous totals a year to Korea, the no-deal troop threat's expected cost here (a 10% chance
    /// of a 2.0 cost), and to cost the US 0.05 in leverage given up.
    static let presence = LinkedIssue(
        name: "USFK presence reaffirmed",
        source: "The fact sheet reaffirmed USFK's enduring presence and extended deterrence [82 KBS World 2025-11-13/14]"
            + "[84 allthe.news 2025-11]; assumptions: worth 0.2 previous totals a year to Korea (the troop threat's expected "
            + "cost in this preset's no deal), costing the US 0.05 in leverage",
        options: [
            option("no statement", us: 0, korea: 0),
            option("reaffirmed", us: -0.05 * previousTotal, korea: 0.2 * previousTotal),
        ])

    static let linkedIssues = [support, purchases, defenseSpending, investment, tariff, nuclear, presence]
}
