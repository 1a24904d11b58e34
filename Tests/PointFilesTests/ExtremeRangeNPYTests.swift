import Testing
import Pareto
@testable import PointFiles

/// The `npy` fuzz target's input that once trapped a bucketing pre-filter: a column too narrow
/// (subnormal differences) next to columns spanning up to 1e243. Read through the reader, then
/// filtered by every algorithm (the filters' own extreme-range tests are in ParetoTests).
@Suite struct ExtremeRangeNPYTests {
    /// The fuzzer's input: a 3 × 5 Fortran-order float64 array whose fifth column holds
    /// subnormals (3.47e-310 … 2.4e-319) and whose other columns span up to 1e243.
    static let fuzzCrash: [UInt8] = hexBytes("""
        934e554d5059010076007b276465736372273a20273c6638272c202775652c2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b\
        2b2b2b2b2b2b6372273a20273c66342728002c2027666f727472616e5f6f72646572273a20547275652c202773686170\
        6520277368617065273a2028332c203529932c207d202020202020202020202020202020202020202020202020202020\
        d2d22b00000000202766010060000000000f203229666f727472616e5f6f72646572273a2046616c73652c2027736861\
        7065273a20282032292c207d2020202020202020206639202020200a6e5f6f72646500000000f83f0000000000000440\
        0000e0bf000000000000e03f00000000009300f83f003f00000000004e00
        """)

    @Test func fuzzCrashInputMatchesBruteForce() throws {
        let file = try NPYFile(bytes: Self.fuzzCrash, name: "crash.npy")
        #expect(file.points.count == 3 && file.points.dimensions == 5)
        let expected = try bruteForceNonDominatedIndices(file.points)
        for algorithm in [FrontierAlgorithm.automatic, .manyObjectives] {
            #expect(try nonDominatedIndices(file.points, algorithm: algorithm) == expected, "\(algorithm)")
        }
    }
}

func hexBytes(_ hex: String) -> [UInt8] {
    let digits = Array(hex.filter(\.isHexDigit))
    return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16)! }
}
