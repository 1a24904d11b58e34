import Foundation

/// One structural problem found by `checkJSONStructure`.
struct JSONStructureProblem: Equatable, Sendable {
    /// JSON path of the offending key or value, written like `grid.totals.step` or `categories[2].name`
    /// (object keys joined by ".", array indices as "[i]"; the document itself is "").
    var path: String
    var message: String
}

/// Scans UTF-8 JSON text once, iteratively (no recursion, so deeply nested input cannot overflow the stack),
/// and returns the first duplicated object key, the first nesting deeper than `maximumDepth` or the
/// first array or object with more than `maximumCount` elements or members, or nil.
/// Syntax errors are not its business: on malformed input it returns nil (never traps, never loops forever)
/// so that JSONDecoder reports them. O(n) time, O(depth) memory.
///
/// Details:
/// - "First" means first in document order; the scan stops there, so text after the first problem
///   is not looked at (a syntax error after it does not hide it).
/// - Malformed means not RFC 8259 JSON (strict numbers, literals, escapes, UTF-8, no control characters
///   in strings, nothing after the top-level value), with one exception: a single trailing comma
///   before `]` or `}` is accepted, because Foundation's JSONDecoder accepts it too.
/// - Keys are compared after unescaping, as Swift strings (so canonically equivalent spellings such as
///   `"é"` and `"e\u0301"` are the same key, as they are in the dictionaries JSONDecoder builds).
/// - A leading UTF-8 byte order mark is skipped. Only UTF-8 is understood; UTF-16 or UTF-32 text
///   looks malformed and yields nil.
/// - The top-level container is at depth 1, so `maximumDepth` levels pass and one more does not;
///   the problem's path is that of the first container that goes past the limit.
func checkJSONStructure(_ data: Data, maximumDepth: Int = JSONInputLimits.defaultMaximumDepth,
                        maximumCount: Int = JSONInputLimits.defaultMaximumCount) -> JSONStructureProblem? {
    if data.isEmpty { return nil }
    return data.withUnsafeBytes { raw in
        raw.withMemoryRebound(to: UInt8.self) { bytes in
            var scanner = JSONStructureScanner(bytes: bytes, maximumDepth: maximumDepth, maximumCount: maximumCount)
            return scanner.scan()
        }
    }
}

// MARK: - Scanner

/// The explicit-stack scanner behind `checkJSONStructure`.
private struct JSONStructureScanner {
    /// One open container.
    private struct Frame {
        var isObject: Bool
        /// Arrays: the index of the current element.
        var index = 0
        /// Objects: where the current member's key is (between its quotes, still escaped).
        var key: Key = Key(range: 0..<0, isPlain: true)
        /// Objects, while all their keys are few and plain: the keys' byte ranges, compared bytewise.
        var plainKeys: [Range<Int>] = []
        /// Objects, once some key is not plain or there are many: all keys, compared as strings.
        var keys = Set<String>()
        var usesKeySet = false

        init(isObject: Bool) { self.isObject = isObject }

        /// Prepares a reused frame for a new container, keeping small storage.
        mutating func reset(isObject: Bool) {
            self.isObject = isObject
            index = 0
            plainKeys.removeAll(keepingCapacity: true)
            if usesKeySet {
                usesKeySet = false
                // Clearing is proportional to capacity, so a once-huge set is dropped rather
                // than cleared again for every small sibling object that reuses this frame.
                if keys.capacity > 64 { keys = [] } else { keys.removeAll(keepingCapacity: true) }
            }
        }
    }

    /// A key as it appears in the input.
    private struct Key {
        /// The bytes between the quotes.
        var range: Range<Int>
        /// ASCII without escapes: two plain keys are equal exactly when their bytes are. Any other key
        /// is compared as a `String`, i.e. by canonical equivalence, which can even make a non-ASCII key
        /// equal to an ASCII one (U+212A KELVIN SIGN equals "K").
        var isPlain: Bool
    }

    /// Up to this many plain keys per object are compared bytewise, with no hashing or allocation.
    private static let plainKeyLimit = 16

    /// What the grammar allows next.
    private enum State {
        /// A value: the document's, or a member's after ":".
        case value
        /// A value or "]": after "[" or after "," in an array (a trailing comma is tolerated).
        case elementOrClose
        /// A key or "}": after "{" or after "," in an object (a trailing comma is tolerated).
        case keyOrClose
        /// The ":" after a key.
        case colon
        /// "," or the closing bracket of the innermost container, or the end of the document.
        case afterValue
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private let maximumCount: Int
    /// Frames `0..<depth` are the open containers; frames beyond are kept for reuse.
    private var frames: [Frame] = []
    private var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, maximumCount: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.maximumCount = maximumCount
    }

