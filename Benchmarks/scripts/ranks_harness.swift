// A release-mode timing harness for `nonDominatedRanks(_:senses:)`, for peers_ranks.py
// --harness: it times the library without building the whole `frontier` tool. Not part of the
// package: build it as the one source file of an executable target that depends on Pareto and
// PointFiles (where NPYFile lives), e.g. in a scratch package whose `Sources/Pareto` and
// `Sources/PointFiles` link to this repository's and whose `Sources/rankharness/main.swift` is
// this file, with `swift build -c release --product rankharness`.
//
//     rankharness FILE.npy [RUNS]
//
// Reads the float64 .npy file, then ranks its rows RUNS times (default 1, every objective
// maximized). Each run prints `timing read_ms=… ranks_ms=… points=… fronts=…` on stderr (the
// line `frontier pareto FILE --ranks --timing` prints); the ranks of the last run are printed
// on stdout as `index,rank` CSV, as the tool does.
import Foundation
import Pareto
import PointFiles

let arguments = CommandLine.arguments
guard arguments.count >= 2, let runs = arguments.count > 2 ? Int(arguments[2]) : 1, runs >= 1 else {
    FileHandle.standardError.write(Data("usage: rankharness FILE.npy [RUNS]\n".utf8))
    exit(2)
}
func milliseconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }
do {
    let start = milliseconds()
    let file = try NPYFile(contentsOf: arguments[1])
    let readMs = milliseconds() - start
    var ranks: [Int] = []
    for _ in 0..<runs {
        let before = milliseconds()
        ranks = try nonDominatedRanks(file.points)
        let ms = milliseconds() - before
        let fronts = (ranks.max() ?? -1) + 1
        FileHandle.standardError.write(Data(
            "timing read_ms=\(readMs) ranks_ms=\(ms) points=\(file.points.count) fronts=\(fronts)\n".utf8))
    }
    var out = "index,rank\n"
    out.reserveCapacity(ranks.count * 12)
    for (i, r) in ranks.enumerated() { out += "\(i),\(r)\n" }
    FileHandle.standardOutput.write(Data(out.utf8))
} catch {
    FileHandle.standardError.write(Data("rankharness: \(error)\n".utf8))
    exit(1)
}
