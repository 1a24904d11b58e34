extension CostSharingAnalysis {
    /// The utility space as an SVG document: a sample of all candidate packages, the Pareto
    /// frontier, the no-deal point, the zone of possible agreement (shaded: both utilities above
    /// no deal), the four bargaining solutions and the actual agreement.
    ///
    /// The axes span the frontier, the no-deal point and the actual agreement; sampled packages
    /// outside them are not drawn. Every mark group carries a CSS class (`candidates`,
    /// `frontier`, `no-deal`, `zone`, `nash`, `kalai-smorodinsky`, `egalitarian`,
    /// `utilitarian`, `actual`) so tests and stylesheets can find it.
    ///
    /// - Parameter sampleLimit: Most candidate packages drawn (evenly spaced rows).
    /// - Returns: SVG text.
    public func utilitySpaceSVG(sampleLimit: Int = 4000) -> String {
        let names = [scenario.partyNames.recipient, scenario.partyNames.host]
        var xs = frontier.map { $0.utilities.recipient } + [disagreement.recipient]
        var ys = frontier.map { $0.utilities.host } + [disagreement.host]
        if let a = actual { xs.append(a.outcome.utilities.recipient); ys.append(a.outcome.utilities.host) }
        var plot = SVGPlot(x: xs.min()!...xs.max()!, y: ys.min()!...ys.max()!)
        plot.region(x: disagreement.recipient...plot.xRange.upperBound, y: disagreement.host...plot.yRange.upperBound,
                    fill: "#2ca02c", opacity: 0.12, cssClass: "zone")
        let sample = sampledRows(limit: sampleLimit).map { (utilities.recipient[$0], utilities.host[$0]) }
        plot.dots(sample, radius: 1.6, fill: "#999999", opacity: 0.45, cssClass: "candidates")
        let front = frontier.map { ($0.utilities.recipient, $0.utilities.host) }
        plot.line(front, stroke: "#1f77b4", width: 2, cssClass: "frontier")
        plot.dots(front, radius: 2.2, fill: "#1f77b4", cssClass: "frontier-points")
        plot.add("<line class=\"no-deal-guides\" x1=\"\(SVGPlot.f(plot.sx(disagreement.recipient)))\" y1=\"\(plot.top)\" x2=\"\(SVGPlot.f(plot.sx(disagreement.recipient)))\" y2=\"\(plot.height - plot.bottom)\" stroke=\"#555\" stroke-dasharray=\"3 3\"/>")
        plot.add("<line class=\"no-deal-guides\" x1=\"\(plot.left)\" y1=\"\(SVGPlot.f(plot.sy(disagreement.host)))\" x2=\"\(plot.width - plot.right)\" y2=\"\(SVGPlot.f(plot.sy(disagreement.host)))\" stroke=\"#555\" stroke-dasharray=\"3 3\"/>")
        plot.marker(disagreement.recipient, disagreement.host, shape: "square", fill: "black", size: 6, cssClass: "no-deal",
                    title: "No deal")
        let marks: [(String, String, String, String, PackageOutcome?)] = [
            ("Nash", "nash", "circle", "#d62728", solutions.nash),
            ("Kalai–Smorodinsky", "kalai-smorodinsky", "triangle", "#ff7f0e", solutions.kalaiSmorodinsky),
            ("Egalitarian", "egalitarian", "diamond", "#9467bd", solutions.egalitarian),
            ("Utilitarian", "utilitarian", "square", "#8c564b", solutions.utilitarian),
        ]
        for (label, css, shape, color, o) in marks {
            if let o {
                plot.marker(o.utilities.recipient, o.utilities.host, shape: shape, fill: color, cssClass: css,
                            title: "\(label): \(Format.amount(o.package.firstYearTotal, scenario.currency.code))")
            }
        }
        if let a = actual {
            plot.marker(a.outcome.utilities.recipient, a.outcome.utilities.host, shape: "star", fill: "#e377c2", size: 8,
                        cssClass: "actual", title: a.label)
        }
        plot.legendEntry("Candidate packages (sample)", swatch: "<circle cx=\"10\" cy=\"6\" r=\"3\" fill=\"#999\"/>")
        plot.legendEntry("Pareto frontier", swatch: "<line x1=\"0\" y1=\"6\" x2=\"20\" y2=\"6\" stroke=\"#1f77b4\" stroke-width=\"2\"/>")
        plot.legendEntry("No deal", swatch: "<rect x=\"5\" y=\"1\" width=\"10\" height=\"10\" fill=\"black\"/>")
        plot.legendEntry(zone.count > 0 ? "Zone of agreement" : "Zone of agreement (empty)",
                         swatch: "<rect x=\"0\" y=\"0\" width=\"20\" height=\"12\" fill=\"#2ca02c\" fill-opacity=\"0.25\"/>")
        for (label, _, shape, color, o) in marks where o != nil {
            let sw: String
            switch shape {
            case "triangle": sw = "<polygon points=\"10,0 17,12 3,12\" fill=\"\(color)\" stroke=\"black\"/>"
            case "diamond": sw = "<polygon points=\"10,0 16,6 10,12 4,6\" fill=\"\(color)\" stroke=\"black\"/>"
            case "square": sw = "<rect x=\"4\" y=\"0\" width=\"12\" height=\"12\" fill=\"\(color)\" stroke=\"black\"/>"
            default: sw = "<circle cx=\"10\" cy=\"6\" r=\"6\" fill=\"\(color)\" stroke=\"black\"/>"
            }
            plot.legendEntry(label, swatch: sw)
        }
        if let a = actual {
            plot.legendEntry("Actual: " + a.label,
                             swatch: "<polygon points=\"10,0 12.5,4.5 18,5 14,8.5 15,13 10,10.5 5,13 6,8.5 2,5 7.5,4.5\" fill=\"#e377c2\" stroke=\"black\"/>")
        }
        return plot.render(
            title: "\(scenario.name): utility space",
            xLabel: "\(names[0]) utility (previous-agreement years per year)",
            yLabel: "\(names[1]) utility (previous-agreement years per year)",
            subtitle: "\(Format.number(Double(candidateCount), 0)) packages (\(Format.number(Double(min(sampleLimit, candidateCount)), 0)) drawn), "
                + "\(Format.number(Double(frontier.count), 0)) on the frontier; shaded: better than no deal for both sides")
    }
}
