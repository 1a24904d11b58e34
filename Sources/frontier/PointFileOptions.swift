import ArgumentParser
import Pareto
import PointFiles

/// The options every command that reads point files shares (`pareto`, `hypervolume`,
/// `indicator`): the objectives' senses and how CSV input is read.
struct PointFileOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Objective senses: 'max' or 'min' for every column, or one per column, e.g. max,min,max.",
        valueName: "senses"))
    var sense: ParetoCommand.SenseList = .maximizeAll

    @Flag(inversion: .prefixedNo,
          help: "For CSV input: the first line of a file is (--header) or is not (--no-header) a header; detected when omitted.")
    var header: Bool?

    @Option(help: ArgumentHelp(
        "For CSV input: the longest line accepted, in bytes (default 1048576); a longer line is refused before it is read in full.",
        valueName: "bytes"))
    var maxLineBytes: Int = PointFileLimits.defaultMaximumCSVLineBytes

    /// Reads the point file at `path` under these options, turning reader errors into the
    /// one-line report (it names the file, and the line and column where there is one).
    func read(_ path: String) throws -> PointFile {
        guard maxLineBytes >= 1 else {
            throw CommandFailure("--max-line-bytes: expected a byte count of at least 1, found \(maxLineBytes)")
        }
        do {
            let csvHeader: CSVPointFile.Header = header.map { $0 ? .present : .absent } ?? .automatic
            return try PointFile(contentsOf: path, csvHeader: csvHeader,
                                 limits: PointFileLimits(maximumCSVLineBytes: maxLineBytes))
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// One sense per column of `file`'s `dimensions` columns.
    func senses(dimensions: Int, file: String) throws -> [ObjectiveSense] {
        try sense.senses(dimensions: dimensions, file: file)
    }
}
