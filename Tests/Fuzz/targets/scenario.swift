// libFuzzer target: scenario JSON (Scenario.decode: structure check, strict decoding, validation),
// then, for a valid scenario, the analysis and its text report. The grid is capped through the
// library's own limit (`grid.maximumSize`) so one input stays fast.
import CostSharing
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    do {
        var scenario = Scenario.isReport(bytes) ? try Scenario.decode(fromReport: bytes) : try Scenario.decode(from: bytes)
        scenario.grid.maximumSize = min(scenario.grid.maximumSize, 2_000)
        scenario.grid.maximumBytes = min(scenario.grid.maximumBytes, 16 << 20)
        let analysis = try CostSharingAnalysis(scenario: scenario)
        _ = analysis.textReport()
    } catch {
        _ = error.description
    }
    return 0
}
