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
    static func parse(_ data: Data, file: String) throws(GeniusError) -> XMLTree {
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        let ok = parser.parse()
        guard ok, let root = builder.root else {
            let reason = parser.parserError.map { String(describing: ($0 as NSError).localizedDescription) }
                ?? "no root element"
            let element = builder.stack.last.map { "<\($0.name)>" } ?? "document"
            throw GeniusError(file: file, element: element, line: parser.lineNumber, problem: .malformed(reason))
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            stack.append(XMLTree(name: elementName, attributes: attributeDict, children: [], line: parser.lineNumber))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            guard let done = stack.popLast() else { return }
            if stack.isEmpty { root = done } else { stack[stack.count - 1].children.append(done) }
        }
    }
}
