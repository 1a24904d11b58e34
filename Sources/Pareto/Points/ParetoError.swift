/// A problem with data handed to `Pareto`: the description names the row, column or argument
/// and says what was expected.
///
/// Programmer errors (an index out of range, a mismatched buffer the caller built) are
/// preconditions instead; `ParetoError` is for values that come from files and users.
public enum ParetoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A value is NaN or ±infinity. Rows and columns are 0-based.
    case nonFinite(row: Int, column: Int, value: Double)
    /// The flat value buffer is not a whole number of rows of `dimensions` values.
    case raggedValues(count: Int, dimensions: Int)
    /// A row of a nested-array input has a different length from the first row.
    case raggedRow(row: Int, expected: Int, found: Int)
    /// Point sets need at least one objective.
    case noObjectives
    /// A sense, reference point or weight list has the wrong length.
    case wrongLength(what: String, expected: Int, found: Int)
    /// An argument is outside its domain; `reason` says what was expected.
    case invalidArgument(String)
    /// The operation is not defined for this many objectives.
    case unsupportedDimensions(operation: String, dimensions: Int, supported: String)
    /// An approximation set and a reference set have different numbers of objectives.
    case mismatchedDimensions(approximation: Int, referenceSet: Int)
    /// A point set that needs at least one point is empty; `what` names it.
    case emptySet(what: String)
    /// A value that must be positive is zero or negative (the multiplicative ε indicator). `set`
    /// names the point set; rows and columns are 0-based.
    case nonPositive(set: String, row: Int, column: Int, value: Double)

    public var description: String {
        switch self {
        case let .nonFinite(row, column, value):
            return "row \(row), column \(column): value \(value) is not finite (NaN and ±infinity are not allowed)"
        case let .raggedValues(count, dimensions):
            return "\(count) values do not form whole rows of \(dimensions) objectives"
        case let .raggedRow(row, expected, found):
            return "row \(row): expected \(expected) values like the first row, found \(found)"
        case .noObjectives:
            return "a point set needs at least one objective (column)"
        case let .wrongLength(what, expected, found):
            return "\(what): expected \(expected) entries (one per objective), found \(found)"
        case let .invalidArgument(reason):
            return reason
        case let .unsupportedDimensions(operation, dimensions, supported):
            return "\(operation) is not available for \(dimensions) objectives (supported: \(supported))"
        case let .mismatchedDimensions(approximation, referenceSet):
            return "the approximation set has \(approximation) objectives but the reference set has \(referenceSet)"
        case let .emptySet(what):
            return "the \(what) is empty (it needs at least one point)"
        case let .nonPositive(set, row, column, value):
            return "\(set), row \(row), column \(column): value \(value) is not positive "
                + "(the multiplicative epsilon indicator needs every value > 0)"
        }
    }
}
