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
}
