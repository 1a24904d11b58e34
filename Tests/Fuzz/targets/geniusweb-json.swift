// libFuzzer target: GeniusWeb JSON, read both as a domain and as a profile of a fixed domain
// (GeniusTests' Fixtures.webDomain: a number and a discrete issue; the seed profiles match it).
import Foundation
import Genius

let domain: NegotiationDomain = {
    let json = """
        {"name": "jobs",
         "issuesValues": {
           "salary": {"range": {"low": 1000, "high": 3000, "step": 500}},
           "car": {"values": ["no", "yes"]}
         }}
        """
    return try! NegotiationDomain(data: Data(json.utf8), file: "domain.json", format: .geniusWebJSON)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    do {
        _ = try NegotiationDomain(data: bytes, file: "fuzz.json", format: .geniusWebJSON).issues.count
    } catch {
        _ = error.description
    }
    do {
        _ = try AdditiveProfile(data: bytes, file: "fuzz.json", domain: domain, format: .geniusWebJSON).reservationValue
    } catch {
        _ = error.description
    }
    return 0
}
