import Foundation

/// A one-parameter sweep: the analysis rerun with one numeric parameter set to each of a list
/// of values, and what each run concludes (the question analysts ask first: "what if the US
/// headline weight were 0.5?").
///
/// ```swift
/// let sweep = try ParameterSweep(scenario: Preset.sma2020.scenario, path: "recipient.headlineWeight",
///                                values: Steps(from: 0.5, through: 1, step: 0.25).values)
/// sweep.rows.map { $0.zoneCount }   // packages in the zone at η = 0.5, 0.75, 1
/// ```
///
/// Each value is written into the scenario's JSON at `path` and the scenario is read back and
/// validated, so any numeric parameter can be swept and a value outside its valid range is an
/// error naming the path. Each value gets the figures a full ``CostSharingAnalysis`` gives (grid
/// widening included), computed by the many-draw engine of ``SampledAnalysis`` on both cores.
///
/// - Complexity: k evaluations for k values (see ``SampledAnalysis`` for one's cost).
public struct ParameterSweep: Sendable {
    /// What one value gives.
    public struct Row: Sendable, Hashable, Codable {
        /// The parameter's value.
        public var value: Double
        /// Packages in the zone of agreement.
        public var zoneCount: Int
        /// Whether the zone of agreement is empty.
        public var zoneEmpty: Bool
        /// The zone's smallest and largest first-year totals, `nil` when it is empty.
        public var zoneTotals: ClosedRangeOfTotals?
        /// Each side's reservation total.
        public var reservationTotals: PartyPair<Double?>
        /// Nash's and Kalai–Smorodinsky's packages, `nil` when the zone is empty.
        public var nash: Package?
        public var kalaiSmorodinsky: Package?
        /// Whether a figure of this run sits at the grid's edge.
        public var atGridEdge: Bool
    }

    /// The smallest and largest first-year totals of a zone.
    public struct ClosedRangeOfTotals: Sendable, Hashable, Codable {
        public var minimum: Double
        public var maximum: Double
    }

    /// The swept parameter's JSON path.
    public let path: String
    /// The parameter's value in the scenario as given.
    public let baseline: Double
    /// One row per value, in the order given.
    public let rows: [Row]

    /// The most values one sweep runs.
    public static let maximumValues = 1000

    /// Runs the sweep.
    /// - Throws: ``ScenarioError`` when `path` names no numeric field, a value makes the
    ///   scenario invalid (with the path and the value), or there are no or too many values.
    public init(scenario: Scenario, path: String, values: [Double]) throws(ScenarioError) {
        guard !values.isEmpty else { throw ScenarioError(path: path, message: "a sweep needs at least one value") }
        guard values.count <= Self.maximumValues else {
            throw ScenarioError(path: path, message: "a sweep of \(values.count) values is more than the \(Self.maximumValues) allowed")
        }
        guard !Scenario.isStrategyPath(path) else {
            throw ScenarioError(path: path, message: "is a strategy input: the sweep reruns the analysis, which it does not change "
                                + "(the strategy section reads it; analyse the scenario with each value instead)")
        }
        self.path = path
        baseline = try scenario.number(at: path)
        var certain = scenario
        certain.uncertainty = [:]
        let engine = try DrawEngine(scenario: certain, paths: [path], threads: ProcessInfo.processInfo.activeProcessorCount)
        var rows: [Row] = []
        do {
            try engine.evaluate(values.map { [$0] }) { i, a in
                rows.append(Row(
                    value: values[i], zoneCount: a.zone.count, zoneEmpty: a.zone.count == 0,
                    zoneTotals: a.zone.minimumTotal.map { ClosedRangeOfTotals(minimum: $0, maximum: a.zone.maximumTotal!) },
                    reservationTotals: a.zone.reservationTotals.map { $0?.total },
                    nash: a.solutions.nash?.package, kalaiSmorodinsky: a.solutions.kalaiSmorodinsky?.package,
                    atGridEdge: a.zone.atGridEdge || a.solutions.all.contains { $0.outcome?.atGridEdge == true }))
            }
        } catch {
            // Name the value that failed, when writing it into the scenario is what failed.
            for value in values {
                do { _ = try engine.drawn([value]) } catch let e {
                    throw ScenarioError(path: e.path, message: e.message + " (sweeping \(path) to \(Format.plain(value)))")
                }
            }
            throw error
        }
        self.rows = rows
    }
}
