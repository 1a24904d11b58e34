/// A built-in scenario, calibrated from the domain brief's sourced figures.
///
/// ```swift
/// for preset in Preset.all { print(preset.name, preset.summary) }
/// let scenario = try Preset.named("sma-2020").scenario
/// ```
public struct Preset: Sendable {
    /// Identifier, e.g. `"sma-2020"`.
    public let name: String
    /// One-line description.
    public let summary: String
    /// The scenario.
    public let scenario: Scenario

    /// Every preset, oldest round first.
    public static let all: [Preset] = [.sma2009, .sma2014, .sma2019, .sma2020, .sma2021, .sma2024, .sma2026, .japan2022]

    /// The preset analysed when none is named.
    public static let defaultName = "sma-2020"

    /// The preset called `name`.
    /// - Throws: ``ScenarioError`` listing the known names when there is none.
    public static func named(_ name: String) throws(ScenarioError) -> Preset {
        guard let p = all.first(where: { $0.name == name }) else {
            throw ScenarioError(path: "preset", message: "unknown preset \"\(name)\"; expected one of: "
                                + all.map(\.name).joined(separator: ", "))
        }
        return p
    }
}
