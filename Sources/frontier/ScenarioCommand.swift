import ArgumentParser
import CostSharing
import Foundation

/// `frontier scenario NAME`: prints a preset as JSON, to edit and analyse with `frontier analyze FILE`.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Print a built-in scenario as editable JSON."
    )

    @Argument(help: "Preset name (see `frontier presets`).")
    var name: String = Preset.defaultName

    func run() throws {
        do {
            let preset = try Preset.named(name)
            FileHandle.standardOutput.write(try preset.scenario.encodedJSON())
            print()
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
