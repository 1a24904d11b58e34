import Foundation

/// Bounds on the JSON documents the library reads (scenarios, reports, calibration plans),
/// checked before the JSON is decoded, so that no input makes the decoder allocate far beyond
/// the few kilobytes a scenario needs.
///
/// - ``maximumBytes`` (default 16 MiB): the largest document. ``readFile(atPath:)`` refuses a
///   larger file before reading it. Raise it for unusually large reports
///   (the tool: `frontier analyze --max-input-bytes N`).
/// - ``maximumDepth`` (default 200): the deepest nesting; the top-level value is level 1.
/// - ``maximumCount`` (default 1,000,000): the most elements of one array or members of one
///   object. A grid list of a billion zeros stops here, before a value is decoded.
///
/// Errors name the limit: `grid.inKindShares: has more than 1000000 elements (the limit for one
/// JSON array or object)`.
public struct JSONInputLimits: Sendable, Hashable {
    /// The largest document, in bytes.
    public var maximumBytes: Int
    /// The deepest nesting of arrays and objects.
    public var maximumDepth: Int
    /// The most elements of an array or members of an object.
    public var maximumCount: Int

    /// Default for ``maximumBytes``: 16 MiB.
    public static let defaultMaximumBytes = 16 << 20
    /// Default for ``maximumDepth``.
    public static let defaultMaximumDepth = 200
    /// Default for ``maximumCount``.
    public static let defaultMaximumCount = 1_000_000

    /// Creates limits; the defaults are far above any scenario or report the tool writes.
    public init(maximumBytes: Int = JSONInputLimits.defaultMaximumBytes,
                maximumDepth: Int = JSONInputLimits.defaultMaximumDepth,
                maximumCount: Int = JSONInputLimits.defaultMaximumCount) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumCount = maximumCount
    }

    /// The error for a document of `size` bytes over ``maximumBytes``.
    func tooLarge(_ size: Int) -> ScenarioError {
        ScenarioError(path: "", message: "the JSON is \(size) bytes, more than the \(maximumBytes)-byte limit "
            + "(JSONInputLimits.maximumBytes; frontier analyze --max-input-bytes raises it)")
    }

    /// Reads the file at `path`, refusing it before reading when it is larger than
    /// ``maximumBytes`` (a pipe or other unsized file is read up to one byte past the limit).
    ///
    /// - Throws: ``ScenarioError`` (with an empty path) when the file cannot be read or is too large.
    public func readFile(atPath path: String) throws(ScenarioError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ScenarioError(path: "", message: "cannot read the file")
        }
        defer { try? handle.close() }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeRegular,
           let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumBytes {
            throw tooLarge(size)
        }
        let data: Data
        do { data = try handle.read(upToCount: maximumBytes &+ 1) ?? Data() } catch {
            throw ScenarioError(path: "", message: "cannot read the file: \(error.localizedDescription)")
        }
        guard data.count <= maximumBytes else {
            throw ScenarioError(path: "", message: "the JSON is more than the \(maximumBytes)-byte limit "
                + "(JSONInputLimits.maximumBytes; frontier analyze --max-input-bytes raises it)")
        }
        return data
    }
}
