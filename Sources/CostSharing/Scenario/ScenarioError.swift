/// A problem with a scenario file: where it is (a JSON path such as
/// `host.retainedValue.labor.cash`, or `grid` for the whole grid) and what was expected.
///
/// ```swift
/// ScenarioError(path: "grid.escalations[1].cap", message: "must be a yearly rate between 0 and 0.3 (0.04 is 4%), found 5").description
/// // "grid.escalations[1].cap: must be a yearly rate between 0 and 0.3 (0.04 is 4%), found 5"
/// ```
public struct ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// JSON path of the offending value; empty for the document as a whole.
    public var path: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or just the message for the whole document.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