    mutating func scan() -> JSONStructureProblem? {
        let n = bytes.count
        var i = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var state = State.value

        while true {
            while i < n, Self.isWhitespace(bytes[i]) { i += 1 }
            // The end: either a complete document without problems or a truncated one.
            guard i < n else { return nil }
            let c = bytes[i]

            switch state {
            case .afterValue:
                guard depth > 0 else { return nil }  // something after the top-level value
                let inObject = frames[depth - 1].isObject
                if c == Self.comma {
                    // `index` counts members too in an object (its path shows keys, not indices).
                    frames[depth - 1].index += 1
                    state = inObject ? .keyOrClose : .elementOrClose
                } else if c == (inObject ? Self.closeBrace : Self.closeBracket) {
                    depth -= 1
                } else {
                    return nil
                }
                i += 1

            case .keyOrClose:
                if c == Self.closeBrace {
                    depth -= 1
                    state = .afterValue
                    i += 1
                } else if c == Self.quote {
                    if frames[depth - 1].index >= maximumCount { return tooMany() }
                    guard let (key, next) = readKey(openingQuote: i) else { return nil }
                    frames[depth - 1].key = key
                    if !insertKey(key) {
                        let name = keyString(key)
                        return JSONStructureProblem(
                            path: currentPath(),
                            message: "duplicate key \"\(name)\": each key may appear once in an object "
                                + "(the second value would be silently ignored)")
                    }
                    state = .colon
                    i = next
                } else {
                    return nil
                }

            case .colon:
                guard c == Self.colon else { return nil }
                state = .value
                i += 1

            case .value, .elementOrClose:
                if state == .elementOrClose, c != Self.closeBracket, frames[depth - 1].index >= maximumCount { return tooMany() }
                switch c {
                case Self.closeBracket where state == .elementOrClose:
                    depth -= 1
                    state = .afterValue
                    i += 1
                case Self.openBrace, Self.openBracket:
                    if depth >= maximumDepth {
                        return JSONStructureProblem(
                            path: currentPath(),
                            message: "nested more than \(maximumDepth) levels deep (the limit for scenario files)")
                    }
                    let isObject = c == Self.openBrace
                    if depth < frames.count {
                        frames[depth].reset(isObject: isObject)
                    } else {
                        frames.append(Frame(isObject: isObject))
                    }
                    depth += 1
                    state = isObject ? .keyOrClose : .elementOrClose
                    i += 1
                case Self.quote:
                    guard let next = skipString(openingQuote: i) else { return nil }
                    state = .afterValue
                    i = next
                case Self.minus, Self.zero...Self.nine:
                    guard let next = skipNumber(from: i) else { return nil }
                    state = .afterValue
                    i = next
                case UInt8(ascii: "t"):
                    guard let next = skipLiteral(Self.trueBytes, from: i) else { return nil }
                    state = .afterValue
                    i = next
                case UInt8(ascii: "f"):
                    guard let next = skipLiteral(Self.falseBytes, from: i) else { return nil }
                    state = .afterValue
                    i = next
                case UInt8(ascii: "n"):
                    guard let next = skipLiteral(Self.nullBytes, from: i) else { return nil }
                    state = .afterValue
                    i = next
                default:
                    return nil
                }
            }
        }
    }

    /// The problem of the innermost container starting one element or member past `maximumCount`.
    private func tooMany() -> JSONStructureProblem {
        JSONStructureProblem(
            path: currentPath(levels: depth - 1),
            message: "has more than \(maximumCount) \(frames[depth - 1].isObject ? "members" : "elements") "
                + "(the limit for one JSON array or object)")
    }

    /// Adds a key to the innermost object's keys; false if it was already there.
    private mutating func insertKey(_ key: Key) -> Bool {
        let top = depth - 1
        if !frames[top].usesKeySet {
            if key.isPlain, frames[top].plainKeys.count < Self.plainKeyLimit {
                for other in frames[top].plainKeys where bytesEqual(other, key.range) { return false }
                frames[top].plainKeys.append(key.range)
                return true
            }
            // Switch this object to string comparison; its plain keys so far are distinct.
            frames[top].usesKeySet = true
            for range in frames[top].plainKeys {
                frames[top].keys.insert(keyString(Key(range: range, isPlain: true)))
            }
        }
        return frames[top].keys.insert(keyString(key)).inserted
    }

