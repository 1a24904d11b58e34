import Foundation

extension SampledAnalysis {
    /// The JSON keys of the solutions, in report order.
    static let solutionKeys = [("nash", "nash", "Nash"), ("kalai-smorodinsky", "kalaiSmorodinsky", "Kalai–Smorodinsky"),
                               ("egalitarian", "egalitarian", "Egalitarian"), ("utilitarian", "utilitarian", "Utilitarian")]

    /// The summary as text: the design, the chance of a zone, each solution's percentiles, terms
    /// and most frequent packages, the robust frontier, how often the actual agreement is
    /// dominated, and the tornado table.
    public func textReport(scenario: Scenario) -> String {
        let code = scenario.currency.code
        var out: [String] = []
        out.append("\(Format.count(count, "draw")) of \(scenario.name) (Latin hypercube, seed \(seed)) over "
                   + "\(Format.count(paths.count, "uncertain parameter")):")
        for path in paths { out.append("  \(path): \(Self.describe(scenario.uncertainty[path]!))") }
        if !strategyPaths.isEmpty {
            out.append("  (not drawn: \(strategyPaths.joined(separator: ", ")), inputs of the strategy section only)")
        }
        if widenedDraws > 0 {
            out.append("  (\(Format.count(widenedDraws, "draw")) had a zone reaching the grid's edge and were analysed on a widened grid)")
        }
        out.append("")
        out.append("Zone of agreement not empty in \(Format.share(zoneProbability)) of draws.")
        if let p = actualDominatedProbability {
            out.append("The actual agreement is dominated by a frontier package in \(Format.share(p)) of draws.")
        }
        for (id, _, title) in Self.solutionKeys {
            guard let s = solutions[id] else { continue }
            guard let t = s.firstYearTotal else { out.append("\(title): never (the zone is empty in every draw)"); continue }
            let terms = s.terms.keys.sorted().map { "\(Format.count($0, "year")) \(Format.share(s.terms[$0]!, 0))" }.joined(separator: ", ")
            let rules = s.rules.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \(Format.share($0.value, 0))" }.joined(separator: ", ")
            out.append("\(title) (\(Format.count(s.draws, "draw"))): first year 5th/50th/95th percentile "
                       + "\(Format.number(t.p5)) / \(Format.number(t.p50)) / \(Format.amount(t.p95, code)); terms \(terms); rules \(rules)")
            for p in s.packages { out.append("    \(Format.share(p.frequency, 0))  \(p.package)") }
        }
        out.append("Robust frontier (on the frontier in at least \(Format.share(robustThreshold, 0)) of draws): "
                   + "\(Format.count(robustFrontier.count, "package"))")
        for p in robustFrontier.prefix(10) { out.append("    \(Format.share(p.frequency, 0))  \(p.package)") }
        if robustFrontier.count > 10 { out.append("    … \(robustFrontier.count - 10) more in --format json") }
        out.append("")
        out.append(contentsOf: tornadoLines(scenario: scenario))
        return out.joined(separator: "\n") + "\n"
    }

    /// The tornado table as text lines.
    func tornadoLines(scenario: Scenario) -> [String] {
        let names = scenario.partyNames
        func total(_ x: Double?) -> String { x.map { Format.number($0) } ?? "none" }
        func figures(_ f: TornadoBar.Figures) -> String {
            "Nash \(total(f.nashTotal)), \(names.recipient) ≥ \(total(f.recipientReservation)), \(names.host) ≤ \(total(f.hostReservation))"
        }
        var out = ["Tornado (each parameter at its 5th and 95th percentile, the others at their medians; first-year totals in "
                   + "\(scenario.currency.code)): with every parameter at its median, \(figures(tornadoBaseline))"]
        for bar in tornado {
            let swing = bar.zoneFlips ? "the zone appears or disappears" : "swing \(Format.number(bar.swing))"
            out.append("  \(bar.path) (\(swing))")
            out.append("    at \(Format.plain(bar.low.value ?? .nan)): \(figures(bar.low))")
            out.append("    at \(Format.plain(bar.high.value ?? .nan)): \(figures(bar.high))")
        }
        return out
    }

    static func describe(_ d: Distribution) -> String {
        switch d {
        case .uniform(let a, let b): return "uniform on \(Format.plain(a))–\(Format.plain(b))"
        case .triangular(let a, let m, let b): return "triangular \(Format.plain(a))–\(Format.plain(b)), mode \(Format.plain(m))"
        case .normal(let mean, let sd, let lo, let hi):
            return "normal, mean \(Format.plain(mean)), sd \(Format.plain(sd)), truncated to \(Format.plain(lo))–\(Format.plain(hi))"
        }
    }

