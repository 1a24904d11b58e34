import Pareto

/// A two-dimensional NumPy `.npy` array of points, one row per point, one column per objective.
///
/// Reads what `numpy.save` writes for a float array of shape `(n, d)`: format versions 1.0, 2.0
/// and 3.0, element types float64 (`'<f8'`) and float32 (`'<f4'`, widened to Double), in C
/// (row-major) or Fortran (column-major) order. The byte-order marks `<` (little-endian), `|`
/// and `=` (native; every platform Swift runs on here is little-endian) are accepted, and
/// big-endian data (`>`) is byte-swapped. Every element must be finite.
///
/// ```swift
/// // Python: numpy.save("front.npy", numpy.random.rand(1000, 2))
/// let file = try NPYFile(contentsOf: "front.npy")
/// file.points.count        // 1000
/// file.points.dimensions   // 2
/// ```
///
/// The array data is read from the file straight into the result buffer (C-order float64) or
/// converted in one pass (float32, Fortran order, big-endian), then checked for NaN and
/// infinity in one vectorized pass.
///
/// Format reference: NumPy Enhancement Proposal 1, "A simple file format for NumPy arrays".
public struct NPYFile: Sendable {
    /// The points, row-major, in the file's row order.
    public let points: PointSet
    /// The element type as the header wrote it, e.g. `"<f8"`.
    public let dtype: String
    /// Whether the array was stored in Fortran (column-major) order.
    public let isFortranOrder: Bool

    /// Reads the `.npy` file at `path`.
    ///
    /// - Parameters:
    ///   - path: A file path; errors name the file by this string.
    ///   - limits: The longest header accepted (``PointFileLimits/maximumNumPyHeaderBytes``).
    /// - Throws: ``PointFileError``: unreadable file, bad magic, unsupported version, dtype or
    ///   shape, an over-long header, truncated data, or a non-finite element (with its 0-based
    ///   row and column). A shape the file's size cannot back is reported as truncated before
    ///   anything is allocated for it.
    /// - Complexity: O(n·d), reading the file once.
    public init(contentsOf path: String, limits: PointFileLimits = PointFileLimits()) throws(PointFileError) {
        self = try FileByteSource.withFile(atPath: path) { source throws(PointFileError) in
            try NPYFile(source: &source, name: path, limits: limits)
        }
    }

    /// Decodes `.npy` bytes held in memory.
    ///
    /// - Parameters:
    ///   - bytes: The complete file contents.
    ///   - name: The name errors use for the data, usually a file name.
    ///   - limits: The longest header accepted (``PointFileLimits/maximumNumPyHeaderBytes``).
    public init(bytes: [UInt8], name: String, limits: PointFileLimits = PointFileLimits()) throws(PointFileError) {
        var source = MemoryByteSource(bytes)
        self = try NPYFile(source: &source, name: name, limits: limits)
    }

    private init(points: PointSet, dtype: String, isFortranOrder: Bool) {
        self.points = points
        self.dtype = dtype
        self.isFortranOrder = isFortranOrder
    }

