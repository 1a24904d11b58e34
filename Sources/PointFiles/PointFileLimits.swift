import Pareto

/// Bounds on what a point file may make the readers allocate beyond the data itself.
///
/// The readers never allocate for data the file does not hold: a `.npy` header's shape is
/// checked against the bytes actually there before the array is allocated. What a file can
/// still demand is scratch space out of proportion to its values, which these limits cap:
///
/// - ``maximumCSVLineBytes`` (default 1 MiB, 1,048,576 bytes): the longest CSV line. The
///   reader refuses a longer line as soon as it has read that much of it, before splitting it
///   into cells. Raise it for files with very many columns (the tool: `--max-line-bytes N`).
/// - ``maximumNumPyHeaderBytes`` (default 10,000 bytes, `numpy.load`'s own default
///   `max_header_size`): the longest `.npy` header. A float array's header is about 120 bytes.
///
/// ```swift
/// var limits = PointFileLimits()
/// limits.maximumCSVLineBytes = 64 << 20
/// let file = try PointFile(contentsOf: "wide.csv", limits: limits)
/// ```
public struct PointFileLimits: Sendable, Hashable {
    /// The longest CSV line, in bytes, not counting its line break.
    public var maximumCSVLineBytes: Int
    /// The longest `.npy` header, in bytes.
    public var maximumNumPyHeaderBytes: Int

    /// Default for ``maximumCSVLineBytes``: 1 MiB.
    public static let defaultMaximumCSVLineBytes = 1 << 20
    /// Default for ``maximumNumPyHeaderBytes``: 10,000, as in `numpy.load`.
    public static let defaultMaximumNumPyHeaderBytes = 10_000

    /// Creates limits; the defaults suit any file `numpy.save` or a spreadsheet writes.
    public init(maximumCSVLineBytes: Int = PointFileLimits.defaultMaximumCSVLineBytes,
                maximumNumPyHeaderBytes: Int = PointFileLimits.defaultMaximumNumPyHeaderBytes) {
        self.maximumCSVLineBytes = maximumCSVLineBytes
        self.maximumNumPyHeaderBytes = maximumNumPyHeaderBytes
    }
}
