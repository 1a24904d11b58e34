import CBLASLAPACK

extension Matrix {
    /// The thin singular value decomposition A = U·diag(σ)·Vᵀ of `self` (m×n), by LAPACK's
    /// divide-and-conquer `dgesdd`.
    ///
    /// With k = min(m, n): `u` is m×k and `v` is n×k, both with orthonormal columns, and
    /// `singularValues` holds the k values σ₁ ≥ σ₂ ≥ … ≥ σₖ ≥ 0. The columns of `v` whose σ is
    /// (numerically) zero span directions the matrix cannot see, so it is the tool for asking
    /// *which* unknowns a rank-deficient system leaves undetermined.
    ///
    /// ```swift
    /// let a = try Matrix(rowArrays: [[3, 0], [0, 4], [0, 0]])
    /// let svd = try a.singularValueDecomposition()
    /// svd.singularValues   // [4, 3]
    /// ```
    ///
    /// - Returns: `u`, `singularValues` and `v` (V itself, not Vᵀ). For an empty matrix, k = 0.
    /// - Throws: ``LinearAlgebraError/notConverged(routine:info:)`` when the iteration fails (LAPACK
    ///   `info > 0`); ``LinearAlgebraError/tooLarge(_:)`` beyond 32-bit indices;
    ///   ``LinearAlgebraError/invalidArgument(routine:argument:)`` if LAPACK rejects an argument.
    /// - Complexity: O(m·n·min(m, n)) time; it copies `self` once and allocates U, V and a workspace.
    public func singularValueDecomposition() throws(LinearAlgebraError) -> (u: Matrix, singularValues: [Double], v: Matrix) {
        let m = rows, n = columns, k = Swift.min(m, n)
        if k == 0 { return (Matrix(rows: m, columns: 0), [], Matrix(rows: n, columns: 0)) }
        guard let m32 = Int32(exactly: m), let n32 = Int32(exactly: n), let k32 = Int32(exactly: k),
              Int32(exactly: m * n) != nil, Int32(exactly: 8 * k) != nil
        else { throw .tooLarge("singular value decomposition of a \(m)×\(n) matrix") }
        var a = _storage
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: m * k)
        var vt = [Double](repeating: 0, count: k * n)
        var iwork = [Int32](repeating: 0, count: 8 * k)
        var jobz = CChar(UInt8(ascii: "S"))
        var m1 = m32, n1 = n32, lda = m32, ldu = m32, ldvt = k32, info: Int32 = 0
        func call(_ work: UnsafeMutablePointer<Double>, _ lwork: inout Int32) {
            a.withUnsafeMutableBufferPointer { ap in
                s.withUnsafeMutableBufferPointer { sp in
                    u.withUnsafeMutableBufferPointer { up in
                        vt.withUnsafeMutableBufferPointer { vp in
                            iwork.withUnsafeMutableBufferPointer { ip in
                                dgesdd_(&jobz, &m1, &n1, ap.baseAddress, &lda, sp.baseAddress, up.baseAddress, &ldu,
                                        vp.baseAddress, &ldvt, work, &lwork, ip.baseAddress, &info, 1)
                            }
                        }
                    }
                }
            }
        }
        var query = 0.0, lwork: Int32 = -1
        call(&query, &lwork)
        if info < 0 { throw .invalidArgument(routine: "dgesdd", argument: Int(-info)) }
        guard let optimal = Int32(exactly: Swift.max(1, query.rounded(.up))) else { throw .tooLarge("dgesdd workspace of \(query) doubles") }
        lwork = optimal
        var work = [Double](repeating: 0, count: Int(optimal))
        work.withUnsafeMutableBufferPointer { wp in call(wp.baseAddress!, &lwork) }
        if info < 0 { throw .invalidArgument(routine: "dgesdd", argument: Int(-info)) }
        if info > 0 { throw .notConverged(routine: "dgesdd", info: Int(info)) }
        // Vᵀ is k×n column-major; V is its transpose, n×k.
        var v = [Double](repeating: 0, count: n * k)
        for j in 0..<n { for i in 0..<k { v[j + i * n] = vt[i + j * k] } }
        return (Matrix(rows: m, columns: k, unchecked: u), s, Matrix(rows: n, columns: k, unchecked: v))
    }
}
