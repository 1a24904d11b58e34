import ArgumentParser
import Pareto
import PointFiles

/// `frontier hypervolume FILE --reference r1,r2,…`: the hypervolume of a point file, or every
/// row's exclusive contribution.
struct HypervolumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hypervolume",
        abstract: "Print the hypervolume of a .npy or CSV point file, or each row's exclusive contribution.",
        discussion: """
            FILE is read as by 'frontier pareto'. The hypervolume is the measure of the region \
            the rows dominate, bounded by the reference point; it is printed alone on one line as \
            the shortest decimal that reads back as the same double. With --contributions, the \
            output is CSV 'index,contribution' with one line per input row (0-based index): how \
            much the hypervolume shrinks when that row alone is removed. Dominated rows and every \
            copy of a repeated row contribute 0. A row that does not strictly beat the reference \
            in every objective is not an error: it covers nothing and contributes 0. Bad input \
            prints one line on standard error and exits with status 2.
            """
    )

    @Argument(help: "The point file (.npy, or CSV with an optional header line).")
    var file: String

    @Option(help: ArgumentHelp(
        "The reference point, one value per column in the columns' own units, e.g. 0,0,0 (negative values: --reference=-1,-1).",
        valueName: "values"))
    var reference: String

    @OptionGroup var options: PointFileOptions

    @Flag(help: "Print each row's exclusive contribution as CSV 'index,contribution' instead of the hypervolume.")
    var contributions = false

    @Flag(help: """
        With --contributions: drop strictly dominated rows before computing the others' \
        contributions (moocore's default), instead of counting the space they cover.
        """)
    var ignoreDominated = false

    @Flag(help: "Print one line 'timing read_ms=… hypervolume_ms=… points=…' on standard error.")
    var timing = false

    func run() throws {
        if ignoreDominated && !contributions {
            throw CommandFailure("--ignore-dominated: only applies with --contributions")
        }
        let readStart = ContinuousClock.now
        let input = try options.read(file)
        let readTime = ContinuousClock.now - readStart

        let points = input.points
        let senses = try options.senses(dimensions: points.dimensions, file: file)
        let referencePoint = try HypervolumeCommand.parseReference(reference, dimensions: points.dimensions, file: file)

        let start = ContinuousClock.now
        var out = StandardOutput()
        do {
            if contributions {
                let values = try hypervolumeContributions(
                    points, reference: referencePoint, senses: senses,
                    dominated: ignoreDominated ? .ignored : .included)
                let elapsed = ContinuousClock.now - start
                out.write("index,contribution\n")
                for (i, value) in values.enumerated() {
                    out.write("\(i),"); out.write(value); out.write("\n")
                }
                out.flush()
                reportTiming(read: readTime, compute: elapsed, points: points.count)
            } else {
                let value = try hypervolume(points, reference: referencePoint, senses: senses)
                let elapsed = ContinuousClock.now - start
                out.write(value.description + "\n")
                out.flush()
                reportTiming(read: readTime, compute: elapsed, points: points.count)
            }
        } catch {
            throw CommandFailure("\(file): \(error.description)")
        }
    }

    private func reportTiming(read: Duration, compute: Duration, points: Int) {
        guard timing else { return }
        writeStandardError("timing read_ms=\(milliseconds(read)) hypervolume_ms=\(milliseconds(compute)) points=\(points)\n")
    }

    /// Parses `r1,r2,…`: one finite number per column of `file`.
    static func parseReference(_ text: String, dimensions: Int, file: String) throws -> [Double] {
        let entries = text.split(separator: ",", omittingEmptySubsequences: false)
        guard entries.count == dimensions else {
            throw CommandFailure(
                "--reference: \(entries.count) values given, but \(file) has \(dimensions) columns (give one value per column)")
        }
        var values: [Double] = []
        for (position, entry) in entries.enumerated() {
            let trimmed = entry.filter { $0 != " " }
            guard let value = Double(trimmed) else {
                throw CommandFailure("--reference: entry \(position + 1) is '\(trimmed)', not a number")
            }
            guard value.isFinite else {
                throw CommandFailure("--reference: entry \(position + 1) is '\(trimmed)', not a finite number")
            }
            values.append(value)
        }
        return values
    }
}
