import CBLASLAPACK

/// A dense matrix of `Double`, stored **column-major**: element (i, j) is at
/// `storage[i + j * rows]`, the layout BLAS and LAPACK expect.
///
/// ```swift
/// let a = try Matrix(rows: 2, columns: 3, columnMajor: [1, 4, 2, 5, 3, 6]) // [[1,2,3],[4,5,6]]
/// a[1, 2]   // 6
/// ```
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements, column-major, `rows * columns` of them.
    public var storage: [Double] { _storage }
    @usableFromInline internal var _storage: [Double]

    /// Creates a matrix from column-major storage.
    /// - Throws: ``LinearAlgebraError/shapeMismatch(_:)`` when the count is not `rows * columns`.
    public init(rows: Int, columns: Int, columnMajor storage: [Double]) throws(LinearAlgebraError) {
        guard rows >= 0, columns >= 0, storage.count == rows * columns else {
            throw .shapeMismatch("a \(rows)×\(columns) matrix needs \(max(0, rows * columns)) values, found \(storage.count)")
        }
        self.rows = rows
        self.columns = columns
        self._storage = storage
    }

    /// Creates a `rows`×`columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self._storage = Array(repeating: value, count: rows * columns)
    }

    /// Wraps column-major storage whose count is known to be `rows * columns`.
    @usableFromInline
    internal init(rows: Int, columns: Int, unchecked storage: [Double]) {
        self.rows = rows
        self.columns = columns
        self._storage = storage
    }

    /// Creates a matrix from an array of rows (row-major input, stored column-major).
    /// - Throws: ``LinearAlgebraError/shapeMismatch(_:)`` when the rows differ in length.
    public init(rowArrays: [[Double]]) throws(LinearAlgebraError) {
        let m = rowArrays.count, n = rowArrays.first?.count ?? 0
        var s = [Double](repeating: 0, count: m * n)
        for (i, row) in rowArrays.enumerated() {
            guard row.count == n else {
                throw .shapeMismatch("row \(i) has \(row.count) values, row 0 has \(n)")
            }
            for j in 0..<n { s[i + j * m] = row[j] }
        }
        self.rows = m
        self.columns = n
        self._storage = s
    }

    /// Element at row `i`, column `j`.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) outside \(rows)×\(columns)")
            return _storage[i + j * rows]
        }
        set {
            precondition(i >= 0 && i < rows && j >= 0 && j < columns, "index (\(i), \(j)) outside \(rows)×\(columns)")
            _storage[i + j * rows] = newValue
        }
    }

    /// Column `j` as a contiguous slice.
    @inlinable
    public func column(_ j: Int) -> ArraySlice<Double> {
        precondition(j >= 0 && j < columns, "column \(j) outside 0..<\(columns)")
        return _storage[j * rows ..< (j + 1) * rows]
    }
}
