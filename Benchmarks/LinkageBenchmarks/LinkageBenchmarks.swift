import Benchmark
import CostSharing
import Pareto

// Issue linkage on the default preset (sma-2020, about 0.9 million candidate packages): the
// analysis with five linked issues of ten options each (10⁵ option combinations per package)
// against the same analysis without them. The goal is under 2× the time without linkage. Run with:
//   swift package --allow-writing-to-package-directory benchmark --target LinkageBenchmarks --filter "linkage.*"
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        maxDuration: .seconds(30),
        maxIterations: 10
    )
    let plain = Preset.sma2020.scenario
    var linked = plain
    linked.linkedIssues = randomIssues(count: 5, options: 10, previousTotal: plain.previousTotal, seed: 2026)

    Benchmark("linkage: sma-2020 analysis without linkage", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                blackHole(try CostSharingAnalysis(scenario: plain))
            } catch {
                fatalError("sma-2020 failed: \(error)")
            }
        }
    }

    Benchmark("linkage: sma-2020 analysis with linkage, 5 issues × 10 options", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                let analysis = try CostSharingAnalysis(scenario: linked)
                blackHole(LinkageAnalysis(analysis: analysis))
            } catch {
                fatalError("sma-2020 with linkage failed: \(error)")
            }
        }
    }

    Benchmark("linkage: the linkage step alone, 5 issues × 10 options", configuration: configuration) { benchmark in
        let analysis = try! CostSharingAnalysis(scenario: linked)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(LinkageAnalysis(analysis: analysis))
        }
    }
}

/// `count` issues of `options` options: a status-quo option worth nothing, then options that
/// mostly trade one side's gain for the other's cost (the harder case: a larger joint frontier),
/// each up to 0.3 previous totals a year, from a fixed seed.
func randomIssues(count: Int, options: Int, previousTotal s: Double, seed: UInt64) -> [LinkedIssue] {
    var rng = SplitMix64(seed: seed)
    return (0..<count).map { k in
        var list = [LinkedIssue.Option(name: "none", value: PartyPair(recipient: 0, host: 0))]
        for j in 1..<options {
            let us = Double.random(in: -0.3...0.3, using: &rng) * s
            let korea = -us * Double.random(in: 0.5...1.5, using: &rng) + Double.random(in: -0.1...0.1, using: &rng) * s
            list.append(LinkedIssue.Option(name: "option \(j)", value: PartyPair(recipient: us, host: korea),
                                           headline: Double.random(in: 0...1, using: &rng) * s))
        }
        return LinkedIssue(name: "issue \(k)", source: "benchmark: random values, seed \(seed)", options: list)
    }
}
