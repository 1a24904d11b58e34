extension Preset {
    /// Japan's host-nation support agreement for FY2022–26 ("alliance resilience" budget), with
    /// Japan's own categories.
    public static let japan2022 = Preset(
        name: "japan-2022",
        summary: "Japan host-nation support FY2022–26 (¥1,055.1B, ≈¥211B a year; new training-equipment item)",
        scenario: Scenario(
            name: "japan-2022",
            title: "US–Japan host-nation support (special measures agreement), FY2022–26",
            notes: [
                "Previous total: the FY2021 one-year stopgap, ¥201.7B [59][60].",
                "Actual: ¥1,055.1B over FY2022–26, about ¥211B a year; utilities cut; a new training-equipment item of up to ¥20B [60][61].",
                "Trump reportedly sought $8B a year [43][60]; the deal was made under Biden.",
                "Category shares are NOT in the domain brief: approximate, replace with Ministry of Defense budget figures.",
                "Exchange rate, CPI and defense-budget paths are NOT in the brief: approximations.",
            ],
            // ¥115 per dollar: approximate early-2022 market rate (not in the brief).
            currency: Currency(code: "JPY", perUSD: 115),
            previousTotal: 201.7, // [59 Japan Times 2020-12-16][60 Kyodo via fa.news]
            categories: [
                // Shares approximate (not in the brief): labor the largest part, then facilities.
                CostCategory(name: "labor", label: "Japanese base employees' labor", framework: .core,
                             baseShare: 0.65, inKindRange: 0...0),
                CostCategory(name: "utilities", label: "Utilities", framework: .core,
                             baseShare: 0.12, inKindRange: 0...0),
                CostCategory(name: "facilities", label: "Facilities improvement program", framework: .core,
                             baseShare: 0.22, inKindRange: 1...1),
                CostCategory(name: "trainingRelocation", label: "Training relocation", framework: .core,
                             baseShare: 0.01, inKindRange: 0...0),
                // The new item [60 Kyodo via fa.news][61 Yomiuri 2022-03-25], outside the earlier categories; procured in kind or cash.
                CostCategory(name: "trainingEquipment", label: "Training equipment (new, 2022)", framework: .extra,
                             inKindRange: 0.5...1),
            ],
            // Approximate, not in the brief: CPI ≈ 0–3%; defense budget growing fast after 2022.
            forecast: Forecast(discountRate: 0.01, cpi: [0.0, 0.025, 0.032, 0.027],
                               defenseBudgetGrowth: [0.01, 0.26, 0.16, 0.09]),
            grid: CandidateGrid(
                totals: Steps(from: 180, through: 260, step: 0.25),
                // The FY2016–21 split (approximate) and one with utilities cut by half, the saving moved to
                // labor (the FY2022 agreement cut utilities [60 Kyodo via fa.news][61 Yomiuri 2022-03-25]; shares are assumptions).
                coreSplits: [[0.65, 0.12, 0.22, 0.01], [0.71, 0.06, 0.22, 0.01]],
                inKindShares: [0.22, 0.23, 0.24, 0.25, 0.26],
                extraShares: [0, 0.01, 0.02, 0.03, 0.05],
                extraSplits: [[1]],
                durations: [1, 2, 3, 4, 5],
                escalations: [.fixed(rate: 0), .fixed(rate: 0.01), .cpi(cap: 0.02)]),
            constraints: Constraints(extraCategories: .penalized),
            recipient: RecipientPreferences(
                moneyValue: [
                    "labor": FormValues(cash: 1, inKind: 1), "utilities": FormValues(cash: 1, inKind: 1),
                    "facilities": FormValues(cash: 1, inKind: 0.85), "trainingRelocation": FormValues(cash: 1, inKind: 1),
                    "trainingEquipment": FormValues(cash: 1.1, inKind: 1.0),
                ],
                diminishingValue: 0.1,
                demandIncrease: 0, // no public ask in 2021 (assumption)
                headlineWeight: 0.3,
                lossAversion: 2.25,
                renegotiationCost: 0.1, // assumption: stability valued (the deal was made under Biden)
                boundedEscalationPreference: -0.05),
            host: HostPreferences(
                retainedValue: [
                    "labor": FormValues(cash: 0.5, inKind: 0.5), "utilities": FormValues(cash: 0.3, inKind: 0.3),
                    "facilities": FormValues(cash: 0.1, inKind: 0.4), "trainingRelocation": FormValues(cash: 0.2, inKind: 0.2),
                    "trainingEquipment": FormValues(cash: 0.1, inKind: 0.4),
                ],
                risingCost: 0,
                growthBenchmark: .cpi,
                firstYearBenchmark: 0.02, // assumption
                growthPenalty: 20,
                extraCategoryPenalty: 0.2, // a new item, but within a renamed framework [61 Yomiuri 2022-03-25] (assumption)
                // The Diet has approved every special measures agreement since 1987 [59 Japan Times 2020-12-16],
                // so a freeze passes almost surely: P = 98% at no increase, 88% at +20%, 50% at +40%
                // (midpoint and slope: assumptions, as for Korea).
                ratification: Ratification(midpointIncrease: 0.4, slope: 10),
                renegotiationCost: 0.1, // assumption
                boundedEscalationPreference: 0.05),
            partyNames: PartyPair(recipient: "United States", host: "Japan"),
            noDeal: NoDealOutcome(
                description: "No agreement for FY2022: Japan keeps paying labor (assumption), other support stops.",
                // Assumption: the FY2021 stopgap took a year to replace [59][60]; a lapse is taken to last as long.
                impasseYears: 1,
                payments: ["labor": FormValues(cash: 201.7 * 0.65, inKind: 0)],
                consequences: [
                    NoDealConsequence(
                        label: "Utilities, facilities and training relocation unfunded",
                        source: "assumption: the cost of delay beyond the money",
                        recipientCostPerYear: 0.1, hostCostPerYear: 0.05),
                    NoDealConsequence(
                        label: "Alliance friction",
                        source: "assumption (Trump had sought $8B a year [43][60]; the talks were under Biden)",
                        recipientCostPerYear: 0.2, hostCostPerYear: 0.2),
                ]),
            actual: ActualAgreement(
                label: "Japan SMA FY2022–26",
                // ≈¥211B a year for five years [60 Kyodo via fa.news][61 Yomiuri 2022-03-25]; training equipment ≈ ¥4B a year (¥20B over five years),
                // delivered in kind (assumption).
                package: Package(firstYearTotal: 211.02, inKindShare: (1 - 4.0 / 211.02) * 0.22 + 4.0 / 211.02,
                                 extraShare: 4.0 / 211.02, extraSplit: [1], coreShares: [0.71, 0.06, 0.22, 0.01],
                                 duration: 5, escalation: .fixed(rate: 0))),
            // Ranges for `--samples`; each mode is the value above. Held fixed: the ratification
            // slope (as for Korea, see KoreaCommon.sharedUncertainty), the retained values other than
            // facilities', the US's in-kind value of facilities and its premium on training
            // equipment, the impasse's length (every consequence lasts the whole impasse, so it
            // has no effect), the cost of unfunded utilities and facilities (the friction below is
            // the larger cost), whether Japan pays labor at all in a lapse (a structural assumption,
            // not a width), and the approximate forecast (not in the brief: to be replaced, not
            // ranged).
            uncertainty: [
                // η = 0.3 has no source. From 0 (the headline does not matter) to 1, the Trump-era
                // weight of sma-2020: the range spans both administrations.
                "recipient.headlineWeight": .triangular(low: 0, mode: 0.3, high: 1.0),
                // No public ask in 2021 is assumed, so the reference is "no cut". A reference below
                // it is implausible, so the range is one-sided: up to +10%, about twice the ≈ +4.6% the
                // deal's ≈ ¥211B a year gave over the FY2021 stopgap [60][61].
                "recipient.demandIncrease": .triangular(low: 0, mode: 0, high: 0.1),
                // λ = 2.25, Tversky & Kahneman (1992), a laboratory figure: a third either way, as in
                // the Korean presets (KoreaCommon.sharedUncertainty).
                "recipient.lossAversion": .triangular(low: 1.5, mode: 2.25, high: 3.0),
                // κ = 0.1 ("mild", as for Korea): from no curvature to twice as much.
                "recipient.diminishingValue": .triangular(low: 0, mode: 0.1, high: 0.2),
                // Stability valued (the deal was made under Biden) gives the sign; the size is an
                // assumption: from indifference to rounds to twice the assumed cost.
                "recipient.renegotiationCost": .triangular(low: 0, mode: 0.1, high: 0.2),
                // A cap can only cut the US's later payments (the sign); the size is an assumption:
                // from no dislike of caps to twice the assumed one.
                "recipient.boundedEscalationPreference": .triangular(low: -0.1, mode: -0.05, high: 0),
                // b₀ = 2% is an assumption: ±2 points, about the spread of the preset's approximate
                // CPI path (0–3.2%, not in the brief).
                "host.firstYearBenchmark": .triangular(low: 0, mode: 0.02, high: 0.04),
                // μ = 20 as for Korea: "steep" without a measure; half to double.
                "host.growthPenalty": .triangular(low: 10, mode: 20, high: 40),
                // ν = 0.2: a new item inside a renamed framework [61 Yomiuri 2022-03-25]; the size is an
                // assumption: half to double.
                "host.extraCategoryPenalty": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                // m = 0.4 (assumption). ±0.1: at 0.3 (slope 10) a freeze still passes 95% of the time,
                // in line with the Diet approving every special measures agreement since 1987
                // [59 Japan Times 2020-12-16]; at 0.5 a +40% increase still passes three times in four.
                "host.ratification.midpointIncrease": .triangular(low: 0.3, mode: 0.4, high: 0.5),
                // Japan's cost of a round (0.1) is an assumption: half to double.
                "host.renegotiationCost": .triangular(low: 0.05, mode: 0.1, high: 0.2),
                // Japan's liking for capped rules (+0.05 a year) is assumed as for Korea: from
                // indifference to twice the assumed liking.
                "host.boundedEscalationPreference": .triangular(low: 0, mode: 0.05, high: 0.1),
                // σ = 0.4 for facilities (paid in kind, to Japanese contractors) is an assumption, as
                // for Korea's construction: ±0.2. Facilities are the second-largest category (22%).
                "host.retainedValue.facilities.inKind": .triangular(low: 0.2, mode: 0.4, high: 0.6),
                // Labor paid in a lapse at 65% of ¥201.7B: the share is approximate (not in the
                // brief). ±10 points (55–75%), which takes in the 71% of the utilities-cut split.
                "noDeal.payments.labor.cash": .triangular(low: 201.7 * 0.55, mode: 201.7 * 0.65, high: 201.7 * 0.75),
                // Alliance friction (0.2 a year, equal for both sides) is an assumption: half to
                // double, each side drawn on its own.
                "noDeal.consequences[1].recipientCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
                "noDeal.consequences[1].hostCostPerYear": .triangular(low: 0.1, mode: 0.2, high: 0.4),
            ]
        )
    )
}
