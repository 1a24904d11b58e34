/// Which packages of a cost-sharing analysis a ``CostSharingExport`` offers as values.
///
/// A cost-sharing grid easily holds a million packages, far more than a GENIUS agent can
/// handle as the values of one issue, so the export offers a subset:
///
/// ```swift
/// let export = try CostSharingExport(analysis: analysis, selection: .frontier)
/// export.packages.count   // the frontier, plus the actual agreement when it is off the frontier
/// ```
public enum CostSharingExportSelection: String, Sendable, Hashable, CaseIterable {
    /// The analysis's Pareto frontier (every non-dominated candidate) plus the actual
    /// agreement, when the scenario records one.
    case frontier
    /// Every candidate that meets the hard constraints, in candidate order, plus the actual
    /// agreement, when the scenario records one. Only practical for small grids.
    case all
}
