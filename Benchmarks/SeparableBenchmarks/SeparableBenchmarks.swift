import Benchmark
import Pareto

/// A random additive profile per party, the way linear-additive negotiation profiles are built:
/// issue weights drawn at random and normalised to sum to 1, times an evaluation in [0, 1] per option.
/// Returns `contributions[issue][option][party]`.
func additiveDomain(optionCounts: [Int], parties: Int, seed: UInt64) -> [[[Double]]] {
    var rng = SplitMix64(seed: seed)
    let weights: [[Double]] = (0..<parties).map { _ in
        let raw = optionCounts.map { _ in Double.random(in: 0..<1, using: &rng) }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }
    return optionCounts.enumerated().map { issue, count in
        (0..<count).map { _ in
            (0..<parties).map { party in weights[party][issue] * Double.random(in: 0...1, using: &rng) }
        }
    }
}

/// Opposed two-party profiles: the second party's evaluation of an option is 1 minus the first's
/// (independent issue weights). Far more outcomes are Pareto-optimal than with independent profiles.
func opposedDomain(optionCounts: [Int], seed: UInt64) -> [[[Double]]] {
    var rng = SplitMix64(seed: seed)
    let weights: [[Double]] = (0..<2).map { _ in
        let raw = optionCounts.map { _ in Double.random(in: 0..<1, using: &rng) }
        let total = raw.reduce(0, +)
        return raw.map { $0 / total }
    }
    return optionCounts.enumerated().map { issue, count in
        (0..<count).map { _ in
            let e = Double.random(in: 0...1, using: &rng)
            return [weights[0][issue] * e, weights[1][issue] * (1 - e)]
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 30)

    // (a) 11 issues, 2·2·2·2·3·4·5·5·5·9·9 = 1,944,000 outcomes, two parties.
    let elevenIssues = [3, 5, 2, 9, 4, 2, 5, 2, 9, 5, 2]
    Benchmark("Separable frontier, 11 issues, 1.94e6 outcomes, 2 parties") { benchmark in
        let problem = try SeparableProblem(
            contributions: additiveDomain(optionCounts: elevenIssues, parties: 2, seed: 11), objectives: 2)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try separableFrontier(problem)) }
    }

    // (b) 30 issues × 10 options = 1e30 outcomes, two parties.
    Benchmark("Separable frontier, 30 issues x 10 options, 1e30 outcomes, 2 parties") { benchmark in
        let problem = try SeparableProblem(
            contributions: additiveDomain(optionCounts: Array(repeating: 10, count: 30), parties: 2, seed: 30),
            objectives: 2)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try separableFrontier(problem)) }
    }

    // (b') the same with reservation values of 0.75 for both parties.
    Benchmark("Separable frontier, 30 issues x 10 options, 1e30 outcomes, 2 parties, reservation 0.75") { benchmark in
        let problem = try SeparableProblem(
            contributions: additiveDomain(optionCounts: Array(repeating: 10, count: 30), parties: 2, seed: 30),
            objectives: 2)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try separableFrontier(problem, lowerBounds: [0.75, 0.75])) }
    }

    // (b'') 30 issues × 10 options with opposed profiles: a much larger frontier.
    Benchmark("Separable frontier, 30 issues x 10 options, 1e30 outcomes, 2 opposed parties") { benchmark in
        let problem = try SeparableProblem(
            contributions: opposedDomain(optionCounts: Array(repeating: 10, count: 30), seed: 1), objectives: 2)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try separableFrontier(problem)) }
    }

    // (c) 12 issues × 10 options = 1e12 outcomes, three parties.
    Benchmark("Separable frontier, 12 issues x 10 options, 1e12 outcomes, 3 parties") { benchmark in
        let problem = try SeparableProblem(
            contributions: additiveDomain(optionCounts: Array(repeating: 10, count: 12), parties: 3, seed: 12),
            objectives: 3)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try separableFrontier(problem)) }
    }
}
