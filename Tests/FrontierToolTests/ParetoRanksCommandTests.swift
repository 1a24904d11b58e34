import Foundation
import Testing

/// End-to-end tests of `frontier pareto FILE --ranks`.
@Suite struct ParetoRanksCommandTests {
    // Maximizing both: (3,1), (1,3), (2,2) and the copy of (2,2) are rank 0, (1,1) rank 1, (0,0) rank 2.
    let csv = "a,b\n3,1\n1,3\n2,2\n1,1\n2,2\n0,0\n"

    @Test func csvListsEveryRowWithItsRank() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("r.csv", text: csv)
        let r = try t.run(["pareto", path, "--ranks"])
        #expect(r.status == 0)
        #expect(r.standardOutput == "index,rank\n0,0\n1,0\n2,0\n3,1\n4,0\n5,2\n")
        #expect(r.standardError.isEmpty)
    }

    @Test func jsonHasPointsFrontsAndRanks() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("r.csv", text: csv)
        let r = try t.run(["pareto", path, "--ranks", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.standardOutput == "{\"points\": 6, \"fronts\": 3, \"ranks\": [0, 0, 0, 1, 0, 2]}\n")
        let object = try JSONSerialization.jsonObject(with: Data(r.standardOutput.utf8)) as? [String: Any]
        #expect(object?["ranks"] as? [Int] == [0, 0, 0, 1, 0, 2])
    }

    @Test func sensesApplyToRanks() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("r.csv", text: csv)
        // Minimizing both reverses the chain: (0,0) is rank 0, (1,1) rank 1, the rest rank 2.
        let r = try t.run(["pareto", path, "--ranks", "--sense", "min"])
        #expect(r.standardOutput == "index,rank\n0,2\n1,2\n2,2\n3,1\n4,2\n5,0\n")
        // Minimize a, maximize b: (1,3) dominates all but (0,0), which is incomparable with it.
        let mixed = try t.run(["pareto", path, "--ranks", "--sense", "min,max"])
        #expect(mixed.standardOutput == "index,rank\n0,2\n1,0\n2,1\n3,1\n4,1\n5,0\n")
    }

    @Test func emptyInputHasNoRankRows() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("e.csv", text: "a,b\n")
        #expect(try t.run(["pareto", path, "--ranks"]).standardOutput == "index,rank\n")
        #expect(try t.run(["pareto", path, "--ranks", "--format", "json"]).standardOutput
                == "{\"points\": 0, \"fronts\": 0, \"ranks\": []}\n")
    }

    @Test func npyInputGivesTheSameRanksAsCSV() throws {
        let t = try FrontierToolRunner()
        let csvPath = try t.write("r.csv", text: csv)
        let npyPath = try t.write("r.npy", NPYBytes.make(descr: "<f8", fortran: false, shape: [6, 2],
                                                         data: NPYBytes.float64([3, 1, 1, 3, 2, 2, 1, 1, 2, 2, 0, 0])))
        #expect(try t.run(["pareto", npyPath, "--ranks"]).standardOutput
                == (try t.run(["pareto", csvPath, "--ranks"])).standardOutput)
    }

    @Test func timingPrintsRanksMillisecondsAndFronts() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("r.csv", text: csv)
        let r = try t.run(["pareto", path, "--ranks", "--timing", "--repeat", "3"])
        #expect(r.status == 0)
        let lines = r.standardError.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty)
        let pattern = #/^timing read_ms=\d+\.\d{3} ranks_ms=\d+\.\d{3} points=6 fronts=3$/#
        #expect(String(lines[0]).wholeMatch(of: pattern) != nil, "\(r.standardError)")
        #expect(r.standardOutput.hasPrefix("index,rank\n0,0\n"))
    }

    @Test func badSenseAndFormatFailWithOneLine() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("r.csv", text: csv)
        for (arguments, parts) in [
            (["--sense", "max,min,max"], ["--sense", "3 senses", "2 columns"]),
            (["--sense", "up"], ["--sense", "'up'", "'max' or 'min'"]),
            (["--format", "yaml"], ["--format", "'yaml'", "csv or json"]),
        ] {
            let r = try t.run(["pareto", path, "--ranks"] + arguments)
            #expect(r.status == 2, "\(arguments): \(r.standardError)")
            #expect(r.standardOutput.isEmpty)
            #expect(r.standardError.hasPrefix("frontier: error: ") && r.standardError.split(separator: "\n").count == 1)
            for part in parts { #expect(r.standardError.contains(part), "\(r.standardError)") }
        }
    }

    @Test func badDataFailsAsWithoutRanks() throws {
        let t = try FrontierToolRunner()
        let path = try t.write("n.csv", text: "1,2\nNaN,4\n")
        let r = try t.run(["pareto", path, "--ranks"])
        #expect(r.status == 2)
        #expect(r.standardError.contains("n.csv:2: column 1:"))
    }

    @Test func helpMentionsRanks() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["pareto", "--help"])
        #expect(r.standardOutput.contains("--ranks"))
        #expect(r.standardOutput.contains("index,rank"))
    }
}
