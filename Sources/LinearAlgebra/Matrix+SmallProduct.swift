extension Matrix {
    /// Rows per block in ``smallInnerLoopProduct(_:)``: a block of the output column and the
    /// matching rows of up to 64 input columns (256 · 65 · 8 bytes ≈ 133 KB) stay in cache.
    @usableFromInline static let smallProductBlockRows = 256

    /// `self · other` by a row-blocked loop; meant for `other` with few rows and columns.
    ///
    /// For each block of rows, every output column is built as a sum of the block's input
    /// columns scaled by one element of `other`; the inner loop is a contiguous multiply-add
    /// that the compiler vectorizes. Each element of `self` is read from memory once.
    /// Shapes must already have been checked.
    ///
    /// - Complexity: O(n·k·m) for an n×k times k×m product.
    @usableFromInline
    internal func smallInnerLoopProduct(_ other: Matrix) -> Matrix {
        let n = rows, k = columns, m = other.columns
        guard n > 0, m > 0, k > 0 else { return Matrix(rows: n, columns: m) }
        let blockRows = Matrix.smallProductBlockRows
        // Every output element is first written by the p = 0 pass, so the buffer starts
        // uninitialized: no separate zero-filling pass over the result.
        let result = [Double](unsafeUninitializedCapacity: n * m) { cBuffer, initialized in
            _storage.withUnsafeBufferPointer { aBuffer in
                other._storage.withUnsafeBufferPointer { bBuffer in
                    let a = aBuffer.baseAddress!, b = bBuffer.baseAddress!, c = cBuffer.baseAddress!
                    var start = 0
                    while start < n {
                        let count = Swift.min(blockRows, n - start)
                        for j in 0..<m {
                            let cj = c + (start + j * n)
                            let b0 = b[j * k]
                            let a0 = a + start
                            for i in 0..<count { (cj + i).initialize(to: b0 * a0[i]) }
                            for p in 1..<k {
                                let bp = b[p + j * k]
                                let ap = a + (start + p * n)
                                for i in 0..<count { cj[i] += bp * ap[i] }
                            }
                        }
                        start += count
                    }
                }
            }
            initialized = n * m
        }
        return Matrix(rows: n, columns: m, unchecked: result)
    }
}
