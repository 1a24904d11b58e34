// Figures shared by the Korean presets. Bracketed numbers are the domain brief's sources
// (/work/shared/domain/SMA-BRIEF.md); "assumption" marks a modelling choice, not a figure.

enum KoreaCommon {
    /// 2018 category amounts [1 MND Defense White Paper 2018 p.181]: labor 371B,
    /// construction 444.2B, logistics 145B of 960.2B won. Used as the core base shares.
    static let laborShare = 371.0 / 960.2
    static let constructionShare = 444.2 / 960.2
    static let logisticsShare = 145.0 / 960.2

    /// Today's payment forms [2 same p.180][23 MND Defence White Paper 2020 pp.209–210]: labor 100% cash; construction 88% in kind (12% cash for
    /// design and oversight); logistics 100% in kind.
    static let constructionInKindToday = 0.88

    /// 2015 category amounts [24 MND WP2018 suppl. App.17]: labor 349.0B, construction 414.8B,
    /// logistics 168.2B of 932B won, the earliest breakdown in the brief (the 9th SMA's second
    /// year). Used as the core split of sma-2009 and sma-2014; PIIE's 40/40/20 rule of thumb
    /// [5 PIIE blog 2014-01-24] is close to it.
    static let shares2015 = [349.0 / 932, 414.8 / 932, 168.2 / 932]

    /// The core split with labor at `labor` and construction and logistics sharing the rest in
    /// their 2018 proportion [1 MND Defense White Paper 2018 p.181].
    static func coreSplit(labor: Double) -> [Double] {
        let rest = constructionShare + logisticsShare
        return [labor, (1 - labor) * constructionShare / rest, (1 - labor) * logisticsShare / rest]
    }

    /// Labor's share of the 11th SMA's 2021 total, derived: +13.9% = 7.4% defense-budget growth
    /// plus 6.5% for labor [7 aju.news 11th SMA][8 Janes 2021]; if 2019–20 kept the 2018 split, labor
    /// got 0.386 × 1,038.9 × 1.074 + 0.065 × 1,038.9 ≈ 498.7B of 1,183.3B, 42.1% (derived;
    /// the 2019–20 split is an assumption).
    static let laborShare2021 = (laborShare * 1038.9 * 1.074 + 0.065 * 1038.9) / 1183.3

    /// The in-kind share of a core-only package under today's forms, for a core split.
    static func inKindShareToday(coreShares: [Double]) -> Double {
        coreShares[1] * constructionInKindToday + coreShares[2]
    }

    /// The in-kind share of a core-only package under today's forms with the 2018 split (≈ 0.558).
    static let inKindShareToday = constructionShare * constructionInKindToday + logisticsShare

    /// The SOFA Art. V categories [1 MND Defense White Paper 2018 p.181][2 same p.180] and the non-SOFA items the US asked for in 2018–20
    /// [16 Korea Herald 2019-11-17][31 alert5.com 2018-04-16]–[35 newsarticleinsiders.com]. `construction` and `extraInKind` set the allowed in-kind ranges;
    /// `coreShares` the base shares of labor, construction and logistics (default: 2018's).
    static func categories(construction: ClosedRange<Double>, extraInKind: ClosedRange<Double>,
                           coreShares: [Double] = [laborShare, constructionShare, logisticsShare]) -> [CostCategory] {
        [
            CostCategory(name: "labor", label: "Korean employees' labor", framework: .core,
                         baseShare: coreShares[0], inKindRange: 0...0),
            CostCategory(name: "construction", label: "Military construction", framework: .core,
                         baseShare: coreShares[1], inKindRange: construction),
            CostCategory(name: "logistics", label: "Logistics support", framework: .core,
                         baseShare: coreShares[2], inKindRange: 1...1),
            CostCategory(name: "personnelSupport", label: "US personnel and family support", framework: .extra,
                         inKindRange: extraInKind),
            CostCategory(name: "rotationalDeployments", label: "Rotational deployments", framework: .extra,
                         inKindRange: extraInKind),
            CostCategory(name: "strategicAssets", label: "Strategic assets and off-peninsula operations",
                         framework: .extra, inKindRange: extraInKind),
            CostCategory(name: "readiness", label: "Exercises and readiness", framework: .extra,
                         inKindRange: extraInKind),
        ]
    }

