import CBLASLAPACK

extension Matrix {
    /// The product `self · other`, computed by BLAS `dgemm`.
    ///
    /// - Throws: ``LinearAlgebraError/shapeMismatch(_:)`` when `self.columns != other.rows`.
    /// - Complexity: O(m·n·k) for an m×k times k×n product.
    public func multiplied(by other: Matrix) throws(LinearAlgebraError) -> Matrix {
        guard columns == other.rows else {
            throw .shapeMismatch("cannot multiply \(rows)×\(columns) by \(other.rows)×\(other.columns)")
        }
        var result = Matrix(rows: rows, columns: other.columns)
        guard rows > 0, other.columns > 0, columns > 0 else { return result }
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                result._storage.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans,
                                Int32(rows), Int32(other.columns), Int32(columns),
                                1.0, a.baseAddress, Int32(rows),
                                b.baseAddress, Int32(other.rows),
                                0.0, c.baseAddress, Int32(rows))
                }
            }
        }
        return result
    }
}
