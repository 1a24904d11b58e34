// The 2019–20 US–ROK cost-sharing talks (the "$5 billion" round), analysed end to end:
// every candidate package of the sma-2020 preset, the Pareto frontier, the zone of possible
// agreement, the bargaining solutions, and the 11th SMA as actually concluded. Then a small
// sensitivity run: how the result moves with the US's cost of the impasse and its headline
// weight, two of the least certain parameters.
//
//     swift run -c release SMA2020
import CostSharing
import Foundation

let scenario = Preset.sma2020.scenario
do {
    let analysis = try CostSharingAnalysis(scenario: scenario)
    print(analysis.textReport())
    let t = analysis.timings
    print(String(format: "Stages: features %.3f s, utilities %.3f s, frontier %.3f s, solutions %.3f s\n",
                 t.features, t.utilities, t.frontier, t.solutions))

    print("Sensitivity (first-year totals in bn KRW; the previous total is 1,038.9):")
    print("US impasse cost ×  headline η   zone packages   zone totals          Nash total   KS total")
    for scale in [0.5, 1.0, 2.0] {
        for eta in [1.0, 0.5] {
            var s = scenario
            s.noDeal.consequences = s.noDeal.consequences.map { var c = $0; c.recipientCostPerYear *= scale; return c }
            s.recipient.headlineWeight = eta
            let a = try CostSharingAnalysis(scenario: s)
            let zone = a.zone.minimumTotal.map { lo in String(format: "%7.1f–%7.1f", lo, a.zone.maximumTotal!) } ?? "      (empty)    "
            let nash = a.solutions.nash.map { String(format: "%7.1f", $0.package.firstYearTotal) } ?? "      —"
            let ks = a.solutions.kalaiSmorodinsky.map { String(format: "%7.1f", $0.package.firstYearTotal) } ?? "      —"
            print(String(format: "%14.1f     %8.1f   %13d   ", scale, eta, a.zone.count) + zone + "    " + nash + "      " + ks)
        }
    }
} catch {
    print("error: \(error)")
}
