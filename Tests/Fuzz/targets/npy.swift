// libFuzzer target: NumPy .npy point files (NPYFile), then a frontier of what was read.
import Pareto
import PointFiles

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let file = try NPYFile(bytes: bytes, name: "fuzz.npy")
        precondition(file.points.count * file.points.dimensions * 4 <= size)
        if file.points.count <= 4096, file.points.dimensions <= 8 { _ = try? nonDominatedIndices(file.points) }
    } catch {
        _ = error.description
    }
    return 0
}
