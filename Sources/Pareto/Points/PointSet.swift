/// A dense set of `count` points with `dimensions` finite objective values each, stored
/// row-major: point `i` occupies `values[i * dimensions ..< (i + 1) * dimensions]`.
///
/// Row-major storage keeps each point's objectives together, which is what dominance tests
/// touch, and matches NumPy's default (C) order. Every initializer rejects NaN and ±infinity
/// with ``ParetoError/nonFinite(row:column:value:)``, so the algorithms that take a `PointSet`
/// never see them.
///
/// ```swift
/// let points = try PointSet(rows: [[1, 2], [2, 1], [0, 0]])
/// points.count            // 3
/// points[2, 1]            // 0.0
/// ```
public struct PointSet: Sendable, Equatable {
    /// Number of objectives per point (columns). At least 1.
    public let dimensions: Int
    /// The values, row-major, `count * dimensions` of them.
    public let values: [Double]

    /// Number of points (rows).
    @inlinable
    public var count: Int { values.count / dimensions }

    /// Whether the set has no points.
    @inlinable
    public var isEmpty: Bool { values.isEmpty }

    /// Creates a point set from a row-major buffer, checking its shape and that every value
    /// is finite.
    ///
    /// - Complexity: O(n·d), one pass over the values.
    public init(dimensions: Int, values: [Double]) throws(ParetoError) {
        guard dimensions > 0 else { throw .noObjectives }
        guard values.count % dimensions == 0 else {
            throw .raggedValues(count: values.count, dimensions: dimensions)
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFinite(row: bad / dimensions, column: bad % dimensions, value: values[bad])
        }
        self.dimensions = dimensions
        self.values = values
    }

    /// Creates a point set from one array per point. All rows must have the same length;
    /// an empty `rows` needs `dimensions` to say how many objectives the (empty) set has.
    ///
    /// - Complexity: O(n·d).
    public init(rows: [[Double]], dimensions: Int? = nil) throws(ParetoError) {
        let d = dimensions ?? rows.first?.count ?? 0
        var flat: [Double] = []
        flat.reserveCapacity(rows.count * d)
        for (i, row) in rows.enumerated() {
            guard row.count == d else { throw .raggedRow(row: i, expected: d, found: row.count) }
            flat.append(contentsOf: row)
        }
        try self.init(dimensions: d, values: flat)
    }

    /// Wraps values already known to be finite and well shaped. For internal fast paths.
    @usableFromInline
    package init(unchecked values: [Double], dimensions: Int) {
        self.dimensions = dimensions
        self.values = values
    }

    /// The value of objective `objective` for point `point`.
    @inlinable
    public subscript(point: Int, objective: Int) -> Double {
        precondition(objective >= 0 && objective < dimensions, "objective \(objective) out of range 0..<\(dimensions)")
        return values[point * dimensions + objective]
    }

    /// The objective values of point `index`.
    @inlinable
    public func point(_ index: Int) -> ArraySlice<Double> {
        precondition(index >= 0 && index < count, "point \(index) out of range 0..<\(count)")
        return values[index * dimensions ..< (index + 1) * dimensions]
    }

    /// The points at `indices`, in that order, as a new set.
    ///
    /// - Complexity: O(k·d) for k indices.
    public func subset(_ indices: some Sequence<Int>) -> PointSet {
        var out: [Double] = []
        for i in indices { out.append(contentsOf: point(i)) }
        return PointSet(unchecked: out, dimensions: dimensions)
    }

    /// Checks that `senses` has one entry per objective, or supplies "maximize all" for `nil`.
    public func resolvedSenses(_ senses: [ObjectiveSense]?) throws(ParetoError) -> [ObjectiveSense] {
        guard let senses else { return .maximizeAll(dimensions) }
        guard senses.count == dimensions else {
            throw .wrongLength(what: "senses", expected: dimensions, found: senses.count)
        }
        return senses
    }
}
