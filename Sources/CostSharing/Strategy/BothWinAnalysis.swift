/// "A package that allows for claims of victory on both sides": frontier packages in the zone
/// of agreement whose headline meets the recipient's reference and whose yearly amounts stay
/// within what the host can justify.
///
/// - The recipient's **headline** is the term increase it can announce, r̄ = (mean yearly amount
///   + linked headline amounts) / previous total − 1; it calls the deal a win when r̄ ≥ r*, its
///   reference point (`recipient.demandIncrease`).
/// - The host calls it a win when no year's amount exceeds its justifiable path J_t (the previous
///   total raised by `host.firstYearBenchmark` and then by its benchmark index): the largest
///   excess maxₜ(L_t/J_t − 1) is ≤ 0.
///
/// Only packages the Assembly would more likely ratify than reject (probability at least
/// ``minimumRatification``) are judged. When no package qualifies, ``closest`` is the package that
/// misses by least, the larger of its two shortfalls (r* − r̄, and the excess) being smallest.
public struct BothWinAnalysis: Sendable, Hashable {
    /// One package's standing.
    public struct Candidate: Sendable, Hashable {
        public var package: PackageOutcome
        /// The linked options chosen with it, by issue (empty without linkage).
        public var linkedOptions: [String]
        /// The recipient's headline term increase, linked amounts included.
        public var headlineIncrease: Double
        /// r̄ − r*: ≥ 0 when the recipient can claim a win.
        public var recipientMargin: Double
        /// −maxₜ(L_t/J_t − 1): ≥ 0 when the host can.
        public var hostMargin: Double
        public var bothWin: Bool { recipientMargin >= 0 && hostMargin >= 0 }
        /// How far it misses: the larger shortfall (0 when both win).
        public var miss: Double { max(0, -recipientMargin, -hostMargin) }
    }

    /// The packages both can call a win, best joint gain first (at most ``limit``).
    public var winners: [Candidate]
    /// How many qualify in all.
    public var count: Int
    /// Without a winner, the package that misses by least.
    public var closest: Candidate?
    /// The most winners listed.
    public static let limit = 10
    /// Packages the Assembly would more likely reject than ratify are not claims of anything:
    /// below this ratification probability a package is left out.
    public static let minimumRatification = 0.5

    /// Judges `packages` (each with its linked headline amount per year and option names).
    public init(scenario: Scenario, packages: [(package: PackageOutcome, headline: Double, options: [String])]) {
        let s = scenario.previousTotal, reference = scenario.recipient.demandIncrease
        let candidates = packages.filter {
            $0.package.gains.recipient > 0 && $0.package.gains.host > 0 && $0.package.ratificationProbability >= Self.minimumRatification
        }.map { item -> Candidate in
            let p = item.package
            let headline = (p.averageAnnualTotal + item.headline) / s - 1
            let ratios = scenario.host.growthRatios(duration: p.package.duration, rule: p.package.escalation, forecast: scenario.forecast)
            let excess = ratios.map { p.package.firstYearTotal / s * $0 - 1 }.max() ?? 0
            return Candidate(package: p, linkedOptions: item.options, headlineIncrease: headline,
                             recipientMargin: headline - reference, hostMargin: -excess)
        }
        let wins = candidates.filter(\.bothWin).sorted {
            let a = $0.package.gains.recipient + $0.package.gains.host, b = $1.package.gains.recipient + $1.package.gains.host
            return a != b ? a > b : $0.package.package.firstYearTotal < $1.package.package.firstYearTotal
        }
        count = wins.count
        winners = Array(wins.prefix(Self.limit))
        closest = wins.isEmpty ? candidates.min { $0.miss < $1.miss } : nil
    }

    /// Judges the joint frontier of a linkage analysis: each point is its package with the joint
    /// utilities and gains (the package's plus its options'), its options' headline amounts and
    /// their names.
    public init(linkage: LinkageAnalysis, scenario: Scenario) {
        self.init(scenario: scenario, packages: linkage.frontier.map { o in
            var p = linkage.package(of: o)
            p.utilities = o.utilities
            p.gains = o.gains
            let chosen = linkage.options(of: o)
            return (p, chosen.reduce(0) { $0 + $1.headline }, zip(linkage.issues, chosen).map { "\($0.name): \($1.name)" })
        })
    }

    /// Judges the analysis's frontier packages (no linkage).
    public init(analysis: CostSharingAnalysis) {
        self.init(scenario: analysis.scenario, packages: analysis.frontier.map { ($0, 0, []) })
    }
}
