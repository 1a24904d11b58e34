import Pareto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A comma-separated file of points: one line per point, one numeric column per objective,
/// with an optional header line of column names.
///
/// Cells are separated by commas and trimmed of spaces and tabs; lines end in `\n` or `\r\n`;
/// blank lines at the end of the file are ignored. Numbers use the C syntax (`12`, `-0.5`,
/// `1e-3`). Quoted cells are not supported. Every value must be finite.
///
/// ```swift
/// // cost,benefit
/// // 1.5,3
/// // 2,2.25
/// let file = try CSVPointFile(contentsOf: "options.csv")
/// file.columnNames     // ["cost", "benefit"]
/// file.points.count    // 2
/// ```
public struct CSVPointFile: Sendable {
    /// Whether the first line holds column names.
    public enum Header: String, Sendable, Hashable, CaseIterable {
        /// A header when no cell of the first non-blank line is a number. A first line that
        /// mixes numbers and other text is read as data, so a typo such as `1,abc` is reported
        /// as a bad cell rather than silently taken for column names.
        case automatic
        /// The first line is a header, even if its cells look like numbers.
        case present
        /// Every line is data.
        case absent
    }

    /// The points, one per data line, in file order.
    public let points: PointSet
    /// The header's names (surrounding double quotes removed), or `x0, x1, …` without a header.
    public let columnNames: [String]
    /// Whether the file had a header line.
    public let hasHeader: Bool

    /// Reads the CSV file at `path`.
    ///
    /// - Parameters:
    ///   - path: A file path; errors name the file by this string.
    ///   - header: Whether the first line is a header; `.automatic` detects it.
    ///   - limits: The longest line accepted (``PointFileLimits/maximumCSVLineBytes``).
    /// - Throws: ``PointFileError``: unreadable or empty file, ragged line, blank line inside
    ///   the data, a cell that is not a number or not finite, a line over the length limit
    ///   (refused after reading about that many bytes of it); line and column are 1-based.
    /// - Complexity: O(size of the file); memory: the file's bytes plus its values.
    public init(contentsOf path: String, header: Header = .automatic,
                limits: PointFileLimits = PointFileLimits()) throws(PointFileError) {
        try self.init(nulTerminated: FileByteSource.contents(atPath: path, maximumLineBytes: limits.maximumCSVLineBytes),
                      name: path, header: header, limits: limits)
    }

    /// Parses CSV text held in memory.
    ///
    /// - Parameters:
    ///   - text: The file contents.
    ///   - name: The name errors use for the data, usually a file name.
    ///   - header: Whether the first line is a header; `.automatic` detects it.
    ///   - limits: The longest line accepted (``PointFileLimits/maximumCSVLineBytes``).
    public init(text: String, name: String, header: Header = .automatic,
                limits: PointFileLimits = PointFileLimits()) throws(PointFileError) {
        try self.init(nulTerminated: Array(text.utf8) + [0], name: name, header: header, limits: limits)
    }

    /// Parses CSV bytes held in memory (UTF-8 or ASCII; header names that are not valid UTF-8
    /// get replacement characters).
    ///
    /// - Parameters:
    ///   - bytes: The file contents.
    ///   - name: The name errors use for the data, usually a file name.
    ///   - header: Whether the first line is a header; `.automatic` detects it.
    ///   - limits: The longest line accepted (``PointFileLimits/maximumCSVLineBytes``).
    public init(bytes: [UInt8], name: String, header: Header = .automatic,
                limits: PointFileLimits = PointFileLimits()) throws(PointFileError) {
        try self.init(nulTerminated: bytes + [0], name: name, header: header, limits: limits)
    }

