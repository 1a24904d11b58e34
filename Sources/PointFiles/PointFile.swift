import Pareto

/// A point file in either supported format, chosen by the file's extension or first bytes.
///
/// A file is read as NumPy (``NPYFile``) when its name ends in `.npy` (any case) or it starts
/// with the NumPy magic string, and as CSV (``CSVPointFile``) otherwise.
///
/// ```swift
/// let file = try PointFile(contentsOf: "samples.npy")
/// file.format         // .npy
/// file.columnNames    // ["x0", "x1"]
/// let frontier = try nonDominatedIndices(file.points)
/// ```
public struct PointFile: Sendable {
    /// The two formats.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// NumPy `.npy`, see ``NPYFile``.
        case npy
        /// Comma-separated text, see ``CSVPointFile``.
        case csv
    }

    /// The points, in file order.
    public let points: PointSet
    /// Column names: a CSV header's, otherwise `x0, x1, …`.
    public let columnNames: [String]
    /// The format the file was read as.
    public let format: Format

    /// Reads the file at `path` in the format its name or contents indicate.
    ///
    /// - Parameters:
    ///   - path: A file path; errors name the file by this string.
    ///   - csvHeader: For CSV files, whether the first line is a header.
    ///   - limits: The readers' resource limits, see ``PointFileLimits``.
    /// - Throws: ``PointFileError`` from the format's reader.
    /// - Complexity: O(size of the file).
    public init(contentsOf path: String, csvHeader: CSVPointFile.Header = .automatic,
                limits: PointFileLimits = PointFileLimits()) throws(PointFileError) {
        if try PointFile.looksLikeNumPy(path) {
            let file = try NPYFile(contentsOf: path, limits: limits)
            points = file.points
            columnNames = (0..<file.points.dimensions).map { "x\($0)" }
            format = .npy
        } else {
            let file = try CSVPointFile(contentsOf: path, header: csvHeader, limits: limits)
            points = file.points
            columnNames = file.columnNames
            format = .csv
        }
    }

    /// Whether `path` ends in `.npy` or the file starts with the NumPy magic string.
    static func looksLikeNumPy(_ path: String) throws(PointFileError) -> Bool {
        if path.lowercased().hasSuffix(".npy") { return true }
        return try FileByteSource.withFile(atPath: path) { source throws(PointFileError) in
            var head = [UInt8](repeating: 0, count: NPYFile.magic.count)
            let got = head.withUnsafeMutableBytes { source.read(into: $0.baseAddress!, count: $0.count) }
            return got == head.count && head == NPYFile.magic
        }
    }
}
