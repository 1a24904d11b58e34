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

    /// The in-kind share of a core-only package under today's forms (≈ 0.558).
    static let inKindShareToday = constructionShare * constructionInKindToday + logisticsShare

    /// The SOFA Art. V categories [1 MND Defense White Paper 2018 p.181][2 same p.180] and the non-SOFA items the US asked for in 2018–20
    /// [16 Korea Herald 2019-11-17][31 alert5.com 2018-04-16]–[35 newsarticleinsiders.com]. `construction` and `extraInKind` set the allowed in-kind ranges.
    static func categories(construction: ClosedRange<Double>, extraInKind: ClosedRange<Double>) -> [CostCategory] {
        [
            CostCategory(name: "labor", label: "Korean employees' labor", framework: .core,
                         baseShare: laborShare, inKindRange: 0...0),
            CostCategory(name: "construction", label: "Military construction", framework: .core,
                         baseShare: constructionShare, inKindRange: construction),
            CostCategory(name: "logistics", label: "Logistics support", framework: .core,
                         baseShare: logisticsShare, inKindRange: 1...1),
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

    /// Ratification: P = 1/2 at +20%, slope 15 (so P ≈ 0.95 at no increase, 0.71 at +13.9%,
    /// 0.01 at +50%). Reasoning: 96% opposed any increase in Nov 2019 [42 VOA 2019-11]; 63% wanted to
    /// negotiate lower, most below $1.7B, 25% would refuse [43 Statista 20333][44 Washington Post 2019-12-16]; the Assembly did consent to
    /// +13.9% [38 FN News 2021-09-01]. ω = 0.5: a failed ratification fight costs the government half a year's SMA.
    static let ratification = Ratification(midpointIncrease: 0.20, slope: 15, weight: 0.5)

    /// Korea's defense-budget growth by year: 2019 8.2% [3 MOFA 10th SMA][4 Hankyoreh 2019-02-11]; 2020 7.4% [7 aju.news 11th SMA][8 Janes 2021]; 2021–24 derived
    /// from the 11th SMA's annual totals, which followed the previous year's defense-budget
    /// growth [9 Asia Economy 2024-10-04]: 1247.2/1183.3 → 5.4%, 1289.6/1247.2 → 3.4%, 1346.3/1289.6 → 4.4%,
    /// 1402.8/1346.3 → 4.2%.
    static let defenseGrowth: [Int: Double] = [2019: 0.082, 2020: 0.074, 2021: 0.054, 2022: 0.034, 2023: 0.044, 2024: 0.042]

    /// Korean CPI inflation by year (Statistics Korea annual averages, rounded). NOT in the domain
    /// brief; approximate values supplied for the CPI-linked rules. Replace with an official series.
    static let cpi: [Int: Double] = [2017: 0.019, 2018: 0.015, 2019: 0.004, 2020: 0.005, 2021: 0.025,
                                     2022: 0.051, 2023: 0.036, 2024: 0.023]

    /// Index paths for a term whose first year is `firstYear`: contract year t uses the previous
    /// year's defense-budget growth (the 11th SMA rule [7 aju.news 11th SMA][8 Janes 2021]) and CPI of two years earlier (the
    /// 9th and 12th SMA rule [6 MOFA 9th SMA; Yonhap 2014-02-07][10 CRS IF13050]). Years without data repeat the last known value (assumption).
    static func forecast(firstYear: Int, years: Int) -> Forecast {
        func lookup(_ table: [Int: Double], _ year: Int) -> Double {
            if let v = table[year] { return v }
            return table[table.keys.max()!]!
        }
        let t = (1..<years).map { firstYear + $0 }
        // Discount rate 3% a year: an assumption (a real rate near long-run government bond yields).
        return Forecast(discountRate: 0.03,
                        cpi: t.map { lookup(cpi, $0 - 2) },
                        defenseBudgetGrowth: t.map { lookup(defenseGrowth, $0 - 1) })
    }

    /// Escalation rules Korea and the US have used or proposed [5 PIIE blog 2014-01-24][6 MOFA 9th SMA; Yonhap 2014-02-07][7 aju.news 11th SMA][10 CRS IF13050][11 Stars & Stripes 2004].
    static let escalations: [EscalationRule] = [
        .fixed(0), .fixed(0.04), .cpi(cap: 0.04), .cpi(cap: 0.05), .defenseBudget(cap: nil), .defenseBudget(cap: 0.05),
    ]

    // MARK: The 2019–20 round, shared by sma-2020 and sma-2021

    /// Korea's preferences in the 11th-SMA round.
    static let host2020 = HostPreferences(
        retainedValue: KoreaCommon.koreaRetainedValue,
        risingCost: 0,
        growthBenchmark: .defenseBudget,
        // 2020 defense-budget growth, 7.4%: the 11th SMA's 2021 increase was that plus 6.5%
        // for labor [7 aju.news 11th SMA][8 Janes 2021].
        firstYearBenchmark: 0.074,
        // μ = 20: ten points above the benchmark cost 0.2 year, thirty points 1.8 years (assumption:
        // "steep", after the polls [41 Chicago Council 2019-02-04][42 VOA 2019-11]).
        growthPenalty: 20,
        // ν = 0.5 per won: new items would need new treaty text and Assembly consent [2 same p.180][36 Chosun Biz 2025-11-06] and
        // clash with the National Fiscal Act [30 spark946.org][37 OhmyNews A0002701701] (assumption on size).
        extraCategoryPenalty: 0.5,
        ratification: KoreaCommon.ratification,
        // Korea prefers long terms (it offered five years in the 10th round [4 Hankyoreh 2019-02-11][13 KBS World 2019-01]): +0.05 per year.
        durationPreference: 0.05,
        // And capped indices (8th, 9th SMA [5 PIIE blog 2014-01-24][6 MOFA 9th SMA; Yonhap 2014-02-07]): +0.05 (assumption).
        boundedEscalationPreference: 0.05)

    /// What Korea paid without an agreement in 2020: 610.2B executed [37 OhmyNews A0002701701]:
    /// labor 240B (≥ $200M at 1,199 won/$ [47 KBS board_seq 385678][48 Yonhap AEN20200603002651325]),
    /// logistics at its 2018 level 145B [1 MND Defense White Paper 2018 p.181], the remaining 225.2B
    /// as construction in kind (split: assumption).
    static let executed2020: [String: FormValues] = [
        "labor": FormValues(cash: 240, inKind: 0),
        "logistics": FormValues(cash: 0, inKind: 145),
        "construction": FormValues(cash: 0, inKind: 225.2),
    ]

    /// Korea's last offer in 2020, the package its no-deal utility is anchored to (Korea is taken to
    /// be indifferent between no deal and this offer): +13% over 1,038.9B (≈1.17T won)
    /// [18 Yonhap 2020-04-21; KBS Seq 152723][20 UPI 2020-06-02], five years (assumption, as in its
    /// 10th-round offer [4 Hankyoreh 2019-02-11]), CPI capped at 4% (the 9th SMA rule [6 MOFA 9th SMA;
    /// Yonhap 2014-02-07]; assumption), today's forms.
    static let lastOffer2020 = Package(firstYearTotal: 1038.9 * 1.13, inKindShare: inKindShareToday,
                                       extraShare: 0, extraSplit: [], duration: 5, escalation: .cpi(cap: 0.04))

    /// The 11th SMA as concluded: 1,183.3B won for 2021 (+13.9%), six years, previous year's
    /// defense-budget growth, no cap [7 aju.news 11th SMA][8 Janes 2021]; today's forms, no extra
    /// items. The frozen 2020 year is not modelled separately, so the present value overstates the
    /// deal by about one year's difference (~145B).
    static let eleventhSMA = Package(firstYearTotal: 1183.3, inKindShare: inKindShareToday, extraShare: 0,
                                     extraSplit: [], duration: 6, escalation: .defenseBudget(cap: nil))
}
