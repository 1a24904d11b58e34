import Benchmark
import LinearAlgebra

/// Products n×k · k×m by both kernels, to choose the rule in `Matrix.multiplied(by:method:)`:
/// tall-skinny shapes (the feature-matrix × weights product is n×8 · 8×2), the edge of the
/// small-dimension rule (k or m = 16 and 32), and square products.
///
/// Run: swift package --allow-writing-to-package-directory benchmark --target LinearAlgebraBenchmarks
let benchmarks: @Sendable () -> Void = {
    let shapes: [(n: Int, k: Int, m: Int)] = [
        (10_000_000, 8, 2),
        (1_000_000, 8, 2),
        (1_000_000, 2, 2),
        (1_000_000, 16, 16),
        (1_000_000, 32, 2),
        (1_000_000, 8, 32),
        (10_000, 8, 2),
        (1_000, 4, 4),
        (16, 16, 16),
        (64, 64, 64),
        (256, 256, 256),
        (203, 14, 512),   // the many-draw engine's product: 203 compositions × 14, a block of 256 draws
    ]
    for shape in shapes {
        var rng = SplitMix64Lite(seed: UInt64(shape.n &* 31 &+ shape.k &* 7 &+ shape.m))
        let a = try! Matrix(rows: shape.n, columns: shape.k,
                            columnMajor: (0..<(shape.n * shape.k)).map { _ in rng.nextUnit() })
        let b = try! Matrix(rows: shape.k, columns: shape.m,
                            columnMajor: (0..<(shape.k * shape.m)).map { _ in rng.nextUnit() })
        let big = shape.n * shape.k >= 10_000_000
        for method in [MatrixProductMethod.blas, .smallInnerLoop] {
            Benchmark(
                "product \(shape.n)x\(shape.k) * \(shape.k)x\(shape.m) \(method.rawValue)",
                configuration: .init(
                    metrics: [.wallClock],
                    warmupIterations: 1,
                    maxDuration: .seconds(big ? 3 : 1),
                    maxIterations: big ? 5 : 200
                )
            ) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try! a.multiplied(by: b, method: method))
                }
            }
        }
    }

    // The many-draw engine's product against a square one, BLAS only: the units of the sma-2020
    // preset's 203 compositions over 7 categories (203×14) times the money weights of a block
    // of 256 draws (14×512), and a square 2000×2000 product. Throughput = 2·n·k·m / time.
    for shape in [(n: 203, k: 14, m: 512), (n: 2000, k: 2000, m: 2000)] {
        var rng = SplitMix64Lite(seed: UInt64(shape.n &* 31 &+ shape.k &* 7 &+ shape.m))
        let a = try! Matrix(rows: shape.n, columns: shape.k, columnMajor: (0..<(shape.n * shape.k)).map { _ in rng.nextUnit() })
        let b = try! Matrix(rows: shape.k, columns: shape.m, columnMajor: (0..<(shape.k * shape.m)).map { _ in rng.nextUnit() })
        let square = shape.n == 2000
        Benchmark("throughput \(shape.n)x\(shape.k) * \(shape.k)x\(shape.m) blas",
                  configuration: .init(metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(square ? 30 : 2),
                                       maxIterations: square ? 5 : 1000)) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try! a.multiplied(by: b, method: .blas)) }
        }
    }
}

/// A tiny seeded generator so the benchmark does not depend on `Pareto`.
struct SplitMix64Lite {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func nextUnit() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) * 0x1p-53
    }
}