    /// Parses `bytes`, whose last byte is a 0 that is not part of the text.
    private init(nulTerminated bytes: [UInt8], name: String, header: Header, limits: PointFileLimits) throws(PointFileError) {
        var parser = CSVLineParser(name: name)
        var values: [Double] = []
        var columns = -1
        var columnsLine = 0   // the line (header or data) that set the column count
        var names: [String]? = nil
        var pendingBlank: Int? = nil
        var sawAnyLine = false

        try bytes.withUnsafeBufferPointer { (buffer) throws(PointFileError) in
            let base = buffer.baseAddress!
            let end = buffer.count - 1
            var start = 0, lineNumber = 0
            while start < end {
                lineNumber += 1
                var stop = start
                while stop < end, base[stop] != 0x0A { stop += 1 }
                var lineEnd = stop
                if lineEnd > start, base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                defer { start = stop + 1 }
                guard lineEnd - start <= limits.maximumCSVLineBytes else {
                    throw .lineTooLong(file: name, line: lineNumber, limit: limits.maximumCSVLineBytes)
                }

                let cells = parser.cells(base, start, lineEnd)
                if cells.count == 1, cells[0].lowerBound == cells[0].upperBound {
                    if sawAnyLine, pendingBlank == nil { pendingBlank = lineNumber }
                    continue
                }
                if let blank = pendingBlank { throw .blankLine(file: name, line: blank) }

                if !sawAnyLine {
                    sawAnyLine = true
                    columns = cells.count
                    columnsLine = lineNumber
                    let isHeader: Bool
                    switch header {
                    case .present: isHeader = true
                    case .absent: isHeader = false
                    case .automatic: isHeader = !cells.contains { parser.isNumber(base, $0) }
                    }
                    if isHeader {
                        names = cells.map { parser.name(base, $0) }
                        continue
                    }
                }
                guard cells.count == columns else {
                    throw .raggedLine(file: name, line: lineNumber, expected: columns, found: cells.count,
                                      firstLine: columnsLine)
                }
                for (c, cell) in cells.enumerated() {
                    values.append(try parser.number(base, cell, line: lineNumber, column: c + 1))
                }
            }
        }
        guard sawAnyLine else { throw .emptyFile(file: name) }
        guard columns > 0 else { throw .noColumns(file: name) }
        self.points = PointSet(unchecked: values, dimensions: columns)
        self.columnNames = names ?? (0..<columns).map { "x\($0)" }
        self.hasHeader = names != nil
    }
}

/// Splits one CSV line into trimmed cell ranges and converts cells; shared scratch space.
struct CSVLineParser {
    let name: String
    private var ranges: [Range<Int>] = []

