/// Wall-clock seconds spent in each stage of an analysis.
public struct StageTimings: Sendable, Hashable, Codable {
    /// Enumerating the grid, applying constraints and filling the feature matrix.
    public var features: Double = 0
    /// Both utilities of every row: composition values, (total, term) terms, ratification.
    public var utilities: Double = 0
    /// The Pareto frontier (`nonDominatedIndices`).
    public var frontier: Double = 0
    /// Bargaining solutions, zone of agreement, reservation totals, actual agreement.
    public var solutions: Double = 0

    /// Creates zero timings.
    public init() {}

    /// Adds another pass's seconds, stage by stage.
    public mutating func add(_ other: StageTimings) {
        features += other.features
        utilities += other.utilities
        frontier += other.frontier
        solutions += other.solutions
    }

    /// Sum of the stages.
    public var total: Double { features + utilities + frontier + solutions }
}

/// Runs `body` and adds its duration in seconds to `seconds`.
func timed<T, E: Error>(_ seconds: inout Double, _ body: () throws(E) -> T) throws(E) -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let d = clock.now - start
    seconds += Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    return result
}