    /// Extra splits: each item alone, and all four evenly.
    static let extraSplits: [[Double]] = [
        [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0.25, 0.25, 0.25, 0.25],
    ]

    static let extraNames = ["personnelSupport", "rotationalDeployments", "strategicAssets", "readiness"]

    /// What one won is worth to the US, by category and form.
    /// - Cash at par (1.0): it is spent as the US chooses.
    /// - Construction in kind 0.85: money tied to Korean-run projects is slow to spend; 328B won of
    ///   construction money rolled over in 2016 [28 Korea Herald 2017-10-26] and 75% of 2019's unused money was
    ///   construction [29 Korea Herald 2020-10-05]. The 15% discount is an assumption of that order.
    /// - Logistics in kind 0.9: contracted services the US would buy anyway, less choice (assumption).
    /// - Extra items `extraCash` (> 1 under Trump): the money relieves the US's own budget and sets
    ///   a precedent for Japan and Germany ([16 Korea Herald 2019-11-17][33 KBS Seq 151668]–[35 newsarticleinsiders.com]; seed column by Haggard). In kind 1.0.
    static func usMoneyValue(extraCash: Double) -> [String: FormValues] {
        var v: [String: FormValues] = [
            "labor": FormValues(cash: 1.0, inKind: 1.0),
            "construction": FormValues(cash: 1.0, inKind: 0.85),
            "logistics": FormValues(cash: 1.0, inKind: 0.9),
        ]
        for n in extraNames { v[n] = FormValues(cash: extraCash, inKind: 1.0) }
        return v
    }

    /// What share of each won stays in Korea's economy (σ). Assumptions, reasoned from [2 same p.180]:
    /// - Labor 0.5: wages of Korean employees are spent in Korea, but Korea would otherwise have
    ///   used the money for its own priorities; half is counted as recovered.
    /// - Construction and logistics in kind 0.4: contracts go to Korean firms [2 same p.180]; less of the
    ///   value stays than with wages (imported materials, margins).
    /// - Cash for construction design and oversight, and logistics cash, 0.1: spent by the US.
    /// - Extra items: cash 0 (spent outside Korea: rotations, off-peninsula assets [16 Korea Herald 2019-11-17]); in kind 0.3.
    static let koreaRetainedValue: [String: FormValues] = {
        var v: [String: FormValues] = [
            "labor": FormValues(cash: 0.5, inKind: 0.5),
            "construction": FormValues(cash: 0.1, inKind: 0.4),
            "logistics": FormValues(cash: 0.1, inKind: 0.4),
        ]
        for n in extraNames { v[n] = FormValues(cash: 0, inKind: 0.3) }
        return v
    }()

    /// The National Assembly's consent, judged on the term increase (the average annual amount
    /// over the term against the previous total): P = 1/2 at +40%, slope 12, so P ≈ 99% for a
    /// freeze, 96% at +14%, 87% at +24% (the 11th SMA's term increase) and 23% at +50%.
    /// Reasoning: every SMA in the brief's table took effect, including +8.2% (10th [3 MOFA 10th SMA]),
    /// the 11th (+13.9% in its first year, ≈ +24% over 2021–25 [7 aju.news 11th SMA][38 FN News 2021-09-01])
    /// and the 12th (+8.3% [39 Chosun Online 2024-11-29]), so P must be high up to about +25%; a 5%
    /// chance of rejecting a freeze has no source and is dropped. Support falls towards the US's
    /// +50% ask: 96% opposed any increase in Nov 2019 [42 VOA 2019-11] and 25% would refuse any deal
    /// [43 Statista 20333][44 Washington Post 2019-12-16]. The midpoint and slope are assumptions
    /// within those bounds.
    static let ratification = Ratification(midpointIncrease: 0.40, slope: 12)

