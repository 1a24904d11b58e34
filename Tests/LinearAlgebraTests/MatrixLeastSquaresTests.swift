import Testing
@testable import LinearAlgebra

@Suite struct MatrixLeastSquaresTests {
    func isClose(_ a: Matrix, _ b: [[Double]], tolerance: Double = 1e-12) throws -> Bool {
        let e = try Matrix(rowArrays: b)
        guard a.rows == e.rows && a.columns == e.columns else { return false }
        return zip(a.storage, e.storage).allSatisfy { abs($0 - $1) <= tolerance }
    }

    @Test func straightLineFitMatchesTheHandComputedCoefficients() throws {
        // Points (0,1), (1,2), (2,2), (3,4): x̄ = 1.5, ȳ = 2.25,
        // b = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)² = 4.5 / 5 = 0.9, a = ȳ − b·x̄ = 0.9.
        let design = try Matrix(rowArrays: [[1, 0], [1, 1], [1, 2], [1, 3]])
        let y = try Matrix(rowArrays: [[1], [2], [2], [4]])
        let fit = try design.leastSquares(y)
        #expect(try isClose(fit, [[0.9], [0.9]]))
    }

    @Test func squareNonSingularSystemIsSolvedExactly() throws {
        // 2x + y = 5, x + 3y = 10 → (1, 3); 2x + y = 1, x + 3y = −2 → (1, −1).
        let a = try Matrix(rowArrays: [[2, 1], [1, 3]])
        let b = try Matrix(rowArrays: [[5, 1], [10, -2]])
        let x = try a.leastSquares(b)
        #expect(try isClose(x, [[1, 1], [3, -1]]))
    }

    @Test func underdeterminedSystemGivesTheMinimumNormSolution() throws {
        // x + y = 2 → (1, 1); x + 2y + 2z = 9 → 9·(1, 2, 2)/9 = (1, 2, 2).
        let a = try Matrix(rowArrays: [[1, 1]])
        #expect(try isClose(try a.leastSquares(try Matrix(rowArrays: [[2]])), [[1], [1]]))
        let c = try Matrix(rowArrays: [[1, 2, 2]])
        #expect(try isClose(try c.leastSquares(try Matrix(rowArrays: [[9]])), [[1], [2], [2]]))
    }

    @Test func zeroColumnIsRankDeficient() throws {
        let a = try Matrix(rowArrays: [[1, 0], [2, 0], [3, 0]])
        #expect(throws: LinearAlgebraError.rankDeficient(routine: "dgels", index: 2)) {
            try a.leastSquares(try Matrix(rowArrays: [[1], [2], [3]]))
        }
    }

    @Test func equalColumnsAreRankDeficientUpToRounding() throws {
        let a = try Matrix(rowArrays: [[1, 1], [2, 2], [3, 3]])
        #expect(throws: LinearAlgebraError.rankDeficient(routine: "dgels", index: 2)) {
            try a.leastSquares(try Matrix(rowArrays: [[1], [2], [3]]))
        }
    }

    @Test func rightHandSideWithTheWrongRowCountIsAShapeMismatch() throws {
        let a = try Matrix(rowArrays: [[1, 0], [0, 1], [1, 1]])
        #expect(throws: LinearAlgebraError.self) {
            try a.leastSquares(try Matrix(rowArrays: [[1], [2]]))
        }
    }

    @Test func emptyMatrixGivesAZeroSolution() throws {
        let a = try Matrix(rows: 0, columns: 2, columnMajor: [])
        let b = try Matrix(rows: 0, columns: 1, columnMajor: [])
        #expect(try a.leastSquares(b) == Matrix(rows: 2, columns: 1))
    }

    @Test(arguments: 0..<6)
    func randomConsistentSystemsGiveTheirCoefficientsBack(seed: Int) throws {
        var rng = TestRNG(seed: UInt64(100 + seed))
        let m = 10 + Int(rng.next() % 40), n = 1 + Int(rng.next() % 8)
        let a = try Matrix(rows: m, columns: n, columnMajor: (0..<(m * n)).map { _ in rng.unit() * 2 - 1 })
        let x = try Matrix(rows: n, columns: 2, columnMajor: (0..<(n * 2)).map { _ in rng.unit() * 10 - 5 })
        let y = try a.multiplied(by: x)
        let solved = try a.leastSquares(y)
        let worst = zip(solved.storage, x.storage).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-9)
    }
}
