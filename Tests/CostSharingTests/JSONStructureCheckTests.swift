import Foundation
import Testing
@testable import CostSharing

@Suite struct JSONStructureCheckTests {
    func check(_ json: String, maximumDepth: Int = 200) -> JSONStructureProblem? {
        checkJSONStructure(Data(json.utf8), maximumDepth: maximumDepth)
    }

    func duplicate(_ key: String, at path: String) -> JSONStructureProblem {
        JSONStructureProblem(
            path: path,
            message: "duplicate key \"\(key)\": each key may appear once in an object (the second value would be silently ignored)")
    }

    func tooDeep(at path: String, limit: Int = 200) -> JSONStructureProblem {
        JSONStructureProblem(path: path, message: "nested more than \(limit) levels deep (the limit for scenario files)")
    }

    /// `count` arrays, each the only element of the one before: `[[[…]]]`.
    func nestedArrays(_ count: Int) -> String {
        String(repeating: "[", count: count) + String(repeating: "]", count: count)
    }

    @Test func validNestedDocumentHasNoProblem() {
        let json = #"""
        {
          "name": "SMA 2020",
          "grid": {"totals": {"min": 0, "max": 1.5e6, "step": 1000}, "shares": [0.1, -0.25, 3E-2]},
          "categories": [{"name": "rent", "fixed": true}, {"name": "staff", "fixed": false, "note": null}, []],
          "text": "caf\u00e9 \ud83d\ude00 😀", "empty": {}, "none": []
        }
        """#
        #expect(check(json) == nil)
    }

    @Test func duplicateTopLevelKeyIsReported() {
        #expect(check(#"{"name": "a", "version": 1, "name": "b"}"#) == duplicate("name", at: "name"))
    }

    @Test func duplicateNestedKeyIsReportedWithItsPath() {
        let json = #"{"grid": {"totals": {"step": 1, "min": 0, "step": 2}}}"#
        #expect(check(json) == duplicate("step", at: "grid.totals.step"))
    }

    @Test func duplicateInObjectInArrayIsReportedWithIndex() {
        let json = #"{"categories": [{"name": "rent"}, {"name": "staff", "fixed": true, "name": "other"}]}"#
        #expect(check(json) == duplicate("name", at: "categories[1].name"))
    }

    @Test func sameKeyInDifferentObjectsIsFine() {
        let json = #"""
        {"name": "top", "categories": [{"name": "a", "x": 1}, {"name": "b", "x": 2}], "grid": {"name": "g"}}
        """#
        #expect(check(json) == nil)
    }

    @Test func keysThatAreEqualAfterUnescapingAreDuplicates() {
        #expect(check(#"{"a": 1, "\u0061": 2}"#) == duplicate("a", at: "a"))
        #expect(check(#"{"say \"hi\"": 1, "say \u0022hi\u0022": 2}"#) == duplicate(#"say "hi""#, at: #"say "hi""#))
        #expect(check(#"{"😀": 1, "\ud83d\ude00": 2}"#) == duplicate("😀", at: "😀"))
        #expect(check(#"{"\/\\\b\f\n\r\t": 1, "/\\\u0008\u000C\u000a\u000d\u0009": 2}"#)
            == duplicate("/\\\u{8}\u{C}\n\r\t", at: "/\\\u{8}\u{C}\n\r\t"))
    }

    @Test func keysThatDifferOnlyInEscapesAreNotDuplicates() {
        #expect(check(#"{"a": 1, "\u0062": 2, "a\n": 3, "a\\n": 4}"#) == nil)
    }

    @Test func bracesAndQuotesInsideStringsAreNotStructure() {
        let json = #"{"s": "{\"s\": 1, \"s\": 2}", "t": "[[[[{{", "u": "}}]]\\", "v": ["\"", "{"]}"#
        #expect(check(json) == nil)
        // …and the scan really continues after them.
        #expect(check(#"{"s": "}\"]", "s": 2}"#) == duplicate("s", at: "s"))
    }

    @Test func keysContainingDotsAndBracketsAreWrittenAsIs() {
        #expect(check(#"{"a.b": {"c[0]": {"k": 1, "k": 2}}}"#) == duplicate("k", at: "a.b.c[0].k"))
    }

    @Test func nestingExactlyAtTheLimitPasses() {
        #expect(check(nestedArrays(200)) == nil)
        #expect(check(nestedArrays(3), maximumDepth: 3) == nil)
    }

    @Test func nestingOneDeeperThanTheLimitIsReportedAtTheOffendingContainer() {
        #expect(check(nestedArrays(201)) == tooDeep(at: String(repeating: "[0]", count: 200)))
        #expect(check(#"{"a": [1, {"b": {}}]}"#, maximumDepth: 3) == tooDeep(at: "a[1].b", limit: 3))
        #expect(check(#"{"a": [1, {"b": 2}]}"#, maximumDepth: 3) == nil)
    }

    @Test func hundredThousandLevelsAreReportedWithoutCrashing() {
        let expected = tooDeep(at: String(repeating: "[0]", count: 200))
        #expect(check(nestedArrays(100_000)) == expected)
        #expect(check(String(repeating: "[", count: 100_000)) == expected)
    }

    /// Truncated input: each cut must be noticed without reading past the end.
    @Test(arguments: [
        #"{"a": 1, "b": "#, #"{"a": 1"#, #"{"a"#, #"["abc"#, #"["a\"#, #"["\u00"#, #"["\ud83d"#, #"["\ud83d\u"#,
        "[-", "[1.", "[1e", "[1e+", "[tr", "[fals", "[nu", "{", "[", "[[{", "\u{FEFF}",
    ])
    func truncatedInputReturnsNil(json: String) {
        #expect(check(json) == nil)
    }

    /// Malformed input ends the scan: a duplicate that follows the first syntax error is not reported,
    /// so a scanner that glossed over the error would fail these.
    @Test(arguments: [
        #"{"\q": 1, "\q": 2}"#,                 // invalid escape
        #"{"\u12": 1, "\u12": 2}"#,             // too short a \u escape
        #"{"\ud800": 1, "\ud800": 2}"#,         // unpaired high surrogate
        #"{"\udc00": 1, "\udc00": 2}"#,         // unpaired low surrogate
        "{\"a\tb\": 1, \"a\tb\": 2}",          // raw control character in a key
        #"garbage {"a": 1, "a": 2}"#,
        #"}{"a": 1, "a": 2}"#,
        #"{} {"a": 1, "a": 2}"#,                 // a second document
        #"[1 2, {"a": 1, "a": 2}]"#,             // missing comma
        #"[1,, {"a": 1, "a": 2}]"#,              // doubled comma
        #"[01, {"a": 1, "a": 2}]"#,              // leading zero
        #"[1., {"a": 1, "a": 2}]"#,              // no digit after the point
        #"[-, {"a": 1, "a": 2}]"#,
        #"[tru, {"a": 1, "a": 2}]"#,
        #"[True, {"a": 1, "a": 2}]"#,
        #"{"a" 1, "a": 2}"#,                     // missing colon
        #"{"x": 1] , "a": 1, "a": 2}"#,          // mismatched bracket
        #"{"x": ["a": 1, "a": 2]}"#,             // member syntax inside an array
    ])
    func malformedInputReturnsNil(json: String) {
        #expect(check(json) == nil)
    }

    @Test(arguments: ["", " ", " \n\t\r "])
    func blankInputReturnsNil(json: String) {
        #expect(check(json) == nil)
    }

    @Test func emptyDataReturnsNil() {
        #expect(checkJSONStructure(Data()) == nil)
    }

    @Test(arguments: [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func invalidUTF8InAKeyReturnsNil(sequence: [UInt8]) {
        // {"<sequence>":1,"<sequence>":2}: the same invalid key twice.
        let key = [0x22] + sequence + [0x22]
        let bytes: [UInt8] = [0x7B] + key + Array(":1,".utf8) + key + Array(":2}".utf8)
        #expect(checkJSONStructure(Data(bytes)) == nil)
        // The same shape with valid UTF-8 is reported, so the nil above is about the encoding.
        let valid = [0x7B, 0x22, 0xC3, 0xA9, 0x22] + Array(":1,".utf8) + [0x22, 0xC3, 0xA9, 0x22] + Array(":2}".utf8)
        #expect(checkJSONStructure(Data(valid)) == duplicate("é", at: "é"))
    }

    @Test func problemBeforeASyntaxErrorIsStillReported() {
        #expect(check(#"{"a": 1, "a": 2, "#) == duplicate("a", at: "a"))
    }

    @Test func trailingCommasThatJSONDecoderAcceptsDoNotHideDuplicates() {
        #expect(check(#"{"list": [1, 2,], "obj": {"x": 1,}, "list": 3}"#) == duplicate("list", at: "list"))
    }

    @Test func byteOrderMarkIsSkipped() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(checkJSONStructure(Data(bom + Array(#"{"a": 1, "a": 2}"#.utf8))) == duplicate("a", at: "a"))
        #expect(checkJSONStructure(Data(bom + Array(#"{"a": 1}"#.utf8))) == nil)
    }

    @Test func duplicatesInLargeObjectsAreFound() {
        let members = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(check("{\(members)}") == nil)
        #expect(check("{\(members), \"k42\": 0}") == duplicate("k42", at: "k42"))
        #expect(check("{\(members), \"k\\u0034\\u0032\": 0}") == duplicate("k42", at: "k42"))
    }

    @Test func siblingObjectsDoNotShareKeys() {
        // Each object gets fresh bookkeeping, including after a large or array sibling at the same depth.
        let large = "{" + (0..<100).map { "\"k\($0)\": 0" }.joined(separator: ", ") + "}"
        #expect(check("[\(large), {\"k1\": 1}, [\"k1\"], {\"k1\": 1, \"k2\": 2}]") == nil)
        #expect(check("[\(large), {\"k1\": 1}, {\"k2\": 1, \"k2\": 2}]") == duplicate("k2", at: "[2].k2"))
        #expect(check("[\(large), \(large)]") == nil)
        #expect(check("[\(large), {\"\\u006b1\": 1}]") == nil)
    }

    @Test func keysAreComparedAsSwiftStringsLikeJSONDecoderDoes() {
        // JSONDecoder's keyed containers are String-keyed dictionaries, so canonically equivalent keys
        // collide there and the second value is dropped; they are duplicates here too.
        #expect(check("{\"\u{E9}\": 1, \"e\u{301}\": 2}") == duplicate("e\u{301}", at: "e\u{301}"))
        #expect(check(#"{"K": 1, "\u212A": 2}"#) == duplicate("\u{212A}", at: "\u{212A}"))  // KELVIN SIGN
    }
}