    /// Korea's defense-budget growth by year: 2019 8.2% [3 MOFA 10th SMA][4 Hankyoreh 2019-02-11]; 2020 7.4% [7 aju.news 11th SMA][8 Janes 2021]; 2021–24 derived
    /// from the 11th SMA's annual totals, which followed the previous year's defense-budget
    /// growth [9 Asia Economy 2024-10-04] (brief section 8): 1247.2/1183.3 → 5.4%, 1289.6/1247.2 → 3.4%,
    /// 1346.3/1289.6 → 4.4%, 1402.8/1346.3 → 4.2%; 2026 +8.2% [85 devdiscourse 2025-10-01]. 2025 is not in
    /// the brief: taken as 2024's 4.2% (assumption).
    ///
    /// 2008–18 are NOT in the brief (``defenseGrowthBefore2019``); they are used only by sma-2009
    /// and sma-2014, whose contract years lie before 2019.
    static let defenseGrowth: [Int: Double] = [2019: 0.082, 2020: 0.074, 2021: 0.054, 2022: 0.034, 2023: 0.044,
                                               2024: 0.042, 2025: 0.042, 2026: 0.082]
        .merging(defenseGrowthBefore2019) { sourced, _ in sourced }

    /// Korea's defense-budget growth 2008–18 (main defense budgets, rounded). NOT in the domain
    /// brief: approximate values, recalled from the published budgets and not checked against a
    /// stored source, supplied for the defense-budget rules that sma-2009 and sma-2014 put on the
    /// grid (assumption; the same series gives the brief's 8.2% for 2019 and 7.4% for 2020).
    /// Replace with the official MND series.
    static let defenseGrowthBefore2019: [Int: Double] = [2008: 0.088, 2009: 0.071, 2010: 0.036, 2011: 0.062,
                                                          2012: 0.050, 2013: 0.042, 2014: 0.040, 2015: 0.049,
                                                          2016: 0.036, 2017: 0.040, 2018: 0.070]

    /// Korean CPI inflation by year (Statistics Korea annual averages, rounded). NOT in the domain
    /// brief; approximate values supplied for the CPI-linked rules. Replace with an official series.
    static let cpi: [Int: Double] = [2006: 0.022, 2007: 0.025, 2008: 0.047, 2009: 0.028, 2010: 0.029, 2011: 0.040,
                                     2012: 0.022, 2013: 0.013, 2014: 0.013, 2015: 0.007, 2016: 0.010,
                                     2017: 0.019, 2018: 0.015, 2019: 0.004, 2020: 0.005, 2021: 0.025,
                                     2022: 0.051, 2023: 0.036, 2024: 0.023]

    /// Index paths for a term whose first year is `firstYear`: contract year t uses the previous
    /// year's defense-budget growth (the 11th SMA rule [7 aju.news 11th SMA][8 Janes 2021]) and CPI of two years earlier (the
    /// 9th and 12th SMA rule [6 MOFA 9th SMA; Yonhap 2014-02-07][10 CRS IF13050]). Years without data repeat the last known value (assumption).
    ///
    /// Hindsight: a path entry for a year after the talks is what later happened (or the last
    /// known value), not what negotiators could forecast; each preset's notes say which years.
    static func forecast(firstYear: Int, years: Int) -> Forecast {
        func lookup(_ table: [Int: Double], _ year: Int) -> Double {
            if let v = table[year] { return v }
            let known = table.keys.filter { $0 <= year }.max() ?? table.keys.min()!
            return table[known]!
        }
        let t = (1..<years).map { firstYear + $0 }
        // Discount rate 3% a year: an assumption (a real rate near long-run government bond yields).
        return Forecast(discountRate: 0.03,
                        cpi: t.map { lookup(cpi, $0 - 2) },
                        defenseBudgetGrowth: t.map { lookup(defenseGrowth, $0 - 1) })
    }

