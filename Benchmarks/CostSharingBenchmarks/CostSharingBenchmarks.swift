import Benchmark
import CostSharing

// The default preset (sma-2020, about 0.9 million candidate packages) end to end, and its first two
// stages alone. Run with:
//   swift package --allow-writing-to-package-directory benchmark --target CostSharingBenchmarks
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        maxDuration: .seconds(20),
        maxIterations: 10
    )
    let scenario = Preset.sma2020.scenario

    Benchmark("sma-2020 end to end: features, utilities, frontier, solutions, text report",
              configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                let analysis = try CostSharingAnalysis(scenario: scenario)
                blackHole(analysis.textReport())
            } catch {
                fatalError("sma-2020 failed: \(error)")
            }
        }
    }

    Benchmark("sma-2020 features and utilities (one matrix product)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                let candidates = try CandidateSet(scenario: scenario)
                let model = UtilityModel(scenario: scenario)
                blackHole(try model.utilities(of: candidates.features))
            } catch { fatalError("\(error)") }
        }
    }

    Benchmark("sma-2020 end to end with JSON report and both SVG plots", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            do {
                let analysis = try CostSharingAnalysis(scenario: scenario)
                blackHole(try analysis.jsonReport())
                blackHole(analysis.utilitySpaceSVG())
                blackHole(analysis.domainSVG())
            } catch {
                fatalError("sma-2020 failed: \(error)")
            }
        }
    }

    // Uncertainty: the preset's uncertainty section, K draws by the many-draw engine against ten
    // single analyses of drawn scenarios (the first ten draws of the same design), in one run.
    // The speed-up for K draws is (ten singles / 10 · K) / (K draws).
    let sampling = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                           maxDuration: .seconds(60), maxIterations: 5)
    let uncertain = Preset.sma2020.scenario
    precondition(!uncertain.uncertainty.isEmpty, "sma-2020 has an uncertainty section")
    Benchmark("sma-2020 ten single analyses at drawn parameters", configuration: sampling) { benchmark in
        let paths = uncertain.uncertainty.keys.sorted()
        let design = latinHypercube(count: 200, dimensions: paths.count, seed: 1).prefix(10)
        var certain = uncertain
        certain.uncertainty = [:]
        let drawn = try! design.map { point in
            try certain.setting(zip(paths, point).map { (path: $0.0, value: uncertain.uncertainty[$0.0]!.quantile($0.1)) })
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for s in drawn { blackHole(try! CostSharingAnalysis(scenario: s)) }
        }
    }
    for k in [200, 1000] {
        Benchmark("sma-2020 samples K=\(k) (many-draw engine)", configuration: sampling) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try! SampledAnalysis(scenario: uncertain, count: k, seed: 1))
            }
        }
    }

    // Calibration: the five SMA rounds with agreements, four free parameters, leave-one-out
    // (six fits), as `frontier calibrate --free … --leave-one-out` runs it.
    Benchmark("calibration, 5 rounds, 4 free parameters, leave-one-out", configuration: sampling) { benchmark in
        let rounds = ["sma-2009", "sma-2014", "sma-2019", "sma-2021", "sma-2024"].map { try! Preset.named($0).scenario }
        let paths = ["recipient.headlineWeight", "host.growthPenalty", "recipient.lossAversion", "host.ratification.midpointIncrease"]
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try! CalibrationStudy(rounds: rounds, paths: paths, leaveOneOut: true))
        }
    }
}
