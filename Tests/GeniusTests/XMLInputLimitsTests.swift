import Foundation
import Testing
@testable import Genius

/// GENIUS XML and GeniusWeb JSON inputs that used to crash the reader (in Foundation's XMLParser,
/// or by overflowing the stack) or to expand without bound: each now fails with a GeniusError.
@Suite struct XMLInputLimitsTests {
    func domainError(_ bytes: [UInt8], file: String = "d.xml") -> GeniusError? {
        do { _ = try NegotiationDomain(data: Data(bytes), file: file); return nil } catch { return error }
    }

    /// The genius-xml-domain fuzz target's input: an element name with bytes FF FF FF FF. Before,
    /// Foundation's XMLParser trapped force-unwrapping the name as UTF-8 (signal 4).
    static let fuzzCrash: [UInt8] = hexBytes("""
        3c3f786d6c2076657273696f6e3d22312e30223f3e0a3c6e65676f74696174696f6e5f74656d706c6174653e0a20203c\
        7574696c6974795f73ffffffff3e0a202020206e6465783d223222206e616d653d2270726963652220747970653d2269\
        6e746567696f6e3d22312e30223f3e0a3c6e65676f74696174696f6e5f74656d706c6174653e0a20203c7574696c6974\
        795f73706163653e0a202020206e6465783d223222206e616d653d2270726963652220747970653d22696e7465676572\
        22206c6f776572626f756e643d22302220757070bebebebebebebebebebebebebebebebebebebebebebebebebebebebe\
        bebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebebe6572626f756e\
        643d2239222f3e0a2020202020203c2f6f626a6563746976653e0a2020202020203c697373756520696e6465783d2233\
        22206e616d653d22633c2f6f626a6563746976653e0a20203c2f7574696c6974795f73706163653e0a3c2f6e65676f74\
        696174696f6e5f74656d706c6174653e0a
        """)

    @Test func invalidUTF8IsAnErrorNotATrap() {
        let error = domainError(Self.fuzzCrash)
        #expect(error?.description == "d.xml, line 3, document: not well formed: byte 58 is not UTF-8 (GENIUS XML is read as UTF-8, UTF-16 or declared ISO-8859-1)")
        // Each place XMLParser force-unwraps: an element name, an attribute name, a comment.
        for (text, byte) in [("<a\u{FF}/>", 3), ("<a b\u{FF}=\"1\"/>", 5), ("<a><!-- \u{FF} --></a>", 9)] {
            let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
            guard case .malformed(let reason)? = domainError(bytes)?.problem else {
                Issue.record("\(text): no malformed error"); continue
            }
            #expect(reason == "byte \(byte) is not UTF-8 (GENIUS XML is read as UTF-8, UTF-16 or declared ISO-8859-1)")
        }
    }

    /// The fuzzer's second input: a declaration naming an encoding libxml2 does not know, which
    /// it then reads as UTF-8, invalid bytes and all.
    static let fuzzCrashUnknownEncoding: [UInt8] = hexBytes("""
        3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d2255696174696f6e5f74656d706c617465206e\
        756d6265725f6f665f73657373696f6e733d223122203e0a203c6167656e74207574696c6974795f73706163653d2222\
        206e616d653d222220636c6173733d22223e203cdc2f6167656e74505050505050505050505050505050505050505050\
        50505050505050505050505050505050503e0a20203c7574696c6974795f737061632d38223f3e0a3c6e65676f746961\
        74696f6e5f74656d706c617465206e756d6265725f6f665f73657373696f6e733d223122203e0a203c6167656e742075\
        74696c6974795f7370616f742220747970653d226f626a656374697665222065747970653d226f626a65637469766522\
        3e0a2020202020203c6973737565203e0a
        """)

