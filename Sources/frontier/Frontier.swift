import ArgumentParser

/// `frontier`: Pareto-frontier analysis of two-party cost-sharing negotiations.
///
/// Each subcommand lives in its own file; this one only lists them.
@main
struct Frontier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier",
        abstract: "Pareto frontiers, bargaining solutions and cost-sharing negotiation analysis.",
        subcommands: [
            Analyze.self,
            Presets.self,
            ScenarioCommand.self,
            ParetoCommand.self,
            HypervolumeCommand.self,
            IndicatorCommand.self,
            GeniusCommand.self,
            Calibrate.self,
            Serve.self,
        ],
        defaultSubcommand: Analyze.self
    )

    /// Parses the command line and runs the subcommand. A ``CommandFailure`` from any subcommand
    /// is printed here, as `frontier: error: <message>` on standard error, and exits with status
    /// 2; everything else (usage errors, help, `ExitCode`) is ArgumentParser's to print.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            writeStandardError("frontier: error: \(failure.message)\n")
            exit(withError: ExitCode(CommandFailure.exitStatus))
        } catch {
            exit(withError: error)
        }
    }
}
