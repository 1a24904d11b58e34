import ArgumentParser
import Pareto
import PointFiles

/// `frontier indicator METRIC FILE --reference-set FILE2`: one quality indicator of a point file
/// against a reference set.
struct IndicatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator",
        abstract: "Print a quality indicator (IGD, IGD+, additive or multiplicative epsilon) of a point file against a reference set.",
        discussion: """
            FILE (the approximation set A) and the reference set R are read as by 'frontier \
            pareto' and must have the same number of columns. The value is printed alone on one \
            line; lower is better for all four. igd: mean over R of the Euclidean distance to the \
            nearest row of A. igd+: the same, counting only the objectives where the row of A is \
            worse. epsilon-additive: the smallest amount by which A must improve in every \
            objective to weakly dominate R. epsilon-multiplicative: the same as a factor (every \
            value must be > 0). Note that --sense defaults to max, while moocore minimizes by \
            default. Bad input prints one line on standard error and exits with status 2.
            """
    )

    @Argument(help: ArgumentHelp("The indicator: igd, igd+, epsilon-additive or epsilon-multiplicative.",
                                 valueName: "metric"))
    var metric: ParetoCommand.Choice<QualityIndicator>

    @Argument(help: "The approximation set: a point file (.npy, or CSV with an optional header line).")
    var file: String

    @Option(help: ArgumentHelp("The reference set: a point file with the same columns.", valueName: "file"))
    var referenceSet: String

    @OptionGroup var options: PointFileOptions

    @Flag(help: "Print one line 'timing read_ms=… indicator_ms=… points=… reference_points=…' on standard error.")
    var timing = false

    func run() throws {
        let metric = try self.metric.resolved(option: "metric", kind: "indicator")
        let readStart = ContinuousClock.now
        let approximation = try options.read(file).points
        let reference = try options.read(referenceSet).points
        let readTime = ContinuousClock.now - readStart

        guard approximation.dimensions == reference.dimensions else {
            throw CommandFailure(
                "\(file) has \(approximation.dimensions) columns but the reference set \(referenceSet) has \(reference.dimensions); both need the same columns")
        }
        if approximation.isEmpty { throw CommandFailure("\(file): no data rows (the approximation set needs at least one)") }
        if reference.isEmpty { throw CommandFailure("\(referenceSet): no data rows (the reference set needs at least one)") }
        let senses = try options.senses(dimensions: approximation.dimensions, file: file)

        let start = ContinuousClock.now
        let value: Double
        do {
            value = try metric.value(of: approximation, referenceSet: reference, senses: senses)
        } catch let .nonPositive(set, row, column, bad) {
            let path = set == "reference set" ? referenceSet : file
            throw CommandFailure(
                "\(path): row \(row), column \(column) (0-based): value \(bad) is not positive; epsilon-multiplicative needs every value > 0")
        } catch {
            throw CommandFailure("\(file): \(error.description)")
        }
        let elapsed = ContinuousClock.now - start

        var out = StandardOutput()
        out.write(value.description + "\n")
        out.flush()
        if timing {
            writeStandardError("timing read_ms=\(milliseconds(readTime)) indicator_ms=\(milliseconds(elapsed)) "
                + "points=\(approximation.count) reference_points=\(reference.count)\n")
        }
    }
}
