// The 2019–20 US–ROK cost-sharing talks (the "$5 billion" round), analysed end to end:
// every candidate package of the sma-2020 preset, the Pareto frontier, the zone of possible
// agreement, the Nash and Kalai–Smorodinsky packages, and the 11th SMA as actually concluded.
//
//     swift run -c release SMA2020
import CostSharing

let scenario = Preset.sma2020.scenario
do {
    let analysis = try CostSharingAnalysis(scenario: scenario)
    print(analysis.textReport())
    let t = analysis.timings
    print(String(format: "Stages: features %.3f s, utilities %.3f s, frontier %.3f s, solutions %.3f s",
                 t.features, t.utilities, t.frontier, t.solutions))
} catch {
    print("error: \(error)")
}
