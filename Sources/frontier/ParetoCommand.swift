import ArgumentParser
import Pareto
import PointFiles

/// `frontier pareto FILE`: prints the non-dominated rows of a point file.
struct ParetoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pareto",
        abstract: "Print the Pareto-optimal (non-dominated) rows of a .npy or CSV point file.",
        discussion: """
            FILE is a NumPy .npy array of shape (points, objectives), float64 or float32, or a \
            CSV file with one numeric column per objective and an optional header line. Output \
            rows keep the input order; 'index' is the 0-based data row. Bad input prints one \
            line on standard error and exits with status 2.
            """
    )

    @Argument(help: "The point file (.npy, or CSV with an optional header line).")
    var file: String

    @Option(help: ArgumentHelp(
        "Objective senses: 'max' or 'min' for every column, or one per column, e.g. max,min,max.",
        valueName: "senses"))
    var sense: String = "max"

    @Option(help: ArgumentHelp("Output format: csv or json.", valueName: "format"))
    var format: String = "csv"

    @Flag(inversion: .prefixedNo,
          help: "For CSV input: the first line is (--header) or is not (--no-header) a header; detected when omitted.")
    var header: Bool?

    @Option(help: ArgumentHelp(
        "For CSV input: the longest line accepted, in bytes (default 1048576); a longer line is refused before it is read in full.",
        valueName: "bytes"))
    var maxLineBytes: Int = PointFileLimits.defaultMaximumCSVLineBytes

    @Flag(help: "Print one line 'timing read_ms=… frontier_ms=… points=… frontier=…' on standard error.")
    var timing = false

    @Option(help: ArgumentHelp(
        "Compute the frontier this many times in one process; with --timing, frontier_ms is the median.",
        valueName: "count"))
    var `repeat`: Int = 1

    func run() throws {
        guard `repeat` >= 1 else {
            throw CommandFailure("--repeat: expected a count of at least 1, found \(`repeat`)")
        }
        guard maxLineBytes >= 1 else {
            throw CommandFailure("--max-line-bytes: expected a byte count of at least 1, found \(maxLineBytes)")
        }
        guard let outputFormat = OutputFormat(rawValue: format.lowercased()) else {
            throw CommandFailure("--format: unknown format '\(format)' (expected csv or json)")
        }

        let readStart = ContinuousClock.now
        let input: PointFile
        do {
            let csvHeader: CSVPointFile.Header = header.map { $0 ? .present : .absent } ?? .automatic
            input = try PointFile(contentsOf: file, csvHeader: csvHeader,
                                  limits: PointFileLimits(maximumCSVLineBytes: maxLineBytes))
        } catch {
            throw CommandFailure(error.description)
        }
        let readTime = ContinuousClock.now - readStart

        let points = input.points
        let senses = try ParetoCommand.parseSenses(sense, dimensions: points.dimensions, file: file)

        var indices: [Int] = []
        var times: [Duration] = []
        for _ in 0..<`repeat` {
            let frontierStart = ContinuousClock.now
            do {
                indices = try nonDominatedIndices(points, senses: senses)
            } catch {
                throw CommandFailure("\(file): \(error.description)")
            }
            times.append(ContinuousClock.now - frontierStart)
        }
        let frontierTime = times.sorted()[times.count / 2]

        var out = StandardOutput()
        switch outputFormat {
        case .csv: ParetoCommand.writeCSV(points, indices: indices, names: input.columnNames, to: &out)
        case .json: ParetoCommand.writeJSON(points, indices: indices, names: input.columnNames, to: &out)
        }
        out.flush()

        if timing {
            let line = "timing read_ms=\(milliseconds(readTime)) frontier_ms=\(milliseconds(frontierTime)) "
                + "points=\(points.count) frontier=\(indices.count)\n"
            writeStandardError(line)
        }
    }

    /// The two output formats.
    enum OutputFormat: String {
        case csv, json
    }

    /// Parses `max`, `min` or a comma-separated list with one entry per column.
    static func parseSenses(_ text: String, dimensions: Int, file: String) throws -> [ObjectiveSense] {
        var senses: [ObjectiveSense] = []
        for (position, word) in text.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let trimmed = word.trimmingSpaces().lowercased()
            switch trimmed {
            case "max", "maximize", "maximise": senses.append(.maximize)
            case "min", "minimize", "minimise": senses.append(.minimize)
            default:
                throw CommandFailure(
                    "--sense: entry \(position + 1) is '\(trimmed)'; expected 'max' or 'min'")
            }
        }
        if senses.count == 1 { return Array(repeating: senses[0], count: dimensions) }
        guard senses.count == dimensions else {
            throw CommandFailure(
                "--sense: \(senses.count) senses given, but \(file) has \(dimensions) columns (give one sense, or one per column)")
        }
        return senses
    }

    static func writeCSV(_ points: PointSet, indices: [Int], names: [String], to out: inout StandardOutput) {
        out.write((["index"] + names).joined(separator: ",") + "\n")
        let d = points.dimensions
        points.values.withUnsafeBufferPointer { v in
            for i in indices {
                var line = String(i)
                for j in 0..<d {
                    line += ","
                    line += v[i * d + j].description
                }
                line += "\n"
                out.write(line)
            }
        }
    }

    static func writeJSON(_ points: PointSet, indices: [Int], names: [String], to out: inout StandardOutput) {
        let d = points.dimensions
        let columns = names.map(jsonString).joined(separator: ", ")
        out.write("{\"points\": \(points.count), \"dimensions\": \(d), \"columns\": [\(columns)], \"frontier\": [")
        points.values.withUnsafeBufferPointer { v in
            for (position, i) in indices.enumerated() {
                var item = position == 0 ? "\n  " : ",\n  "
                item += "{\"index\": \(i), \"values\": ["
                for j in 0..<d {
                    if j > 0 { item += ", " }
                    item += v[i * d + j].description
                }
                item += "]}"
                out.write(item)
            }
        }
        out.write(indices.isEmpty ? "]}\n" : "\n]}\n")
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

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
