import Foundation

extension StrategyAnalysis {
    /// The alternating-offers agreement's first-year total as each side's delay cost is scaled
    /// (``PatienceSweep``), one line per side, against the Nash solution's total; `nil` without a
    /// bargaining section.
    public func delayCostSVG(scenario s: Scenario, analysis: CostSharingAnalysis) -> String? {
        guard let p = patience else { return nil }
        let names = s.partyNames, code = s.currency.code
        let lines = Party.allCases.map { party in
            p.rows.filter { $0.party == party }.compactMap { r in r.agreement.map { (log2(r.factor), $0.package.package.firstYearTotal) } }
        }
        let ys = lines.flatMap { $0.map(\.1) } + [analysis.solutions.nash?.package.firstYearTotal].compactMap { $0 }
        guard let lo = ys.min(), let hi = ys.max() else { return nil }
        let xs = PatienceSweep.factors.map(log2)
        var plot = SVGPlot(x: xs.min()!...xs.max()!, y: lo...hi)
        plot.xTicks = PatienceSweep.factors.map { (log2($0), "×" + Format.number($0, $0 < 1 ? 2 : 0)) }
        let colors = ["#c0392b", "#2c7fb8"]
        for (i, party) in Party.allCases.enumerated() {
            plot.line(lines[i], stroke: colors[i], width: 2, cssClass: "delay-\(party.rawValue)")
            for (x, y) in lines[i] {
                plot.marker(x, y, shape: i == 0 ? "circle" : "square", fill: colors[i], size: 7, cssClass: "delay-point",
                            title: "\(names[party]) delay cost ×\(Format.number(pow(2, x), 2)): \(Format.amount(y, code))")
            }
            plot.wrappedLegendEntry("\(names[party]) delay cost scaled", swatch: SVGPlot.swatch(i == 0 ? "circle" : "square", fill: colors[i]))
        }
        if let n = analysis.solutions.nash?.package.firstYearTotal {
            plot.line([(xs.min()!, n), (xs.max()!, n)], stroke: "#555", width: 1, dash: "5,4", cssClass: "nash")
            plot.legendEntry("Nash solution", swatch: "<line x1=\"0\" y1=\"6\" x2=\"20\" y2=\"6\" stroke=\"#555\" stroke-dasharray=\"5,4\"/>")
        }
        let b = s.bargaining!
        let subtitle = "Alternating offers, one offer every \(Format.number(b.periodMonths, 2)) months; stated delay costs \(names.recipient) "
            + "\(Format.number(b.delayCostPerYear.recipient, 2)), \(names.host) \(Format.number(b.delayCostPerYear.host, 2)) a year; "
            + "\(names[b.firstProposer]) proposes first"
        return plot.render(title: "\(s.title): the agreement as delay costs vary", xLabel: "factor on one side's delay cost (the other's as stated)",
                           yLabel: "first-year total (billions of \(code))", subtitle: subtitle)
    }
}

extension LinkageAnalysis {
    /// The utility space with and without linkage: the package frontier, the joint frontier, the
    /// no-deal point and both Nash solutions.
    public func linkageSVG(scenario s: Scenario) -> String {
        let names = s.partyNames
        let without = frontierWithoutLinkage.map { ($0.utilities.recipient, $0.utilities.host) }
        let with = frontier.map { ($0.utilities.recipient, $0.utilities.host) }
        let all = without + with + [(disagreement.recipient, disagreement.host)]
        var plot = SVGPlot(x: all.map(\.0).min()!...all.map(\.0).max()!, y: all.map(\.1).min()!...all.map(\.1).max()!)
        plot.region(x: disagreement.recipient...plot.xRange.upperBound, y: disagreement.host...plot.yRange.upperBound,
                    fill: "#2ca25f", opacity: 0.08, cssClass: "zone")
        plot.line(without, stroke: "#888", width: 1.5, cssClass: "frontier-without")
        plot.dots(without, radius: 2.5, fill: "#888", cssClass: "frontier-without-points")
        plot.line(with, stroke: "#2c7fb8", width: 2, cssClass: "frontier-with")
        plot.marker(disagreement.recipient, disagreement.host, shape: "square", fill: "white", cssClass: "no-deal", title: "no deal")
        plot.wrappedLegendEntry("frontier, package alone (\(frontierWithoutLinkage.count) points)",
                                swatch: "<line x1=\"0\" y1=\"6\" x2=\"20\" y2=\"6\" stroke=\"#888\" stroke-width=\"2\"/>")
        plot.wrappedLegendEntry("frontier with the \(Format.count(issues.count, "linked issue")) (\(frontier.count) points)",
                                swatch: "<line x1=\"0\" y1=\"6\" x2=\"20\" y2=\"6\" stroke=\"#2c7fb8\" stroke-width=\"2\"/>")
        plot.legendEntry("no deal", swatch: SVGPlot.swatch("square", fill: "white"))
        for (o, label, color) in [(nashWithoutLinkage, "Nash, package alone", "#555"), (nash, "Nash with linkage", "#d95f0e")] {
            guard let o else { continue }
            plot.marker(o.utilities.recipient, o.utilities.host, shape: "diamond", fill: color, size: 10, cssClass: "nash",
                        title: "\(label): gains \(Format.signed(o.gains.recipient)) / \(Format.signed(o.gains.host))")
            plot.legendEntry(label, swatch: SVGPlot.swatch("diamond", fill: color))
        }
        let subtitle = "\(s.title)\nUtilities per year in previous-agreement years; zone of agreement shaded (both above no deal); "
            + (zoneOpens ? "linkage opens a zone the package alone leaves empty" : "zone points \(zoneCountWithoutLinkage) without linkage, \(zoneCount) with")
        plot.top = 64
        return plot.render(title: "The frontier with and without linked issues",
                           xLabel: "\(names.recipient) utility", yLabel: "\(names.host) utility", subtitle: subtitle)
    }
}
