extension CostSharingAnalysis {
    /// The frontier in domain terms as an SVG document: for each frontier package, its
    /// first-year total (x) against its in-kind share and its extra-item share (y, percent of
    /// the total), with vertical lines at the solutions' and the actual agreement's totals.
    ///
    /// Mark groups carry CSS classes `in-kind`, `extra`, `nash`, `kalai-smorodinsky`,
    /// `egalitarian`, `utilitarian`, `actual`.
    /// - Returns: SVG text.
    public func domainSVG() -> String {
        let code = scenario.currency.code
        let totals = frontier.map { $0.package.firstYearTotal }
        var xs = totals.isEmpty ? [scenario.previousTotal] : totals
        if let a = actual { xs.append(a.outcome.package.firstYearTotal) }
        var plot = SVGPlot(x: xs.min()!...xs.max()!, y: 0...100)
        let byTotal = frontier.sorted { $0.package.firstYearTotal < $1.package.firstYearTotal }
        let inKind = byTotal.map { ($0.package.firstYearTotal, $0.package.inKindShare * 100) }
        let extra = byTotal.map { ($0.package.firstYearTotal, $0.package.extraShare * 100) }
        let years = byTotal.map { ($0.package.firstYearTotal, Double($0.package.duration) / Double(scenario.forecast.longestTerm) * 100) }
        plot.dots(inKind, radius: 2.4, fill: "#1f77b4", cssClass: "in-kind")
        plot.dots(extra, radius: 2.4, fill: "#d62728", cssClass: "extra")
        plot.dots(years, radius: 1.8, fill: "#2ca02c", opacity: 0.6, cssClass: "duration")
        let lines: [(String, String, String, PackageOutcome?)] = [
            ("Nash", "nash", "#d62728", solutions.nash), ("Kalai–Smorodinsky", "kalai-smorodinsky", "#ff7f0e", solutions.kalaiSmorodinsky),
            ("Egalitarian", "egalitarian", "#9467bd", solutions.egalitarian), ("Utilitarian", "utilitarian", "#8c564b", solutions.utilitarian),
        ]
        for (_, css, color, o) in lines { if let o { plot.vertical(o.package.firstYearTotal, stroke: color, dash: "6 3", cssClass: css) } }
        if let a = actual { plot.vertical(a.outcome.package.firstYearTotal, stroke: "#e377c2", dash: "2 2", cssClass: "actual") }
        plot.legendEntry("In-kind share (%)", swatch: "<circle cx=\"10\" cy=\"6\" r=\"4\" fill=\"#1f77b4\"/>")
        plot.legendEntry("Extra-item share (%)", swatch: "<circle cx=\"10\" cy=\"6\" r=\"4\" fill=\"#d62728\"/>")
        plot.legendEntry("Term (% of \(scenario.forecast.longestTerm) years)", swatch: "<circle cx=\"10\" cy=\"6\" r=\"3\" fill=\"#2ca02c\"/>")
        for (label, _, color, o) in lines where o != nil {
            plot.legendEntry(label + " total", swatch: "<line x1=\"0\" y1=\"6\" x2=\"20\" y2=\"6\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>")
        }
        if let a = actual {
            plot.legendEntry("Actual: " + a.label, swatch: "<line x1=\"0\" y1=\"6\" x2=\"20\" y2=\"6\" stroke=\"#e377c2\" stroke-width=\"2\" stroke-dasharray=\"2 2\"/>")
        }
        return plot.render(
            title: "\(scenario.name): the frontier in domain terms",
            xLabel: "First-year total (billion \(code))",
            yLabel: "Share of the total / term (%)",
            subtitle: "\(scenario.title). \(Format.count(frontier.count, "frontier package")); previous agreement \(Format.amount(scenario.previousTotal, code))")
    }
}
