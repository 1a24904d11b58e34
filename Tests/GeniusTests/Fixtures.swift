import Foundation
@testable import Genius

/// Small domains and profiles written for these tests (not taken from any competition).
enum Fixtures {
    /// Three issues: a discrete one, an integer one with negative bounds, a real one.
    static let mixedDomain = """
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

    /// Party A on ``mixedDomain``: raw weights 2, 1, 1 (normalised to 0.5, 0.25, 0.25);
    /// colour evaluations 4, 2, 1 (÷ 4); delay linear slope 0.25 offset 0 on (v + 2);
    /// rate linear 0.1·x + 0; discount factor 0.5; reservation 0.2.
    static let mixedProfileA = """
        <utility_space>
          <objective index="0" description="" name="root" type="objective" etype="objective">
            <issue index="1" name="colour" type="discrete" etype="discrete" vtype="discrete">
              <item index="1" value="red" evaluation="4" cost="0.0"/>
              <item index="2" value="green" evaluation="2"></item>
              <item index="3" value="blue &amp; grey" evaluation="1"/>
            </issue>
            <issue index="2" name="delay" lowerbound="-2" upperbound="2" type="integer" etype="integer" vtype="integer">
              <evaluator ftype="linear" slope="0.25" offset="0.0">
              </evaluator>
            </issue>
            <issue index="3" name="rate" type="real" etype="real" vtype="real">
              <range lowerbound="0.0" upperbound="10.0"/>
              <evaluator ftype="linear" parameter0="0.0" parameter1="0.1"/>
            </issue>
            <weight index="1" value="2"/>
            <weight index="2" value="1"></weight>
            <weight index="3" value="1"/>
          </objective>
          <discount_factor value="0.5"/>
          <reservation value="0.2"/>
        </utility_space>
        """

    /// Party B on ``mixedDomain``: equal weights; colour 0, 5, 10; delay slope −0.25 offset 1
    /// on (v + 2); rate triangular 0–10 peaking at 4; discount factor 0 (no discounting);
    /// no reservation element.
    static let mixedProfileB = """
        <utility_space>
          <objective index="0" name="root" type="objective">
            <issue index="1" name="colour" type="discrete">
              <item index="1" value="red" evaluation="0"/>
              <item index="2" value="green" evaluation="5"/>
              <item index="3" value="blue &amp; grey" evaluation="10"/>
            </issue>
            <issue index="2" name="delay" type="integer">
              <evaluator ftype="linear" slope="-0.25" offset="1"/>
            </issue>
            <issue index="3" name="rate" type="real">
              <evaluator ftype="triangular" parameter0="0" parameter1="10" parameter2="4"/>
            </issue>
            <weight index="1" value="1"/>
            <weight index="2" value="1"/>
            <weight index="3" value="1"/>
          </objective>
          <discount_factor value="0.0"/>
        </utility_space>
        """

    /// A GeniusWeb domain with a discrete and a number issue, issues deliberately not in
    /// alphabetical order.
    static let webDomain = """
        {"name": "jobs",
         "issuesValues": {
           "salary": {"range": {"low": 1000, "high": 3000, "step": 500}},
           "car": {"values": ["no", "yes"]}
         }}
        """

    /// A GeniusWeb profile on ``webDomain`` with the embedded domain and GeniusWeb 2 spellings.
    static let webProfileA = """
        {"LinearAdditiveUtilitySpace": {
          "issueUtilities": {
            "salary": {"NumberValueSetUtilities": {"lowValue": 1000, "lowUtility": 0.2, "highValue": 3000, "highUtility": 1}},
            "car": {"DiscreteValueSetUtilities": {"valueUtilities": {"no": 0.5, "yes": 1.0}}}
          },
          "issueWeights": {"salary": 0.6, "car": 0.4},
          "domain": \(webDomain),
          "name": "employee",
          "reservationBid": {"issuevalues": {"salary": 2000, "car": "no"}}
        }}
        """

    /// A GeniusWeb profile on ``webDomain`` with GeniusWeb 1 spellings and weights that do
    /// not sum to 1 (3 and 1, normalised to 0.75 and 0.25).
    static let webProfileB = """
        {"LinearAdditiveUtilitySpace": {
          "issueUtilities": {
            "car": {"discreteutils": {"valueUtilities": {"no": 1, "yes": 0.25}}},
            "salary": {"numberutils": {"lowValue": 1000, "lowUtility": 1, "highValue": 3000, "highUtility": 0}}
          },
          "issueWeights": {"car": 1, "salary": 3},
          "name": "employer"
        }}
        """

    static func domain(_ text: String, file: String = "domain.xml") throws(GeniusError) -> NegotiationDomain {
        try NegotiationDomain(data: Data(text.utf8), file: file)
    }

    static func profile(_ text: String, file: String = "profile.xml", domain: NegotiationDomain) throws(GeniusError) -> AdditiveProfile {
        try AdditiveProfile(data: Data(text.utf8), file: file, domain: domain)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("GeniusTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