    /// The six bytes every `.npy` file starts with.
    static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]   // \x93 N U M P Y

    private init<S: ByteSource>(source: inout S, name: String, limits: PointFileLimits) throws(PointFileError) {
        // Preamble: magic (6), version (2), header length (2 bytes in 1.0, 4 in 2.0 and 3.0).
        var preamble = [UInt8](repeating: 0, count: 12)
        let got = preamble.withUnsafeMutableBytes { source.read(into: $0.baseAddress!, count: 10) }
        if got == 0 { throw .emptyFile(file: name) }
        guard got == 10, Array(preamble[0..<6]) == NPYFile.magic else { throw .notNumPy(file: name) }
        let major = Int(preamble[6]), minor = Int(preamble[7])
        let headerLength: Int
        switch (major, minor) {
        case (1, 0):
            headerLength = Int(preamble[8]) | Int(preamble[9]) << 8
        case (2, 0), (3, 0):
            let more = preamble.withUnsafeMutableBytes { source.read(into: $0.baseAddress! + 10, count: 2) }
            guard more == 2 else { throw .malformedNumPyHeader(file: name, reason: "the file ends inside the header length") }
            headerLength = (8..<12).reduce(0) { $0 | Int(preamble[$1]) << (8 * ($1 - 8)) }
        default:
            throw .unsupportedNumPyVersion(file: name, major: major, minor: minor)
        }
        guard headerLength <= limits.maximumNumPyHeaderBytes else {
            throw .numPyHeaderTooLong(file: name, length: headerLength, limit: limits.maximumNumPyHeaderBytes)
        }
        var headerBytes = [UInt8](repeating: 0, count: headerLength)
        let headerGot = headerBytes.withUnsafeMutableBytes {
            headerLength == 0 ? 0 : source.read(into: $0.baseAddress!, count: headerLength)
        }
        guard headerGot == headerLength else {
            throw .malformedNumPyHeader(file: name, reason: "the file ends inside the \(headerLength)-byte header")
        }
        let header = try NPYHeader(parsing: String(decoding: headerBytes, as: UTF8.self), file: name)

        guard header.shape.count == 2 else { throw .unsupportedShape(file: name, shape: header.shape) }
        let n = header.shape[0], d = header.shape[1]
        guard d > 0 else { throw .noColumns(file: name) }
        let (count, overflow) = n.multipliedReportingOverflow(by: d)
        let (byteCount, overflow2) = count.multipliedReportingOverflow(by: header.elementSize)
        guard !overflow, !overflow2 else {
            throw .malformedNumPyHeader(file: name, reason: "shape (\(n), \(d)) is too large")
        }

        // Refuse a shape the data cannot back before allocating for it: a regular file or a
        // buffer knows its size; anything else (a pipe) is read first, as far as it goes.
        let values: [Double]
        if let remaining = source.remainingBytes {
            guard remaining >= byteCount else {
                throw .truncated(file: name, expectedBytes: byteCount, foundBytes: remaining)
            }
            values = try NPYFile.readValues(from: &source, header: header, byteCount: byteCount, name: name)
        } else {
            var rest = MemoryByteSource(NPYFile.readBytes(from: &source, upTo: byteCount))
            guard rest.bytes.count == byteCount else {
                throw .truncated(file: name, expectedBytes: byteCount, foundBytes: rest.bytes.count)
            }
            values = try NPYFile.readValues(from: &rest, header: header, byteCount: byteCount, name: name)
        }
        if let bad = firstNonFiniteIndex(values) {
            throw .nonFiniteElement(file: name, row: bad / d, column: bad % d, value: values[bad])
        }
        self.init(points: PointSet(unchecked: values, dimensions: d), dtype: header.dtype,
                  isFortranOrder: header.fortranOrder)
    }

    /// Reads the array data (`byteCount` bytes) as row-major Doubles. Native-endian float64 in
    /// C order is read straight into the result; everything else (float32, big-endian, Fortran
    /// order) goes through a small chunk buffer and is converted and placed in row-major order
    /// as it arrives, without a second full copy.
    private static func readValues<S: ByteSource>(
        from source: inout S, header: NPYHeader, byteCount: Int, name: String
    ) throws(PointFileError) -> [Double] {
        let n = header.shape[0], d = header.shape[1], count = byteCount / header.elementSize
        var found = 0
        var complete = false
        let values = [Double](unsafeUninitializedCapacity: count) { out, initialized in
            initialized = 0
            guard count > 0 else { complete = true; return }
            let columnMajor = header.fortranOrder && d > 1 && n > 1
            if header.elementSize == 8 && !header.swapBytes && !columnMajor {
                found = source.read(into: out.baseAddress!, count: byteCount)
            } else {
                found = NPYFile.readConverted(from: &source, header: header, count: count) { first, chunk in
                    if columnMajor {
                        NPYFile.scatterColumnMajor(chunk, startingAt: first, into: out.baseAddress!, rows: n, columns: d)
                    } else {
                        (out.baseAddress! + first).initialize(from: chunk.baseAddress!, count: chunk.count)
                    }
                }
            }
            complete = found == byteCount
            if complete { initialized = count }
        }
        guard complete else {
            throw .truncated(file: name, expectedBytes: byteCount, foundBytes: found)
        }
        return values
    }

    /// Up to `limit` bytes from `source`, read in chunks so the buffer grows only as data arrives.
    private static func readBytes<S: ByteSource>(from source: inout S, upTo limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 1 << 20
        while bytes.count < limit {
            let start = bytes.count, want = Swift.min(chunk, limit - start)
            bytes.append(contentsOf: repeatElement(0, count: want))
            let got = bytes.withUnsafeMutableBytes { source.read(into: $0.baseAddress! + start, count: want) }
            bytes.removeLast(want - got)
            if got < want { break }
        }
        return bytes
    }

    /// Reads `count` elements in file order, 64 Ki at a time, converts each chunk to native
    /// Doubles and hands it to `body` with the file-order index of its first element.
    /// - Returns: The number of data bytes read (less than `count · elementSize` when truncated).
    private static func readConverted<S: ByteSource>(
        from source: inout S, header: NPYHeader, count: Int,
        _ body: (Int, UnsafeBufferPointer<Double>) -> Void
    ) -> Int {
        let chunkElements = 1 << 16
        let size = header.elementSize
        var raw = [UInt8](repeating: 0, count: Swift.min(chunkElements, count) * size)
        var converted = [Double](repeating: 0, count: Swift.min(chunkElements, count))
        var done = 0, bytesRead = 0
        while done < count {
            let want = Swift.min(chunkElements, count - done)
            let got = raw.withUnsafeMutableBytes { source.read(into: $0.baseAddress!, count: want * size) }
            bytesRead += got
            let elements = got / size
            raw.withUnsafeBytes { bytes in
                converted.withUnsafeMutableBufferPointer { out in
                    switch (size, header.swapBytes) {
                    case (8, false):
                        for i in 0..<elements { out[i] = Double(bitPattern: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
                    case (8, true):
                        for i in 0..<elements {
                            out[i] = Double(bitPattern: bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self).byteSwapped)
                        }
                    case (_, false):
                        for i in 0..<elements {
                            out[i] = Double(Float(bitPattern: bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
                        }
                    case (_, true):
                        for i in 0..<elements {
                            out[i] = Double(Float(bitPattern: bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self).byteSwapped))
                        }
                    }
                }
            }
            converted.withUnsafeBufferPointer { body(done, UnsafeBufferPointer(rebasing: $0[0..<elements])) }
            done += elements
            if got < want * size { break }
        }
        return bytesRead
    }

    /// Writes a chunk of column-major elements (file-order indices `first…`) of an n×d array
    /// to their row-major positions in `out`.
    private static func scatterColumnMajor(
        _ chunk: UnsafeBufferPointer<Double>, startingAt first: Int,
        into out: UnsafeMutablePointer<Double>, rows n: Int, columns d: Int
    ) {
        var position = 0
        while position < chunk.count {
            let e = first + position
            let j = e / n, i = e % n
            let run = Swift.min(n - i, chunk.count - position)
            var target = out + (i * d + j)
            for t in 0..<run {
                target.initialize(to: chunk[position + t])
                target += d
            }
            position += run
        }
    }
}

/// The first index of a NaN or infinite value, or `nil` when all are finite.
///
/// A value is non-finite exactly when its exponent bits are all ones; adding 1 at the lowest
/// exponent bit then carries into the sign position. The OR of those sums over a block is an
/// integer reduction the compiler vectorizes, so the common all-finite case costs one pass.
func firstNonFiniteIndex(_ values: [Double]) -> Int? {
    values.withUnsafeBufferPointer { buffer -> Int? in
        let exponentMask: UInt64 = 0x7FF0_0000_0000_0000
        let carry: UInt64 = 0x0010_0000_0000_0000
        let block = 4096
        var start = 0
        while start < buffer.count {
            let end = Swift.min(start + block, buffer.count)
            var any: UInt64 = 0
            for i in start..<end { any |= (buffer[i].bitPattern & exponentMask) &+ carry }
            if any >> 63 != 0 {
                return (start..<end).first { !buffer[$0].isFinite }
            }
            start = end
        }
        return nil
    }
}

/// The parts of a `.npy` header dictionary the reader uses.
struct NPYHeader {
    var dtype: String
    var elementSize: Int
    var swapBytes: Bool
    var fortranOrder: Bool
    var shape: [Int]

    /// Parses a header such as `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }`.
    init(parsing text: String, file: String) throws(PointFileError) {
        let chars = Array(text.unicodeScalars)

        /// Index just after `'key':` (either quote style), skipping spaces.
        func valueStart(_ key: String) throws(PointFileError) -> Int {
            for quote in ["'", "\""] {
                let pattern = Array((quote + key + quote).unicodeScalars)
                guard pattern.count <= chars.count else { continue }
                for start in 0...(chars.count - pattern.count) where Array(chars[start..<start + pattern.count]) == pattern {
                    var i = start + pattern.count
                    while i < chars.count, chars[i] == " " { i += 1 }
                    guard i < chars.count, chars[i] == ":" else { continue }
                    i += 1
                    while i < chars.count, chars[i] == " " { i += 1 }
                    return i
                }
            }
            throw .malformedNumPyHeader(file: file, reason: "no '\(key)' entry")
        }

        // descr: a quoted type string; a list (structured dtype) is unsupported.
        var i = try valueStart("descr")
        if i < chars.count, chars[i] == "'" || chars[i] == "\"" {
            let quote = chars[i]
            var j = i + 1
            while j < chars.count, chars[j] != quote { j += 1 }
            guard j < chars.count else { throw .malformedNumPyHeader(file: file, reason: "unterminated 'descr' string") }
            dtype = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
        } else {
            var j = i
            var depth = 0
            while j < chars.count {
                if chars[j] == "[" || chars[j] == "(" { depth += 1 }
                if chars[j] == "]" || chars[j] == ")" { depth -= 1; if depth <= 0 { j += 1; break } }
                j += 1
            }
            throw .unsupportedDType(file: file, dtype: String(String.UnicodeScalarView(chars[i..<j])))
        }
        var kind = Substring(dtype)
        var order: Character = "="
        if let first = kind.first, "<>|=".contains(first) { order = first; kind = kind.dropFirst() }
        switch kind {
        case "f8": elementSize = 8
        case "f4": elementSize = 4
        default: throw .unsupportedDType(file: file, dtype: dtype)
        }
        let hostIsLittle = 1.littleEndian == 1
        swapBytes = order == ">" ? hostIsLittle : (order == "<" ? !hostIsLittle : false)

        // fortran_order: True or False.
        i = try valueStart("fortran_order")
        let rest = String(String.UnicodeScalarView(chars[i...]))
        if rest.hasPrefix("True") { fortranOrder = true }
        else if rest.hasPrefix("False") { fortranOrder = false }
        else { throw .malformedNumPyHeader(file: file, reason: "'fortran_order' is neither True nor False") }

        // shape: a tuple of non-negative integers.
        i = try valueStart("shape")
        guard i < chars.count, chars[i] == "(" else {
            throw .malformedNumPyHeader(file: file, reason: "'shape' is not a tuple")
        }
        var j = i + 1
        while j < chars.count, chars[j] != ")" { j += 1 }
        guard j < chars.count else { throw .malformedNumPyHeader(file: file, reason: "unterminated 'shape' tuple") }
        let inner = String(String.UnicodeScalarView(chars[(i + 1)..<j]))
        var dims: [Int] = []
        for part in inner.split(separator: ",") {
            let trimmed = part.trimming(" ")
            if trimmed.isEmpty { continue }
            // Python 2 era files may write long integers as `3L`.
            let digits = trimmed.hasSuffix("L") ? String(trimmed.dropLast()) : trimmed
            guard let value = Int(digits), value >= 0 else {
                throw .malformedNumPyHeader(file: file, reason: "'shape' entry \"\(trimmed)\" is not a size")
            }
            dims.append(value)
        }
        shape = dims
    }
}

extension Substring {
    /// The substring without leading and trailing copies of `character`.
    fileprivate func trimming(_ character: Character) -> String {
        var s = self[...]
        while s.first == character { s = s.dropFirst() }
        while s.last == character { s = s.dropLast() }
        return String(s)
    }
}
