import Testing
@testable import LinearAlgebra

@Suite struct MatrixMultiplyTests {
    @Test(arguments: MatrixProductMethod.allCases)
    func twoByThreeTimesThreeByTwoMatchesHandComputation(method: MatrixProductMethod) throws {
        let a = try Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])
        let b = try Matrix(rowArrays: [[7, 8], [9, 10], [11, 12]])
        let c = try a.multiplied(by: b, method: method)
        // [1·7+2·9+3·11, 1·8+2·10+3·12; 4·7+5·9+6·11, 4·8+5·10+6·12]
        #expect(c == (try Matrix(rowArrays: [[58, 64], [139, 154]])))
    }

    @Test func rowArraysAreStoredColumnMajor() throws {
        let a = try Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])
        #expect(a.rows == 2 && a.columns == 3)
        #expect(a.storage == [1, 4, 2, 5, 3, 6])
        #expect(a[1, 2] == 6 && a[0, 1] == 2)
        #expect(Array(a.column(1)) == [2, 5])
        #expect(a == (try Matrix(rows: 2, columns: 3, columnMajor: [1, 4, 2, 5, 3, 6])))
    }

    @Test(arguments: MatrixProductMethod.allCases)
    func threeByTwoTimesTwoByThreeGivesAThreeByThreeResult(method: MatrixProductMethod) throws {
        let a = try Matrix(rowArrays: [[1, 0], [0, 1], [2, 3]])
        let b = try Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])
        let c = try a.multiplied(by: b, method: method)
        #expect(c == (try Matrix(rowArrays: [[1, 2, 3], [4, 5, 6], [14, 19, 24]])))
    }

    @Test(arguments: MatrixProductMethod.allCases)
    func emptyDimensionsGiveEmptyOrZeroResults(method: MatrixProductMethod) throws {
        let zeroRows = try Matrix(rows: 0, columns: 3, columnMajor: [])
        let threeByTwo = try Matrix(rowArrays: [[1, 2], [3, 4], [5, 6]])
        let r1 = try zeroRows.multiplied(by: threeByTwo, method: method)
        #expect(r1.rows == 0 && r1.columns == 2 && r1.storage.isEmpty)

        // Inner dimension 0: the product is the 2×3 zero matrix.
        let twoByZero = try Matrix(rows: 2, columns: 0, columnMajor: [])
        let zeroByThree = try Matrix(rows: 0, columns: 3, columnMajor: [])
        let r2 = try twoByZero.multiplied(by: zeroByThree, method: method)
        #expect(r2 == Matrix(rows: 2, columns: 3, repeating: 0))

        let r3 = try threeByTwo.multiplied(by: try Matrix(rows: 2, columns: 0, columnMajor: []), method: method)
        #expect(r3.rows == 3 && r3.columns == 0)
    }

    @Test func shapeMismatchIsAnErrorNamingBothShapes() throws {
        let a = try Matrix(rowArrays: [[1, 2, 3], [4, 5, 6]])
        #expect(throws: LinearAlgebraError.shapeMismatch("cannot multiply 2×3 by 2×3")) {
            try a.multiplied(by: a)
        }
        let error = LinearAlgebraError.shapeMismatch("cannot multiply 2×3 by 2×3")
        #expect(error.description == "shape mismatch: cannot multiply 2×3 by 2×3")
    }

    @Test func initializersRejectTheWrongCountAndRaggedRows() {
        #expect(throws: LinearAlgebraError.self) {
            try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3])
        }
        #expect(throws: LinearAlgebraError.self) {
            try Matrix(rowArrays: [[1, 2], [3]])
        }
    }

    @Test func automaticRuleUsesTheLoopOnlyForTallSkinnyProducts() {
        #expect(Matrix.smallProductLimit == 16)
        #expect(Matrix.usesSmallInnerLoop(innerDimension: 8, outputColumns: 2))
        #expect(Matrix.usesSmallInnerLoop(innerDimension: 16, outputColumns: 16))
        // The cost-sharing model's features · weights: 21 columns times 2.
        #expect(Matrix.usesSmallInnerLoop(innerDimension: 21, outputColumns: 2))
        #expect(Matrix.usesSmallInnerLoop(innerDimension: 64, outputColumns: 2))
        #expect(!Matrix.usesSmallInnerLoop(innerDimension: 65, outputColumns: 2))
        #expect(!Matrix.usesSmallInnerLoop(innerDimension: 8, outputColumns: 17))
    }

    /// Both kernels agree with a naive triple loop on seeded random shapes, including row
    /// counts around the loop's block size and shapes on both sides of the automatic rule.
    @Test(arguments: 0..<12)
    func kernelsAgreeWithANaiveProductOnRandomShapes(seed: Int) throws {
        var rng = TestRNG(seed: UInt64(seed))
        let n = [1, 7, 255, 256, 257, 1000][seed % 6]
        let k = 1 + Int(rng.next() % 20), m = 1 + Int(rng.next() % 20)
        let a = try Matrix(rows: n, columns: k, columnMajor: (0..<(n * k)).map { _ in rng.unit() * 2 - 1 })
        let b = try Matrix(rows: k, columns: m, columnMajor: (0..<(k * m)).map { _ in rng.unit() * 2 - 1 })
        var expected = Matrix(rows: n, columns: m)
        for i in 0..<n {
            for j in 0..<m {
                var s = 0.0
                for p in 0..<k { s += a[i, p] * b[p, j] }
                expected[i, j] = s
            }
        }
        for method in MatrixProductMethod.allCases {
            let c = try a.multiplied(by: b, method: method)
            #expect(c.rows == n && c.columns == m)
            let worst = zip(c.storage, expected.storage).map { abs($0 - $1) }.max() ?? 0
            #expect(worst < 1e-12, "method \(method), shape \(n)×\(k)·\(k)×\(m)")
        }
    }
}

/// SplitMix64, local so these tests depend on LinearAlgebra only.
struct TestRNG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
