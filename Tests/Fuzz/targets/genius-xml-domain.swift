// libFuzzer target: GENIUS XML domains (NegotiationDomain(data:file:format: .geniusXML)).
import Foundation
import Genius

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let domain = try NegotiationDomain(data: Data(bytes: data, count: size), file: "fuzz.xml", format: .geniusXML)
        _ = domain.issues.map(\.name)
    } catch {
        _ = error.description
    }
    return 0
}
