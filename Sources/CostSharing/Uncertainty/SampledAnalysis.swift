import Foundation

/// Many analyses of one scenario, its uncertain parameters drawn from the scenario's
/// `uncertainty` section by a Latin hypercube design, summarised: how likely a zone of agreement
/// is, where each solution falls, which packages stay on the frontier, how often the actual
/// agreement is dominated, and which parameters move the result most (the tornado table).
///
/// Each draw sets every uncertain parameter to its distribution's quantile at the design's
/// coordinate and gets the figures a ``CostSharingAnalysis`` of that drawn scenario gives
/// (frontier, zone, reservation totals, the four solutions, the actual agreement's place),
/// computed by the many-draw engine (``DrawEngine``: one product for a block of draws' linear
/// terms, and a frontier search over the compositions' values instead of every row). The same
/// seed gives the same summary, whatever the number of threads.
///
/// ```swift
/// var s = Preset.sma2020.scenario
/// s.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.5, high: 1)]
/// let sampled = try SampledAnalysis(scenario: s, count: 50, seed: 1)
/// sampled.zoneProbability
/// ```
/// - Complexity: `count` draws, each O(C log C + F·P log(F·P)) for C compositions, F of them
///   on the compositions' value frontier and P (total, term) pairs (``FactoredSearch``).
public struct SampledAnalysis: Sendable {
    /// Percentiles of a solution's first-year total over the draws that have the solution.
    public struct Percentiles: Sendable, Hashable, Codable {
        public var p5: Double
        public var p50: Double
        public var p95: Double
    }

    /// How one solution falls over the draws.
    public struct SolutionSummary: Sendable, Hashable, Codable {
        /// Draws in which the solution exists (the zone is not empty).
        public var draws: Int
        /// Percentiles of its first-year total; `nil` when it never exists.
        public var firstYearTotal: Percentiles?
        /// Share of those draws by term in years.
        public var terms: [Int: Double]
        /// Share of those draws by escalation rule (its description, e.g. "CPI, cap 4%").
        public var rules: [String: Double]
        /// The packages chosen most often (at most five), with their frequency among those draws.
        public var packages: [PackageFrequency]
    }

    /// A package and how often it was chosen or on the frontier.
    public struct PackageFrequency: Sendable, Hashable, Codable {
        public var package: Package
        public var frequency: Double
    }

    /// One draw's solution in utility space (for the spread plot).
    public struct SolutionPoint: Sendable, Hashable {
        /// The draw's index.
        public var draw: Int
        /// Solution id (`nash`, `kalai-smorodinsky`, `egalitarian`, `utilitarian`).
        public var solution: String
        /// Each side's gain over its no-deal utility, in previous-agreement years per year.
        public var gains: PartyPair<Double>
        /// The package's first-year total.
        public var firstYearTotal: Double
    }

    /// One draw's headline figures (a row of the CSV report).
    public struct DrawFigures: Sendable, Hashable {
        /// Packages in the zone of agreement.
        public var zoneCount: Int
        /// First-year totals of the four solutions; `nil` when the zone is empty.
        public var nash: Double?, kalaiSmorodinsky: Double?, egalitarian: Double?, utilitarian: Double?
        /// Each side's reservation total; `nil` when it accepts no package.
        public var recipientReservation: Double?, hostReservation: Double?
        /// Whether a frontier package dominates the actual agreement; `nil` without one.
        public var actualDominated: Bool?
        /// Whether the draw's grid was widened to span both reservation totals.
        public var widened: Bool
    }

