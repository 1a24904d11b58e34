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
