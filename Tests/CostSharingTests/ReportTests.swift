import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CostSharing

/// Collects the `class` attribute of every element.
final class ClassCollector: NSObject, XMLParserDelegate {
    var classes: [String: Int] = [:]
    var elements = 0
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements += 1
        if let c = attributeDict["class"] { classes[c, default: 0] += 1 }
    }
}

@Suite struct ReportTests {
    let analysis = try! CostSharingAnalysis(scenario: Preset.sma2021.scenario)

    func parse(_ svg: String) throws -> ClassCollector {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = ClassCollector()
        parser.delegate = collector
        #expect(parser.parse(), "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        return collector
    }

    @Test func utilitySpacePlotHasEveryMark() throws {
        let c = try parse(analysis.utilitySpaceSVG())
        for mark in ["candidates", "frontier", "frontier-points", "no-deal", "zone", "nash", "kalai-smorodinsky",
                     "egalitarian", "utilitarian", "actual", "axes", "legend", "x-label", "y-label", "title"] {
            #expect(c.classes[mark, default: 0] >= 1, "missing \(mark)")
        }
    }

    @Test func domainPlotHasEveryMark() throws {
        let c = try parse(analysis.domainSVG())
        for mark in ["in-kind", "extra", "duration", "nash", "kalai-smorodinsky", "actual", "axes", "legend"] {
            #expect(c.classes[mark, default: 0] >= 1, "missing \(mark)")
        }
    }

    @Test func jsonReportHoldsTheWholeAnalysis() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: try analysis.jsonReport()) as? [String: Any])
        #expect(object["candidates"] as? Int == analysis.candidateCount)
        #expect((object["frontier"] as? [Any])?.count == analysis.frontier.count)
        let solutions = try #require(object["solutions"] as? [String: Any])
        #expect(solutions["nash"] != nil && solutions["kalaiSmorodinsky"] != nil)
        #expect(object["actual"] != nil && object["zone"] != nil && object["disagreement"] != nil)
        #expect(object["version"] as? String == FrontierVersion.current)
        #expect((object["interpersonalComparison"] as? String)?.contains("Egalitarian") == true)
    }

    @Test func jsonReportCarriesTheWholeScenarioSoItReruns() throws {
        let report = try analysis.jsonReport()
        #expect(Scenario.isReport(report))
        let rerun = try CostSharingAnalysis(scenario: try Scenario.decode(fromReport: report))
        #expect(rerun.scenario == analysis.scenario)
        #expect(rerun.frontier == analysis.frontier && rerun.solutions == analysis.solutions && rerun.zone == analysis.zone)
        #expect(!Scenario.isReport(try analysis.scenario.encodedJSON()))
    }

    @Test func textReportSaysWhenTheActualAgreementIsBelowNoDeal() throws {
        var s = TestScenarios.tiny()
        s.actual = ActualAgreement(label: "expensive", package: Package(firstYearTotal: 150, inKindShare: 0.3, duration: 1, escalation: .none))
        let a = try CostSharingAnalysis(scenario: s)
        #expect(try #require(a.actual).belowNoDeal.host)
        #expect(a.textReport().contains("gives South Korea less than no deal"))
    }

    @Test func textReportSaysSolutionsComparingUtilitiesNeedAnInterpersonalComparison() {
        #expect(analysis.textReport().contains(BargainingSolutions.interpersonalComparisonCaveat))
    }

    @Test func csvHasOneRowPerFrontierPackagePlusTheActual() {
        let lines = analysis.csvReport().split(separator: "\n")
        #expect(lines.count == 1 + analysis.frontier.count + 1)
        #expect(lines[0].hasPrefix("role,solution,firstYearTotal,firstYearTotalUSD"))
        #expect(lines.last!.hasPrefix("actual,"))
        let columns = lines[0].split(separator: ",").count
        // Fields are quoted when they hold a comma ("CPI, cap 4%"): count commas outside quotes.
        func fields(_ line: Substring) -> Int {
            var n = 1, quoted = false
            for ch in line { if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { n += 1 } }
            return n
        }
        #expect(lines.dropFirst().allSatisfy { fields($0) == columns })
        #expect(lines.contains { $0.contains("nash") })
    }

    @Test func textReportDescribesPackagesInDomainTerms() {
        let text = analysis.textReport()
        #expect(text.contains("Nash"))
        #expect(text.contains("Kalai–Smorodinsky"))
        #expect(text.contains("Zone of possible agreement"))
        #expect(text.contains("11th SMA"))
        #expect(text.contains("present value"))
        #expect(text.contains("ratification probability"))
        for wrong in ["1 packages", "1 years"] {
            #expect(text.range(of: "(?<![0-9,])" + wrong, options: .regularExpression) == nil, "\(wrong)")
        }
    }

    @Test func numbersAreGroupedAndSigned() {
        #expect(Format.number(1234567.891, 1) == "1,234,567.9")
        #expect(Format.number(-1038.9) == "-1,038.9")
        #expect(Format.percent(0.139) == "+13.9%")
        #expect(Format.percent(-0.089) == "-8.9%")
        #expect(Format.signed(-0.0) == "+0.000")
        #expect(Format.count(1, "package") == "1 package" && Format.count(1412, "package") == "1,412 packages")
        #expect(Format.amount(1038.9, "KRW") == "1,038.9 bn KRW")
        #expect(Format.possessive("United States") == "United States'" && Format.possessive("South Korea") == "South Korea's")
    }
}
