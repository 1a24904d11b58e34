import CBLASLAPACK

extension Matrix {
    /// The largest output column count for which `.automatic` products use the Swift loop
    /// instead of BLAS (with an inner dimension of at most four times this). See
    /// ``multiplied(by:method:)`` for the measurements.
    public static let smallProductLimit = 16

    /// The product `self · other`.
    ///
    /// ```swift
    /// let a = try Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])      // 2×3
    /// let b = try Matrix(rowArrays: [[1, 0], [0, 1], [1, 1]])    // 3×2
    /// try a.multiplied(by: b)                                     // [[4, 5], [10, 11]]
    /// ```
    ///
    /// **Which kernel.** With `.automatic`, an n×k · k×m product with m at most
    /// ``smallProductLimit`` (16) and k at most 64 (a tall, skinny product such as the
    /// cost-sharing model's n×21 features times its 21×2 weights) runs a row-blocked Swift loop
    /// that reads `self` from memory once; every other shape calls BLAS `dgemm`. (Until the
    /// second edition of the cost-sharing model the rule also required k ≤ 16, which sent its
    /// n×21 · 21×2 product to dgemm although the table below shows the loop ahead on such shapes;
    /// on the default preset, 798,399×21 · 21×2, the utilities stage went from 75.7 ms to 54.3 ms,
    /// medians of 9 alternating runs of `frontier --timing`.) Medians (p50) from `LinearAlgebraBenchmarks`,
    /// release build, Debian's reference BLAS 3.11, on the project's shared 2-core AMD EPYC
    /// machine (busy, so expect ±30 % between runs), measured with
    /// `swift package --allow-writing-to-package-directory benchmark --target LinearAlgebraBenchmarks`:
    ///
    /// | n×k · k×m              | loop    | dgemm   |
    /// |------------------------|---------|---------|
    /// | 10⁷×8 · 8×2            | 392 ms  | 700 ms  |
    /// | 10⁶×8 · 8×2            | 11 ms   | 18 ms   |
    /// | 10⁶×2 · 2×2            | 1.6 ms  | 8.2 ms  |
    /// | 10⁶×16 · 16×16         | 339 ms  | 584 ms  |
    /// | 10⁴×8 · 8×2            | 37 µs   | 125 µs  |
    /// | 10³×4 · 4×4            | 4.0 µs  | 13 µs   |
    /// | 16×16 · 16×16          | 2.6 µs  | 3.9 µs  |
    /// | 10⁶×32 · 32×2 (dgemm)  | 34 ms   | 55 ms   |
    /// | 10⁶×8 · 8×32 (dgemm)   | 717 ms  | 871 ms  |
    /// | 64×64 · 64×64 (dgemm)  | 112 µs  | 111 µs  |
    /// | 256² · 256² (dgemm)    | 8.0 ms  | 6.7 ms  |
    ///
    /// In each of four benchmark runs during development the loop was faster on every shape
    /// with k, m ≤ 16, and on the tall shape with k = 32, m = 2. Beyond that the results were
    /// mixed: dgemm tied or won on the square 64² and 256² products in some runs, and wide
    /// outputs (m = 32) stay with dgemm. Large products go to BLAS also because Debian lets an optimized
    /// implementation (OpenBLAS, BLIS) replace the reference one through `update-alternatives`;
    /// those block for cache and registers, which this loop does not. The loop's advantage —
    /// one pass over the tall operand, no zero-filling of the result — matters most when k and
    /// m are small.
    ///
    /// - Parameters:
    ///   - other: The right operand; its row count must equal `self.columns`.
    ///   - method: Which kernel computes the product; `.automatic` chooses by shape.
    /// - Returns: A `self.rows`×`other.columns` matrix. Empty dimensions give an empty or
    ///   all-zero result (a k = 0 product is the zero matrix).
    /// - Throws: ``LinearAlgebraError/shapeMismatch(_:)`` when `self.columns != other.rows`;
    ///   ``LinearAlgebraError/tooLarge(_:)`` when the BLAS kernel is chosen and an operand or
    ///   the result has more than `Int32.max` elements (BLAS indexes with 32-bit integers;
    ///   the Swift loop has no such limit).
    /// - Complexity: O(n·k·m).
    public func multiplied(
        by other: Matrix, method: MatrixProductMethod = .automatic
    ) throws(LinearAlgebraError) -> Matrix {
        guard columns == other.rows else {
            throw .shapeMismatch("cannot multiply \(rows)×\(columns) by \(other.rows)×\(other.columns)")
        }
        guard rows > 0, other.columns > 0, columns > 0 else {
            return Matrix(rows: rows, columns: other.columns)
        }
        switch method {
        case .smallInnerLoop:
            return smallInnerLoopProduct(other)
        case .automatic where Matrix.usesSmallInnerLoop(innerDimension: columns, outputColumns: other.columns):
            return smallInnerLoopProduct(other)
        case .automatic, .blas:
            return try blasProduct(other)
        }
    }

    /// The `.automatic` rule: the Swift loop when m ≤ ``smallProductLimit`` and k ≤ 4·``smallProductLimit``.
    static func usesSmallInnerLoop(innerDimension: Int, outputColumns: Int) -> Bool {
        outputColumns <= smallProductLimit && innerDimension <= 4 * smallProductLimit
    }

    /// `self · other` by `cblas_dgemm`; shapes already checked and non-empty.
    private func blasProduct(_ other: Matrix) throws(LinearAlgebraError) -> Matrix {
        // The reference BLAS computes element offsets in 32-bit integers, so whole matrices,
        // not only their dimensions, must stay under Int32.max elements.
        guard let m = Int32(exactly: rows), let n = Int32(exactly: other.columns),
              let k = Int32(exactly: columns),
              Int32(exactly: rows * columns) != nil, Int32(exactly: columns * other.columns) != nil,
              Int32(exactly: rows * other.columns) != nil
        else {
            throw .tooLarge("product of \(rows)×\(columns) and \(other.rows)×\(other.columns)")
        }
        var result = Matrix(rows: rows, columns: other.columns)
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                result._storage.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans,
                                m, n, k, 1.0, a.baseAddress, m, b.baseAddress, k,
                                0.0, c.baseAddress, m)
                }
            }
        }
        return result
    }
}