    /// One row per draw as CSV: `draw`, the drawn value of every path (in ``paths`` order),
    /// `zoneCount`, the four solutions' first-year totals (`nash`, `kalaiSmorodinsky`,
    /// `egalitarian`, `utilitarian`; empty when the zone is empty), `recipientReservation`,
    /// `hostReservation` (empty when that side accepts nothing), `actualDominated` (`true`,
    /// `false`, or empty without an actual agreement) and `widened`.
    public func csvReport() -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        func number(_ x: Double?) -> String { x.map { "\($0)" } ?? "" }
        var lines = [(["draw"] + paths.map(field) + ["zoneCount", "nash", "kalaiSmorodinsky", "egalitarian", "utilitarian",
                                                     "recipientReservation", "hostReservation", "actualDominated", "widened"])
            .joined(separator: ",")]
        for (i, f) in drawFigures.enumerated() {
            let cells = ["\(i)"] + draws[i].map { "\($0)" } + ["\(f.zoneCount)", number(f.nash), number(f.kalaiSmorodinsky),
                number(f.egalitarian), number(f.utilitarian), number(f.recipientReservation), number(f.hostReservation),
                f.actualDominated.map { "\($0)" } ?? "", "\(f.widened)"]
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary as JSON: every field of the single analysis's report at the scenario's stated
    /// values (``CostSharingAnalysis/jsonReport()``, without `timings`, so that the output is the
    /// same byte for byte on every run), plus `samples`: `count`, `seed`, `design`
    /// ("latin-hypercube"), `paths`, `zoneProbability`, `solutions` (`nash`, `kalaiSmorodinsky`,
    /// `egalitarian`, `utilitarian`, each with `draws`, `firstYearTotal` {`p5`, `p50`, `p95`},
    /// `terms` {years: share}, `rules` {escalation rule: share} and `packages` [{`package`, `frequency`}]), `robustFrontier`
    /// [{`package`, `probability`}], `robustThreshold`, `actualDominatedProbability`, `tornado`
    /// [{`path`, `low`, `high` (each {`value`, `nashTotal`, `recipientReservation`,
    /// `hostReservation`}), `swing`, `zoneFlips`}], `tornadoBaseline` and `widenedDraws`.
    /// - Parameter analysis: The single analysis of the same scenario (the stated values).
    /// - Throws: ``ScenarioError`` when a number cannot be written.
    public func jsonReport(analysis: CostSharingAnalysis) throws(ScenarioError) -> Data {
        struct Solution: Encodable {
            var draws: Int
            var firstYearTotal: Percentiles?
            var terms: [String: Double]
            var rules: [String: Double]
            var packages: [PackageFrequency]
        }
        struct Robust: Encodable { var package: Package; var probability: Double }
        struct Samples: Encodable {
            var count: Int, seed: UInt64, design = "latin-hypercube", paths: [String]
            var zoneProbability: Double
            var solutions: [String: Solution]
            var robustFrontier: [Robust]
            var robustThreshold: Double
            var actualDominatedProbability: Double?
            var tornado: [TornadoBar]
            var tornadoBaseline: TornadoBar.Figures
            var widenedDraws: Int
        }
        struct Document: Encodable {
            var analysis: AnalysisDocument
            var samples: Samples
            enum Key: String, CodingKey { case samples }
            func encode(to encoder: any Encoder) throws {
                try analysis.encode(to: encoder)
                var c = encoder.container(keyedBy: Key.self)
                try c.encode(samples, forKey: .samples)
            }
        }
        var solutionDocs: [String: Solution] = [:]
        for (id, key, _) in Self.solutionKeys {
            guard let s = solutions[id] else { continue }
            solutionDocs[key] = Solution(draws: s.draws, firstYearTotal: s.firstYearTotal,
                                         terms: Dictionary(uniqueKeysWithValues: s.terms.map { (String($0.key), $0.value) }),
                                         rules: s.rules,
                                         packages: s.packages)
        }
        let doc = Document(analysis: AnalysisDocument(analysis, timings: false), samples: Samples(
            count: count, seed: seed, paths: paths, zoneProbability: zoneProbability, solutions: solutionDocs,
            robustFrontier: robustFrontier.map { Robust(package: $0.package, probability: $0.frequency) },
            robustThreshold: robustThreshold, actualDominatedProbability: actualDominatedProbability,
            tornado: tornado, tornadoBaseline: tornadoBaseline, widenedDraws: widenedDraws))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(doc) } catch {
            throw ScenarioError(path: "", message: "the samples cannot be written as JSON: \(error)")
        }
    }
}
