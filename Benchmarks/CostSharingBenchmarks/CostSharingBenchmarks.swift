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
}
