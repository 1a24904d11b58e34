/// A JSON value that keeps object keys in file order and remembers the line each value
/// starts on, so GeniusWeb issues keep their order and errors can name a line.
/// (Foundation's `JSONSerialization` loses both.)
struct JSONTree: Sendable {
    indirect enum Value: Sendable {
        case object([(key: String, value: JSONTree)])
        case array([JSONTree])
        case string(String)
        /// The number's text as written, so decimals can be read exactly.
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int

    /// The member called `key` of an object, or `nil`.
    subscript(key: String) -> JSONTree? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A word for the value's type, for error messages.
    var typeName: String {
        switch value {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }

    /// Parses a complete JSON document (RFC 8259).
    /// - Throws: a message and the line where parsing stopped.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONTree {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        let tree = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.position == bytes.count else { throw parser.fail("unexpected text after the JSON value") }
        return tree
    }

    struct JSONSyntaxError: Error {
        var message: String
        var line: Int
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0
        var line = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        func fail(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, line: line) }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\n"): line += 1; position += 1
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
                default: return
                }
            }
        }

        mutating func expect(_ c: UInt8) throws(JSONSyntaxError) {
            skipSpace()
            guard position < bytes.count, bytes[position] == c else {
                throw fail("expected \"\(Character(Unicode.Scalar(c)))\"")
            }
            position += 1
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONTree {
            guard depth < 512 else { throw fail("nested more than 512 levels deep (the limit for GeniusWeb JSON files)") }
            skipSpace()
            guard position < bytes.count else { throw fail("unexpected end of file") }
            let start = line
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                var members: [(key: String, value: JSONTree)] = []
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return JSONTree(value: .object(members), line: start)
                }
                while true {
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                        throw fail("expected a quoted key")
                    }
                    let key = try string()
                    try expect(UInt8(ascii: ":"))
                    members.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    guard position < bytes.count else { throw fail("unexpected end of file in an object") }
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    if bytes[position] == UInt8(ascii: "}") { position += 1; break }
                    throw fail("expected \",\" or \"}\" in an object")
                }
                return JSONTree(value: .object(members), line: start)
            case UInt8(ascii: "["):
                position += 1
                var elements: [JSONTree] = []
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return JSONTree(value: .array(elements), line: start)
                }
                while true {
                    elements.append(try value(depth: depth + 1))
                    skipSpace()
                    guard position < bytes.count else { throw fail("unexpected end of file in an array") }
                    if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                    if bytes[position] == UInt8(ascii: "]") { position += 1; break }
                    throw fail("expected \",\" or \"]\" in an array")
                }
                return JSONTree(value: .array(elements), line: start)
            case UInt8(ascii: "\""):
                return JSONTree(value: .string(try string()), line: start)
            case UInt8(ascii: "t"): try literal("true"); return JSONTree(value: .bool(true), line: start)
            case UInt8(ascii: "f"): try literal("false"); return JSONTree(value: .bool(false), line: start)
            case UInt8(ascii: "n"): try literal("null"); return JSONTree(value: .null, line: start)
            default:
                return JSONTree(value: .number(try number()), line: start)
            }
        }

        mutating func literal(_ word: String) throws(JSONSyntaxError) {
            let w = Array(word.utf8)
            guard position + w.count <= bytes.count, Array(bytes[position ..< position + w.count]) == w else {
                throw fail("unexpected character")
            }
            position += w.count
        }

        mutating func number() throws(JSONSyntaxError) -> String {
            let start = position
            func digits(_ p: inout Int) -> Int {
                let s = p
                while p < bytes.count, bytes[p] >= UInt8(ascii: "0"), bytes[p] <= UInt8(ascii: "9") { p += 1 }
                return p - s
            }
            var p = position
            if p < bytes.count, bytes[p] == UInt8(ascii: "-") { p += 1 }
            guard digits(&p) > 0 else { throw fail("unexpected character") }
            if p < bytes.count, bytes[p] == UInt8(ascii: ".") {
                p += 1
                guard digits(&p) > 0 else { throw fail("expected digits after the decimal point") }
            }
            if p < bytes.count, bytes[p] == UInt8(ascii: "e") || bytes[p] == UInt8(ascii: "E") {
                p += 1
                if p < bytes.count, bytes[p] == UInt8(ascii: "+") || bytes[p] == UInt8(ascii: "-") { p += 1 }
                guard digits(&p) > 0 else { throw fail("expected digits in the exponent") }
            }
            position = p
            return String(decoding: bytes[start ..< p], as: UTF8.self)
        }

        mutating func string() throws(JSONSyntaxError) -> String {
            position += 1  // opening quote
            var out: [UInt8] = []
            while position < bytes.count {
                let c = bytes[position]
                position += 1
                switch c {
                case UInt8(ascii: "\""):
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard position < bytes.count else { break }
                    let e = bytes[position]
                    position += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "b"): out.append(8)
                    case UInt8(ascii: "f"): out.append(12)
                    case UInt8(ascii: "n"): out.append(10)
                    case UInt8(ascii: "r"): out.append(13)
                    case UInt8(ascii: "t"): out.append(9)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar) {
                            try literal("\\u")
                            let low = try hex4()
                            guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid surrogate pair") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                        out.append(contentsOf: Array(String(Character(u)).utf8))
                    default:
                        throw fail("invalid escape in a string")
                    }
                case 0..<0x20:
                    throw fail("control character in a string")
                default:
                    out.append(c)
                }
            }
            throw fail("unterminated string")
        }

        mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
            guard position + 4 <= bytes.count,
                  let v = UInt32(String(decoding: bytes[position ..< position + 4], as: UTF8.self), radix: 16)
            else { throw fail("invalid \\u escape") }
            position += 4
            return v
        }
    }
}
