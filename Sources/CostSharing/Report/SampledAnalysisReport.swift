import Foundation

extension SampledAnalysis {
    /// The JSON keys of the solutions, in report order.
    static let solutionKeys = [("nash", "nash", "Nash"), ("kalai-smorodinsky", "kalaiSmorodinsky", "Kalai–Smorodinsky"),
                               ("egalitarian", "egalitarian", "Egalitarian"), ("utilitarian", "utilitarian", "Utilitarian")]

    /// The summary as text: the design, the chance of a zone, each solution's percentiles, terms
    /// and most frequent packages, the robust frontier and how often the actual agreement is dominated.
    public func textReport(scenario: Scenario) -> String {
        let code = scenario.currency.code
        var out: [String] = []
        out.append("\(Format.count(count, "draw")) of \(scenario.name) (Latin hypercube, seed \(seed)) over "
                   + "\(Format.count(paths.count, "uncertain parameter")):")
        for path in paths { out.append("  \(path): \(Self.describe(scenario.uncertainty[path]!))") }
        out.append("")
        out.append("Zone of agreement not empty in \(Format.share(zoneProbability)) of draws.")
        if let p = actualDominatedProbability {
            out.append("The actual agreement is dominated by a frontier package in \(Format.share(p)) of draws.")
        }
        for (id, _, title) in Self.solutionKeys {
            guard let s = solutions[id] else { continue }
            guard let t = s.firstYearTotal else { out.append("\(title): never (the zone is empty in every draw)"); continue }
            let terms = s.terms.keys.sorted().map { "\(Format.count($0, "year")) \(Format.share(s.terms[$0]!, 0))" }.joined(separator: ", ")
            out.append("\(title) (\(Format.count(s.draws, "draw"))): first year 5th/50th/95th percentile "
                       + "\(Format.number(t.p5)) / \(Format.number(t.p50)) / \(Format.amount(t.p95, code)); terms \(terms)")
            for p in s.packages { out.append("    \(Format.share(p.frequency, 0))  \(p.package)") }
        }
        out.append("Robust frontier (on the frontier in at least \(Format.share(robustThreshold, 0)) of draws): "
                   + "\(Format.count(robustFrontier.count, "package"))")
        for p in robustFrontier.prefix(10) { out.append("    \(Format.share(p.frequency, 0))  \(p.package)") }
        if robustFrontier.count > 10 { out.append("    … \(robustFrontier.count - 10) more in --format json") }
        return out.joined(separator: "\n") + "\n"
    }

    static func describe(_ d: Distribution) -> String {
        switch d {
        case .uniform(let a, let b): return "uniform on \(Format.plain(a))–\(Format.plain(b))"
        case .triangular(let a, let m, let b): return "triangular \(Format.plain(a))–\(Format.plain(b)), mode \(Format.plain(m))"
        case .normal(let mean, let sd, let lo, let hi):
            return "normal, mean \(Format.plain(mean)), sd \(Format.plain(sd)), truncated to \(Format.plain(lo))–\(Format.plain(hi))"
        }
    }

    /// The summary as JSON: `kind` ("frontier-samples"), `version`, `scenario` (with its
    /// uncertainty section) and `samples`: `count`, `seed`, `design` ("latin-hypercube"),
    /// `paths`, `zoneProbability`, `solutions` (`nash`, `kalaiSmorodinsky`, `egalitarian`,
    /// `utilitarian`, each with `draws`, `firstYearTotal` {`p5`, `p50`, `p95`}, `terms` {years: share}
    /// and `packages` [{`package`, `frequency`}]), `robustFrontier` [{`package`, `probability`}],
    /// `robustThreshold` and `actualDominatedProbability`.
    /// - Throws: ``ScenarioError`` when a number cannot be written.
    public func jsonReport(scenario: Scenario) throws(ScenarioError) -> Data {
        struct Solution: Encodable {
            var draws: Int
            var firstYearTotal: Percentiles?
            var terms: [String: Double]
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
        }
        struct Document: Encodable {
            var kind = "frontier-samples"
            var version = FrontierVersion.current
            var scenario: Scenario
            var samples: Samples
        }
        var solutionDocs: [String: Solution] = [:]
        for (id, key, _) in Self.solutionKeys {
            guard let s = solutions[id] else { continue }
            solutionDocs[key] = Solution(draws: s.draws, firstYearTotal: s.firstYearTotal,
                                         terms: Dictionary(uniqueKeysWithValues: s.terms.map { (String($0.key), $0.value) }),
                                         packages: s.packages)
        }
        let doc = Document(scenario: scenario, samples: Samples(
            count: count, seed: seed, paths: paths, zoneProbability: zoneProbability, solutions: solutionDocs,
            robustFrontier: robustFrontier.map { Robust(package: $0.package, probability: $0.frequency) },
            robustThreshold: robustThreshold, actualDominatedProbability: actualDominatedProbability))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(doc) } catch {
            throw ScenarioError(path: "", message: "the samples cannot be written as JSON: \(error)")
        }
    }
}
