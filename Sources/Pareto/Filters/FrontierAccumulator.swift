/// Keeps the non-dominated points of a stream of point chunks, with memory bounded by the
/// frontier rather than by the stream.
///
/// Rows are numbered globally from 0 in the order they are added, across all chunks: the first
/// row of the second chunk follows the last row of the first. After any number of ``add(_:)``
/// calls, ``indices`` equals what ``nonDominatedIndices(_:senses:algorithm:parallel:)`` returns
/// for all chunks stacked into one point set, and ``frontier`` holds those rows in that order.
///
/// ``merge(_:)`` appends another accumulator's stream after this one's: the other's global
/// indices are shifted by this accumulator's ``pointsSeen``. So feeding chunks 1…k to `a` and
/// chunks k+1…m to `b`, then calling `a.merge(b)`, gives the same state as feeding all m chunks
/// to one accumulator. That lets independent workers each summarize a contiguous slice.
///
/// ```swift
/// var accumulator = try FrontierAccumulator(dimensions: 2)
/// try accumulator.add(PointSet(rows: [[1, 3], [2, 2]]))
/// try accumulator.add(PointSet(rows: [[3, 3], [0, 5]]))
/// accumulator.indices            // [2, 3]: [3, 3] dominates both points of the first chunk
/// accumulator.frontier.values    // [3, 3, 0, 5]
/// ```
public struct FrontierAccumulator: Sendable {
    /// Number of objectives per point.
    public let dimensions: Int
    /// One sense per objective.
    public let senses: [ObjectiveSense]
    /// The non-dominated points so far, one row per entry of ``indices``.
    public private(set) var frontier: PointSet
    /// Global (0-based, stream-wide) indices of the frontier rows, ascending.
    public private(set) var indices: [Int] = []
    /// Number of rows added so far; the global index the next row will get.
    public private(set) var pointsSeen = 0

    /// Creates an empty accumulator.
    ///
    /// - Parameters:
    ///   - dimensions: Number of objectives; at least 1.
    ///   - senses: One sense per objective; `nil` maximizes all.
    /// - Throws: ``ParetoError/noObjectives`` for `dimensions < 1`,
    ///   ``ParetoError/wrongLength(what:expected:found:)`` for a wrong number of senses.
    public init(dimensions: Int, senses: [ObjectiveSense]? = nil) throws(ParetoError) {
        frontier = try PointSet(dimensions: dimensions, values: [])
        self.dimensions = dimensions
        self.senses = try frontier.resolvedSenses(senses)
    }

    /// Adds a chunk of points; its rows get the next global indices.
    ///
    /// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when the chunk has another
    ///   number of objectives.
    /// - Complexity: That of ``nonDominatedIndices(_:senses:algorithm:parallel:)`` on k + c
    ///   points, for a frontier of k points and a chunk of c; memory O((k + c)·d).
    public mutating func add(_ chunk: PointSet) throws(ParetoError) {
        guard chunk.dimensions == dimensions else {
            throw .wrongLength(what: "chunk row", expected: dimensions, found: chunk.dimensions)
        }
        let base = pointsSeen
        pointsSeen += chunk.count
        absorb(chunk, indices: (0..<chunk.count).map { base + $0 })
    }

    /// Appends the stream summarized by `other` after this accumulator's stream.
    ///
    /// - Throws: ``ParetoError/wrongLength(what:expected:found:)`` when `other` has another
    ///   number of objectives, ``ParetoError/invalidArgument(_:)`` when its senses differ.
    public mutating func merge(_ other: FrontierAccumulator) throws(ParetoError) {
        guard other.dimensions == dimensions else {
            throw .wrongLength(what: "merged accumulator row", expected: dimensions, found: other.dimensions)
        }
        guard other.senses == senses else {
            throw .invalidArgument("merged accumulator has senses \(other.senses.map(\.rawValue)), expected \(senses.map(\.rawValue))")
        }
        let base = pointsSeen
        pointsSeen += other.pointsSeen
        absorb(other.frontier, indices: other.indices.map { base + $0 })
    }

    /// Replaces the state by the frontier of the current frontier plus `rows` (whose global
    /// indices, all larger than the current ones, are `indices`).
    private mutating func absorb(_ rows: PointSet, indices newIndices: [Int]) {
        guard !rows.isEmpty else { return }
        let combined = PointSet(unchecked: frontier.values + rows.values, dimensions: dimensions)
        let all = indices + newIndices
        let keep: [Int]
        do {
            keep = try nonDominatedIndices(combined, senses: senses)
        } catch {
            preconditionFailure("unreachable: dimensions and senses were checked at init (\(error))")
        }
        frontier = combined.subset(keep)
        indices = keep.map { all[$0] }
    }
}
