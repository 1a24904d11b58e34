import Foundation
import Testing

/// End-to-end tests of `frontier pareto`: the built binary on small files written here.
@Suite struct ParetoCommandTests {
    // Maximizing both: rows 0, 1 and 3 are non-dominated (3 duplicates 1), row 2 is dominated.
    let csvWithHeader = "cost,benefit\n1,3\n2,2\n1,1\n2,2\n"

    @Test func csvWithHeaderPrintsFrontierRowsWithTheirIndices() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        let r = try t.run(["pareto", path])
        #expect(r.status == 0)
        #expect(r.standardOutput == "index,cost,benefit\n0,1.0,3.0\n1,2.0,2.0\n3,2.0,2.0\n")
        #expect(r.standardError.isEmpty)
    }

    @Test func csvWithoutHeaderNamesColumnsX0X1() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("n.csv", text: "1,3\n2,2\n1,1\n")
        let r = try t.run(["pareto", path])
        #expect(r.status == 0)
        #expect(r.standardOutput == "index,x0,x1\n0,1.0,3.0\n1,2.0,2.0\n")
    }

    @Test func noHeaderFlagReadsANumericLookingFirstLineAsData() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("y.csv", text: "2019,2020\n1,1\n")
        #expect(try t.run(["pareto", path, "--header"]).standardOutput == "index,2019,2020\n0,1.0,1.0\n")
        #expect(try t.run(["pareto", path, "--no-header"]).standardOutput == "index,x0,x1\n0,2019.0,2020.0\n")
    }

    @Test func senseListMinimizesTheChosenColumns() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        // Minimize cost, maximize benefit: (1,3) dominates everything else.
        let r = try t.run(["pareto", path, "--sense", "min,max"])
        #expect(r.status == 0)
        #expect(r.standardOutput == "index,cost,benefit\n0,1.0,3.0\n")
        // A single "min" applies to every column: (1,1) dominates everything else.
        #expect(try t.run(["pareto", path, "--sense", "min"]).standardOutput == "index,cost,benefit\n2,1.0,1.0\n")
    }

    @Test func valuesRoundTripThroughTheCSVOutput() throws {
        let t = try FrontierToolRunner()
        let values = [0.1, 1.0 / 3.0, 1e-300, 123456789.123456789]
        let path = try t.write("r.csv", text: values.map { "\($0),\(-$0)" }.joined(separator: "\n"))
        let r = try t.run(["pareto", path, "--sense", "max,max"])
        let printed = r.standardOutput.split(separator: "\n").dropFirst().map { line in
            line.split(separator: ",").dropFirst().map { Double(String($0))! }
        }
        // Larger first column means smaller second: every row is non-dominated.
        #expect(printed.map { $0[0] } == values)
    }

    @Test func jsonOutputHasCountsAndFrontierEntries() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        let r = try t.run(["pareto", path, "--format", "json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any]
        #expect(object?["points"] as? Int == 4)
        #expect(object?["dimensions"] as? Int == 2)
        #expect(object?["columns"] as? [String] == ["cost", "benefit"])
        let frontier = object?["frontier"] as? [[String: Any]] ?? []
        #expect(frontier.map { $0["index"] as? Int } == [0, 1, 3])
        #expect(frontier.map { $0["values"] as? [Double] } == [[1, 3], [2, 2], [2, 2]])
    }

    @Test func jsonOutputForAnEmptyFrontierIsValid() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("e.csv", text: "a,b\n")
        let r = try t.run(["pareto", path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any]
        #expect(object?["points"] as? Int == 0)
        #expect((object?["frontier"] as? [Any])?.isEmpty == true)
    }

    @Test func timingPrintsExactlyOneLineOnStandardError() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        let r = try t.run(["pareto", path, "--timing"])
        #expect(r.status == 0)
        let lines = r.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty)
        let pattern = #/^timing read_ms=\d+\.\d{3} frontier_ms=\d+\.\d{3} points=4 frontier=3$/#
        #expect(String(lines[0]).wholeMatch(of: pattern) != nil, "\(r.standardError)")
        #expect(r.standardOutput.hasPrefix("index,cost,benefit\n"))
    }

    @Test func repeatGivesTheSameOutputAndOneTimingLine() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        let once = try t.run(["pareto", path])
        let r = try t.run(["pareto", path, "--timing", "--repeat", "5"])
        #expect(r.status == 0)
        #expect(r.standardOutput == once.standardOutput)
        let lines = r.standardError.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("timing read_ms="), "\(r.standardError)")
    }

    @Test func npyFloat64InCOrder() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("c.npy", NPYBytes.make(descr: "<f8", fortran: false, shape: [3, 2],
                                                      data: NPYBytes.float64([1, 3, 2, 2, 1, 1])))
        let r = try t.run(["pareto", path])
        #expect(r.status == 0)
        #expect(r.standardOutput == "index,x0,x1\n0,1.0,3.0\n1,2.0,2.0\n")
    }

    @Test func npyFloat64InFortranOrder() throws {
        let t = try FrontierToolRunner()
        // Rows (1,3), (2,2), (1,1) stored column by column.
        let path = try t.write("f.npy", NPYBytes.make(descr: "<f8", fortran: true, shape: [3, 2],
                                                      data: NPYBytes.float64([1, 2, 1, 3, 2, 1])))
        let r = try t.run(["pareto", path])
        #expect(r.standardOutput == "index,x0,x1\n0,1.0,3.0\n1,2.0,2.0\n")
    }

    @Test func npyFloat32IsRecognizedByMagicWithoutExtension() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("points.bin", NPYBytes.make(descr: "<f4", fortran: false, shape: [3, 2],
                                                           data: NPYBytes.float32([0.5, 3, 2, 2, 1, 1])))
        let r = try t.run(["pareto", path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any]
        let frontier = object?["frontier"] as? [[String: Any]] ?? []
        #expect(frontier.map { $0["values"] as? [Double] } == [[0.5, 3], [2, 2]])
    }

    // MARK: Errors: one line on standard error, exit status 2

    func expectFailure(_ arguments: [String], in t: FrontierToolRunner, containing parts: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try t.run(arguments)
        #expect(r.status == 2, "status \(r.status): \(r.standardError)", sourceLocation: sourceLocation)
        #expect(r.standardOutput.isEmpty, sourceLocation: sourceLocation)
        let lines = r.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(r.standardError)", sourceLocation: sourceLocation)
        #expect(r.standardError.hasPrefix("frontier: error: "), sourceLocation: sourceLocation)
        for part in parts {
            #expect(r.standardError.contains(part), "missing \(part) in \(r.standardError)", sourceLocation: sourceLocation)
        }
    }

    @Test func missingFileFails() throws {
        let t = try FrontierToolRunner()
        try expectFailure(["pareto", "nope.csv"], in: t, containing: ["nope.csv", "No such file"])
    }

    @Test func raggedCSVLineFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("r.csv", text: "a,b\n1,2\n3\n")
        try expectFailure(["pareto", path], in: t, containing: ["r.csv:3:", "expected 2 columns", "found 1"])
    }

    @Test func nonNumericCellFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("data.csv", text: "x,y\n1,2\n3,abc\n")
        try expectFailure(["pareto", path], in: t, containing: ["data.csv:3: column 2: \"abc\" is not a number"])
    }

    @Test func nanCellFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("n.csv", text: "1,2\nNaN,4\n")
        try expectFailure(["pareto", path], in: t, containing: ["n.csv:2: column 1:", "\"NaN\"", "not finite"])
    }

    @Test func nanInNpyFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("n.npy", NPYBytes.make(descr: "<f8", fortran: false, shape: [2, 2],
                                                      data: NPYBytes.float64([1, 2, 3, .nan])))
        try expectFailure(["pareto", path], in: t, containing: ["n.npy", "row 1, column 1", "not finite"])
    }

    @Test func unsupportedNpyDTypeFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("i.npy", NPYBytes.make(descr: "<i8", fortran: false, shape: [1, 2],
                                                      data: [UInt8](repeating: 0, count: 16)))
        try expectFailure(["pareto", path], in: t, containing: ["i.npy", "'<i8'"])
    }

    @Test func oneDimensionalNpyFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("v.npy", NPYBytes.make(descr: "<f8", fortran: false, shape: [2],
                                                      data: NPYBytes.float64([1, 2])))
        try expectFailure(["pareto", path], in: t, containing: ["v.npy", "shape (2,)", "2 dimensions"])
    }

    @Test func truncatedNpyFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("t.npy", NPYBytes.make(descr: "<f8", fortran: false, shape: [2, 2],
                                                      data: NPYBytes.float64([1, 2, 3])))
        try expectFailure(["pareto", path], in: t, containing: ["t.npy", "truncated", "32 bytes", "24"])
    }

    @Test func emptyFileFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("e.csv", text: "")
        try expectFailure(["pareto", path], in: t, containing: ["e.csv", "empty"])
    }

    @Test func senseListOfTheWrongLengthFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        try expectFailure(["pareto", path, "--sense", "max,min,max"], in: t,
                          containing: ["--sense", "3 senses", "2 columns"])
    }

    @Test func unknownSenseWordFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        try expectFailure(["pareto", path, "--sense", "max,best"], in: t, containing: ["--sense", "'best'"])
    }

    @Test func unknownFormatFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        try expectFailure(["pareto", path, "--format", "xml"], in: t, containing: ["--format", "'xml'"])
    }

    @Test func repeatBelowOneFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("h.csv", text: csvWithHeader)
        try expectFailure(["pareto", path, "--repeat", "0"], in: t, containing: ["--repeat", "at least 1", "0"])
    }

    @Test func aLineOverTheLimitFailsAndTheOptionRaisesTheLimit() throws {
        let t = try FrontierToolRunner()
        let line = String(repeating: "1,", count: 99) + "2"   // 199 bytes, 100 columns
        let path = try t.write("wide.csv", text: line + "\n" + line.replacingOccurrences(of: "2", with: "0") + "\n")
        try expectFailure(["pareto", path, "--max-line-bytes", "100"], in: t,
                          containing: ["wide.csv:1:", "longer than 100 bytes", "--max-line-bytes"])
        let r = try t.run(["pareto", path, "--max-line-bytes", "199"])
        #expect(r.status == 0)
        #expect(r.standardOutput.split(separator: "\n").count == 2)   // the header and row 0
        try expectFailure(["pareto", path, "--max-line-bytes", "0"], in: t, containing: ["--max-line-bytes", "at least 1"])
    }

    @Test func aNumPyHeaderClaimingATrillionRowsFailsWithoutAllocating() throws {
        let t = try FrontierToolRunner()
        let header = "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000, 2), }"
        var text = Array(header.utf8)
        text += [UInt8](repeating: 0x20, count: (64 - (10 + text.count + 1) % 64) % 64) + [0x0A]
        let bytes: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0, UInt8(text.count), 0] + text + [UInt8](repeating: 0, count: 16)
        let path = try t.write("huge.npy", bytes)
        try expectFailure(["pareto", path], in: t, containing: ["huge.npy", "truncated", "16000000000000 bytes", "has 16"])
    }
}