    /// Escalation rules Korea and the US have used or proposed [5 PIIE blog 2014-01-24][6 MOFA 9th SMA; Yonhap 2014-02-07][7 aju.news 11th SMA][10 CRS IF13050][11 Stars & Stripes 2004].
    static let escalations: [EscalationRule] = [
        .fixed(rate: 0), .fixed(rate: 0.04), .cpi(cap: 0.04), .cpi(cap: 0.05), .defenseBudget(cap: nil), .defenseBudget(cap: 0.05),
    ]

    /// Korea's cost of one round of talks: 0.1 year of the SMA (assumption: the 2019–20 round ran
    /// over a year, with a public collapse [91 Dong-A Ilbo 2019-11-20], a furlough [45 Yonhap AEN20200331008600325]
    /// and an election-year fight [seeds]; a tenth of a year's SMA in political capital is the order of size assumed).
    static let renegotiationCost = 0.1

    // MARK: The 2019–20 round, shared by sma-2020 and sma-2021

    /// Korea's preferences in the 11th-SMA round.
    static let host2020 = HostPreferences(
        retainedValue: KoreaCommon.koreaRetainedValue,
        risingCost: 0,
        growthBenchmark: .defenseBudget,
        // 2020 defense-budget growth, 7.4%: the 11th SMA's 2021 increase was that plus 6.5%
        // for labor [7 aju.news 11th SMA][8 Janes 2021].
        firstYearBenchmark: 0.074,
        // μ = 20: ten points above the justifiable path in every year cost 0.2 year a year, thirty
        // points 1.8 (assumption: "steep", after the polls [41 Chicago Council 2019-02-04][42 VOA 2019-11]).
        growthPenalty: 20,
        // ν = 0.5 per won: new items would need new treaty text and Assembly consent [2 same p.180][36 Chosun Biz 2025-11-06] and
        // clash with the National Fiscal Act [30 spark946.org][37 OhmyNews A0002701701] (assumption on size).
        extraCategoryPenalty: 0.5,
        ratification: KoreaCommon.ratification,
        renegotiationCost: renegotiationCost,
        // Capped indices (8th, 9th SMA [5 PIIE blog 2014-01-24][6 MOFA 9th SMA; Yonhap 2014-02-07]): +0.05 a year (assumption).
        boundedEscalationPreference: 0.05)

    /// What Korea paid without an agreement in 2020, per year of the impasse: 610.2B executed by
    /// November [37 OhmyNews A0002701701]: labor 240B (≥ $200M at 1,199 won/$ [47 KBS board_seq 385678][48 Yonhap AEN20200603002651325]),
    /// logistics at its 2018 level 145B [1 MND Defense White Paper 2018 p.181], the remaining 225.2B
    /// as construction in kind (split: assumption).
    static let executed2020: [String: FormValues] = [
        "labor": FormValues(cash: 240, inKind: 0),
        "logistics": FormValues(cash: 0, inKind: 145),
        "construction": FormValues(cash: 0, inKind: 225.2),
    ]

    /// The 2020 impasse: from the 10th SMA's end (31 December 2019) to the 11th's signing in
    /// March 2021, about 14 months [38 FN News 2021-09-01] (brief section 9).
    static let impasse2020Years = 14.0 / 12