    private func bytesEqual(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        var i = a.lowerBound, j = b.lowerBound
        while i < a.upperBound {
            if bytes[i] != bytes[j] { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// The path of the current position: each open container's current key or index.
    private func currentPath(levels: Int? = nil) -> String {
        var out = ""
        for frame in frames[0..<(levels ?? depth)] {
            if frame.isObject {
                if !out.isEmpty { out += "." }
                out += keyString(frame.key)
            } else {
                out += "[\(frame.index)]"
            }
        }
        return out
    }

    // MARK: Tokens

    /// Skips a string whose opening quote is at `openingQuote`; returns the index after its closing
    /// quote, or nil if it is malformed or unterminated (the same scan as ``readKey(openingQuote:)``).
    private func skipString(openingQuote: Int) -> Int? { readKey(openingQuote: openingQuote)?.1 }

    /// Reads a key whose opening quote is at `openingQuote`: where it is and the index after its closing
    /// quote, or nil if it is malformed or unterminated.
    private func readKey(openingQuote: Int) -> (Key, Int)? {
        let n = bytes.count
        let start = openingQuote + 1
        var i = start
        var isPlain = true
        while i < n {
            let c = bytes[i]
            if c == Self.quote {
                return (Key(range: start..<i, isPlain: isPlain), i + 1)
            }
            if c == Self.backslash {
                guard let (_, next) = parseEscape(at: i) else { return nil }
                isPlain = false
                i = next
            } else if c < 0x20 {
                return nil
            } else if c < 0x80 {
                i += 1
            } else {
                guard let next = skipUTF8Sequence(at: i) else { return nil }
                isPlain = false
                i = next
            }
        }
        return nil
    }

    /// The text of a key that `readKey` accepted, unescaped.
    private func keyString(_ key: Key) -> String {
        var j = key.range.lowerBound
        let end = key.range.upperBound
        var unescaped: [UInt8] = []
        var copied = j  // bytes[copied..<j] are still to be copied
        while j < end {
            if bytes[j] == Self.backslash, let (scalar, next) = parseEscape(at: j) {
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<j]))
                Self.appendUTF8(scalar, to: &unescaped)
                j = next
                copied = j
            } else {
                j += 1
            }
        }
        if copied == key.range.lowerBound {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[key.range]), as: UTF8.self)
        }
        unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Parses the escape sequence whose backslash is at `i`: the Unicode scalar value it stands for
    /// and the index after it, or nil if it is invalid (including an unpaired surrogate).
    private func parseEscape(at i: Int) -> (UInt32, Int)? {
        let n = bytes.count
        guard i + 1 < n else { return nil }
        switch bytes[i + 1] {
        case Self.quote: return (0x22, i + 2)
        case Self.backslash: return (0x5C, i + 2)
        case UInt8(ascii: "/"): return (0x2F, i + 2)
        case UInt8(ascii: "b"): return (0x08, i + 2)
        case UInt8(ascii: "f"): return (0x0C, i + 2)
        case UInt8(ascii: "n"): return (0x0A, i + 2)
        case UInt8(ascii: "r"): return (0x0D, i + 2)
        case UInt8(ascii: "t"): return (0x09, i + 2)
        case UInt8(ascii: "u"):
            guard let unit = hex4(at: i + 2) else { return nil }
            switch unit {
            case 0xD800...0xDBFF:
                // A high surrogate must be followed by an escaped low surrogate.
                guard i + 7 < n, bytes[i + 6] == Self.backslash, bytes[i + 7] == UInt8(ascii: "u"),
                      let low = hex4(at: i + 8), (0xDC00...0xDFFF).contains(low)
                else { return nil }
                return (0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), i + 12)
            case 0xDC00...0xDFFF:
                return nil
            default:
                return (unit, i + 6)
            }
        default:
            return nil
        }
    }

    /// The value of four hexadecimal digits starting at `i`, or nil.
    private func hex4(at i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            let c = bytes[k]
            let digit: UInt8
            switch c {
            case Self.zero...Self.nine: digit = c &- Self.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c &- UInt8(ascii: "A") &+ 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Appends a scalar value (from a validated escape, so never a surrogate) as UTF-8.
    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// Checks the multi-byte UTF-8 sequence whose lead byte (0x80 or above) is at `i`; returns the
    /// index after it, or nil if it is invalid, overlong, a surrogate, above U+10FFFF, or truncated.
    private func skipUTF8Sequence(at i: Int) -> Int? {
        let n = bytes.count
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard i + length <= n else { return nil }
        let second = bytes[i + 1]
        guard second >= low, second <= high else { return nil }
        var k = i + 2
        while k < i + length {
            guard bytes[k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        return i + length
    }

    /// Skips a number starting at `i` (at "-" or a digit); returns the index after it, or nil.
    private func skipNumber(from start: Int) -> Int? {
        let n = bytes.count
        var i = start
        if bytes[i] == Self.minus { i += 1 }
        guard i < n else { return nil }
        if bytes[i] == Self.zero {
            i += 1
        } else if Self.isDigit(bytes[i]) {
            i += 1
            while i < n, Self.isDigit(bytes[i]) { i += 1 }
        } else {
            return nil
        }
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard i < n, Self.isDigit(bytes[i]) else { return nil }
            while i < n, Self.isDigit(bytes[i]) { i += 1 }
        }
        if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == Self.minus { i += 1 }
            guard i < n, Self.isDigit(bytes[i]) else { return nil }
            while i < n, Self.isDigit(bytes[i]) { i += 1 }
        }
        return i
    }

    /// Skips `true`, `false` or `null` at `i`; returns the index after it, or nil.
    private func skipLiteral(_ literal: StaticString, from i: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return nil }
        let expected = literal.utf8Start
        for k in 0..<count where bytes[i + k] != expected[k] { return nil }
        return i + count
    }

    // MARK: Bytes

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":")
    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    private static let minus = UInt8(ascii: "-")
    private static let zero = UInt8(ascii: "0")
    private static let nine = UInt8(ascii: "9")
    private static let trueBytes: StaticString = "true"
    private static let falseBytes: StaticString = "false"
    private static let nullBytes: StaticString = "null"

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c &- zero < 10 }

    @inline(__always) private static func isWhitespace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09
    }
}
