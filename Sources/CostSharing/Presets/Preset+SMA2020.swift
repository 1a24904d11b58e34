extension Preset {
    /// The 2019–20 talks for the 11th SMA under President Trump: the "$5 billion" round.
    /// The default preset; its grid holds about a million candidate packages.
    public static let sma2020 = Preset(
        name: "sma-2020",
        summary: "11th SMA talks under Trump (the $5B round); extra items allowed at a legal penalty",
        scenario: Scenario(
            name: "sma-2020",
            title: "US–ROK 11th SMA talks, 2019–20 (Trump administration)",
            notes: [
                "Previous total: the 10th SMA, 1,038.9B won for 2019 [3].",
                "US asks: nearly $5B in late 2019 [16], about $4B in March 2020 [17], then $1.3B (about +50%) [20][21].",
                "Korea's offer: +13% (about 1.17T won), called its highest possible offer; rejected by Trump in April 2020 [18][20].",
                "A package's first year is the first year at the new level (2021 in the concluded deal, when 2020 stayed frozen at 1,038.9B [7]); terms run up to five years (2021–25).",
                "Hindsight: the defense-budget path for 2022–25 is the growth the 11th SMA later applied (brief section 8), not a 2020 forecast; CPI after 2019 likewise.",
                "Extra (non-SOFA) items are allowed here at a legal penalty, to test whether they could have bought a deal; other presets forbid them.",
                "Utilities are per year of the term, in previous-agreement years: 1.0 = one year of 1,038.9B won at par.",
            ],
            // 1,199 won per dollar, derived: the $1.3B ask was about +50% over 1,038.9B [20 UPI 2020-06-02][21 Yonhap AEN20200707000300325].
            currency: Currency(code: "KRW", perUSD: 1199),
            previousTotal: 1038.9, // [3 MOFA 10th SMA]
            // Forms Korea could offer: construction may move fully in kind (the seed article
            // reports efforts to shift from cash to in-kind support); extra items up to half in kind
            // (assumption: bases and services for rotations could be provided in kind).
            categories: KoreaCommon.categories(construction: 0.88...1.0, extraInKind: 0...0.5),
            forecast: KoreaCommon.forecast(firstYear: 2021, years: 5),
            grid: CandidateGrid(
                // 950B to 1,800B won (−9% to +73%) in 5B steps: spans Korea's +13% and the US's +50%.
                totals: Steps(from: 950, through: 1800, step: 5),
                inKindShares: stride(from: 0.36, through: 0.6201, by: 0.02).map { ($0 * 100).rounded() / 100 },
                extraShares: [0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30],
                extraSplits: KoreaCommon.extraSplits,
                durations: [1, 2, 3, 4, 5],
                escalations: KoreaCommon.escalations),
            constraints: Constraints(extraCategories: .penalized),
            recipient: RecipientPreferences(
                moneyValue: KoreaCommon.usMoneyValue(extraCash: 1.2),
                // κ = 0.1: mild; at twice the previous total the marginal won is still worth 80% (assumption).
                diminishingValue: 0.1,
                // Reference point: the $1.3B ask, +50% [20 UPI 2020-06-02][21 Yonhap AEN20200707000300325]: the headline it could call a win.
                demandIncrease: 0.5,
                // η = 1: each 10 points of term increase short of the ask costs 0.1 year a year before loss aversion (assumption).
                headlineWeight: 1.0,
                // λ = 2.25: Tversky & Kahneman's (1992) estimate; not an SMA figure.
                lossAversion: 2.25,
                // Annual talks as leverage: the 10th SMA was one year at US insistence [13 KBS World 2019-01]; Haggard's
                // column in the seeds. Each round is worth 0.05 year to this US (a negative cost; assumption on size).
                renegotiationCost: -0.05,
                // Caps limit later gains; −0.05 a year (assumption).
                boundedEscalationPreference: -0.05),
            host: KoreaCommon.host2020,
            partyNames: PartyPair(recipient: "United States", host: "South Korea"),
            noDeal: NoDealOutcome(
                description: "No SMA from January 2020 until the 11th was signed in March 2021 [38]: about 4,000 of "
                    + "8,600–9,000 Korean employees furloughed from 1 April [45][46] until Korea paid 2020 labor "
                    + "(>$200M) [47][48]; construction frozen [49]; Korea executed 610.2B of its 1,038.9B budget by November [37].",
                impasseYears: KoreaCommon.impasse2020Years,
                payments: KoreaCommon.executed2020,
                consequences: KoreaCommon.consequences2020),
            actual: ActualAgreement(
                label: "11th SMA as concluded (2021–25 at the new level)",
                package: KoreaCommon.eleventhSMA),
            // Ranges for `--samples`: the shared Korean ones (KoreaCommon.sharedUncertainty) and
            // this round's own. Each mode is the value above. Held fixed: the sizes of the furlough
            // and of the construction freeze (consequences 0 and 1; the friction below is the
            // larger, longer cost), the troop threat's size (only probability × size enters, so
            // the probability's range covers both), and the US's premium on extra items (1.2 on four
            // items that share one assumption: one path per item would draw them apart; the
            // extra-item penalty's range decides whether extras enter a package).
            uncertainty: KoreaCommon.sharedUncertainty.merging([
                // The strategy inputs below are assumptions; each ranges from half to double
                // where a rate, and over the plausible span where a probability.
                "bargaining.delayCostPerYear.recipient": .triangular(low: 0.5, mode: 1.0, high: 2.0),
                "bargaining.delayCostPerYear.host": .triangular(low: 0.15, mode: 0.3, high: 0.6),
                "bargaining.waiting.probability": .uniform(low: 0.3, high: 0.7),
                // η = 1 has no source. From 0.3, the weight the Biden-era presets assume, to 2, twice
                // this one: a US that turned down Korea's "highest possible offer" of +13% [18][20]
                // and held out for +50% [20][21] may have weighed the headline far more. Kept wide on
                // purpose: whether a zone of agreement exists turns on η.
                "recipient.headlineWeight": .triangular(low: 0.3, mode: 1.0, high: 2.0),
                // Annual talks as leverage [13 KBS World 2019-01] give the sign; the size (0.05 year
                // a round) is an assumption: from no value to twice the assumed value.
                "recipient.renegotiationCost": .triangular(low: -0.1, mode: -0.05, high: 0),
                // ν = 0.5: the legal obstacles are sourced [2][36][30][37], their price per won is
                // not. Half to double: a won of extra items then costs Korea 0.25 to 1 won on top.
                "host.extraCategoryPenalty": .triangular(low: 0.25, mode: 0.5, high: 1.0),
                // Alliance friction: the public collapse is sourced [91][16], the size (0.2 a year,
                // equal for both sides) is not. Half to double, each side drawn on its own, since
                // the equality is part of the assumption.
                "noDeal.consequences[2].recipientCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                "noDeal.consequences[2].hostCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                // The troop-cut threat: Germany's cut in June 2020 [64] shows it was real; its chance
                // for Korea (10%) has no source. From remote (3%) to one in four.
                "noDeal.consequences[3].probability": .triangular(low: 0.03, mode: 0.1, high: 0.25),
            ]) { _, own in own },
            bargaining: bargaining2020
        )
    )

    /// How the 2019–20 talks ran, for the strategy section.
    ///
    /// - Offers about monthly: rounds in late 2019 and March 2020 [16][17][91]; one period is a
    ///   month (an approximation of the record).
    /// - The United States opened, with "nearly $5B" [16]: it proposes first.
    /// - Delay costs: the seeds' reading that Trump "desired quick conclusions" (SMA-BRIEF §9)
    ///   gives the order, the US less patient than Korea; the sizes, 1.0 a year for the US and 0.3
    ///   for Korea, are assumptions (an agreement a year later is worth 37% and 74% of one now).
    /// - Breakdown: 2% a month after a rejection (assumption; the third round's walk-out of
    ///   November 2019 [91] shows the talks could collapse, not how often).
    /// - Waiting for the election: Korea's +13% offer was rejected in April 2020 [18]; the 11th
    ///   SMA was agreed in March 2021 under the next administration [38] (SMA-BRIEF §9): eleven
    ///   months. The later state is `sma-2021`. The chance of a change of administration, 0.5,
    ///   is an assumption (ranged 0.3–0.7 in the uncertainty section): no poll or market figure
    ///   is in the brief.
    /// - Terms: a ten-year horizon; under this administration the recipient reopens a term early
    ///   with probability 0.1 a year (assumption; in 2024–25 Trump cited "$10 billion a year"
    ///   while the 11th and 12th SMAs were in force [22][56][57]).
    /// - Election year: the April 2020 Assembly election (SMA-BRIEF §9) is taken to lower the
    ///   Assembly's tolerance by five points of term increase (assumption).
    static let bargaining2020 = BargainingProtocol(
        delayCostPerYear: PartyPair(recipient: 1.0, host: 0.3), periodMonths: 1, breakdownPerPeriod: 0.02,
        firstProposer: .recipient, reopenProbabilityPerYear: 0.1, horizonYears: 10,
        waiting: .init(later: "sma-2021", probability: 0.5, months: 11,
                       source: "April 2020 rejection of +13% [18] to the March 2021 agreement [38]; the probability is an assumption"),
        winSetProbabilities: [0.5, 0.8, 0.9, 0.95], electionYearMidpointShift: -0.05)
}
