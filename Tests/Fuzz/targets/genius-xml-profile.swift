// libFuzzer target: GENIUS XML profiles (AdditiveProfile(data:file:domain:format: .geniusXML)) of a
// fixed domain with a discrete, an integer and a real issue (GeniusTests' Fixtures.mixedDomain);
// the seed profiles are written for it.
import Foundation
import Genius

let domain: NegotiationDomain = {
    let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <negotiation_template number_of_sessions="1">
          <agent utility_space="" name="" class=""> </agent>
          <utility_space number_of_issues="3">
            <objective index="0" description="" name="root" type="objective" etype="objective">
              <issue index="1" name="colour" type="discrete" etype="discrete" vtype="discrete">
                <item index="1" value="red" cost="0" description="warm"/>
                <item index="2" value="green" cost="0"></item>
                <item index="3" value="blue &amp; grey"/>
              </issue>
              <issue index="2" name="delay" lowerbound="-2" upperbound="2" type="integer" etype="integer" vtype="integer">
              </issue>
              <issue index="3" name="rate" type="real" etype="real" vtype="real">
                <range lowerbound="0.0" upperbound="10.0"></range>
              </issue>
            </objective>
          </utility_space>
        </negotiation_template>
        """
    return try! NegotiationDomain(data: Data(xml.utf8), file: "domain.xml", format: .geniusXML)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    do {
        let profile = try AdditiveProfile(data: Data(bytes: data, count: size), file: "fuzz.xml", domain: domain, format: .geniusXML)
        _ = profile.reservationValue
    } catch {
        _ = error.description
    }
    return 0
}
