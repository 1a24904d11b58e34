import Foundation
import Testing

/// Runs `arguments` and checks the one-line failure report: status 2, nothing on standard output,
/// one line on standard error starting "frontier: error: " and containing every part.
func expectToolFailure(_ arguments: [String], in t: FrontierToolRunner, containing parts: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
    let r = try t.run(arguments)
    #expect(r.status == 2, "status \(r.status): \(r.standardError)", sourceLocation: sourceLocation)
    #expect(r.standardOutput.isEmpty, sourceLocation: sourceLocation)
    #expect(r.standardError.split(separator: "\n").count == 1, "\(r.standardError)", sourceLocation: sourceLocation)
    #expect(r.standardError.hasPrefix("frontier: error: "), sourceLocation: sourceLocation)
    for part in parts {
        #expect(r.standardError.contains(part), "missing \(part) in \(r.standardError)", sourceLocation: sourceLocation)
    }
}

/// End-to-end tests of `frontier hypervolume`: the built binary on small files written here.
@Suite struct HypervolumeCommandTests {
    // Boxes 1×3, 2×2 and 3×1 from the origin: union 6, each point's exclusive part 1.
    let staircase = "a,b\n1,3\n2,2\n3,1\n"

    @Test func printsTheHypervolumeAloneOnOneLine() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        let r = try t.run(["hypervolume", path, "--reference", "0,0"])
        #expect(r.status == 0)
        #expect(r.standardOutput == "6.0\n")
        #expect(r.standardError.isEmpty)
    }

    @Test func valueIsTheShortestRoundTripDecimal() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("p.csv", text: "0.1,0.2\n")
        let r = try t.run(["hypervolume", path, "--reference", "0,0"])
        #expect(r.standardOutput == "\((0.1 * 0.2).description)\n")
        #expect(r.standardOutput == "0.020000000000000004\n")
    }

    @Test func senseListMinimizesTheChosenColumns() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        // Minimizing both from (4, 4): gains (3,1), (2,2), (1,3), the same union of 6.
        #expect(try t.run(["hypervolume", path, "--reference", "4,4", "--sense", "min"]).standardOutput == "6.0\n")
        // Minimizing the first only, from (4, 0): gains (3,3), (2,2), (1,1): only the first counts.
        #expect(try t.run(["hypervolume", path, "--reference", "4,0", "--sense", "min,max"]).standardOutput == "9.0\n")
    }

    @Test func negativeReferenceValuesNeedTheEqualsForm() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        // Gains (2,4), (3,3), (4,2): 2·4 + 1·3 + 1·2 = 13.
        #expect(try t.run(["hypervolume", path, "--reference=-1,-1"]).standardOutput == "13.0\n")
    }

    @Test func threeObjectivesFromANumPyFile() throws {
        let t = try FrontierToolRunner()
        // Boxes 2×1×1, 1×2×1, 1×1×2: 6 − 3 + 1 = 4; each point's exclusive part is 1.
        let path = try t.write("c.npy", NPYBytes.make(descr: "<f8", fortran: false, shape: [3, 3],
                                                      data: NPYBytes.float64([2, 1, 1, 1, 2, 1, 1, 1, 2])))
        #expect(try t.run(["hypervolume", path, "--reference", "0,0,0"]).standardOutput == "4.0\n")
        #expect(try t.run(["hypervolume", path, "--reference", "0,0,0", "--contributions"]).standardOutput
                == "index,contribution\n0,1.0\n1,1.0\n2,1.0\n")
    }

    @Test func contributionsAreOneCSVRowPerInputRow() throws {
        let t = try FrontierToolRunner()
        // (1.5, 1.5) is dominated by (2, 2) alone; (-1, 5) does not beat the reference (0, 0).
        let path = try t.write("c.csv", text: "1,3\n2,2\n3,1\n1.5,1.5\n-1,5\n")
        let r = try t.run(["hypervolume", path, "--reference", "0,0", "--contributions"])
        #expect(r.status == 0)
        // Removing (2, 2) uncovers (1.5, 1.5)'s box: its exclusive 1 × 1 loses 0.5 × 0.5.
        #expect(r.standardOutput == "index,contribution\n0,1.0\n1,0.75\n2,1.0\n3,0.0\n4,0.0\n")
        let ignored = try t.run(["hypervolume", path, "--reference", "0,0", "--contributions", "--ignore-dominated"])
        #expect(ignored.standardOutput == "index,contribution\n0,1.0\n1,1.0\n2,1.0\n3,0.0\n4,0.0\n")
        // The hypervolume itself ignores the row outside the reference too.
        #expect(try t.run(["hypervolume", path, "--reference", "0,0"]).standardOutput == "6.0\n")
    }

    @Test func copiesOfARowContributeNothing() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("d.csv", text: "1,3\n2,2\n2,2\n3,1\n")
        #expect(try t.run(["hypervolume", path, "--reference", "0,0", "--contributions"]).standardOutput
                == "index,contribution\n0,1.0\n1,0.0\n2,0.0\n3,1.0\n")
    }

    @Test func emptyDataGivesZeroAndAHeaderOnly() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("e.csv", text: "a,b\n")
        #expect(try t.run(["hypervolume", path, "--reference", "0,0"]).standardOutput == "0.0\n")
        #expect(try t.run(["hypervolume", path, "--reference", "0,0", "--contributions"]).standardOutput
                == "index,contribution\n")
    }

    @Test func timingPrintsExactlyOneLineOnStandardError() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        for extra in [[], ["--contributions"]] {
            let r = try t.run(["hypervolume", path, "--reference", "0,0", "--timing"] + extra)
            #expect(r.status == 0)
            let lines = r.standardError.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines[1].isEmpty, "\(r.standardError)")
            let pattern = #/^timing read_ms=\d+\.\d{3} hypervolume_ms=\d+\.\d{3} points=3$/#
            #expect(String(lines[0]).wholeMatch(of: pattern) != nil, "\(r.standardError)")
        }
    }

    // MARK: Errors: one line on standard error, exit status 2

    @Test func referenceOfTheWrongLengthFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        try expectToolFailure(["hypervolume", path, "--reference", "0,0,0"], in: t,
                              containing: ["--reference", "3 values", "s.csv", "2 columns"])
        try expectToolFailure(["hypervolume", path, "--reference", "0"], in: t,
                              containing: ["--reference", "1 values", "2 columns"])
    }

    @Test func nonNumericReferenceFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        try expectToolFailure(["hypervolume", path, "--reference", "0,abc"], in: t,
                              containing: ["--reference", "entry 2", "'abc'", "not a number"])
        try expectToolFailure(["hypervolume", path, "--reference", "0,"], in: t,
                              containing: ["--reference", "entry 2", "not a number"])
    }

    @Test func nonFiniteReferenceFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        try expectToolFailure(["hypervolume", path, "--reference", "inf,0"], in: t,
                              containing: ["--reference", "entry 1", "'inf'", "not a finite number"])
        try expectToolFailure(["hypervolume", path, "--reference", "0,nan"], in: t,
                              containing: ["--reference", "entry 2", "'nan'"])
    }

    @Test func badInputFilesFailNamingTheFile() throws {
        let t = try FrontierToolRunner()
        try expectToolFailure(["hypervolume", "nope.csv", "--reference", "0,0"], in: t, containing: ["nope.csv"])
        let bad = try t.write("bad.csv", text: "1,2\n3,abc\n")
        try expectToolFailure(["hypervolume", bad, "--reference", "0,0", "--contributions"], in: t,
                              containing: ["bad.csv:2: column 2: \"abc\" is not a number"])
        let ragged = try t.write("r.csv", text: "1,2\n3\n")
        try expectToolFailure(["hypervolume", ragged, "--reference", "0,0"], in: t, containing: ["r.csv:2:", "expected 2 columns"])
    }

    @Test func badSenseFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        try expectToolFailure(["hypervolume", path, "--reference", "0,0", "--sense", "max,best"], in: t,
                              containing: ["--sense", "'best'"])
        try expectToolFailure(["hypervolume", path, "--reference", "0,0", "--sense", "max,min,max"], in: t,
                              containing: ["--sense", "3 senses", "s.csv", "2 columns"])
    }

    @Test func ignoreDominatedWithoutContributionsFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        try expectToolFailure(["hypervolume", path, "--reference", "0,0", "--ignore-dominated"], in: t,
                              containing: ["--ignore-dominated", "--contributions"])
    }

    @Test func maxLineBytesBelowOneFails() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("s.csv", text: staircase)
        try expectToolFailure(["hypervolume", path, "--reference", "0,0", "--max-line-bytes", "0"], in: t,
                              containing: ["--max-line-bytes", "at least 1"])
    }
}
