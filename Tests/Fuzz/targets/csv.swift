// libFuzzer target: CSV point files (CSVPointFile), every header mode, then a frontier of what was read.
import Pareto
import PointFiles

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks the header mode, so every mode sees every kind of text.
    let header = CSVPointFile.Header.allCases[Int(bytes.first ?? 0) % CSVPointFile.Header.allCases.count]
    do {
        let file = try CSVPointFile(bytes: bytes, name: "fuzz.csv", header: header)
        precondition(file.columnNames.count == file.points.dimensions)
        if file.points.count <= 4096, file.points.dimensions <= 8 { _ = try? nonDominatedIndices(file.points) }
    } catch {
        _ = error.description
    }
    return 0
}
