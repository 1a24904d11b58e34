/// Something in a scenario that is legal but probably not what its author meant: a field that
/// has no effect on the analysis, or a figure that sits at the edge of the grid.
///
/// The analysis collects warnings (``CostSharingAnalysis/warnings``); the `frontier` tool prints
/// each on standard error as `warning: path: message`.
public struct ScenarioWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// JSON path of the field concerned.
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates a warning.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