    /// The consequences of the 2020 impasse. Each cost is per year while it lasts, in years of the
    /// 1,038.9B SMA; the sizes are assumptions, the events are sourced.
    static let consequences2020: [NoDealConsequence] = [
        NoDealConsequence(
            label: "About 4,000 of 8,600–9,000 Korean employees on unpaid leave, 1 April to mid-June 2020",
            source: "[45 Yonhap AEN20200331008600325][46 Hankyoreh 934379][47 KBS board_seq 385678][48 Yonhap AEN20200603002651325]; "
                + "sizes assumption: the US lost ~45% of its Korean workforce (~17% of a year's SMA in work) and more in disrupted services; "
                + "Korea bore the political cost of its nationals furloughed",
            recipientCostPerYear: 0.4, hostCostPerYear: 0.3, years: 2.5 / 12),
        NoDealConsequence(
            label: "Construction frozen for the whole impasse",
            source: "[49 clarion.causeaction 2020-06-03][37 OhmyNews A0002701701]; sizes assumption: the cost of delay beyond the money not paid",
            recipientCostPerYear: 0.1, hostCostPerYear: 0.05),
        NoDealConsequence(
            label: "Alliance friction: talks collapsed in public, the US demanded a five-fold increase",
            source: "[91 Dong-A Ilbo 2019-11-20][16 Korea Herald 2019-11-17]; sizes assumption (equal for both sides)",
            recipientCostPerYear: 0.2, hostCostPerYear: 0.2),
        NoDealConsequence(
            label: "Threat of a US troop reduction, as Germany saw in June 2020",
            source: "[64 The Age 2020-06-16; BNN Bloomberg 2020-06-15]; probability and size assumption: a cut in USFK "
                + "would cost Korea far more than a year's SMA; the US administration presented cuts as savings (cost 0)",
            recipientCostPerYear: 0, hostCostPerYear: 2.0, probability: 0.1),
    ]

    /// Korea's last offer in 2020: +13% over 1,038.9B (≈1.17T won) [18 Yonhap 2020-04-21; KBS Seq 152723][20 UPI 2020-06-02],
    /// five years (assumption, as in its 10th-round offer [4 Hankyoreh 2019-02-11]), CPI capped at 4%
    /// (the 9th SMA rule [6 MOFA 9th SMA; Yonhap 2014-02-07]; assumption), today's forms. Kept for the
    /// anchoring option (`noDeal.hostIndifferentTo`); the presets derive no deal from consequences.
    static let lastOffer2020 = Package(firstYearTotal: 1038.9 * 1.13, inKindShare: inKindShareToday,
                                       duration: 5, escalation: .cpi(cap: 0.04))

    /// The 11th SMA as concluded: 2020 frozen at 1,038.9B (the impasse year, settled afterwards), then
    /// 1,183.3B won for 2021 (+13.9%) and five years at the new level to 2025, each year the previous
    /// year's defense-budget growth, no cap [7 aju.news 11th SMA][8 Janes 2021][9 Asia Economy 2024-10-04];
    /// labor at its derived 2021 share (``laborShare2021``), today's forms, no extra items.
    static let eleventhSMA: Package = {
        let core = coreSplit(labor: laborShare2021)
        return Package(firstYearTotal: 1183.3, inKindShare: inKindShareToday(coreShares: core), coreShares: core,
                       duration: 5, escalation: .defenseBudget(cap: nil))
    }()

    // MARK: Uncertainty shared by the Korean presets

