import Foundation
import Testing
@testable import PointFiles
import Pareto

/// Inputs that used to make the readers allocate far beyond their data: each is now refused,
/// before the allocation, with an error naming the limit.
@Suite struct PointFileLimitsTests {
    func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("PointFileLimitsTests-\(UUID().uuidString)-\(name)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    // MARK: CSV line length

    @Test func aLineOverTheLimitIsRefusedWithItsLineNumber() {
        let limits = PointFileLimits(maximumCSVLineBytes: 100)
        let long = String(repeating: "1,", count: 60) + "1"   // 121 bytes
        #expect(throws: PointFileError.lineTooLong(file: "w.csv", line: 2, limit: 100)) {
            try CSVPointFile(text: "a,b\n" + long + "\n", name: "w.csv", limits: limits)
        }
        // Exactly at the limit (a CRLF line break not counted) is accepted.
        let exact = String(repeating: "1,", count: 49) + "10"   // 100 bytes, 50 cells
        let file = try? CSVPointFile(bytes: Array((exact + "\r\n" + exact + "\r\n").utf8), name: "e.csv", header: .absent, limits: limits)
        #expect(file?.points.count == 2)
        #expect(file?.points.dimensions == 50)
    }

    @Test func aOneLineFileIsRefusedAfterReadingAboutTheLimit() throws {
        // 3 MiB of "0," without a newline: over the default 1 MiB. Reading stops at the limit
        // (the error is the same however long the file is).
        let path = try temporaryFile("one-line.csv", Array(repeating: Array("0,".utf8), count: 3 << 19).flatMap { $0 } + [0x30])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: PointFileError.lineTooLong(file: path, line: 1, limit: 1 << 20)) {
            try PointFile(contentsOf: path)
        }
        // Raising the limit reads it: 1,572,865 columns of zeros.
        let wide = try PointFile(contentsOf: path, limits: PointFileLimits(maximumCSVLineBytes: 4 << 20))
        #expect(wide.points.count == 1)
    }

    @Test func theLineErrorNamesTheLimitAndHowToRaiseIt() {
        let text = PointFileError.lineTooLong(file: "w.csv", line: 7, limit: 1_048_576).description
        #expect(text == "w.csv:7: the line is longer than 1048576 bytes, the limit for one CSV line "
            + "(raise it with --max-line-bytes, PointFileLimits.maximumCSVLineBytes)")
    }

    // MARK: NumPy shape and header

    /// A header that claims 10¹² rows of 2 float64 columns, followed by one row of data.
    static let trillionRows = NPYTestData.file(
        header: NPYTestData.header(descr: "<f8", fortran: false, shape: [1_000_000_000_000, 2]),
        data: NPYTestData.float64([1, 2]))

    @Test func aShapeTheDataCannotBackIsRefusedBeforeAllocating() throws {
        // Before: a 16 TB allocation (a crash). Now: truncated, with what the file holds.
        #expect(throws: PointFileError.truncated(file: "t.npy", expectedBytes: 16_000_000_000_000, foundBytes: 16)) {
            try NPYFile(bytes: Self.trillionRows, name: "t.npy")
        }
        let path = try temporaryFile("t.npy", Self.trillionRows)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: PointFileError.truncated(file: path, expectedBytes: 16_000_000_000_000, foundBytes: 16)) {
            try NPYFile(contentsOf: path)
        }
    }

    @Test func aShapeIsCheckedAgainstDataReadFromAPipe() throws {
        // A pipe has no size: the data is read as far as it goes, then the shape is checked.
        let pipe = Pipe()
        let bytes = Self.trillionRows
        let writer = Thread { pipe.fileHandleForWriting.write(Data(bytes)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        let path = "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"
        #expect(throws: PointFileError.truncated(file: path, expectedBytes: 16_000_000_000_000, foundBytes: 16)) {
            try NPYFile(contentsOf: path)
        }
    }

    @Test func aHeaderOverTheLimitIsRefusedBeforeItIsRead() {
        // Version 2.0: a 4-byte header length of 0xFFFFFFF0 (4 GiB), then nothing.
        let bytes: [UInt8] = NPYFile.magic + [2, 0, 0xF0, 0xFF, 0xFF, 0xFF]
        #expect(throws: PointFileError.numPyHeaderTooLong(file: "h.npy", length: 0xFFFF_FFF0, limit: 10_000)) {
            try NPYFile(bytes: bytes, name: "h.npy")
        }
        // A normal header is far below the default, and a lower limit applies.
        let small = NPYTestData.file(header: NPYTestData.header(descr: "<f8", fortran: false, shape: [1, 1]), data: NPYTestData.float64([3]))
        #expect(throws: PointFileError.numPyHeaderTooLong(file: "s.npy", length: 118, limit: 100)) {
            try NPYFile(bytes: small, name: "s.npy", limits: PointFileLimits(maximumNumPyHeaderBytes: 100))
        }
        #expect((try? NPYFile(bytes: small, name: "s.npy"))?.points.values == [3])
    }
}
