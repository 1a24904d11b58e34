// A tour of the Pareto module: points, dominance, the non-dominated filter, reading points from
// CSV text, and bargaining solutions on the frontier.
//
// Run: swift run ParetoTour
import Pareto
import PointFiles

func format(_ values: some Sequence<Double>) -> String {
    "(" + values.map { String(Double(Int(($0 * 1000).rounded())) / 1000) }.joined(separator: ", ") + ")"
}

// 1. A seeded cloud of 2,000 candidate agreements for two parties. Each point is a point
//    (u, √(1 − u²)) of the quarter circle scaled by a random "efficiency" in [0.5, 1]: the
//    efficient agreements lie near the quarter circle of radius 1.
/// Any `RandomNumberGenerator` will do; this small seeded one (SplitMix, Steele, Lea & Flood
/// 2014) makes the tour print the same numbers on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
var rng = SeededGenerator(state: 2026)
var rows: [[Double]] = []
for _ in 0..<2_000 {
    let u = Double.random(in: 0...1, using: &rng)
    let efficiency = Double.random(in: 0.5...1, using: &rng)
    rows.append([efficiency * u, efficiency * (1 - u * u).squareRoot()])
}
let cloud = try PointSet(rows: rows)
print("1. \(cloud.count) candidate agreements, \(cloud.dimensions) parties")

// 2. Dominance between two points: better for one party and no worse for the other.
print("2. dominance([0.6, 0.5], [0.4, 0.5]) = \(dominance([0.6, 0.5], [0.4, 0.5]))")
print("   dominance([0.6, 0.5], [0.5, 0.6]) = \(dominance([0.6, 0.5], [0.5, 0.6]))")

// 3. The Pareto frontier: the agreements no other agreement dominates (both maximized).
let frontierIndices = try nonDominatedIndices(cloud)
let frontier = cloud.subset(frontierIndices)
print("3. \(frontier.count) agreements are Pareto-optimal; sorted by party 1's utility:")
let byFirst = (0..<frontier.count).sorted { frontier[$0, 0] < frontier[$1, 0] }
for k in byFirst.prefix(3) { print("   row \(frontierIndices[k]): \(format(frontier.point(k)))") }
print("   …")
for k in byFirst.suffix(3) { print("   row \(frontierIndices[k]): \(format(frontier.point(k)))") }

// 4. Senses: minimize the first objective (a cost), maximize the second (a benefit).
let options = try CSVPointFile(text: """
    cost,benefit
    10,5
    12,7
    11,4
    15,7
    9,2
    """, name: "options.csv")
let cheapAndGood = try nonDominatedIndices(options.points, senses: [.minimize, .maximize])
print("4. \(options.columnNames) with senses [min, max]: non-dominated rows \(cheapAndGood)")
// Row 2 (11, 4) is dominated by row 0 (10, 5); row 3 (15, 7) by row 1 (12, 7).

// 5. Bargaining on the frontier. Without a deal each party gets 0.2.
let problem = try BargainingProblem(utilities: frontier, disagreement: [0.2, 0.2])
print("5. \(problem.individuallyRational.count) frontier agreements are individually rational;"
      + " ideal point \(format(problem.ideal ?? []))")
let solutions: [(String, BargainingProblem.Solution?)] = [
    ("Nash (max product of gains)", problem.nash()),
    ("Kalai–Smorodinsky (max min relative gain)", problem.kalaiSmorodinsky()),
    ("egalitarian (max min gain)", problem.egalitarian()),
    ("utilitarian (max sum)", problem.utilitarian()),
]
for (name, solution) in solutions {
    guard let solution else { print("   \(name): none"); continue }
    print("   \(name): cloud row \(frontierIndices[solution.index]), utilities \(format(solution.utilities)),"
          + " gains \(format(solution.gains))")
}

// 6. Non-dominated sorting: the frontier is the first layer, the frontier of the rest the next, …
let ranks = try nonDominatedRanks(cloud)
let layers = Dictionary(grouping: ranks, by: { $0 }).mapValues(\.count).sorted { $0.key < $1.key }
print("6. \(layers.count) non-dominated layers; the first five: "
      + layers.prefix(5).map { "rank \($0.key): \($0.value) points" }.joined(separator: ", "))

// 7. Hypervolume: the area the frontier dominates above the reference point (0, 0); the whole
//    quarter disc of radius 1 would give π/4 ≈ 0.785.
let area = try hypervolume(frontier, reference: [0, 0])
print("7. hypervolume of the frontier above (0, 0): \(Double(Int((area * 10_000).rounded())) / 10_000)")