    /// Ranges for the assumptions that the Korean presets (sma-2009, sma-2014, sma-2019, sma-2020,
    /// sma-2021 and sma-2024) share (the values above, and the recipient values the presets
    /// repeat), for `frontier analyze --samples`.
    /// Each range is a triangular distribution whose mode is the value the presets use, so a
    /// preset's single analysis is unchanged. Each preset merges its own ranges into these.
    ///
    /// Held fixed, with the reason: the ratification slope (see the midpoint), the other retained
    /// values (see construction's), logistics' in-kind value to the US (see construction's), and
    /// Korea's rising cost κ, which every preset sets to 0 without calling it an assumption.
    static let sharedUncertainty: [String: Distribution] = [
        // κ = 0.1, "mild" by assumption: from no curvature to twice as much. At twice the previous
        // total the US's marginal won is then worth between 100% and 60% (80% at κ = 0.1); nothing
        // in the brief measures how fast the value of money falls for the US.
        "recipient.diminishingValue": .triangular(low: 0, mode: 0.1, high: 0.2),
        // λ = 2.25 is Tversky & Kahneman's (1992) estimate from money gambles in the laboratory,
        // not an SMA figure, and the brief has nothing on how it carries over to a government's
        // headline; a third either way (1.5–3.0) is a judgment. Where every package falls short
        // of the US demand (the Trump-era presets), λ multiplies the headline weight.
        "recipient.lossAversion": .triangular(low: 1.5, mode: 2.25, high: 3.0),
        // The sign follows from the model (a cap can only cut the US's later payments); the size
        // (−0.05 a year) is an assumption: from no dislike of caps to twice the assumed one.
        "recipient.boundedEscalationPreference": .triangular(low: -0.1, mode: -0.05, high: 0),
        // Rolled-over and unused construction money [28 Korea Herald 2017-10-26][29 Korea Herald 2020-10-05]
        // show that in-kind construction is worth less to the US than cash, not how much less: from
        // par (the money comes late but is spent) to twice the assumed 15% discount. Logistics in
        // kind (0.9) rests on the same reasoning for 15% of the money and is held.
        "recipient.moneyValue.construction.inKind": .triangular(low: 0.7, mode: 0.85, high: 1.0),
        // μ = 20: the polls [41 Chicago Council 2019-02-04][42 VOA 2019-11] say "steep", not how steep.
        // Half to double: ten points above the justifiable path then cost 0.1 to 0.4 year a year
        // (0.2 at μ = 20).
        "host.growthPenalty": .triangular(low: 10, mode: 20, high: 40),
        // m = 0.40 within the bounds the ratification comment draws from the sources. At 0.3 (slope
        // 12) the 11th SMA's ≈ +24% term increase still passes two times in three, about the least
        // that fits every SMA having taken effect [3][7][38][39]; at 0.5 the US's +50% ask is a coin
        // flip, about the most that fits 96% opposing any increase [42 VOA 2019-11] and 25% refusing
        // any deal [43 Statista 20333][44 Washington Post 2019-12-16]. The slope (12) is part of the
        // same assumption and is held: the midpoint's range already moves where support falls, and
        // the curve moves the inside of the zone of agreement, not its reservation totals.
        "host.ratification.midpointIncrease": .triangular(low: 0.3, mode: 0.4, high: 0.5),
        // c_KR = 0.1: the 2019–20 round's costs are sourced as events [91 Dong-A Ilbo 2019-11-20]
        // [45 Yonhap AEN20200331008600325], their size in political capital is not: half to double.
        "host.renegotiationCost": .triangular(low: 0.05, mode: 0.1, high: 0.2),
        // The sign is sourced (Korea obtained capped indices in the 8th and 9th SMA [5 PIIE blog
        // 2014-01-24][6 MOFA 9th SMA; Yonhap 2014-02-07]), the size (+0.05 a year) is not: from
        // indifference to caps to twice the assumed liking.
        "host.boundedEscalationPreference": .triangular(low: 0, mode: 0.05, high: 0.1),
        // σ = 0.4 for construction in kind, the largest block of the money (46% of 2018 [1 MND
        // Defense White Paper 2018 p.181], 88% of it in kind [2 same p.180]): Korean contractors are
        // sourced [2], the share of value that stays is not; ±0.2 (half of 0.4 either way). The
        // other retained values (labor 0.5, logistics in kind 0.4, cash 0.1, extra items) share
        // the reasoning and are held, so that one range stands for the group.
        "host.retainedValue.construction.inKind": .triangular(low: 0.2, mode: 0.4, high: 0.6),
        // 3% a year is a judgment ("a real rate near long-run government bond yields"); the brief
        // has no discount rate. ±2 points (1–5%) spans the real rates a finance ministry might use.
        "forecast.discountRate": .triangular(low: 0.01, mode: 0.03, high: 0.05),
    ]
}
