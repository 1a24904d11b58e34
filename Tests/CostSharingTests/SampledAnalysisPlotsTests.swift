import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CostSharing

/// Reads an SVG document: elements by class, the child elements of each classed element, every
/// element's attributes and the text of the document.
final class SVGReader: NSObject, XMLParserDelegate {
    var classes: [String: Int] = [:]
    var children: [String: Int] = [:]
    /// The child elements of each classed element by element name.
    var childNames: [String: [String: Int]] = [:]
    /// Every element with the class of its parent element (if it has one).
    var elements: [(name: String, attributes: [String: String], parent: String?)] = []
    /// The document's text, a space between elements' texts, runs of white space as one space.
    var text: String { raw.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    private var raw = ""
    private var stack: [String?] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if let parent = stack.last, let parent {
            children[parent, default: 0] += 1
            childNames[parent, default: [:]][elementName, default: 0] += 1
        }
        if let c = attributeDict["class"] { classes[c, default: 0] += 1 }
        elements.append((elementName, attributeDict, stack.last ?? nil))
        stack.append(attributeDict["class"])
        raw += " "
    }
    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
        raw += " "
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { raw += string }

    /// The values of `attribute` on the elements of class `cssClass`, in document order.
    func values(of attribute: String, class cssClass: String) -> [String] {
        elements.filter { $0.attributes["class"] == cssClass }.compactMap { $0.attributes[attribute] }
    }
}

@Suite struct SampledAnalysisPlotsTests {
    static let paths = ["noDeal.consequences[0].hostCostPerYear", "recipient.headlineWeight"]

    /// The tiny scenario with two uncertain parameters; its zone of agreement is empty in some draws.
    static func scenario() -> Scenario {
        var s = TestScenarios.tiny(extra: .penalized)
        s.uncertainty = ["recipient.headlineWeight": .uniform(low: 0.2, high: 2),
                         "noDeal.consequences[0].hostCostPerYear": .triangular(low: 0, mode: 0.4, high: 2)]
        return s
    }

    let s = SampledAnalysisPlotsTests.scenario()
    let sampled = try! SampledAnalysis(scenario: SampledAnalysisPlotsTests.scenario(), count: 30, seed: 1)

    func read(_ svg: String) throws -> SVGReader {
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = SVGReader()
        parser.delegate = reader
        #expect(parser.parse(), "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!svg.contains("href"), "no external resources")
        return reader
    }

    func expectHeader(_ r: SVGReader, _ s: Scenario, count: Int, seed: UInt64) {
        #expect(r.classes["title", default: 0] == 1 && r.classes["axes", default: 0] == 1 && r.classes["legend", default: 0] == 1)
        #expect(r.text.contains(s.name) && r.text.contains(s.title))
        #expect(r.text.contains(Format.count(count, "draw")) && r.text.contains("seed \(seed)") && r.text.contains("Latin hypercube"))
    }

    // MARK: Tornado

    @Test func tornadoHasOneBarPerParameterInTornadoOrder() throws {
        let r = try read(sampled.tornadoSVG(scenario: s))
        expectHeader(r, s, count: 30, seed: 1)
        #expect(r.classes["tornado-bar"] == Self.paths.count)
        #expect(r.values(of: "data-path", class: "tornado-bar") == sampled.tornado.map(\.path))
        #expect(Set(sampled.tornado.map(\.path)) == Set(Self.paths))
        // Nash ends, reservation ends and the baseline at the medians.
        for mark in ["nash-low", "nash-high", "recipient-low", "host-low", "host-high", "baseline", "bar-label"] {
            #expect(r.classes[mark, default: 0] >= 1, "missing \(mark)")
        }
        for entry in ["Parameter at its 5th", "Parameter at its 95th", "Baseline, all at medians: Nash 105.0",
                      "Thick bar: Nash total", "United States' reservation", "South Korea's reservation", "First-year total (billion KRW)"] {
            #expect(r.text.contains(entry), "missing \(entry)")
        }
    }

    @Test func tornadoDrawsAnEmptyZoneAtOneEnd() throws {
        // A low host cost of no deal empties the zone: the bar flips and comes first.
        let flip = try #require(sampled.tornado.first)
        #expect(flip.zoneFlips && flip.path == "noDeal.consequences[0].hostCostPerYear" && flip.low.nashTotal == nil)
        let r = try read(sampled.tornadoSVG(scenario: s))
        #expect(r.classes["zone-empty"] == 1)
        #expect(r.text.contains("zone empty") && r.text.contains("Zone of agreement empty at"))
        #expect(r.elements.contains { $0.name == "pattern" && $0.attributes["id"] == "zone-empty-low" })
    }