    /// Number of draws.
    public let count: Int
    /// The design's seed.
    public let seed: UInt64
    /// The uncertain parameters, in path order.
    public let paths: [String]
    /// The uncertainty section's strategy inputs (under `bargaining` or `linkedIssues`), not drawn:
    /// they do not move the analysis's figures.
    public let strategyPaths: [String]
    /// The drawn values, one row per draw, columns in ``paths`` order.
    public let draws: [[Double]]
    /// Share of draws with a non-empty zone of agreement.
    public let zoneProbability: Double
    /// Per solution id (`nash`, `kalai-smorodinsky`, `egalitarian`, `utilitarian`).
    public let solutions: [String: SolutionSummary]
    /// Packages on the frontier in at least ``robustThreshold`` of the draws, most frequent first.
    public let robustFrontier: [PackageFrequency]
    /// Every package on the frontier in at least one draw, with the share of draws it is on it
    /// (its probability of being Pareto-optimal), most frequent first.
    public let frontierFrequency: [PackageFrequency]
    /// The share of draws a package must be on the frontier to count as robust.
    public let robustThreshold: Double
    /// Share of draws in which a frontier package dominates the actual agreement; `nil` without one.
    public let actualDominatedProbability: Double?
    /// Every draw's solutions in utility space (gains over no deal), in draw order.
    public let solutionPoints: [SolutionPoint]
    /// The tornado table, largest swing first (``TornadoBar``).
    public let tornado: [TornadoBar]
    /// The figures with every uncertain parameter at its median: the tornado chart's centre.
    public let tornadoBaseline: TornadoBar.Figures
    /// Draws whose zone reached the grid's edge, so that their grid was widened.
    public let widenedDraws: Int
    /// Every draw's headline figures, in draw order.
    public let drawFigures: [DrawFigures]

    /// The most draws one call runs.
    public static let maximumCount = 100_000

