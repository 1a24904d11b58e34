import ArgumentParser
import Pareto
import PointFiles

/// `frontier pareto FILE`: prints the non-dominated rows of a point file, or with `--ranks` the
/// non-domination rank of every row.
struct ParetoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pareto",
        abstract: "Print the Pareto-optimal (non-dominated) rows of a .npy or CSV point file, or every row's rank.",
        discussion: """
            FILE is a NumPy .npy array of shape (points, objectives), float64 or float32, or a \
            CSV file with one numeric column per objective and an optional header line. Output \
            rows keep the input order; 'index' is the 0-based data row. Bad input prints one \
            line on standard error and exits with status 2.

            With --ranks, every row is printed with its non-domination rank instead: 0 for the \
            non-dominated rows, 1 for those non-dominated once rank 0 is removed, and so on \
            (equal rows share a rank). CSV output is 'index,rank', one line per row; JSON is \
            {"points": n, "fronts": k, "ranks": [r0, r1, ...]}.
            """
    )

    @Argument(help: "The point file (.npy, or CSV with an optional header line).")
    var file: String

    @OptionGroup var options: PointFileOptions

    @Option(help: ArgumentHelp("Output format: csv or json.", valueName: "format"))
    var format: Choice<OutputFormat> = Choice(.csv)

    @Flag(help: "Print every row's non-domination rank (0 = non-dominated) instead of the frontier rows.")
    var ranks = false

    @Flag(help: """
        Print one line on standard error: 'timing read_ms=… frontier_ms=… points=… frontier=…', \
        or with --ranks 'timing read_ms=… ranks_ms=… points=… fronts=…'.
        """)
    var timing = false

    @Option(help: ArgumentHelp(
        "Compute the frontier (or the ranks) this many times in one process; with --timing, the time printed is the median.",
        valueName: "count"))
    var `repeat`: Int = 1

    func run() throws {
        guard `repeat` >= 1 else {
            throw CommandFailure("--repeat: expected a count of at least 1, found \(`repeat`)")
        }
        let outputFormat = try format.resolved(option: "--format", kind: "format")

        let readStart = ContinuousClock.now
        let input = try options.read(file)
        let readTime = ContinuousClock.now - readStart

        let points = input.points
        let senses = try options.senses(dimensions: points.dimensions, file: file)

        var out = StandardOutput()
        let timingLine: String
        if ranks {
            let (ranks, time) = try measure { () throws(ParetoError) in try nonDominatedRanks(points, senses: senses) }
            let fronts = (ranks.max() ?? -1) + 1
            switch outputFormat {
            case .csv: ParetoCommand.writeRanksCSV(ranks, to: &out)
            case .json: ParetoCommand.writeRanksJSON(ranks, fronts: fronts, to: &out)
            }
            timingLine = "timing read_ms=\(milliseconds(readTime)) ranks_ms=\(milliseconds(time)) "
                + "points=\(points.count) fronts=\(fronts)\n"
        } else {
            let (indices, time) = try measure { () throws(ParetoError) in try nonDominatedIndices(points, senses: senses) }
            switch outputFormat {
            case .csv: ParetoCommand.writeCSV(points, indices: indices, names: input.columnNames, to: &out)
            case .json: ParetoCommand.writeJSON(points, indices: indices, names: input.columnNames, to: &out)
            }
            timingLine = "timing read_ms=\(milliseconds(readTime)) frontier_ms=\(milliseconds(time)) "
                + "points=\(points.count) frontier=\(indices.count)\n"
        }
        out.flush()
        if timing { writeStandardError(timingLine) }
    }

    /// Runs `body` `repeat` times; returns its last result and the median time.
    private func measure<R>(_ body: () throws(ParetoError) -> R) throws -> (R, Duration) {
        var result: R?
        var times: [Duration] = []
        for _ in 0..<`repeat` {
            let start = ContinuousClock.now
            do {
                result = try body()
            } catch {
                throw CommandFailure("\(file): \(error.description)")
            }
            times.append(ContinuousClock.now - start)
        }
        return (result!, times.sorted()[times.count / 2])
    }

    static func writeCSV(_ points: PointSet, indices: [Int], names: [String], to out: inout StandardOutput) {
        out.write((["index"] + names).joined(separator: ",") + "\n")
        let d = points.dimensions
        points.values.withUnsafeBufferPointer { v in
            for i in indices {
                out.write(String(i))
                for j in 0..<d {
                    out.write(",")
                    out.write(v[i * d + j])
                }
                out.write("\n")
            }
        }
    }

    static func writeJSON(_ points: PointSet, indices: [Int], names: [String], to out: inout StandardOutput) {
        let d = points.dimensions
        let columns = names.map(jsonString).joined(separator: ", ")
        out.write("{\"points\": \(points.count), \"dimensions\": \(d), \"columns\": [\(columns)], \"frontier\": [")
        points.values.withUnsafeBufferPointer { v in
            for (position, i) in indices.enumerated() {
                out.write(position == 0 ? "\n  " : ",\n  ")
                out.write("{\"index\": \(i), \"values\": [")
                for j in 0..<d {
                    if j > 0 { out.write(", ") }
                    out.write(v[i * d + j])
                }
                out.write("]}")
            }
        }
        out.write(indices.isEmpty ? "]}\n" : "\n]}\n")
    }

    /// `index,rank`, then one line per row.
    static func writeRanksCSV(_ ranks: [Int], to out: inout StandardOutput) {
        out.write("index,rank\n")
        for (i, r) in ranks.enumerated() { out.write("\(i),\(r)\n") }
    }

    /// `{"points": n, "fronts": k, "ranks": [r0, r1, …]}`.
    static func writeRanksJSON(_ ranks: [Int], fronts: Int, to out: inout StandardOutput) {
        out.write("{\"points\": \(ranks.count), \"fronts\": \(fronts), \"ranks\": [")
        for (i, r) in ranks.enumerated() { out.write(i == 0 ? "\(r)" : ", \(r)") }
        out.write("]}\n")
    }
}

/// A duration in milliseconds with three decimals, e.g. `12.345`.
func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let micros = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    let whole = micros / 1000, fraction = micros % 1000
    let padded = String(fraction)
    return "\(whole)." + String(repeating: "0", count: 3 - padded.count) + padded
}