    @Test func tornadoCentresOnTheBaseline() throws {
        let r = try read(sampled.tornadoSVG(scenario: s))
        let nash = try #require(sampled.tornadoBaseline.nashTotal)
        // The full-height baseline is the longest `baseline` line (the others are ticks in the thin rows).
        func length(_ e: (name: String, attributes: [String: String], parent: String?)) -> Double {
            (Double(e.attributes["y2"] ?? "") ?? 0) - (Double(e.attributes["y1"] ?? "") ?? 0)
        }
        let lines = r.elements.filter { $0.attributes["class"] == "baseline" }.sorted { length($0) > length($1) }
        #expect(lines.count >= 1 && length(lines[0]) > 400)
        let bars = r.elements.filter { $0.attributes["class"] == "nash-low" || $0.attributes["class"] == "nash-high" }
        let x = try #require(Double(lines.first?.attributes["x1"] ?? ""))
        // Every Nash segment starts or ends at the baseline.
        for b in bars {
            let x0 = try #require(Double(b.attributes["x"] ?? "")), w = try #require(Double(b.attributes["width"] ?? ""))
            #expect(abs(x0 - x) < 1.01 || abs(x0 + w - x) < 1.01 || w <= 2, "segment \(x0)+\(w) away from the baseline \(x) (\(nash))")
        }
    }

    // MARK: Frontier probability

    @Test func frontierProbabilityHasOneDotPerPackageAndMarksTheRobustOnes() throws {
        let r = try read(sampled.frontierProbabilitySVG(scenario: s))
        expectHeader(r, s, count: 30, seed: 1)
        #expect(!sampled.frontierFrequency.isEmpty)
        #expect(r.children["packages"] == sampled.frontierFrequency.count)
        #expect(r.children["robust", default: 0] == sampled.robustFrontier.count)
        #expect(r.classes["color-scale"] == 1)
        for entry in ["Share of draws on the frontier", "0%", "50%", "100%", "Underlined, robust", "≥ 90% of draws",
                      "Within a row, higher in-kind share sits higher", "Term and escalation rule", "4 years · CPI, cap 4%", "2 years · defense budget, no cap"] {
            #expect(r.text.contains(entry), "missing \(entry)")
        }
        // One row label per term and escalation rule on the frontier.
        let rows = Set(sampled.frontierFrequency.map { "\($0.package.duration) \($0.package.escalation)" })
        #expect(r.childNames["row-label"]?["text"] == rows.count)
        // Colours: the most probable package darkest (the scale's 100% end), the least the lightest of its colours.
        let fills = r.elements.filter { $0.parent == "packages" }.compactMap { $0.attributes["fill"] }
        #expect(fills.count == sampled.frontierFrequency.count)
        #expect(fills.last == SVGPlot.viridis(1 - sampled.frontierFrequency[0].frequency), "most probable drawn last, on top")
    }

    // MARK: Solution spread

    @Test func solutionSpreadHasEveryDrawAndEachMedian() throws {
        let r = try read(sampled.solutionSpreadSVG(scenario: s))
        expectHeader(r, s, count: 30, seed: 1)
        var total = 0
        for (id, label, _, _) in SampledAnalysis.solutionStyles {
            let n = sampled.solutionPoints.filter { $0.solution == id }.count
            #expect(n == sampled.solutions[id]?.draws)
            #expect(r.children["\(id)-draws", default: 0] == n, "\(id)")
            #expect(r.classes["\(id)-median"] == 1)
            #expect(r.text.contains(label))
            total += r.children["\(id)-draws", default: 0]
        }
        #expect(total == sampled.solutionPoints.count && total > 0)
        #expect(sampled.zoneProbability < 1 && r.text.contains("(\(sampled.solutions["nash"]!.draws) draws)"))
        for entry in ["No deal (no gain)", "Equal gains", "United States' gain over no deal", "South Korea's gain over no deal",
                      "zone empty (no solution) in \(30 - sampled.solutions["nash"]!.draws) draws"] {
            #expect(r.text.contains(entry), "missing \(entry)")
        }
        #expect(r.classes["no-deal"] == 1 && r.classes["equal-gains"] == 1)
    }

    // MARK: Degenerate inputs

