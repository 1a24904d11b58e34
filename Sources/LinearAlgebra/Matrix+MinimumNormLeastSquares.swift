import CBLASLAPACK

extension Matrix {
    /// The minimum-norm solution of min ‖A·X − B‖₂ for `A = self` of any rank, by LAPACK
    /// `dgelsd` (the SVD, divide and conquer), one column of X per column of `rhs`.
    ///
    /// Where ``leastSquares(_:)`` refuses a rank-deficient matrix, this one treats every singular
    /// value σᵢ ≤ `relativeCondition` · σ₁ as zero and returns, among all minimisers, the X of
    /// smallest norm: no component along the directions the matrix cannot see. A column of
    /// zeros, or two equal columns, are handled without error.
    ///
    /// ```swift
    /// // The second unknown has no effect: its part of the solution is 0.
    /// let a = try Matrix(rowArrays: [[1, 0], [2, 0]])
    /// let x = try a.minimumNormLeastSquares(Matrix(rowArrays: [[1], [2]]))
    /// x.solution[0, 0]   // 1
    /// x.solution[1, 0]   // 0
    /// x.rank             // 1
    /// ```
    ///
    /// - Parameters:
    ///   - rhs: B, with as many rows as `self`.
    ///   - relativeCondition: The cut-off below which singular values count as zero, relative to
    ///     the largest (default: `max(m, n) · ε`, rounding level). Negative values mean machine ε.
    /// - Returns: X (`self.columns` × `rhs.columns`), the numerical rank, and the singular values
    ///   in decreasing order. An empty matrix gives zeros, rank 0.
    /// - Throws: ``LinearAlgebraError/shapeMismatch(_:)``, ``LinearAlgebraError/notConverged(routine:info:)``,
    ///   ``LinearAlgebraError/tooLarge(_:)``, ``LinearAlgebraError/invalidArgument(routine:argument:)``.
    /// - Complexity: O(m·n·min(m, n) + max(m, n)·min(m, n)·k) for k right-hand sides.
    public func minimumNormLeastSquares(_ rhs: Matrix, relativeCondition: Double? = nil) throws(LinearAlgebraError)
        -> (solution: Matrix, rank: Int, singularValues: [Double]) {
        let m = rows, n = columns, k = rhs.columns
        guard rhs.rows == m else {
            throw .shapeMismatch("least squares of a \(m)×\(n) matrix needs \(m) rows on the right-hand side, found \(rhs.rows)×\(k)")
        }
        if m == 0 || n == 0 || k == 0 { return (Matrix(rows: n, columns: k), 0, []) }
        let ldb = Swift.max(m, n), r = Swift.min(m, n)
        guard let m32 = Int32(exactly: m), let n32 = Int32(exactly: n), let k32 = Int32(exactly: k),
              let ldb32 = Int32(exactly: ldb), Int32(exactly: ldb * k) != nil, Int32(exactly: m * n) != nil
        else { throw .tooLarge("least squares of a \(m)×\(n) matrix with \(k) right-hand sides") }
        var a = _storage
        var b = [Double](repeating: 0, count: ldb * k)
        for j in 0..<k { for i in 0..<m { b[i + j * ldb] = rhs._storage[i + j * m] } }
        var s = [Double](repeating: 0, count: r)
        var rcond = relativeCondition ?? Double(ldb) * Double.ulpOfOne
        var m1 = m32, n1 = n32, k1 = k32, lda = m32, ldb1 = ldb32, rank: Int32 = 0, info: Int32 = 0
        var iworkQuery: Int32 = 0
        var iwork: [Int32] = []
        func call(_ work: UnsafeMutablePointer<Double>, _ lwork: inout Int32, _ iw: UnsafeMutablePointer<Int32>) {
            a.withUnsafeMutableBufferPointer { ap in
                b.withUnsafeMutableBufferPointer { bp in
                    s.withUnsafeMutableBufferPointer { sp in
                        dgelsd_(&m1, &n1, &k1, ap.baseAddress, &lda, bp.baseAddress, &ldb1, sp.baseAddress, &rcond, &rank,
                                work, &lwork, iw, &info)
                    }
                }
            }
        }
        var query = 0.0, lwork: Int32 = -1
        call(&query, &lwork, &iworkQuery)
        if info < 0 { throw .invalidArgument(routine: "dgelsd", argument: Int(-info)) }
        guard let optimal = Int32(exactly: Swift.max(1, query.rounded(.up))) else { throw .tooLarge("dgelsd workspace of \(query) doubles") }
        lwork = optimal
        var work = [Double](repeating: 0, count: Int(optimal))
        iwork = [Int32](repeating: 0, count: Swift.max(1, Int(iworkQuery)))
        work.withUnsafeMutableBufferPointer { wp in
            iwork.withUnsafeMutableBufferPointer { ip in call(wp.baseAddress!, &lwork, ip.baseAddress!) }
        }
        if info < 0 { throw .invalidArgument(routine: "dgelsd", argument: Int(-info)) }
        if info > 0 { throw .notConverged(routine: "dgelsd", info: Int(info)) }
        var x = [Double](repeating: 0, count: n * k)
        for j in 0..<k { for i in 0..<n { x[i + j * n] = b[i + j * ldb] } }
        return (Matrix(rows: n, columns: k, unchecked: x), Int(rank), s)
    }
}
