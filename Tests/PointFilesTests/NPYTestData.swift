/// Builds `.npy` file bytes for tests, following NEP 1: magic, version, header length, a
/// Python-dict header padded with spaces to a multiple of 64 bytes and ended by a newline, data.
enum NPYTestData {
    static func header(descr: String, fortran: Bool, shape: [Int]) -> String {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        return "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shapeText), }"
    }

    static func file(header: String, data: [UInt8], major: UInt8 = 1) -> [UInt8] {
        let preamble = major == 1 ? 10 : 12
        var text = Array(header.utf8)
        let total = preamble + text.count + 1
        text += [UInt8](repeating: 0x20, count: (64 - total % 64) % 64) + [0x0A]
        var bytes: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, major, 0]
        let n = text.count
        if major == 1 {
            bytes += [UInt8(n & 0xFF), UInt8(n >> 8)]
        } else {
            bytes += [UInt8(n & 0xFF), UInt8((n >> 8) & 0xFF), UInt8((n >> 16) & 0xFF), UInt8(n >> 24)]
        }
        return bytes + text + data
    }

    static func float64(_ values: [Double], bigEndian: Bool = false) -> [UInt8] {
        values.flatMap { v -> [UInt8] in
            let bits = bigEndian ? v.bitPattern.bigEndian : v.bitPattern.littleEndian
            return (0..<8).map { UInt8(truncatingIfNeeded: bits >> (8 * $0)) }
        }
    }

    static func float32(_ values: [Float]) -> [UInt8] {
        values.flatMap { v -> [UInt8] in
            let bits = v.bitPattern.littleEndian
            return (0..<4).map { UInt8(truncatingIfNeeded: bits >> (8 * $0)) }
        }
    }

    /// A C-order float64 file of `rows`.
    static func rowsFile(_ rows: [[Double]], major: UInt8 = 1) -> [UInt8] {
        file(header: header(descr: "<f8", fortran: false, shape: [rows.count, rows.first?.count ?? 0]),
             data: float64(rows.flatMap { $0 }), major: major)
    }
}
