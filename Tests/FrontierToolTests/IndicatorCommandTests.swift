import Foundation
import Testing

/// End-to-end tests of `frontier indicator`: the built binary on small files written here.
@Suite struct IndicatorCommandTests {
    // A = {(1,3), (3,1)} against R = {(1,3), (2,2), (3,1)}, both maximized: A misses (2, 2).
    let approximation = "f1,f2\n1,3\n3,1\n"
    let referenceSet = "f1,f2\n1,3\n2,2\n3,1\n"

    func files(_ t: FrontierToolRunner) throws -> (String, String) {
        (try t.write("a.csv", text: approximation), try t.write("r.csv", text: referenceSet))
    }

    @Test func igdIsTheMeanDistanceToTheNearestRow() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        let result = try t.run(["indicator", "igd", a, "--reference-set", r])
        #expect(result.status == 0)
        // (2, 2) is √2 from both rows of A; the other reference rows are in A.
        #expect(result.standardOutput == "\((2.0.squareRoot() / 3).description)\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func igdPlusCountsOnlyWhereTheRowIsWorse() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        // (2, 2) is 1 below (1, 3) in the first objective only: (0 + 1 + 0) / 3.
        #expect(try t.run(["indicator", "igd+", a, "--reference-set", r]).standardOutput == "\((1.0 / 3).description)\n")
    }

    @Test func epsilonsAreTheShiftAndTheFactorThatCoverTheReferenceSet() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        // (1, 3) + 1 or (3, 1) + 1 reaches (2, 2); ×2 does too.
        #expect(try t.run(["indicator", "epsilon-additive", a, "--reference-set", r]).standardOutput == "1.0\n")
        #expect(try t.run(["indicator", "epsilon-multiplicative", a, "--reference-set", r]).standardOutput == "2.0\n")
    }

    @Test func senseChangesTheOrientation() throws {
        let t = try FrontierToolRunner()
        let a = try t.write("a.csv", text: "0.5,0.5\n"), r = try t.write("r.csv", text: "1,1\n")
        // Maximizing, A must gain 0.5; minimizing, A is already 0.5 better.
        #expect(try t.run(["indicator", "epsilon-additive", a, "--reference-set", r]).standardOutput == "0.5\n")
        #expect(try t.run(["indicator", "epsilon-additive", a, "--reference-set", r, "--sense", "min"]).standardOutput == "-0.5\n")
        #expect(try t.run(["indicator", "epsilon-multiplicative", a, "--reference-set", r, "--sense", "min,min"]).standardOutput == "0.5\n")
        #expect(try t.run(["indicator", "igd+", a, "--reference-set", r, "--sense", "min"]).standardOutput == "0.0\n")
    }

    @Test func timingPrintsOneLine() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        let result = try t.run(["indicator", "igd", a, "--reference-set", r, "--timing"])
        let pattern = #/^timing read_ms=\d+\.\d{3} indicator_ms=\d+\.\d{3} points=2 reference_points=3\n$/#
        #expect(result.standardError.wholeMatch(of: pattern) != nil, "\(result.standardError)")
    }

    // MARK: Errors

    @Test func differentColumnCountsFailNamingBothFiles() throws {
        let t = try FrontierToolRunner()
        let a = try t.write("a.csv", text: approximation), r = try t.write("three.csv", text: "1,2,3\n")
        try expectToolFailure(["indicator", "igd", a, "--reference-set", r], in: t,
                              containing: ["a.csv has 2 columns", "three.csv has 3"])
    }

    @Test func emptySetsFailNamingTheFile() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        let empty = try t.write("empty.csv", text: "f1,f2\n")
        try expectToolFailure(["indicator", "igd", empty, "--reference-set", r], in: t,
                              containing: ["empty.csv", "no data rows", "approximation set"])
        try expectToolFailure(["indicator", "igd+", a, "--reference-set", empty], in: t,
                              containing: ["empty.csv", "no data rows", "reference set"])
    }

    @Test func nonPositiveValuesFailTheMultiplicativeEpsilonNamingTheRow() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        let zero = try t.write("zero.csv", text: "f1,f2\n1,3\n3,0\n")
        try expectToolFailure(["indicator", "epsilon-multiplicative", zero, "--reference-set", r], in: t,
                              containing: ["zero.csv", "row 1, column 1", "not positive"])
        let negative = try t.write("neg.csv", text: "-1,3\n")
        try expectToolFailure(["indicator", "epsilon-multiplicative", a, "--reference-set", negative], in: t,
                              containing: ["neg.csv", "row 0, column 0", "-1.0"])
        // The additive ε takes any values.
        #expect(try t.run(["indicator", "epsilon-additive", zero, "--reference-set", r]).status == 0)
    }

    @Test func badFilesAndSensesFail() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        try expectToolFailure(["indicator", "igd", "nope.csv", "--reference-set", r], in: t, containing: ["nope.csv"])
        try expectToolFailure(["indicator", "igd", a, "--reference-set", "missing.csv"], in: t, containing: ["missing.csv"])
        let bad = try t.write("bad.csv", text: "1,2\nx,2\n")
        try expectToolFailure(["indicator", "igd", a, "--reference-set", bad], in: t,
                              containing: ["bad.csv:2: column 1: \"x\" is not a number"])
        try expectToolFailure(["indicator", "igd", a, "--reference-set", r, "--sense", "up"], in: t,
                              containing: ["--sense", "'up'"])
    }

    @Test func anUnknownMetricFailsNamingTheChoices() throws {
        let t = try FrontierToolRunner()
        let (a, r) = try files(t)
        try expectToolFailure(["indicator", "hausdorff", a, "--reference-set", r], in: t,
                              containing: ["metric", "'hausdorff'", "igd+", "epsilon-multiplicative"])
    }
}
