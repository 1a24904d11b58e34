// A release-mode timing harness for `hypervolume(_:reference:senses:)`, for
// peers_hypervolume.py --harness until `frontier hypervolume … --timing` is available (and to
// time the library without the tool). Not part of the package: build it as the one source file
// of an executable target that depends on Pareto (and PointFiles, where NPYFile lives), e.g. in
// a scratch package whose `Sources/Pareto` and `Sources/PointFiles` link to this repository's
// and whose `Sources/hvharness/main.swift` is this file, with
// `swift build -c release --product hvharness`.
//
//     hvharness FILE.npy r1,r2,… [RUNS]
//
// Reads the float64 .npy file, then computes its hypervolume against the reference point RUNS
// times (default 1, all objectives maximized). Each run prints
// `timing read_ms=… hypervolume_ms=… points=…` on stderr (the line `frontier hypervolume
// --timing` prints); the value is printed on stdout.
import Foundation
import Pareto
#if canImport(PointFiles)
import PointFiles   // NPYFile, once the readers live in their own module
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 3, let runs = arguments.count > 3 ? Int(arguments[3]) : 1 else {
    FileHandle.standardError.write(Data("usage: hvharness FILE.npy r1,r2,... [RUNS]\n".utf8))
    exit(2)
}
func milliseconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }
do {
    let start = milliseconds()
    let file = try NPYFile(contentsOf: arguments[1])
    let readMs = milliseconds() - start
    let reference = try arguments[2].split(separator: ",").map { text -> Double in
        guard let value = Double(text) else { throw ParetoError.invalidArgument("reference: \(text) is not a number") }
        return value
    }
    var value = 0.0
    for _ in 0..<runs {
        let before = milliseconds()
        value = try hypervolume(file.points, reference: reference)
        let ms = milliseconds() - before
        FileHandle.standardError.write(Data("timing read_ms=\(readMs) hypervolume_ms=\(ms) points=\(file.points.count)\n".utf8))
    }
    print(value)
} catch {
    FileHandle.standardError.write(Data("hvharness: \(error)\n".utf8))
    exit(1)
}