    /// Runs `count` draws and the tornado table.
    /// - Parameters:
    ///   - threads: Workers for the draws; by default the active processor count. The result
    ///     does not depend on it.
    ///   - progress: Updated after every block of draws and checked for cancellation before each;
    ///     a cancelled run throws ``ScenarioError`` with ``AnalysisProgress/cancelledMessage``.
    /// - Throws: ``ScenarioError`` when the scenario has no `uncertainty` section, `count` is not
    ///   in `1...maximumCount`, the threshold is outside `0...1`, or a draw's analysis fails.
    public init(scenario: Scenario, count: Int, seed: UInt64, robustThreshold: Double = 0.9,
                threads: Int? = nil, progress: AnalysisProgress? = nil) throws(ScenarioError) {
        guard !scenario.uncertainty.isEmpty else {
            throw ScenarioError(path: "uncertainty", message: "sampling needs an uncertainty section (parameter paths with distributions)")
        }
        guard count >= 1, count <= Self.maximumCount else {
            throw ScenarioError(path: "", message: "the number of samples must be between 1 and \(Self.maximumCount), found \(count)")
        }
        guard robustThreshold.isFinite, robustThreshold >= 0, robustThreshold <= 1 else {
            throw ScenarioError(path: "", message: "the robust-frontier threshold must be between 0 and 1, found \(robustThreshold)")
        }
        self.count = count
        self.seed = seed
        self.robustThreshold = robustThreshold
        // The strategy inputs (`bargaining`, `linkedIssues`) do not enter a single analysis's
        // figures: they are ranged for the record but not drawn.
        let paths = scenario.uncertainty.keys.sorted().filter { !Scenario.isStrategyPath($0) }
        strategyPaths = scenario.uncertainty.keys.sorted().filter(Scenario.isStrategyPath)
        guard !paths.isEmpty else {
            throw ScenarioError(path: "uncertainty", message: "every path of the uncertainty section is a strategy input, which the sampled analysis does not use")
        }
        self.paths = paths
        let distributions = paths.map { scenario.uncertainty[$0]! }
        progress?.update(fraction: 0, stage: "preparing \(count) draws")
        let design = latinHypercube(count: count, dimensions: paths.count, seed: seed)
        let draws = design.map { point in zip(distributions, point).map { $0.quantile($1) } }
        self.draws = draws
        let engine = try DrawEngine(scenario: scenario, paths: paths,
                                    threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)

        var zones = 0, dominated = 0, widened = 0
        var chosen: [String: [PackageOutcome]] = [:]
        var onFrontier: [Package: Int] = [:]
        var points: [SolutionPoint] = []
        var figures: [DrawFigures] = []
        figures.reserveCapacity(count)
        // Progress counts the draws and then the tornado table's 2·P + 1 evaluations.
        let evaluations = count + 2 * paths.count + 1
        try engine.evaluate(draws, progress: progress, of: evaluations) { i, a in
            figures.append(DrawFigures(
                zoneCount: a.zone.count, nash: a.solutions.nash?.package.firstYearTotal,
                kalaiSmorodinsky: a.solutions.kalaiSmorodinsky?.package.firstYearTotal,
                egalitarian: a.solutions.egalitarian?.package.firstYearTotal, utilitarian: a.solutions.utilitarian?.package.firstYearTotal,
                recipientReservation: a.zone.reservationTotals.recipient?.total, hostReservation: a.zone.reservationTotals.host?.total,
                actualDominated: a.actual.map { $0.dominatedBy > 0 }, widened: a.widened))
            if a.zone.count > 0 { zones += 1 }
            if a.widened { widened += 1 }
            for (id, _, o) in a.solutions.all {
                guard let o else { continue }
                chosen[id, default: []].append(o)
                points.append(SolutionPoint(draw: i, solution: id, gains: o.gains, firstYearTotal: o.package.firstYearTotal))
            }
            for p in Set(a.frontier.map(\.package)) { onFrontier[p, default: 0] += 1 }
            if let actual = a.actual, actual.dominatedBy > 0 { dominated += 1 }
        }
        widenedDraws = widened
        drawFigures = figures
        solutionPoints = points
        zoneProbability = Double(zones) / Double(count)
        actualDominatedProbability = scenario.actual == nil ? nil : Double(dominated) / Double(count)
        var summaries: [String: SolutionSummary] = [:]
        for (id, _, _) in BargainingSolutions().all {
            let outcomes = chosen[id] ?? []
            let totals = outcomes.map(\.package.firstYearTotal).sorted()
            var terms: [Int: Double] = [:]
            var rules: [String: Double] = [:]
            for o in outcomes {
                terms[o.package.duration, default: 0] += 1 / Double(outcomes.count)
                rules["\(o.package.escalation)", default: 0] += 1 / Double(outcomes.count)
            }
            var counts: [Package: Int] = [:]
            for o in outcomes { counts[o.package, default: 0] += 1 }
            let top = Self.byFrequency(counts).prefix(5)
            summaries[id] = SolutionSummary(
                draws: outcomes.count,
                firstYearTotal: totals.isEmpty ? nil : Percentiles(p5: Self.percentile(totals, 0.05), p50: Self.percentile(totals, 0.5),
                                                                  p95: Self.percentile(totals, 0.95)),
                terms: terms, rules: rules,
                packages: top.map { PackageFrequency(package: $0.key, frequency: Double($0.value) / Double(outcomes.count)) })
        }
        solutions = summaries
        let frequencies = Self.byFrequency(onFrontier)
        frontierFrequency = frequencies.map { PackageFrequency(package: $0.key, frequency: Double($0.value) / Double(count)) }
        robustFrontier = frequencies.filter { Double($0.value) >= robustThreshold * Double(count) - 1e-9 }
            .map { PackageFrequency(package: $0.key, frequency: Double($0.value) / Double(count)) }
        (tornadoBaseline, tornado) = try TornadoBar.table(engine: engine, distributions: distributions, progress: progress, done: count)
    }

    /// The `p`-quantile of sorted values by linear interpolation between order statistics
    /// (Hyndman and Fan's type 7, the default of R and NumPy).
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "percentile of no values")
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    /// Packages by decreasing count, ties in a deterministic order: by total, then term, then
    /// the rest as text (each package's text made once, not once per comparison).
    /// - Complexity: O(n log n) comparisons for n packages.
    static func byFrequency(_ counts: [Package: Int]) -> [(key: Package, value: Int)] {
        let entries = Array(counts)
        let text = entries.map { e in "\(e.key) \(e.key.escalation) \(e.key.coreShares) \(e.key.extraSplit)" }
        return entries.indices.sorted { i, j in
            let a = entries[i], b = entries[j]
            if a.value != b.value { return a.value > b.value }
            if a.key.firstYearTotal != b.key.firstYearTotal { return a.key.firstYearTotal < b.key.firstYearTotal }
            if a.key.duration != b.key.duration { return a.key.duration < b.key.duration }
            return text[i] < text[j]
        }.map { entries[$0] }
    }
}