    @Test func anAlwaysEmptyZoneIsSaidNotPlotted() throws {
        var e = TestScenarios.tiny(extra: .penalized)
        e.uncertainty = ["noDeal.consequences[0].hostCostPerYear": .uniform(low: -30, high: -20)]
        let a = try SampledAnalysis(scenario: e, count: 10, seed: 3)
        #expect(a.zoneProbability == 0 && a.solutionPoints.isEmpty)
        let spread = try read(a.solutionSpreadSVG(scenario: e))
        #expect(spread.classes["note"] == 1 && spread.text.contains("empty in every draw"))
        #expect(SampledAnalysis.solutionStyles.allSatisfy { spread.classes["\($0.id)-draws"] == nil && spread.classes["\($0.id)-median"] == nil })
        let tornado = try read(a.tornadoSVG(scenario: e))
        #expect(tornado.classes["tornado-bar"] == 1)
        #expect(tornado.classes["zone-empty"] == 2, "both ends")
        #expect(tornado.text.contains("no baseline Nash total") && tornado.text.contains("(zone empty)"))
        #expect(tornado.classes["nash-low"] == nil && tornado.classes["nash-high"] == nil)
        let frontier = try read(a.frontierProbabilitySVG(scenario: e))
        #expect(frontier.children["packages"] == a.frontierFrequency.count)
    }

    @Test func aSingleDrawOfAZeroWidthParameter() throws {
        var o = TestScenarios.tiny(extra: .penalized)
        o.uncertainty = ["recipient.headlineWeight": .uniform(low: 1, high: 1)]
        let a = try SampledAnalysis(scenario: o, count: 1, seed: 3)
        let tornado = try read(a.tornadoSVG(scenario: o))
        #expect(tornado.classes["tornado-bar"] == 1 && tornado.classes["bar-note"] == 1)
        #expect(tornado.text.contains("no change"))
        let spread = try read(a.solutionSpreadSVG(scenario: o))
        #expect(a.solutionPoints.count == 4)
        #expect(SampledAnalysis.solutionStyles.allSatisfy { spread.children["\($0.id)-draws"] == 1 && spread.classes["\($0.id)-median"] == 1 })
        #expect(spread.text.contains("1 draw ("))
        let frontier = try read(a.frontierProbabilitySVG(scenario: o))
        #expect(a.robustFrontier.count == a.frontierFrequency.count, "one draw: every frontier package is always on it")
        #expect(frontier.children["robust"] == a.frontierFrequency.count)
    }

    @Test func textIsEscapedAndOutputIsDeterministic() throws {
        var t = Self.scenario()
        t.name = "a<b & \"c\""
        t.title = "x > y & z"
        t.partyNames = PartyPair(recipient: "R&D <Co>", host: "\"H\"")
        let a = try SampledAnalysis(scenario: t, count: 8, seed: 5, threads: 1)
        let b = try SampledAnalysis(scenario: t, count: 8, seed: 5, threads: 2)
        for (x, y) in [(a.tornadoSVG(scenario: t), b.tornadoSVG(scenario: t)),
                       (a.frontierProbabilitySVG(scenario: t), b.frontierProbabilitySVG(scenario: t)),
                       (a.solutionSpreadSVG(scenario: t), b.solutionSpreadSVG(scenario: t))] {
            #expect(x == y)
            let r = try read(x)
            #expect(r.text.contains("a<b & \"c\"") && r.text.contains("x > y & z"))
        }
        #expect(try read(a.solutionSpreadSVG(scenario: t)).text.contains("R&D <Co>'s gain"))
    }

    // MARK: Helpers

    @Test func labelHelpers() {
        #expect(SampledAnalysis.short(0.33499999999999996) == "0.335")
        #expect(SampledAnalysis.short(11) == "11" && SampledAnalysis.short(29.04) == "29")
        #expect(SampledAnalysis.short(1234.6) == "1,235" && SampledAnalysis.short(-0.00012345) == "-0.000123")
        #expect(SampledAnalysis.short(0) == "0")
        #expect(SampledAnalysis.pathLines("noDeal.consequences[0].hostCostPerYear", columns: 26, lines: 2)
                == ["noDeal.consequences[0].", "hostCostPerYear"])
        #expect(SampledAnalysis.pathLines("recipient.headlineWeight", columns: 26, lines: 2) == ["recipient.headlineWeight"])
        #expect(SampledAnalysis.pathLines("noDeal.consequences[0].hostCostPerYear", columns: 20, lines: 1)
                == ["…" + "noDeal.consequences[0].hostCostPerYear".suffix(19)])
        #expect(SVGPlot.wrap("one two three four", columns: 9) == ["one two", "three", "four"])
        #expect(SVGPlot.wrap("", columns: 9) == [""])
        #expect(SVGPlot.ticks(650...1900, atLeast: 4).ticks == [800, 1000, 1200, 1400, 1600, 1800])
        #expect(SVGPlot.ticks(650...1900, atLeast: 0).ticks == SVGPlot.ticks(650...1900) && SVGPlot.ticks(650...1900) == [1000, 1500])
        #expect(SVGPlot.ticks(0.9...1.1, atLeast: 4).ticks.count >= 4)
        #expect(SVGPlot.viridis(0) == "#440154" && SVGPlot.viridis(1) == "#fde725" && SVGPlot.viridis(.nan) == "#440154")
    }
}
