import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: name, attributes, children and the line its start tag ends on.
/// Text content is ignored (GENIUS keeps everything in attributes).
struct XMLTree: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [XMLTree]
    var line: Int

    /// The direct children called `name`, in document order.
    func children(named name: String) -> [XMLTree] {
        children.filter { $0.name == name }
    }

    /// The first descendant called `name`, depth first, or `nil`.
    func firstDescendant(named name: String) -> XMLTree? {
        for child in children {
            if child.name == name { return child }
            if let found = child.firstDescendant(named: name) { return found }
        }
        return nil
    }

    /// The start tag as shown in error messages: the name and its identifying attributes.
    var tag: String {
        let keys = ["index", "name", "value", "ftype"].filter { attributes[$0] != nil }
        let shown = keys.map { " \($0)=\"\(attributes[$0]!)\"" }.joined()
        return "<\(name)\(shown)>"
    }

    /// Parses `data` with Foundation's `XMLParser`.
    /// - Throws: ``GeniusError/Problem/malformed(_:)`` with the parser's line.
    ///
    /// Anything before the `<?xml …?>` declaration (a byte-order mark, blank lines, comments, as
    /// in the ANAC 2014 files, which open with a comment) is skipped: the declaration is only
    /// allowed first, and the parser rejects the file otherwise (error 64).
    static func parse(_ original: Data, file: String) throws(GeniusError) -> XMLTree {
        // The checks below look at the declaration at byte 0, so skip the prologue first.
        let data = withoutPrologueBeforeDeclaration(original)
        if let bad = invalidUTF8Offset(data) {
            let line = 1 + data.prefix(bad).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw GeniusError(file: file, element: "document", line: line, problem: .malformed(
                "byte \(bad + 1) is not UTF-8 (GENIUS XML is read as UTF-8, UTF-16 or declared ISO-8859-1)"))
        }
        if let pi = dataFreeProcessingInstruction(data) {
            let line = 1 + data.prefix(pi.offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw GeniusError(file: file, element: "<?\(pi.target)?>", line: line, problem: .malformed(
                "a processing instruction without data is not supported (GENIUS files have none)"))
        }
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        let ok = parser.parse()
        if builder.tooDeep {
            throw GeniusError(file: file, element: builder.stack.last.map { "<\($0.name)>" } ?? "document", line: parser.lineNumber,
                              problem: .malformed("elements nested more than \(maximumDepth) levels deep (the limit for GENIUS XML files)"))
        }
        // On Linux, XMLParser can return true for a malformed document, with or without
        // `parserError`; an unclosed element is caught by the builder's stack.
        let problem: String?
        if let error = parser.parserError {
            problem = describe(error as NSError)
        } else if !ok {
            problem = "the XML parser stopped"
        } else if let open = builder.stack.last {
            problem = "the document ends before <\(open.name)> is closed"
        } else if builder.root == nil {
            problem = "no root element"
        } else {
            problem = nil
        }
        if let problem {
            let element = builder.stack.last.map { "<\($0.name)>" } ?? "document"
            throw GeniusError(file: file, element: element, line: parser.lineNumber, problem: .malformed(problem))
        }
        return builder.root!
    }

    /// The offset of the first byte that is not UTF-8, unless libxml2 converts `data` to UTF-8
    /// itself (a UTF-16 or UTF-32 file, or an XML declaration at the start naming ISO-8859-1), else `nil`.
    /// Foundation's XMLParser on Linux force-unwraps element names, attribute names and comments
    /// as UTF-8, and libxml2's recovery mode hands it invalid bytes (also under an encoding it
    /// does not know): such a file would trap in Foundation instead of failing with an error
    /// (found by the genius-xml-domain fuzz target).
    static func invalidUTF8Offset(_ data: Data) -> Int? {
        let head = data.prefix(4)
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.first == 0 {
            return nil   // UTF-16 or UTF-32 (with or without a byte order mark), converted by libxml2
        }
        // libxml2 honours an encoding only in a well-formed declaration at the very start (after a
        // UTF-8 BOM); anything looser it reads as UTF-8, so only this exact shape exempts the file.
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if declaresLatin1([UInt8](data.dropFirst(bom).prefix(256))) { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &bytes) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// The first processing instruction with a target but no data (`<?name?>`), as its offset and
    /// target, or `nil`. libxml2 reports its data as NULL and Foundation's XMLParser on Linux
    /// reads that pointer as a C string (a segmentation fault; found by the genius-xml-domain
    /// fuzz target). A `<?` inside a comment or CDATA section counts too.
    static func dataFreeProcessingInstruction(_ data: Data) -> (offset: Int, target: String)? {
        let bytes = [UInt8](data)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var i = 0
        while i + 1 < bytes.count {
            guard bytes[i] == 0x3C, bytes[i + 1] == 0x3F else { i += 1; continue }   // "<?"
            var j = i + 2
            while j < bytes.count, !isSpace(bytes[j]), bytes[j] != 0x3F { j += 1 }
            let target = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
            while j < bytes.count, isSpace(bytes[j]) { j += 1 }
            if j + 1 < bytes.count, bytes[j] == 0x3F, bytes[j + 1] == 0x3E { return (i, target) }   // "?>"
            i += 2
        }
        return nil
    }

    /// Whether `head` starts `<?xml version="1.x" encoding="ISO-8859-1"` (either quote, any case
    /// of the name, `latin1` too), the one shape libxml2 is sure to convert from ISO-8859-1.
    static func declaresLatin1(_ head: [UInt8]) -> Bool {
        var i = 0
        func isSpace() -> Bool { i < head.count && [0x20, 0x09, 0x0A, 0x0D].contains(head[i]) }
        func literal(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            guard head.count - i >= bytes.count, Array(head[i..<(i + bytes.count)]) == bytes else { return false }
            i += bytes.count
            return true
        }
        func spaces(atLeastOne: Bool) -> Bool {
            let start = i
            while isSpace() { i += 1 }
            return !atLeastOne || i > start
        }
        func quoted() -> [UInt8]? {
            guard i < head.count, head[i] == 0x22 || head[i] == 0x27 else { return nil }
            let quote = head[i]
            i += 1
            let start = i
            while i < head.count, head[i] != quote { i += 1 }
            guard i < head.count else { return nil }
            defer { i += 1 }
            return Array(head[start..<i])
        }
        guard literal("<?xml"), spaces(atLeastOne: true), literal("version"), spaces(atLeastOne: false), literal("="),
              spaces(atLeastOne: false), let version = quoted(), version.count >= 3, version.starts(with: Array("1.".utf8)),
              version.dropFirst(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              spaces(atLeastOne: true), literal("encoding"), spaces(atLeastOne: false), literal("="),
              spaces(atLeastOne: false), let name = quoted()
        else { return false }
        return ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1"].contains(String(decoding: name, as: UTF8.self).lowercased())
    }

    /// A short reason for a libxml2 / XMLParser error code; the line is reported separately.
    private static func describe(_ error: NSError) -> String {
        switch error.code {
        case 4: return "empty document"
        case 5: return "unexpected text or end of document (XMLParser error 5)"
        case 76: return "a closing tag does not match the open element (XMLParser error 76)"
        case 89: return "an entity reference loop or excessive entity expansion (XMLParser error 89)"
        default: return "XML syntax error (XMLParser error \(error.code))"
        }
    }

    /// The deepest element nesting accepted (GENIUS files nest about five levels); deeper input
    /// stops the parser, before the tree is built, rather than overflow the stack.
    static let maximumDepth = 256

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?
        var tooDeep = false

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard !tooDeep else { return }
            guard stack.count < XMLTree.maximumDepth else { tooDeep = true; parser.abortParsing(); return }
            stack.append(XMLTree(name: elementName, attributes: attributeDict, children: [], line: parser.lineNumber))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            guard !tooDeep, let done = stack.popLast() else { return }
            if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(done) }
        }
    }
}

/// `data` from its `<?xml` declaration on when something precedes it (BOM, whitespace,
/// comments, processing instructions); unchanged otherwise.
func withoutPrologueBeforeDeclaration(_ data: Data) -> Data {
    let marker = Array("<?xml".utf8)
    guard let start = data.firstRange(of: marker)?.lowerBound, start != data.startIndex else { return data }
    // Skip only what ANAC files put there: a UTF-8 byte-order mark, white space and comments.
    var prefix = String(decoding: data[data.startIndex..<start], as: UTF8.self)
    if prefix.hasPrefix("\u{FEFF}") { prefix.removeFirst() }
    while true {
        prefix = String(prefix.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard prefix.hasPrefix("<!--"), let end = prefix.range(of: "-->") else { break }
        prefix = String(prefix[end.upperBound...])
    }
    guard prefix.isEmpty else { return data }
    return data.subdata(in: start..<data.endIndex)
}
