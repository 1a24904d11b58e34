import CBLASLAPACK

extension Matrix {
    /// Solves the linear least-squares problem min ‖A·X − B‖₂ for `A = self`, one column of `X`
    /// per column of `rhs`, by a QR (or LQ) factorization (LAPACK `dgels`).
    ///
    /// Use it to fit a linear model: put one observation per row of `self` (with a column of
    /// ones for an intercept) and the observed responses in `rhs`.
    ///
    /// - When `self` is m×n with m ≥ n (overdetermined or square) and has full column rank, the
    ///   result is the unique least-squares solution; for a square non-singular matrix it is the
    ///   exact solution of A·X = B.
    /// - When m < n (underdetermined) and `self` has full row rank, the system has infinitely
    ///   many exact solutions and the result is the one with the smallest Euclidean norm.
    ///
    /// ```swift
    /// // Fit y = a + b·x through (0, 1), (1, 3), (2, 5): a = 1, b = 2.
    /// let design = try Matrix(rowArrays: [[1, 0], [1, 1], [1, 2]])
    /// let y = try Matrix(rowArrays: [[1], [3], [5]])
    /// let coefficients = try design.leastSquares(y)   // 2×1: [[1], [2]] (up to rounding)
    /// ```
    ///
    /// **Rank.** `dgels` does not pivot, so it only recognises a triangular factor with an exact
    /// zero on its diagonal. This method also treats a diagonal element as zero when its
    /// magnitude is at most `max(m, n) · ε · max |diagonal|` (ε = `Double.ulpOfOne`), which
    /// catches matrices that are rank deficient up to rounding, such as two equal columns.
    /// Nearly rank-deficient but numerically full-rank matrices are solved; their solutions are
    /// as ill-conditioned as the matrix.
    ///
    /// - Parameter rhs: The right-hand sides B, with as many rows as `self`; any number of
    ///   columns.
    /// - Returns: X, with `self.columns` rows and `rhs.columns` columns. When `self` has no rows
    ///   or no columns, X is all zeros (the minimum-norm solution).
    /// - Throws: ``LinearAlgebraError/shapeMismatch(_:)`` when `rhs.rows != self.rows`;
    ///   ``LinearAlgebraError/rankDeficient(routine:index:)`` when `self` does not have full
    ///   rank (1-based index of the zero diagonal element);
    ///   ``LinearAlgebraError/tooLarge(_:)`` when a dimension exceeds LAPACK's 32-bit integers;
    ///   ``LinearAlgebraError/invalidArgument(routine:argument:)`` if LAPACK rejects an argument.
    /// - Complexity: O(m·n·min(m, n) + max(m, n)·min(m, n)·k) for k right-hand sides; it copies
    ///   both operands once.
    public func leastSquares(_ rhs: Matrix) throws(LinearAlgebraError) -> Matrix {
        let m = rows, n = columns, k = rhs.columns
        guard rhs.rows == m else {
            throw .shapeMismatch("least squares of a \(m)×\(n) matrix needs \(m) rows on the right-hand side, found \(rhs.rows)×\(k)")
        }
        if m == 0 || n == 0 || k == 0 {
            return Matrix(rows: n, columns: k)
        }
        let ldb = Swift.max(m, n)
        guard let m32 = Int32(exactly: m), let n32 = Int32(exactly: n), let k32 = Int32(exactly: k),
              let ldb32 = Int32(exactly: ldb), Int32(exactly: ldb * k) != nil, Int32(exactly: m * n) != nil
        else {
            throw .tooLarge("least squares of a \(m)×\(n) matrix with \(k) right-hand sides")
        }

        // dgels overwrites A with its factorization and B (padded to max(m, n) rows) with X.
        var a = _storage
        var b = [Double](repeating: 0, count: ldb * k)
        rhs._storage.withUnsafeBufferPointer { source in
            b.withUnsafeMutableBufferPointer { target in
                for j in 0..<k {
                    for i in 0..<m { target[i + j * ldb] = source[i + j * m] }
                }
            }
        }

        var info: Int32 = 0
        var m1 = m32, n1 = n32, k1 = k32, lda1 = m32, ldb1 = ldb32
        var trans = CChar(UInt8(ascii: "N"))

        // Workspace query: lwork = -1 returns the optimal size in work[0].
        var query: Double = 0
        var lwork: Int32 = -1
        a.withUnsafeMutableBufferPointer { ap in
            b.withUnsafeMutableBufferPointer { bp in
                dgels_(&trans, &m1, &n1, &k1, ap.baseAddress, &lda1, bp.baseAddress, &ldb1,
                       &query, &lwork, &info, 1)
            }
        }
        if info < 0 { throw .invalidArgument(routine: "dgels", argument: Int(-info)) }
        guard let optimal = Int32(exactly: Swift.max(1, query.rounded(.up))) else {
            throw .tooLarge("dgels workspace of \(query) doubles")
        }
        lwork = optimal
        var work = [Double](repeating: 0, count: Int(optimal))

        a.withUnsafeMutableBufferPointer { ap in
            b.withUnsafeMutableBufferPointer { bp in
                work.withUnsafeMutableBufferPointer { wp in
                    dgels_(&trans, &m1, &n1, &k1, ap.baseAddress, &lda1, bp.baseAddress, &ldb1,
                           wp.baseAddress, &lwork, &info, 1)
                }
            }
        }
        if info < 0 { throw .invalidArgument(routine: "dgels", argument: Int(-info)) }
        if info > 0 { throw .rankDeficient(routine: "dgels", index: Int(info)) }

        // The triangular factor's diagonal sits on A's main diagonal (R for m ≥ n, L for m < n).
        let r = Swift.min(m, n)
        var largest = 0.0
        for i in 0..<r { largest = Swift.max(largest, abs(a[i + i * m])) }
        let tolerance = Double(ldb) * Double.ulpOfOne * largest
        for i in 0..<r where abs(a[i + i * m]) <= tolerance {
            throw .rankDeficient(routine: "dgels", index: i + 1)
        }

        var x = [Double](repeating: 0, count: n * k)
        for j in 0..<k {
            for i in 0..<n { x[i + j * n] = b[i + j * ldb] }
        }
        return Matrix(rows: n, columns: k, unchecked: x)
    }
}
