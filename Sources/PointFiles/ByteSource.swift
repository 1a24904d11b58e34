import Pareto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the point-file readers get their bytes: an open file or a buffer in memory.
///
/// Readers ask for exact byte counts and copy straight into their destination, so a large
/// array is read from the file into its final buffer without an intermediate copy.
protocol ByteSource {
    /// Copies up to `count` bytes into `destination`; returns how many were copied (fewer only
    /// at the end of the data).
    mutating func read(into destination: UnsafeMutableRawPointer, count: Int) -> Int
    /// How many bytes are left to read, when that is known (a regular file or memory), so a
    /// reader can refuse a size claim the data cannot back before allocating for it.
    var remainingBytes: Int? { get }
}

/// Bytes from a `FILE *`, read with `fread`.
struct FileByteSource: ByteSource {
    let handle: UnsafeMutablePointer<FILE>

    mutating func read(into destination: UnsafeMutableRawPointer, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return fread(destination, 1, count, handle)
    }

    var remainingBytes: Int? {
        var info = stat()
        guard fstat(fileno(handle), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let position = ftell(handle)
        guard position >= 0 else { return nil }
        return Swift.max(0, Int(info.st_size) - position)
    }

    /// Opens `path` for reading, runs `body`, and closes the file.
    static func withFile<T>(
        atPath path: String, _ body: (inout FileByteSource) throws(PointFileError) -> T
    ) throws(PointFileError) -> T {
        guard let handle = fopen(path, "rb") else {
            throw .unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(handle) }
        var source = FileByteSource(handle: handle)
        return try body(&source)
    }

    /// The whole file at `path`, plus one trailing zero byte (so C parsers stop at the end).
    ///
    /// With `maximumLineBytes`, reading stops with ``PointFileError/lineTooLong(file:line:limit:)``
    /// as soon as a line is longer than that (plus one byte for a `\r`), so a file that is one
    /// enormous line is refused after reading about `maximumLineBytes`, not all of it.
    static func contents(atPath path: String, maximumLineBytes: Int? = nil) throws(PointFileError) -> [UInt8] {
        try withFile(atPath: path) { source throws(PointFileError) in
            var bytes: [UInt8] = []
            if let size = source.remainingBytes { bytes.reserveCapacity(size + 1) }
            let chunkSize = 1 << 20
            var line = 1, lineLength = 0
            var chunk = [UInt8](repeating: 0, count: chunkSize)
            while true {
                let start = bytes.count
                let got = chunk.withUnsafeMutableBytes { source.read(into: $0.baseAddress!, count: chunkSize) }
                bytes.append(contentsOf: chunk[0..<got])
                if let limit = maximumLineBytes {
                    // The newlines of the new chunk, found with memchr; a line may span chunks.
                    let tooLong = bytes.withUnsafeBufferPointer { buffer -> Bool in
                        let base = UnsafeRawPointer(buffer.baseAddress!)
                        var i = start
                        while i < buffer.count {
                            guard let hit = memchr(base + i, 0x0A, buffer.count - i) else {
                                lineLength += buffer.count - i
                                return lineLength > limit &+ 1
                            }
                            let newline = UnsafeRawPointer(hit) - base
                            lineLength += newline - i
                            if lineLength > limit &+ 1 { return true }
                            line += 1; lineLength = 0
                            i = newline + 1
                        }
                        return false
                    }
                    if tooLong { throw .lineTooLong(file: path, line: line, limit: limit) }
                }
                if got < chunkSize { break }
            }
            if ferror(source.handle) != 0 {
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            bytes.append(0)
            return bytes
        }
    }
}

/// Bytes from an array in memory.
struct MemoryByteSource: ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remainingBytes: Int? { bytes.count - offset }

    mutating func read(into destination: UnsafeMutableRawPointer, count: Int) -> Int {
        let n = Swift.max(0, Swift.min(count, bytes.count - offset))
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            destination.copyMemory(from: source.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
