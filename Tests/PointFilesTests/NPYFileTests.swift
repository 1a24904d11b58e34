import Testing
@testable import PointFiles
import Pareto

@Suite struct NPYFileTests {
    let rows: [[Double]] = [[1, 2, 3], [4, 5, 6]]

    @Test(arguments: [UInt8(1), 2, 3])
    func cOrderFloat64IsReadInEveryFormatVersion(major: UInt8) throws {
        let file = try NPYFile(bytes: NPYTestData.rowsFile(rows, major: major), name: "a.npy")
        #expect(file.points == (try PointSet(rows: rows)))
        #expect(file.dtype == "<f8" && !file.isFortranOrder)
    }

    @Test func fortranOrderIsTransposedToRowMajor() throws {
        // Column-major data of [[1,2,3],[4,5,6]]: 1,4, 2,5, 3,6.
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: "<f8", fortran: true, shape: [2, 3]),
                                     data: NPYTestData.float64([1, 4, 2, 5, 3, 6]))
        let file = try NPYFile(bytes: bytes, name: "f.npy")
        #expect(file.points == (try PointSet(rows: rows)))
        #expect(file.isFortranOrder)
    }

    @Test func float32IsWidenedExactly() throws {
        let values: [Float] = [0.1, 2.5, -3, 1e-3]
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: "<f4", fortran: false, shape: [2, 2]),
                                     data: NPYTestData.float32(values))
        let file = try NPYFile(bytes: bytes, name: "s.npy")
        #expect(file.points.values == values.map(Double.init))
    }

    @Test(arguments: ["|f8", "=f8", "f8"])
    func nativeByteOrderMarksAreAccepted(descr: String) throws {
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: descr, fortran: false, shape: [1, 2]),
                                     data: NPYTestData.float64([7, 8]))
        #expect(try NPYFile(bytes: bytes, name: "n.npy").points.values == [7, 8])
    }

    @Test func bigEndianIsByteSwapped() throws {
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: ">f8", fortran: false, shape: [1, 2]),
                                     data: NPYTestData.float64([1.5, -2], bigEndian: true))
        #expect(try NPYFile(bytes: bytes, name: "b.npy").points.values == [1.5, -2])
    }

    @Test func zeroRowsGiveAnEmptyPointSet() throws {
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: "<f8", fortran: false, shape: [0, 3]), data: [])
        let file = try NPYFile(bytes: bytes, name: "e.npy")
        #expect(file.points.isEmpty && file.points.dimensions == 3)
    }

    @Test func badMagicIsNotNumPy() {
        #expect(throws: PointFileError.notNumPy(file: "x.npy")) {
            try NPYFile(bytes: Array("index,a\n1,2\n".utf8), name: "x.npy")
        }
    }

    @Test func emptyBytesAreAnEmptyFile() {
        #expect(throws: PointFileError.emptyFile(file: "x.npy")) { try NPYFile(bytes: [], name: "x.npy") }
    }

    @Test func truncatedDataReportsExpectedAndFoundBytes() {
        let full = NPYTestData.rowsFile(rows)
        #expect(throws: PointFileError.truncated(file: "t.npy", expectedBytes: 48, foundBytes: 40)) {
            try NPYFile(bytes: Array(full.dropLast(8)), name: "t.npy")
        }
        // The chunked path (Fortran order) reports the same way.
        let fortran = NPYTestData.file(header: NPYTestData.header(descr: "<f4", fortran: true, shape: [2, 3]),
                                       data: NPYTestData.float32([1, 2, 3, 4, 5]))
        #expect(throws: PointFileError.truncated(file: "t.npy", expectedBytes: 24, foundBytes: 20)) {
            try NPYFile(bytes: fortran, name: "t.npy")
        }
    }

    @Test(arguments: ["<i8", "<f2", "<c16", "|b1"])
    func unsupportedDTypeIsNamed(descr: String) {
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: descr, fortran: false, shape: [1, 1]),
                                     data: [UInt8](repeating: 0, count: 16))
        #expect(throws: PointFileError.unsupportedDType(file: "d.npy", dtype: descr)) {
            try NPYFile(bytes: bytes, name: "d.npy")
        }
        let message = PointFileError.unsupportedDType(file: "d.npy", dtype: descr).description
        #expect(message.contains("d.npy") && message.contains(descr))
    }

    @Test(arguments: [[6], [1, 2, 3], []])
    func shapesOtherThanTwoDimensionsAreRejected(shape: [Int]) {
        let count = shape.reduce(1, *)
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: "<f8", fortran: false, shape: shape),
                                     data: NPYTestData.float64([Double](repeating: 1, count: count)))
        #expect(throws: PointFileError.unsupportedShape(file: "s.npy", shape: shape)) {
            try NPYFile(bytes: bytes, name: "s.npy")
        }
    }

    @Test func nonFiniteElementReportsRowAndColumn() {
        let bytes = NPYTestData.rowsFile([[1, 2], [3, 4], [5, .infinity]])
        #expect(throws: PointFileError.nonFiniteElement(file: "n.npy", row: 2, column: 1, value: .infinity)) {
            try NPYFile(bytes: bytes, name: "n.npy")
        }
    }

    @Test func nanInAFortranOrderFileReportsTheRowMajorPosition() throws {
        // Column-major data of [[1, 2], [nan, 4]]: 1, nan, 2, 4.
        let bytes = NPYTestData.file(header: NPYTestData.header(descr: "<f8", fortran: true, shape: [2, 2]),
                                     data: NPYTestData.float64([1, .nan, 2, 4]))
        do {
            _ = try NPYFile(bytes: bytes, name: "n.npy")
            Issue.record("expected an error")
        } catch {
            guard case let .nonFiniteElement(_, row, column, value) = error else { Issue.record("\(error)"); return }
            #expect(row == 1 && column == 0 && value.isNaN)
        }
    }

    @Test func unsupportedVersionIsReported() {
        var bytes = NPYTestData.rowsFile(rows)
        bytes[6] = 4
        #expect(throws: PointFileError.unsupportedNumPyVersion(file: "v.npy", major: 4, minor: 0)) {
            try NPYFile(bytes: bytes, name: "v.npy")
        }
    }

    @Test func headerWithoutShapeIsMalformed() {
        let bytes = NPYTestData.file(header: "{'descr': '<f8', 'fortran_order': False, }", data: [])
        #expect(throws: PointFileError.malformedNumPyHeader(file: "h.npy", reason: "no 'shape' entry")) {
            try NPYFile(bytes: bytes, name: "h.npy")
        }
    }

    /// Seeded random arrays survive a write/read round trip in both orders and at sizes that
    /// cross the reader's internal block boundaries.
    @Test(arguments: 0..<6)
    func randomArraysRoundTrip(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        // 70,000 × 3 values span several of the reader's 65,536-element chunks, with chunk
        // boundaries in the middle of a column.
        let n = [0, 1, 4095, 4097, 70_000, 300][seed], d = [1, 2, 3, 4, 3, 2][seed]
        let values = (0..<(n * d)).map { _ in Double.random(in: -1e6...1e6, using: &rng) }
        let cOrder = NPYTestData.file(header: NPYTestData.header(descr: "<f8", fortran: false, shape: [n, d]),
                                      data: NPYTestData.float64(values))
        #expect(try NPYFile(bytes: cOrder, name: "r.npy").points.values == values)
        var columnMajor = [Double](repeating: 0, count: n * d)
        for i in 0..<n { for j in 0..<d { columnMajor[j * n + i] = values[i * d + j] } }
        let fOrder = NPYTestData.file(header: NPYTestData.header(descr: "<f8", fortran: true, shape: [n, d]),
                                      data: NPYTestData.float64(columnMajor))
        #expect(try NPYFile(bytes: fOrder, name: "r.npy").points.values == values)
        let bigEndianFortran = NPYTestData.file(header: NPYTestData.header(descr: ">f8", fortran: true, shape: [n, d]),
                                                data: NPYTestData.float64(columnMajor, bigEndian: true))
        #expect(try NPYFile(bytes: bigEndianFortran, name: "r.npy").points.values == values)
        let floats = values.map { Float($0) }
        let f4 = NPYTestData.file(header: NPYTestData.header(descr: "<f4", fortran: false, shape: [n, d]),
                                  data: NPYTestData.float32(floats))
        #expect(try NPYFile(bytes: f4, name: "r.npy").points.values == floats.map(Double.init))
    }

    @Test func firstNonFiniteIndexFindsTheFirstBadValueAcrossBlocks() {
        var values = [Double](repeating: 1, count: 10_000)
        #expect(firstNonFiniteIndex(values) == nil)
        values[9_000] = -.infinity
        values[5_000] = .nan
        #expect(firstNonFiniteIndex(values) == 5_000)
        #expect(firstNonFiniteIndex([.greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude]) == nil)
    }
}