    init(name: String) { self.name = name }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Trimmed byte ranges of the comma-separated cells of `base[start..<end]`.
    mutating func cells(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> [Range<Int>] {
        ranges.removeAll(keepingCapacity: true)
        var cellStart = start
        var i = start
        while true {
            if i == end || base[i] == 0x2C {
                var a = cellStart, b = i
                while a < b, CSVLineParser.isSpace(base[a]) { a += 1 }
                while b > a, CSVLineParser.isSpace(base[b - 1]) { b -= 1 }
                ranges.append(a..<b)
                if i == end { break }
                cellStart = i + 1
            }
            i += 1
        }
        return ranges
    }

    /// The cell's text, for error messages and header names.
    func text(_ base: UnsafePointer<UInt8>, _ cell: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: base + cell.lowerBound, count: cell.count), as: UTF8.self)
    }

    /// A header cell's text without one pair of surrounding double quotes.
    func name(_ base: UnsafePointer<UInt8>, _ cell: Range<Int>) -> String {
        let t = text(base, cell)
        if t.count >= 2, t.hasPrefix("\""), t.hasSuffix("\"") { return String(t.dropFirst().dropLast()) }
        return t
    }

    /// Parses the whole cell with `strtod`; `nil` unless every byte of the cell is consumed.
    private func parse(_ base: UnsafePointer<UInt8>, _ cell: Range<Int>) -> Double? {
        guard !cell.isEmpty else { return nil }
        // strtod accepts leading spaces and stops at the comma, newline or the final 0 byte.
        let first = base[cell.lowerBound]
        guard first == 0x2B || first == 0x2D || first == 0x2E || (first >= 0x30 && first <= 0x39)
            || first == 0x69 || first == 0x49 || first == 0x6E || first == 0x4E   // i I n N: inf, nan
        else { return nil }
        if let exact = CSVLineParser.shortDecimal(base, cell) { return exact }
        let cellStart = UnsafeRawPointer(base + cell.lowerBound).assumingMemoryBound(to: CChar.self)
        var stop: UnsafeMutablePointer<CChar>? = nil
        let value = strtod(cellStart, &stop)
        let expectedStop = UnsafeRawPointer(base + cell.upperBound)
        guard let stop, UnsafeRawPointer(stop) == expectedStop else { return nil }
        return value
    }

    /// Powers of ten that are exact Doubles (10²² < 2⁵³ · 2²²; 10²³ is not exact).
    private static let exactPowersOfTen: [Double] = (0...22).map { e in
        var p = 1.0
        for _ in 0..<e { p *= 10 }
        return p
    }

    /// Converts a plain decimal such as `-12.375` or `4.5e-3` without `strtod` when the result
    /// is provably the correctly rounded value: an integer mantissa below 2⁵³ scaled by 10^e
    /// with |e| ≤ 22. Both operands are then exact
    /// Doubles and one IEEE multiplication or division rounds once (Clinger 1990, "How to read
    /// floating point numbers accurately"). Returns `nil` for anything else (more digits, larger
    /// exponents, hex, inf, nan, malformed text), which the caller hands to `strtod`.
    static func shortDecimal(_ base: UnsafePointer<UInt8>, _ cell: Range<Int>) -> Double? {
        var i = cell.lowerBound
        let end = cell.upperBound
        var negative = false
        if base[i] == 0x2D || base[i] == 0x2B { negative = base[i] == 0x2D; i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, significant = 0, exponent = 0
        while i < end, base[i] &- 0x30 < 10 {
            if mantissa != 0 || base[i] != 0x30 { significant += 1 }
            guard significant <= 18 else { return nil }
            mantissa = mantissa * 10 + UInt64(base[i] &- 0x30)
            digits += 1; i += 1
        }
        if i < end, base[i] == 0x2E {
            i += 1
            while i < end, base[i] &- 0x30 < 10 {
                if mantissa != 0 || base[i] != 0x30 { significant += 1 }
                guard significant <= 18 else { return nil }
                mantissa = mantissa * 10 + UInt64(base[i] &- 0x30)
                digits += 1; exponent -= 1; i += 1
            }
        }
        guard digits > 0 else { return nil }
        if i < end, base[i] == 0x65 || base[i] == 0x45 {   // e E
            i += 1
            var exponentNegative = false
            if i < end, base[i] == 0x2D || base[i] == 0x2B { exponentNegative = base[i] == 0x2D; i += 1 }
            var written = 0, exponentDigits = 0
            while i < end, base[i] &- 0x30 < 10 {
                written = written * 10 + Int(base[i] &- 0x30)
                exponentDigits += 1; i += 1
                guard written < 10_000 else { return nil }
            }
            guard exponentDigits > 0 else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard i == end, mantissa < (1 << 53), exponent >= -22, exponent <= 22 else { return nil }
        var value = Double(mantissa)
        if exponent >= 0 { value *= exactPowersOfTen[exponent] } else { value /= exactPowersOfTen[-exponent] }
        return negative ? -value : value
    }

    /// Whether the cell parses as a number (finite or not).
    func isNumber(_ base: UnsafePointer<UInt8>, _ cell: Range<Int>) -> Bool {
        parse(base, cell) != nil
    }

    /// The cell's finite value, or the error naming line, column and text.
    func number(_ base: UnsafePointer<UInt8>, _ cell: Range<Int>, line: Int, column: Int) throws(PointFileError) -> Double {
        guard let value = parse(base, cell) else {
            throw .notANumber(file: name, line: line, column: column, text: text(base, cell))
        }
        guard value.isFinite else {
            throw .nonFiniteCell(file: name, line: line, column: column, text: text(base, cell))
        }
        return value
    }
}
