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
}

/// Bytes from a `FILE *`, read with `fread`.
struct FileByteSource: ByteSource {
    let handle: UnsafeMutablePointer<FILE>

    mutating func read(into destination: UnsafeMutableRawPointer, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return fread(destination, 1, count, handle)
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
    static func contents(atPath path: String) throws(PointFileError) -> [UInt8] {
        try withFile(atPath: path) { source throws(PointFileError) in
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let got = chunk.withUnsafeMutableBytes { source.read(into: $0.baseAddress!, count: $0.count) }
                bytes.append(contentsOf: chunk[0..<got])
                if got < chunk.count { break }
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
