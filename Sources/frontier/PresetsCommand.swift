import ArgumentParser
import CostSharing

/// `frontier presets`: lists the built-in scenarios.
struct Presets: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "presets",
        abstract: "List the built-in cost-sharing scenarios."
    )

    func run() {
        let width = Preset.all.map(\.name.count).max() ?? 0
        for p in Preset.all {
            let mark = p.name == Preset.defaultName ? " (default)" : ""
            print(p.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + p.summary + mark)
        }
    }
}
