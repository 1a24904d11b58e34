import Benchmark
import Foundation
import Pareto

/// Seeded benchmark data, maximize all objectives.
enum BenchmarkData {
    /// U[0, 1]^d.
    static func uniform(count n: Int, dimensions d: Int, seed: UInt64 = 1) -> PointSet {
        var rng = SplitMix64(seed: seed)
        return try! PointSet(dimensions: d, values: (0..<(n * d)).map { _ in Double.random(in: 0..<1, using: &rng) })
    }

    /// |N(0, I)| normalised to unit length, times (1 − 0.01·U): points within 1% of the
    /// positive orthant of the unit sphere, most of them non-dominated.
    static func concave(count n: Int, dimensions d: Int, seed: UInt64 = 2) -> PointSet {
        var rng = SplitMix64(seed: seed)
        var values = [Double](repeating: 0, count: n * d)
        for i in 0..<n {
            var norm = 0.0
            for j in 0..<d {
                let u1 = Double.random(in: Double.ulpOfOne..<1, using: &rng)
                let u2 = Double.random(in: 0..<1, using: &rng)
                let g = abs((-2 * log(u1)).squareRoot() * cos(2 * .pi * u2))
                values[i * d + j] = g
                norm += g * g
            }
            let scale = (1 - 0.01 * Double.random(in: 0..<1, using: &rng)) / norm.squareRoot()
            for j in 0..<d { values[i * d + j] *= scale }
        }
        return try! PointSet(dimensions: d, values: values)
    }
}

let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 15
    )
    let cases: [(d: Int, n: Int, label: String)] = [
        (2, 10_000, "1e4"), (2, 1_000_000, "1e6"), (2, 10_000_000, "1e7"),
        (3, 10_000, "1e4"), (3, 1_000_000, "1e6"),
        (4, 10_000, "1e4"), (4, 1_000_000, "1e6"),
    ]
    // Calibration: one plain pass summing the 2·10⁷ values of the largest input, the floor
    // for any exact filter that has to read every value.
    Benchmark("baseline: sum of all values d=2 n=1e7", configuration: configuration) { benchmark, points in
        for _ in benchmark.scaledIterations {
            blackHole(points.values.reduce(0, +))
        }
    } setup: {
        BenchmarkData.uniform(count: 10_000_000, dimensions: 2)
    }
    for (d, n, label) in cases {
        for shape in ["uniform", "concave"] {
            let make = { shape == "uniform" ? BenchmarkData.uniform(count: n, dimensions: d)
                                            : BenchmarkData.concave(count: n, dimensions: d) }
            // The headline sizes also run on one core, to show what the split buys.
            let coreCounts = n >= 1_000_000 ? [true, false] : [true]
            for parallel in coreCounts {
                Benchmark(
                    "nonDominatedIndices d=\(d) n=\(label) \(shape)\(parallel ? "" : " 1 core")",
                    configuration: configuration
                ) { benchmark, points in
                    for _ in benchmark.scaledIterations {
                        blackHole(try! nonDominatedIndices(points, parallel: parallel))
                    }
                } setup: {
                    make()
                }
            }
        }
    }
    // Hypervolume against the origin (every point of both shapes beats it), at the sizes of
    // Benchmarks/scripts/peers_hypervolume.py.
    let hypervolumeCases: [(d: Int, n: Int, label: String)] = [
        (2, 1_000_000, "1e6"), (3, 100_000, "1e5"), (4, 10_000, "1e4"), (5, 500, "500"), (6, 200, "200"),
    ]
    for (d, n, label) in hypervolumeCases {
        for shape in ["uniform", "concave"] {
            Benchmark("hypervolume d=\(d) n=\(label) \(shape)", configuration: configuration) { benchmark, points in
                let reference = [Double](repeating: 0, count: d)
                for _ in benchmark.scaledIterations {
                    blackHole(try! hypervolume(points, reference: reference))
                }
            } setup: {
                shape == "uniform" ? BenchmarkData.uniform(count: n, dimensions: d)
                                   : BenchmarkData.concave(count: n, dimensions: d)
            }
        }
    }
    // Non-dominated sorting: the peer comparison's four cases (n = 10⁵) plus a smaller and a
    // larger size, and more objectives.
    let rankCases: [(d: Int, n: Int, label: String)] = [
        (2, 100_000, "1e5"), (2, 1_000_000, "1e6"),
        (3, 10_000, "1e4"), (3, 100_000, "1e5"), (3, 1_000_000, "1e6"),
        (4, 10_000, "1e4"), (4, 100_000, "1e5"),
        (5, 100_000, "1e5"), (6, 10_000, "1e4"),
    ]
    for (d, n, label) in rankCases {
        for shape in ["uniform", "concave"] {
            Benchmark("nonDominatedRanks d=\(d) n=\(label) \(shape)", configuration: configuration) { benchmark, points in
                for _ in benchmark.scaledIterations {
                    blackHole(try! nonDominatedRanks(points))
                }
            } setup: {
                shape == "uniform" ? BenchmarkData.uniform(count: n, dimensions: d)
                                   : BenchmarkData.concave(count: n, dimensions: d)
            }
        }
    }
}
