import Testing
@testable import PointFiles
import Pareto

@Suite struct CSVPointFileTests {
    @Test func headerIsDetectedAndNamesAreTrimmed() throws {
        let file = try CSVPointFile(text: "cost , \"benefit\"\n1.5, 3\n2,2.25\n", name: "h.csv")
        #expect(file.hasHeader)
        #expect(file.columnNames == ["cost", "benefit"])
        #expect(file.points == (try PointSet(rows: [[1.5, 3], [2, 2.25]])))
    }

    @Test func withoutHeaderColumnsAreNamedX0X1() throws {
        let file = try CSVPointFile(text: "1,2\n3,4", name: "n.csv")
        #expect(!file.hasHeader)
        #expect(file.columnNames == ["x0", "x1"])
        #expect(file.points.values == [1, 2, 3, 4])
    }

    @Test func headerFlagForcesANumericFirstLineToBeNames() throws {
        let file = try CSVPointFile(text: "2019,2020\n1,2\n", name: "y.csv", header: .present)
        #expect(file.columnNames == ["2019", "2020"])
        #expect(file.points.count == 1)
    }

    @Test func absentHeaderTurnsATextFirstLineIntoAnError() {
        #expect(throws: PointFileError.notANumber(file: "a.csv", line: 1, column: 1, text: "a")) {
            try CSVPointFile(text: "a,b\n1,2\n", name: "a.csv", header: .absent)
        }
    }

    @Test func crlfLineEndingsTabsAndTrailingBlankLinesAreAccepted() throws {
        let file = try CSVPointFile(text: "x,y\r\n\t1e-3 ,-2\r\n+4,.5\r\n\r\n  \n", name: "w.csv")
        #expect(file.points.values == [0.001, -2, 4, 0.5])
    }

    @Test func headerOnlyGivesNoPoints() throws {
        let file = try CSVPointFile(text: "a,b,c\n", name: "h.csv")
        #expect(file.points.isEmpty && file.points.dimensions == 3)
    }

    @Test(arguments: ["", "\n", "  \n\n"])
    func emptyOrBlankFileIsAnError(text: String) {
        #expect(throws: PointFileError.emptyFile(file: "e.csv")) { try CSVPointFile(text: text, name: "e.csv") }
    }

    @Test func raggedLineNamesTheLineAndCounts() {
        let error = PointFileError.raggedLine(file: "r.csv", line: 4, expected: 2, found: 3, firstLine: 2)
        #expect(throws: error) { try CSVPointFile(text: "\na,b\n1,2\n3,4,5\n", name: "r.csv") }
        #expect(error.description == "r.csv:4: expected 2 columns like line 2, found 3")
    }

    @Test func nonNumericCellNamesLineColumnAndText() {
        let error = PointFileError.notANumber(file: "data.csv", line: 3, column: 2, text: "abc")
        #expect(throws: error) { try CSVPointFile(text: "x,y\n1,2\n3, abc\n", name: "data.csv") }
        #expect(error.description == "data.csv:3: column 2: \"abc\" is not a number")
    }

    @Test func aMixedFirstLineIsDataNotAHeader() {
        #expect(throws: PointFileError.notANumber(file: "m.csv", line: 1, column: 2, text: "abc")) {
            try CSVPointFile(text: "1,abc\n2,3\n", name: "m.csv")
        }
    }

    @Test(arguments: ["nan", "inf", "-Infinity", "1e999"])
    func nonFiniteCellsAreRejected(text: String) {
        #expect(throws: PointFileError.nonFiniteCell(file: "n.csv", line: 2, column: 1, text: text)) {
            try CSVPointFile(text: "1,2\n\(text),3\n", name: "n.csv")
        }
    }

    @Test(arguments: ["", "1.2.3", "12abc", "--1", "0x", "\"3\""])
    func malformedNumbersAreNotNumbers(text: String) {
        #expect(throws: PointFileError.notANumber(file: "b.csv", line: 2, column: 2, text: text)) {
            try CSVPointFile(text: "1,2\n1,\(text)\n", name: "b.csv")
        }
    }

    @Test func blankLineInsideTheDataIsAnError() {
        #expect(throws: PointFileError.blankLine(file: "b.csv", line: 2)) {
            try CSVPointFile(text: "1,2\n\n3,4\n", name: "b.csv")
        }
    }

    /// Seeded random values printed with `description` read back bit for bit.
    @Test(arguments: 0..<4)
    func randomValuesRoundTripThroughText(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let d = 1 + seed, n = 200
        let values = (0..<(n * d)).map { _ in Double.random(in: -1e9...1e9, using: &rng) * (seed == 3 ? 1e-300 : 1) }
        var text = ""
        for i in 0..<n {
            text += (0..<d).map { values[i * d + $0].description }.joined(separator: ",") + "\n"
        }
        let file = try CSVPointFile(text: text, name: "r.csv")
        #expect(file.points.values == values)
    }

    /// The exact short-decimal path gives bit-for-bit the value the C library's `strtod`
    /// gives (through `Double(String)`), on seeded random decimal texts of many shapes.
    @Test(arguments: 0..<8)
    func shortDecimalPathMatchesStrtod(seed: Int) {
        var rng = SplitMix64(seed: UInt64(1000 + seed))
        var fastPathUsed = 0
        for _ in 0..<2_000 {
            let digitCount = Int.random(in: 1...20, using: &rng)
            var digits = (0..<digitCount).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
            if Bool.random(using: &rng) {
                let point = Int.random(in: 0...digitCount, using: &rng)
                digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
            }
            var text = (Bool.random(using: &rng) ? "-" : "") + digits
            if Int.random(in: 0..<3, using: &rng) == 0 {
                text += ["e", "E"].randomElement(using: &rng)! + ["", "+", "-"].randomElement(using: &rng)!
                    + String(Int.random(in: 0...30, using: &rng))
            }
            let bytes = Array(text.utf8) + [0]
            let fast = bytes.withUnsafeBufferPointer { CSVLineParser.shortDecimal($0.baseAddress!, 0..<(bytes.count - 1)) }
            guard let fast else { continue }
            fastPathUsed += 1
            let reference = Double(text)
            #expect(reference != nil && fast.bitPattern == reference!.bitPattern, "\(text): \(fast) vs \(String(describing: reference))")
        }
        #expect(fastPathUsed > 500)
    }

    @Test(arguments: [".", "-", "1e", "1e+", "e5", "1x", "0x10", "1.2.3", "--1", "1e99999"])
    func shortDecimalPathDeclinesWhatItCannotProve(text: String) {
        let bytes = Array(text.utf8) + [0]
        let fast = bytes.withUnsafeBufferPointer { CSVLineParser.shortDecimal($0.baseAddress!, 0..<(bytes.count - 1)) }
        #expect(fast == nil)
    }
}
