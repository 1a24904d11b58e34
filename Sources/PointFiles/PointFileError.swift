import Pareto

/// A problem reading a point file (``NPYFile``, ``CSVPointFile``, ``PointFile``).
///
/// Every case names the file as it was given; CSV cases add the 1-based line and column and
/// the offending text, NumPy cases the 0-based row and column of the array. The
/// ``description`` is one line, in the `file:line: message` form compilers use:
///
/// ```
/// data.csv:3: column 2: "abc" is not a number
/// points.npy: unsupported dtype '<i8' (expected '<f8' or '<f4')
/// ```
public enum PointFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read; `reason` is the system's message.
    case unreadable(file: String, reason: String)
    /// The file has no data at all (no bytes, or only blank lines).
    case emptyFile(file: String)

    /// The file does not start with the NumPy magic string `\x93NUMPY`.
    case notNumPy(file: String)
    /// The NumPy format version is not 1.0, 2.0 or 3.0.
    case unsupportedNumPyVersion(file: String, major: Int, minor: Int)
    /// The NumPy header dictionary could not be understood; `reason` says which part.
    case malformedNumPyHeader(file: String, reason: String)
    /// The array's element type is not a float64 or float32; `dtype` is its descriptor.
    case unsupportedDType(file: String, dtype: String)
    /// The array is not two-dimensional (points × objectives); `shape` is its shape.
    case unsupportedShape(file: String, shape: [Int])
    /// The file ends before all the array's data: `expected` and `found` are data bytes.
    case truncated(file: String, expectedBytes: Int, foundBytes: Int)
    /// A NumPy array element is NaN or ±infinity; `row` and `column` are 0-based.
    case nonFiniteElement(file: String, row: Int, column: Int, value: Double)

    /// A CSV line has a different number of cells from the first non-blank line, header or
    /// data, whose number is `firstLine` (both 1-based).
    case raggedLine(file: String, line: Int, expected: Int, found: Int, firstLine: Int)
    /// A CSV line is blank but data follows it.
    case blankLine(file: String, line: Int)
    /// A CSV cell is not a number; `line` and `column` are 1-based.
    case notANumber(file: String, line: Int, column: Int, text: String)
    /// A CSV cell is NaN, ±infinity or overflows a Double; `line` and `column` are 1-based.
    case nonFiniteCell(file: String, line: Int, column: Int, text: String)
    /// The data has no columns (a NumPy shape `(n, 0)` or a CSV with empty lines only).
    case noColumns(file: String)

    /// A CSV line (1-based) is longer than ``PointFileLimits/maximumCSVLineBytes`` (`limit`).
    case lineTooLong(file: String, line: Int, limit: Int)
    /// A `.npy` header of `length` bytes is longer than ``PointFileLimits/maximumNumPyHeaderBytes`` (`limit`).
    case numPyHeaderTooLong(file: String, length: Int, limit: Int)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the file: \(reason)"
        case let .emptyFile(file):
            return "\(file): the file is empty (no header and no data rows)"
        case let .notNumPy(file):
            return "\(file): not a NumPy .npy file (it does not start with \\x93NUMPY)"
        case let .unsupportedNumPyVersion(file, major, minor):
            return "\(file): unsupported .npy format version \(major).\(minor) (supported: 1.0, 2.0, 3.0)"
        case let .malformedNumPyHeader(file, reason):
            return "\(file): malformed .npy header: \(reason)"
        case let .unsupportedDType(file, dtype):
            return "\(file): unsupported dtype '\(dtype)' (expected float64 '<f8' or float32 '<f4')"
        case let .unsupportedShape(file, shape):
            let text = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
            return "\(file): array has shape \(text); expected 2 dimensions (points, objectives)"
        case let .truncated(file, expected, found):
            return "\(file): truncated: the header promises \(expected) bytes of data, the file has \(found)"
        case let .nonFiniteElement(file, row, column, value):
            return "\(file): row \(row), column \(column) (0-based): value \(value) is not finite"
        case let .raggedLine(file, line, expected, found, firstLine):
            return "\(file):\(line): expected \(expected) columns like line \(firstLine), found \(found)"
        case let .blankLine(file, line):
            return "\(file):\(line): blank line before the end of the data"
        case let .notANumber(file, line, column, text):
            return "\(file):\(line): column \(column): \"\(text)\" is not a number"
        case let .nonFiniteCell(file, line, column, text):
            return "\(file):\(line): column \(column): \"\(text)\" is not finite (NaN and infinity are not allowed)"
        case let .noColumns(file):
            return "\(file): the data has no columns"
        case let .lineTooLong(file, line, limit):
            return "\(file):\(line): the line is longer than \(limit) bytes, the limit for one CSV line "
                + "(raise it with --max-line-bytes, PointFileLimits.maximumCSVLineBytes)"
        case let .numPyHeaderTooLong(file, length, limit):
            return "\(file): the .npy header is \(length) bytes, more than the \(limit)-byte limit "
                + "(PointFileLimits.maximumNumPyHeaderBytes; float arrays need about 120)"
        }
    }
}
