import Genius
/// Why a cost-sharing scenario could not be exported as a GENIUS domain.
///
/// Its ``description`` is one line, ready to print:
///
/// ```
/// sma-2020: exporting all candidates would give 1250000 packages, more than the limit of 10000; export the frontier, or raise the limit
/// ```
public struct CostSharingExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Sendable, Equatable {
        /// The selection holds more packages than the limit allows. `count` is the number of
        /// selected packages plus one when the scenario records an actual agreement (which may
        /// turn out to be one of them; the size check does not look).
        case tooManyPackages(selection: CostSharingExportSelection, count: Int, limit: Int)
        /// A file could not be written (the Genius writer's error).
        case unwritable(GeniusError)
    }

    /// The scenario's name.
    public let scenario: String
    /// What went wrong.
    public let problem: Problem

    /// Creates an error.
    public init(scenario: String, problem: Problem) {
        self.scenario = scenario
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case let .tooManyPackages(selection, count, limit):
            let what = selection == .all ? "all candidates" : "the frontier"
            let advice = selection == .all ? "export the frontier, or raise the limit" : "raise the limit"
            return "\(scenario): exporting \(what) would give \(count) packages, more than the limit of \(limit); \(advice)"
        case let .unwritable(error):
            return "\(scenario): \(error.description)"
        }
    }
}
