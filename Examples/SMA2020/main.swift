// The 2019–20 US–ROK cost-sharing talks (the "$5 billion" round), analysed end to end:
// every candidate package of the sma-2020 preset, the Pareto frontier, the zone of possible
// agreement, the bargaining solutions, and the 11th SMA as actually concluded. Then two
// one-parameter sweeps (`ParameterSweep`, the library side of `frontier analyze --sweep`): the
// US's headline weight, and the yearly cost of alliance friction to the US, two of the least
// certain parameters. Last, 200 draws of the preset's whole uncertainty section
// (`SampledAnalysis`, the library side of `frontier analyze --samples`): how likely a zone of
// agreement is, where the solutions fall, and the tornado table.
//
//     swift run -c release SMA2020
import CostSharing

let scenario = Preset.sma2020.scenario
do {
    let analysis = try CostSharingAnalysis(scenario: scenario)
    print(analysis.textReport())
    let t = analysis.timings
    print(String(format: "Stages: features %.3f s, utilities %.3f s, frontier %.3f s, solutions %.3f s\n",
                 t.features, t.utilities, t.frontier, t.solutions))

    // noDeal.consequences[2] is the alliance friction of the impasse (0.2 a year for each side).
    for (path, values) in [("recipient.headlineWeight", [0.25, 0.5, 0.75, 1.0]),
                           ("noDeal.consequences[2].recipientCostPerYear", [0.0, 0.2, 0.4, 0.8])] {
        let sweep = try ParameterSweep(scenario: scenario, path: path, values: values)
        print(sweep.textReport(scenario: scenario))
    }

    let sampled = try SampledAnalysis(scenario: scenario, count: 200, seed: 1)
    print(sampled.textReport(scenario: scenario))
} catch {
    print("error: \(error)")
}
