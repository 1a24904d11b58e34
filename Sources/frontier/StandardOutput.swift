#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output for subcommands that print many lines.
///
/// Appending to one `String` and writing it in large pieces is much faster than `print` per
/// line when a frontier has millions of points.
struct StandardOutput {
    private var buffer = ""
    private let flushThreshold = 1 << 20

    init() { buffer.reserveCapacity(flushThreshold + 4096) }

    /// Appends `text` to the output, writing the buffer out when it is large.
    mutating func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= flushThreshold { flush() }
    }

    /// Appends `value` spelled as `value.description` does (the shortest decimal that reads back
    /// as the same double), formatted straight into the buffer: no `String` per value.
    mutating func write(_ value: Double) {
        value.write(to: &buffer)
        if buffer.utf8.count >= flushThreshold { flush() }
    }

    /// Writes whatever is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        writeAll(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes `text` to standard error in one `write` call (so one line stays one line).
func writeStandardError(_ text: String) {
    writeAll(text, to: 2)
}

/// Writes all of `text` to the file descriptor, retrying after partial writes.
private func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