    /// The CI fuzz pass's finding after the prologue skip was merged: NUL bytes, then a
    /// declaration of an unknown encoding. Only a byte-order mark, white space and comments count
    /// as a prologue; the checks run on what the parser will see.
    @Test func onlyCommentsAndWhiteSpaceArePrologue() throws {
        let crash = [UInt8](try #require(Data(base64Encoded: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P3htbCB2ZXJzaW8wbj0iMS4wIiBlbmNvZGluZz0iVVRGLzgiPz4KPG5lZypvdGlhdGlvblJhbmdlX3RlT3B0aW9uYWx1bWJlcl9vZl9zZXNzaW9ucz0iMSI+CiAgPNPT09PT09PT09PT09PT09PT09NhZ2VudCB1dGlsaXR5X3NwYWNlPSIiIG5hbWU9IiIgY2xhc3M9IiI+IHNlc3Npb25zPSIxIj4KICA8YWdlbnQgdXRpbGl8eV9zenBhY2U9IiIgbmFtZT0iIiBjbGFzcz0iIj4gPC9hZ2VudD4KICA8dXRpbGl0eV9zcGFjZSBudW1iZXJfb2ZfaXNzdWVzPSIzIj4KICAgIDxvYmplY3RpdXRmMTZkZXhlPSJyb291ciIgdHlwZT1vbj0iMS4wIiBlbiAgICA8L2lzPnUKIGVzICAgPC9vYmplY3RpdmU+CiAgPC91dGlsaXR5X3NwYWNlPgo8L25lZ290aWF0aW9uX3RlbXBsYXRlPgo=")))
        #expect(domainError(crash) != nil)
        let nulThenDeclaration = [UInt8](repeating: 0, count: 44) + Array("<?xml version=\"1.0\" encoding=\"UTF/8\"?><a\u{1}".utf8) + [0xC0]
        #expect(domainError(nulThenDeclaration) != nil)
        let commented = Array("<!-- a comment -->\n<?xml version=\"1.0\" encoding=\"UTF/8\"?>\n<a\u{1}".utf8) + [0xC0, 0x2F, 0x3E]
        #expect(domainError(commented)?.description.contains("is not UTF-8") == true, "checked after the comment is skipped")
    }

    @Test func anUnknownDeclaredEncodingIsCheckedAsUTF8() {
        #expect(domainError(Self.fuzzCrashUnknownEncoding)?.description
            == "d.xml, line 2, document: not well formed: byte 117 is not UTF-8 (GENIUS XML is read as UTF-8, UTF-16 or declared ISO-8859-1)")
        let bytes = Array("<?xml version=\"1.0\" encoding=\"Uiation_template\"?>\n<a\u{1}".utf8) + [0xC0, 0x2F] + Array("agent/>".utf8)
        #expect(domainError(bytes)?.description
            == "d.xml, line 2, document: not well formed: byte 54 is not UTF-8 (GENIUS XML is read as UTF-8, UTF-16 or declared ISO-8859-1)")
    }

    /// The fuzzer's third input, `<?xml0vMrs?>` then junk: a processing instruction without data,
    /// which made Foundation's XMLParser call strlen(NULL) (signal 11).
    @Test func aProcessingInstructionWithoutDataIsAnErrorNotASegfault() {
        let crash: [UInt8] = Array("<?xml0vMrs?>\n<e<<".utf8)
        #expect(domainError(crash)?.description
            == "d.xml, line 1, <?xml0vMrs?>: not well formed: a processing instruction without data is not supported (GENIUS files have none)")
        #expect(domainError(Array("<a>\n<?target  \n?></a>".utf8))?.description
            == "d.xml, line 2, <?target?>: not well formed: a processing instruction without data is not supported (GENIUS files have none)")
        // The XML declaration and instructions with data are still read.
        #expect(XMLTree.dataFreeProcessingInstruction(Data("<?xml version=\"1.0\"?><?style href=\"a\"?><a/>".utf8)) == nil)
    }

    /// The fuzzer's fourth input: "encoding=ISO-8859-1" in a declaration that is not at the start,
    /// which libxml2 ignores, reading the file as UTF-8.
    @Test func onlyADeclarationAtTheStartNamesTheEncoding() {
        let crash: [UInt8] = [0x3C, 0xFF] + Array("<?xml".utf8) + [0xFF, 0x15, 0x20, 0x03] + Array(" encoding==\"=ISO-8859-1\"@.0\"?>".utf8)
        #expect(XMLTree.invalidUTF8Offset(Data(crash)) == 1)
        guard case .malformed(let reason)? = domainError(crash)?.problem else { Issue.record("no malformed error"); return }
        #expect(reason == "byte 2 is not UTF-8 (GENIUS XML is read as UTF-8, UTF-16 or declared ISO-8859-1)")
    }

    /// The fuzzer's fifth input: a malformed declaration with an unquoted ISO-8859-1, which
    /// libxml2 does not honour either.
    @Test func onlyAWellFormedDeclarationNamesTheEncoding() {
        let crash: [UInt8] = Array("<?xml\" encoding=        ISO-8859-1  > o?>\n<FF".utf8) + [0xC0, 0xB9] + Array("/>".utf8)
        #expect(XMLTree.invalidUTF8Offset(Data(crash)) == 45)
        #expect(XMLTree.invalidUTF8Offset(Data(Array("<?xml version='1.0' encoding='latin1'?><a b='".utf8) + [0xC0, 0xB9] + Array("'/>".utf8))) == nil)
    }

    @Test func aDeclaredOtherEncodingIsStillConvertedByLibxml2() {
        // ISO-8859-1 é and ÿ (E9, FF) are not UTF-8 bytes but are read as declared.
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<negotiation_template name=\"".utf8) + [0xE9, 0xFF]
            + Array("\"/>".utf8)
        #expect(domainError(bytes)?.description == "d.xml, line 2, <negotiation_template name=\"éÿ\">: missing <utility_space>")
        #expect(XMLTree.invalidUTF8Offset(Data([0xFF, 0xFE, 0x3C, 0x00])) == nil)   // UTF-16LE
        #expect(XMLTree.invalidUTF8Offset(Data("<a b=\"é\"/>".utf8)) == nil)
    }

    @Test func deepNestingStopsAtTheLimitInsteadOfOverflowingTheStack() {
        // Before: 300,000 nested elements killed the tool with signal 11.
        let n = 300_000
        let deep = "<negotiation_template>" + String(repeating: "<objective>", count: n) + String(repeating: "</objective>", count: n)
            + "</negotiation_template>"
        #expect(domainError(Array(deep.utf8))?.description
            == "d.xml, line 1, <objective>: not well formed: elements nested more than 256 levels deep (the limit for GENIUS XML files)")
        // 256 levels are parsed (and then fail as a domain, not on depth).
        let limit = "<a>" + String(repeating: "<b>", count: 255) + String(repeating: "</b>", count: 255) + "</a>"
        let atLimit = domainError(Array(limit.utf8))?.description
        #expect(atLimit == "d.xml, line 1, <a>: missing <utility_space>")
    }

    @Test func entityExpansionIsRefusedByLibxml2() {
        // "Billion laughs": ten levels of ten references, 10⁹ copies of "lol" if expanded.
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for i in 1...9 {
            text += " <!ENTITY lol\(i) \"\(String(repeating: "&\(previous);", count: 10))\">\n"
            previous = "lol\(i)"
        }
        text += "]>\n<negotiation_template><utility_space><objective index=\"0\" name=\"&lol9;\" type=\"objective\"/></utility_space></negotiation_template>\n"
        guard case .malformed(let reason)? = domainError(Array(text.utf8))?.problem else {
            Issue.record("entity expansion accepted"); return
        }
        #expect(reason == "an entity reference loop or excessive entity expansion (XMLParser error 89)")
    }

    @Test func deepGeniusWebJSONNamesItsLimit() {
        let deep = "{\"name\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect(domainError(Array(deep.utf8), file: "d.json")?.description
            == "d.json, line 1, document: not well formed: nested more than 512 levels deep (the limit for GeniusWeb JSON files)")
    }
}

/// Bytes from a hex string (whitespace ignored).
func hexBytes(_ hex: String) -> [UInt8] {
    let digits = Array(hex.filter(\.isHexDigit))
    return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16)! }
}
