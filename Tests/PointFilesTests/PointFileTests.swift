import Testing
@testable import PointFiles
import Pareto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct PointFileTests {
    /// Writes `bytes` to a fresh temporary file and returns its path.
    func temporaryFile(_ name: String, _ bytes: [UInt8]) -> String {
        var template = Array("/tmp/frontier-pointfile-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        let path = dir + "/" + name
        let handle = fopen(path, "wb")!
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        fclose(handle)
        return path
    }

    @Test func npyIsRecognizedByExtension() throws {
        let path = temporaryFile("points.NPY", NPYTestData.rowsFile([[1, 2], [3, 4]]))
        let file = try PointFile(contentsOf: path)
        #expect(file.format == .npy && file.columnNames == ["x0", "x1"] && file.points.values == [1, 2, 3, 4])
    }

    @Test func npyIsRecognizedByMagicWithoutTheExtension() throws {
        let path = temporaryFile("points.dat", NPYTestData.rowsFile([[5, 6]]))
        #expect(try PointFile(contentsOf: path).format == .npy)
    }

    @Test func otherFilesAreReadAsCSV() throws {
        let path = temporaryFile("points.txt", Array("u,v\n1,2\n".utf8))
        let file = try PointFile(contentsOf: path)
        #expect(file.format == .csv && file.columnNames == ["u", "v"])
        let forced = try PointFile(contentsOf: temporaryFile("n.csv", Array("1,2\n".utf8)), csvHeader: .present)
        #expect(forced.columnNames == ["1", "2"] && forced.points.isEmpty)
    }

    @Test func missingFileIsUnreadableAndNamed() {
        do {
            _ = try PointFile(contentsOf: "/nonexistent/dir/p.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("/nonexistent/dir/p.csv: cannot read the file"))
        }
    }

    @Test func largeCSVFileIsReadCompletely() throws {
        // Larger than the reader's 1 MiB read chunk.
        var text = "a,b\n"
        for i in 0..<100_000 { text += "\(i),\(Double(i) / 7)\n" }
        let file = try PointFile(contentsOf: temporaryFile("big.csv", Array(text.utf8)))
        #expect(file.points.count == 100_000)
        #expect(file.points[99_999, 1] == 99_999.0 / 7)
    }
}
