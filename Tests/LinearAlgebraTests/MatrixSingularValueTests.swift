import Testing
@testable import LinearAlgebra
import Pareto

@Suite struct MatrixSingularValueTests {
    /// A seeded generator (Pareto's SplitMix64) so every run sees the same matrices, uniform on [−1, 1).
    struct Seeded {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func next() -> Double { Double.random(in: -1..<1, using: &generator) }
    }

    func random(_ m: Int, _ n: Int, rank: Int? = nil, _ g: inout Seeded) -> Matrix {
        // A product of m×r and r×n factors has rank r (almost surely).
        let r = rank ?? min(m, n)
        var a = Matrix(rows: m, columns: n)
        let left = (0..<(m * r)).map { _ in g.next() }, right = (0..<(r * n)).map { _ in g.next() }
        for i in 0..<m { for j in 0..<n { a[i, j] = (0..<r).reduce(0) { $0 + left[i * r + $1] * right[$1 * n + j] } } }
        return a
    }

    @Test func theDecompositionRebuildsTheMatrixWithOrthonormalFactors() throws {
        var g = Seeded(state: 7)
        for (m, n, rank) in [(5, 3, nil), (3, 5, nil), (6, 6, nil), (8, 4, 2), (4, 7, 1), (1, 1, nil), (10, 1, nil), (6, 5, 0)] as [(Int, Int, Int?)] {
            let a = random(m, n, rank: rank, &g)
            let (u, s, v) = try a.singularValueDecomposition()
            let k = min(m, n)
            #expect(u.rows == m && u.columns == k && v.rows == n && v.columns == k && s.count == k)
            #expect(zip(s, s.dropFirst()).allSatisfy { $0 >= $1 } && s.allSatisfy { $0 >= 0 }, "σ decreasing and ≥ 0")
            for i in 0..<m {
                for j in 0..<n {
                    let rebuilt = (0..<k).reduce(0) { $0 + u[i, $1] * s[$1] * v[j, $1] }
                    #expect(abs(rebuilt - a[i, j]) < 1e-12 * Double(max(m, n)) + 1e-12, "\(m)×\(n): entry (\(i), \(j))")
                }
            }
            for (q, rows) in [(v, n)] + (rank == 0 ? [] : [(u, m)]) {
                for c in 0..<k where rank.map({ c < $0 }) ?? true {
                    for d in 0..<k where rank.map({ d < $0 }) ?? true {
                        let dot = (0..<rows).reduce(0) { $0 + q[$1, c] * q[$1, d] }
                        #expect(abs(dot - (c == d ? 1 : 0)) < 1e-12, "\(m)×\(n): columns \(c), \(d) orthonormal")
                    }
                }
            }
            if let rank {
                let numerical = s.filter { $0 > 1e-10 * max(s.first ?? 0, 1e-300) }.count
                #expect(numerical == rank || (rank == 0 && (s.first ?? 0) == 0), "\(m)×\(n) of rank \(rank): \(s)")
            }
        }
        let (_, none, _) = try Matrix(rows: 0, columns: 3).singularValueDecomposition()
        #expect(none.isEmpty)
    }

    @Test func knownSingularValues() throws {
        let (_, s, _) = try Matrix(rowArrays: [[3, 0], [0, -4], [0, 0]]).singularValueDecomposition()
        #expect(abs(s[0] - 4) < 1e-14 && abs(s[1] - 3) < 1e-14)
    }

    @Test func theMinimumNormSolutionAgreesWithQROnFullRank() throws {
        var g = Seeded(state: 11)
        for (m, n) in [(6, 3), (4, 4), (9, 5)] {
            let a = random(m, n, &g), b = random(m, 2, &g)
            let qr = try a.leastSquares(b)
            let (x, rank, _) = try a.minimumNormLeastSquares(b)
            #expect(rank == n)
            #expect(zip(qr.storage, x.storage).allSatisfy { abs($0 - $1) < 1e-10 }, "\(m)×\(n)")
        }
    }

    /// On rank-deficient matrices the solution is the pseudo-inverse's: it satisfies the normal
    /// equations and has no component in the null space, checked against the SVD.
    @Test func rankDeficientSystemsGetThePseudoInverseSolution() throws {
        var g = Seeded(state: 13)
        for (m, n, r) in [(6, 4, 2), (5, 5, 3), (3, 6, 2), (7, 3, 1)] {
            let a = random(m, n, rank: r, &g), b = random(m, 1, &g)
            let (x, rank, s) = try a.minimumNormLeastSquares(b, relativeCondition: 1e-10)
            #expect(rank == r && s.count == min(m, n), "\(m)×\(n) of rank \(r): rank \(rank)")
            let (u, sigma, v) = try a.singularValueDecomposition()
            for j in 0..<n {
                // x = Σ_{c<r} v_c (u_cᵀ b) / σ_c
                var expected = 0.0
                for c in 0..<r { expected += v[j, c] * (0..<m).reduce(0) { $0 + u[$1, c] * b[$1, 0] } / sigma[c] }
                #expect(abs(x[j, 0] - expected) < 1e-9, "\(m)×\(n) of rank \(r): x[\(j)] = \(x[j, 0]), expected \(expected)")
            }
        }
        // A zero column: its unknown is 0, the rest solved.
        let (x, rank, _) = try Matrix(rowArrays: [[1, 0], [2, 0]]).minimumNormLeastSquares(Matrix(rowArrays: [[1], [2]]))
        #expect(rank == 1 && abs(x[0, 0] - 1) < 1e-14 && x[1, 0] == 0)
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: 2, columns: 2).minimumNormLeastSquares(Matrix(rows: 3, columns: 1)) }
    }
}
