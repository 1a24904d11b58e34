import Foundation

extension SampledAnalysis {
    /// The four solutions' ids, names, marker shapes and colours (as in the utility-space plot).
    static let solutionStyles: [(id: String, label: String, shape: String, color: String)] = [
        ("nash", "Nash", "circle", "#d62728"), ("kalai-smorodinsky", "Kalai–Smorodinsky", "triangle", "#ff7f0e"),
        ("egalitarian", "Egalitarian", "diamond", "#9467bd"), ("utilitarian", "Utilitarian", "square", "#8c564b"),
    ]
    /// The tornado's colours for the parameter at its 5th and at its 95th percentile.
    static let lowColor = "#1f77b4", highColor = "#ff7f0e"

    /// The first subtitle line of the three plots: the scenario, the draws and the design.
    func designLine(_ scenario: Scenario) -> String {
        "\(scenario.title). \(Format.count(count, "draw")) (Latin hypercube, seed \(seed)), "
            + Format.count(paths.count, "uncertain parameter")
    }

    /// Subtitle lines wrapped to the width of the plot.
    static func wrapSubtitle(_ lines: [String]) -> [String] { lines.flatMap { SVGPlot.wrap($0, columns: 135) } }

    /// The top of the data area under a title and `subtitleLines` lines of subtitle.
    static func top(subtitleLines: Int) -> Double { 36 + 14 * Double(max(1, subtitleLines)) }

    /// A parameter value in a few significant digits, without exponent: 0.335, 11, 1,250.
    static func short(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == 0 { return "0" }
        let magnitude = Int(floor(log10(abs(x))))
        let decimals = max(0, min(6, 2 - magnitude))
        var s = Format.number(x, decimals)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// `text` cut to `columns` characters, the cut part replaced by a leading ellipsis (a path's
    /// tail names the parameter).
    static func fit(_ text: String, columns: Int) -> String {
        text.count <= columns ? text : "…" + String(text.suffix(max(1, columns - 1)))
    }

    /// A parameter path over at most `lines` lines of `columns` characters, broken after a dot.
    static func pathLines(_ path: String, columns: Int, lines: Int) -> [String] {
        guard path.count > columns, lines > 1 else { return [fit(path, columns: columns)] }
        let chars = Array(path)
        // The last dot that leaves a first line within `columns`.
        if let cut = (1..<min(columns, chars.count)).reversed().first(where: { chars[$0 - 1] == "." }) {
            return [String(chars[..<cut])] + pathLines(String(chars[cut...]), columns: columns, lines: lines - 1)
        }
        return [fit(path, columns: columns)]
    }

    // MARK: Tornado

    /// The tornado chart as an SVG document: one band per uncertain parameter, in ``tornado``
    /// order (largest swing on top, after the parameters whose zone of agreement appears or
    /// disappears). In each band a thick bar runs from the baseline Nash total (every
    /// parameter at its median, the vertical line) to the Nash total with the parameter at its
    /// 5th percentile (blue) and at its 95th (orange); thin bars above and below do the same for
    /// the recipient's and the host's reservation totals, from their own baselines (black ticks).
    /// An end with an empty zone of agreement is a hatched, labelled box; a band with nothing to
    /// show, or no change, says so.
    ///
    /// Mark groups carry CSS classes `tornado-bar` (one per parameter), `nash-low`, `nash-high`,
    /// `recipient-low`, `recipient-high`, `host-low`, `host-high`, `baseline`, `zone-empty`, `bar-note`.
    /// - Returns: SVG text.
    public func tornadoSVG(scenario: Scenario) -> String {
        let code = scenario.currency.code
        let names = scenario.partyNames
        let base = tornadoBaseline
        var values: [Double] = []
        for f in [base] + tornado.flatMap({ [$0.low, $0.high] }) {
            values += [f.nashTotal, f.recipientReservation, f.hostReservation].compactMap { $0 }
        }
        let finite = values.filter(\.isFinite)
        let xr = finite.isEmpty ? scenario.previousTotal...scenario.previousTotal : finite.min()!...finite.max()!
        let n = max(1, tornado.count)
        let subtitle = Self.wrapSubtitle([
            designLine(scenario),
            "Each parameter at its 5th and 95th percentile, the others at their medians; zone of agreement in \(Format.share(zoneProbability, 0)) of draws",
        ] + (base.nashTotal == nil ? ["The zone is empty with every parameter at its median: no baseline Nash total"] : []))
        var plot = SVGPlot(x: xr, y: 0...Double(n))
        plot.yRange = 0...Double(n)
        plot.yTicks = []
        plot.top = Self.top(subtitleLines: subtitle.count)
        // The label column: as narrow as lets every path fit on the lines its band has room for,
        // broken after dots (at most three lines of 26 to 40 characters).
        let charWidth = 6.1
        let bandHeight = (plot.height - plot.top - plot.bottom) / Double(n)
        let pathLineLimit = min(3, max(1, Int((bandHeight - 4) / 14) - 1))
        let columns = (26...40).first { c in tornado.allSatisfy { Self.pathLines($0.path, columns: c, lines: pathLineLimit).allSatisfy { !$0.hasPrefix("…") } } } ?? 40
        let widest = tornado.flatMap { Self.pathLines($0.path, columns: columns, lines: pathLineLimit) }.map(\.count).max() ?? 10
        plot.left = min(290, max(110, (Double(max(widest, 18)) * charWidth + 18).rounded()))
        plot.titleLeft = 90
        let thick = min(26, bandHeight * 0.3), thin = min(8, max(2, bandHeight * 0.09))
        let gap = thick / 2 + thin / 2 + min(6, bandHeight * 0.05)
        let dataWidth = plot.width - plot.left - plot.right
        plot.defineHatch(id: "zone-empty-low", color: Self.lowColor)
        plot.defineHatch(id: "zone-empty-high", color: Self.highColor)
        plot.defineHatch(id: "zone-empty-legend", color: "#888")

        var labelled: Set<String> = [], rowLabels: [String] = []
        let anyEmptyEnd = tornado.contains { $0.low.nashTotal == nil || $0.high.nashTotal == nil }
        for (i, bar) in tornado.enumerated() {
            let y = Double(n - i) - 0.5, cy = plot.sy(y)
            var g = "<g class=\"tornado-bar\" data-path=\"\(SVGPlot.escape(bar.path))\"><title>\(SVGPlot.escape(bar.path))</title>"
            if i > 0 {
                let sep = SVGPlot.f(plot.sy(Double(n - i)))
                g += "<line x1=\"10\" y1=\"\(sep)\" x2=\"\(plot.width - plot.right)\" y2=\"\(sep)\" stroke=\"#ddd\"/>"
            }
            // The three rows: the recipient's reservation above, the Nash total, the host's below.
            let rows: [(css: String, base: Double?, low: Double?, high: Double?, dy: Double, thickness: Double, opacity: Double)] = [
                ("recipient", base.recipientReservation, bar.low.recipientReservation, bar.high.recipientReservation, -gap, thin, 0.6),
                ("nash", base.nashTotal, bar.low.nashTotal, bar.high.nashTotal, 0, thick, 1),
                ("host", base.hostReservation, bar.low.hostReservation, bar.high.hostReservation, gap, thin, 0.6),
            ]
            var drawn: [Double] = []
            for row in rows {
                let rowValues = [row.base, row.low, row.high].compactMap { $0 }.filter { plot.xRange.contains($0) }
                if row.css != "nash", row.low != nil || row.high != nil, !labelled.contains(row.css),
                   let lo = rowValues.min(), let hi = rowValues.max() {
                    // The first band that has the row names it.
                    labelled.insert(row.css)
                    let text = row.css == "recipient" ? "\(Format.possessive(names.recipient)) minimum" : "\(Format.possessive(names.host)) maximum"
                    let width = Double(text.count) * 5.2
                    let (x0, x1) = (plot.sx(lo), plot.sx(hi))
                    let (right, left) = (plot.width - plot.right - 3, plot.left + 3)
                    let x: Double, ty: Double, anchor: String
                    // Clear of the baseline's vertical line.
                    let line = base.nashTotal.map(plot.sx) ?? -1
                    func clear(_ a: Double, _ b: Double) -> Bool { !(a - 2...b + 2).contains(line) }
                    if x1 + 6 + width <= right, clear(x1 + 6, x1 + 6 + width) {
                        (x, ty, anchor) = (x1 + 6, cy + row.dy + 3, "start")
                    } else if x0 - 6 - width >= left, clear(x0 - 6 - width, x0 - 6) {
                        (x, ty, anchor) = (x0 - 6, cy + row.dy + 3, "end")
                    } else {   // beside the bar, away from the Nash bar
                        (x, ty, anchor) = (max(left, min(x0, right - width)), cy + row.dy + (row.dy < 0 ? -row.thickness / 2 - 3 : row.thickness / 2 + 9), "start")
                    }
                    rowLabels.append("<text class=\"row-label\" x=\"\(SVGPlot.f(x))\" y=\"\(SVGPlot.f(ty))\" text-anchor=\"\(anchor)\" font-size=\"9\" fill=\"#555\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">\(SVGPlot.escape(text))</text>")
                }
                let ry = y - row.dy / bandHeight   // data y of the row's centre (screen offset dy)
                let ends = [("low", row.low, Self.lowColor, "5th"), ("high", row.high, Self.highColor, "95th")]
                if let b = row.base {
                    for (end, v, color, pct) in ends {
                        guard let v else { continue }
                        plot.bar(x: min(b, v)...max(b, v), y: ry, thickness: row.thickness, fill: color, opacity: row.opacity,
                                 cssClass: "\(row.css)-\(end)",
                                 title: "\(bar.path) at its \(pct) percentile: \(Self.rowName(row.css, names)) \(Format.amount(v, code))")
                        drawn += [b, v]
                    }
                    if row.css != "nash", row.low != nil || row.high != nil {
                        // The row's own baseline.
                        let x = SVGPlot.f(plot.sx(b))
                        plot.add("<line class=\"baseline\" x1=\"\(x)\" y1=\"\(SVGPlot.f(cy + row.dy - row.thickness / 2 - 2))\" x2=\"\(x)\" y2=\"\(SVGPlot.f(cy + row.dy + row.thickness / 2 + 2))\" stroke=\"black\" stroke-width=\"1.5\"/>")
                    }
                } else {
                    // No baseline figure: each end as a tick, joined by a grey line.
                    if let lo = row.low, let hi = row.high {
                        plot.bar(x: min(lo, hi)...max(lo, hi), y: ry, thickness: 1, fill: "#888", cssClass: "\(row.css)-range")
                    }
                    for (end, v, color, pct) in ends {
                        guard let v else { continue }
                        plot.bar(x: v...v, y: ry, thickness: row.thickness + 4, fill: color, minimumWidth: 4, cssClass: "\(row.css)-\(end)",
                                 title: "\(bar.path) at its \(pct) percentile: \(Self.rowName(row.css, names)) \(Format.amount(v, code))")
                        drawn.append(v)
                    }
                }
            }
            // A Nash end without a zone of agreement: a hatched, labelled box beside the centre.
            let centre = base.nashTotal ?? bar.low.nashTotal ?? bar.high.nashTotal
            let boxWidth = max(74, dataWidth * 0.14)
            let missing = [("low", bar.low.nashTotal == nil, "5th"), ("high", bar.high.nashTotal == nil, "95th")].filter(\.1)
            for (end, _, pct) in missing {
                var x0: Double
                let other = end == "low" ? bar.high.nashTotal : bar.low.nashTotal
                let leftward: Bool
                if let c = centre {
                    if let o = other, o != c { leftward = o > c } else { leftward = end == "low" }
                    x0 = leftward ? plot.sx(c) - boxWidth : plot.sx(c)
                    if missing.count == 2 { x0 = end == "low" ? plot.sx(c) - boxWidth : plot.sx(c) }
                } else {
                    x0 = end == "low" ? plot.left + dataWidth / 2 - boxWidth : plot.left + dataWidth / 2
                }
                x0 = min(max(x0, plot.left), plot.width - plot.right - boxWidth)
                let top = cy - thick / 2
                plot.add("<g class=\"zone-empty\"><title>\(SVGPlot.escape("\(bar.path) at its \(pct) percentile: the zone of agreement is empty, no Nash solution"))</title>"
                         + "<rect x=\"\(SVGPlot.f(x0))\" y=\"\(SVGPlot.f(top))\" width=\"\(SVGPlot.f(boxWidth))\" height=\"\(SVGPlot.f(thick))\" fill=\"url(#zone-empty-\(end))\" stroke=\"\(end == "low" ? Self.lowColor : Self.highColor)\"/>"
                         + "<text x=\"\(SVGPlot.f(x0 + boxWidth / 2))\" y=\"\(SVGPlot.f(cy + 3.5))\" text-anchor=\"middle\" font-size=\"10\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">zone empty</text></g>")
            }
            // Nothing, or nothing moving, to show: a note beside the band's marks if there is
            // room, else under the label.
            let note: String?
            if bar.low.value == bar.high.value {
                note = "no change: 5th = 95th percentile"
            } else if drawn.isEmpty {
                note = "zone empty at both ends, no reservation total"
            } else if bar.swing == 0 && missing.isEmpty {
                note = "no change between the ends"
            } else {
                note = nil
            }
            var labelNote: String?
            if let note {
                let width = Double(note.count) * 5.4
                let hi = drawn.max().map(plot.sx), lo = drawn.min().map(plot.sx)
                var at: (x: Double, anchor: String, y: Double)?
                if drawn.isEmpty {
                    at = (plot.left + dataWidth / 2, "middle", cy + thick / 2 + 14)
                } else if missing.isEmpty, let hi, hi + 8 + width <= plot.width - plot.right - 4 {
                    at = (hi + 8, "start", cy + 4)
                } else if missing.isEmpty, let lo, lo - 8 - width >= plot.left + 4 {
                    at = (lo - 8, "end", cy + 4)
                }
                if let at {
                    plot.add("<text class=\"bar-note\" x=\"\(SVGPlot.f(at.x))\" y=\"\(SVGPlot.f(at.y))\" text-anchor=\"\(at.anchor)\" font-size=\"10\" font-style=\"italic\" fill=\"#555\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">\(SVGPlot.escape(note))</text>")
                } else {
                    labelNote = note
                }
            }
            // The label: the path, then the parameter's two values in the ends' colours.
            let maxLines = max(1, Int((bandHeight - 4) / 14))
            let pathLines = Self.pathLines(bar.path, columns: columns, lines: pathLineLimit)
            let showValues = maxLines > pathLines.count
            let noteLines = labelNote.map { SVGPlot.wrap($0, columns: Int(Double(columns) * 1.1)) } ?? []
            let showNote = !noteLines.isEmpty && maxLines >= pathLines.count + (showValues ? 1 : 0) + noteLines.count
            let lineCount = Double(pathLines.count + (showValues ? 1 : 0) + (showNote ? noteLines.count : 0))
            var ly = cy - (lineCount - 1) * 7 + 4
            g += "<text class=\"bar-label\" x=\"\(SVGPlot.f(plot.left - 8))\" text-anchor=\"end\" font-size=\"11\">"
            for line in pathLines {
                g += "<tspan x=\"\(SVGPlot.f(plot.left - 8))\" y=\"\(SVGPlot.f(ly))\">\(SVGPlot.escape(line))</tspan>"
                ly += 14
            }
            if showValues {
                let lo = bar.low.value.map(Self.short) ?? "?", hi = bar.high.value.map(Self.short) ?? "?"
                g += "<tspan x=\"\(SVGPlot.f(plot.left - 8))\" y=\"\(SVGPlot.f(ly))\" font-size=\"10\" fill=\"#555\">5th "
                    + "<tspan fill=\"\(Self.lowColor)\" font-weight=\"bold\">\(SVGPlot.escape(lo))</tspan> · 95th "
                    + "<tspan fill=\"\(Self.highColor)\" font-weight=\"bold\">\(SVGPlot.escape(hi))</tspan></tspan>"
                ly += 14
            }
            if showNote {
                g += "<tspan class=\"bar-note\" font-size=\"10\" font-style=\"italic\" fill=\"#555\">"
                for line in noteLines {
                    g += "<tspan x=\"\(SVGPlot.f(plot.left - 8))\" y=\"\(SVGPlot.f(ly))\">\(SVGPlot.escape(line))</tspan>"
                    ly += 14
                }
                g += "</tspan>"
            }
            g += "</text></g>"
            plot.add(g)
        }
        if let b = base.nashTotal, plot.xRange.contains(b) {
            let x = SVGPlot.f(plot.sx(b))
            plot.add("<line class=\"baseline\" x1=\"\(x)\" y1=\"\(plot.top)\" x2=\"\(x)\" y2=\"\(plot.height - plot.bottom)\" stroke=\"black\" stroke-width=\"1.5\"/>")
        }
        for label in rowLabels { plot.add(label) }
        plot.denseTicks()
        if tornado.isEmpty { plot.note(["No uncertain parameter: nothing to vary."]) }

        plot.wrappedLegendEntry("Parameter at its 5th percentile", swatch: "<rect x=\"0\" y=\"0\" width=\"20\" height=\"12\" fill=\"\(Self.lowColor)\"/>")
        plot.wrappedLegendEntry("Parameter at its 95th percentile", swatch: "<rect x=\"0\" y=\"0\" width=\"20\" height=\"12\" fill=\"\(Self.highColor)\"/>")
        plot.wrappedLegendEntry("Baseline, all at medians" + (base.nashTotal.map { ": Nash \(Format.number($0))" } ?? " (zone empty)"),
                                swatch: "<line x1=\"10\" y1=\"-2\" x2=\"10\" y2=\"14\" stroke=\"black\" stroke-width=\"1.5\"/>")
        plot.legendEntry("Thick bar: Nash total", swatch: "<rect x=\"0\" y=\"1\" width=\"20\" height=\"10\" fill=\"#777\"/>")
        plot.wrappedLegendEntry("Thin bar above: \(Format.possessive(names.recipient)) reservation (the least it accepts)",
                                swatch: "<rect x=\"0\" y=\"4\" width=\"20\" height=\"4\" fill=\"#777\" fill-opacity=\"0.6\"/>")
        plot.wrappedLegendEntry("Thin bar below: \(Format.possessive(names.host)) reservation (the most it accepts)",
                                swatch: "<rect x=\"0\" y=\"4\" width=\"20\" height=\"4\" fill=\"#777\" fill-opacity=\"0.6\"/>")
        if anyEmptyEnd {
            plot.wrappedLegendEntry("Zone of agreement empty at that end (no Nash total)",
                                    swatch: "<rect x=\"0\" y=\"0\" width=\"20\" height=\"12\" fill=\"url(#zone-empty-legend)\" stroke=\"#888\"/>")
        }
        plot.wrappedLegendEntry("Largest swing on top; parameters that empty or open the zone first. Each end: one parameter moved, the others at their medians.",
                                fontSize: 11)
        return plot.render(
            title: "\(scenario.name): what moves the first-year total",
            xLabel: "First-year total (billion \(code))",
            yLabel: "",
            subtitle: subtitle.joined(separator: "\n"))
    }

    static func rowName(_ css: String, _ names: PartyPair<String>) -> String {
        switch css {
        case "recipient": return "\(Format.possessive(names.recipient)) reservation"
        case "host": return "\(Format.possessive(names.host)) reservation"
        default: return "Nash total"
        }
    }

    // MARK: Frontier probability

    /// The probability of being Pareto-optimal over the packages, in domain terms, as an SVG
    /// document: every package on the frontier in at least one draw (``frontierFrequency``) as a
    /// dot at its first-year total (x) in the row of its term and escalation rule (y; within a
    /// row, a higher in-kind share, then a higher extra-item share, sits higher), coloured by
    /// its share of draws on a sequential scale (0–100%). Packages of the robust frontier (at
    /// least ``robustThreshold`` of the draws) are underlined. Where packages coincide (they differ
    /// only in their splits), the most probable is drawn on top. Rows with more in-kind and
    /// extra-share levels are taller; the levels are spread evenly over each row.
    ///
    /// Mark groups carry CSS classes `packages` (one circle per package), `robust` (one underline
    /// per robust package), `row-label`, `color-scale`.
    /// - Returns: SVG text.
    public func frontierProbabilitySVG(scenario: Scenario) -> String {
        let code = scenario.currency.code
        let packages = frontierFrequency
        let totals = packages.map(\.package.firstYearTotal)
        let subtitle = Self.wrapSubtitle([
            designLine(scenario),
            "\(Format.count(packages.count, "package")) on the frontier in at least one draw, "
                + "\(Format.number(Double(robustFrontier.count), 0)) in at least \(Format.share(robustThreshold, 0)) of them (underlined)",
        ])
        var plot = SVGPlot(x: (totals.min() ?? scenario.previousTotal)...(totals.max() ?? scenario.previousTotal), y: 0...1)
        plot.top = Self.top(subtitleLines: subtitle.count)
        plot.yTicks = []

        // Rows: each term's escalation rules, in the grid's order; terms upward.
        let grid = scenario.grid.escalations
        func rank(_ rule: EscalationRule, _ duration: Int) -> Int {
            grid.firstIndex { $0.canonical(forDuration: duration) == rule } ?? grid.count
        }
        var rules: [Int: [EscalationRule]] = [:]
        for p in packages.map(\.package) where !(rules[p.duration]?.contains(p.escalation) ?? false) {
            rules[p.duration, default: []].append(p.escalation)
        }
        var rows: [(duration: Int, rule: EscalationRule)] = []
        for d in rules.keys.sorted() {
            let sorted = rules[d]!.sorted {
                let (a, b) = (rank($0, d), rank($1, d))
                return a != b ? a < b : $0.description < $1.description
            }
            rows += sorted.map { (d, $0) }
        }
        var rowIndex: [Int: [EscalationRule: Int]] = [:]
        for (i, r) in rows.enumerated() { rowIndex[r.duration, default: [:]][r.rule] = i }
        // Levels within a row: in-kind share, then extra-item share, spread evenly over the
        // row's height; a row with more levels is taller.
        let inKinds = Array(Set(packages.map(\.package.inKindShare))).sorted()
        let extras = Array(Set(packages.map(\.package.extraShare))).sorted()
        func levelKey(_ p: Package) -> Int {
            (inKinds.firstIndex(of: p.inKindShare) ?? 0) * extras.count + (extras.firstIndex(of: p.extraShare) ?? 0)
        }
        var rowLevels = [Set<Int>](repeating: [], count: rows.count)
        for p in packages.map(\.package) { if let r = rowIndex[p.duration]?[p.escalation] { rowLevels[r].insert(levelKey(p)) } }
        let sortedLevels = rowLevels.map { $0.sorted() }
        let weights = sortedLevels.map { 1 + Double(min($0.count, 16)) / 4 }
        var rowBottom: [Double] = [0]
        for w in weights { rowBottom.append(rowBottom.last! + w) }
        plot.yRange = 0...max(1, rowBottom.last!)
        let unit = (plot.height - plot.top - plot.bottom) / plot.yRange.upperBound   // pixels per weight unit
        let rowHeight = (weights.min() ?? 1) * unit   // the lowest row's height in pixels
        func yOf(_ p: Package, row: Int) -> Double {
            let levels = sortedLevels[row]
            let rank = Double(levels.firstIndex(of: levelKey(p)) ?? 0)
            return rowBottom[row] + 0.5 + (weights[row] - 1) * (levels.count > 1 ? rank / Double(levels.count - 1) : 0.5)
        }

        // Row labels in the left margin: "5 years · CPI, cap 4%" (one-year terms have no rule);
        // with no room for each rule's label, one label per term at the middle of its rows.
        func termName(_ d: Int) -> String { Format.count(d, "year") }
        let labelRule = rowHeight >= 11
        let ruleLabels: [String?] = rows.map { r in r.duration <= 1 || !labelRule ? nil : " · \(r.rule)" }
        let longestLabel = zip(rows, ruleLabels).map { termName($0.duration).count + ($1?.count ?? 0) }.max() ?? 8
        plot.left = min(260, max(90, (Double(longestLabel) * 5.6 + 16).rounded()))
        var g = "<g class=\"row-label\" font-size=\"10\" text-anchor=\"end\">"
        for (i, r) in rows.enumerated() {
            let firstOfTerm = i == 0 || rows[i - 1].duration != r.duration
            let lastOfTerm = i == rows.count - 1 || rows[i + 1].duration != r.duration
            if i < rows.count - 1 {
                let yTop = SVGPlot.f(plot.sy(rowBottom[i + 1]))
                g += "<line x1=\"\(SVGPlot.f(lastOfTerm ? 8 : plot.left))\" y1=\"\(yTop)\" x2=\"\(SVGPlot.f(plot.width - plot.right))\" y2=\"\(yTop)\" stroke=\"\(lastOfTerm ? "#999" : "#e5e5e5")\"/>"
            }
            guard labelRule || firstOfTerm else { continue }
            let end = rows[i...].firstIndex { $0.duration != r.duration } ?? rows.count
            let y = labelRule ? (rowBottom[i] + rowBottom[i + 1]) / 2 : (rowBottom[i] + rowBottom[end]) / 2
            g += "<text x=\"\(SVGPlot.f(plot.left - 6))\" y=\"\(SVGPlot.f(plot.sy(y) + 3.5))\"><tspan font-weight=\"bold\">\(SVGPlot.escape(termName(r.duration)))</tspan>"
                + (ruleLabels[i].map { SVGPlot.escape($0) } ?? "") + "</text>"
        }
        plot.add(g + "</g>")

        // The dots, least probable first so the most probable lie on top.
        let spacing = zip(weights, sortedLevels).map { w, l in (w - 1) * unit / Double(max(1, l.count - 1)) }.min() ?? unit
        let radius = min(3.2, max(1.8, spacing * 0.6))
        var dots = "<g class=\"packages\">", rings = "<g class=\"robust\" fill=\"black\">"
        let threshold = robustThreshold * Double(count) - 1e-9
        for f in packages.reversed() {
            let p = f.package
            guard let row = rowIndex[p.duration]?[p.escalation] else { continue }
            let x = plot.sx(p.firstYearTotal), y = plot.sy(yOf(p, row: row))
            dots += "<circle cx=\"\(SVGPlot.f(x))\" cy=\"\(SVGPlot.f(y))\" r=\"\(SVGPlot.f(radius))\" fill=\"\(SVGPlot.viridis(1 - f.frequency))\"/>"
            if f.frequency * Double(count) >= threshold {
                // Underlined: neighbouring robust packages' marks join into one line.
                rings += "<rect x=\"\(SVGPlot.f(x - radius - 1))\" y=\"\(SVGPlot.f(y + radius + 0.8))\" width=\"\(SVGPlot.f(2 * radius + 2))\" height=\"1.4\"/>"
            }
        }
        plot.add(dots + "</g>")
        plot.add(rings + "</g>")
        if packages.isEmpty { plot.note(["No package is on the frontier in any draw."]) }
        plot.denseTicks()

        plot.legendColorScale("Share of draws on the frontier", colors: stride(from: 0, through: 10, by: 1).map { SVGPlot.viridis(1 - Double($0) / 10) },
                              labels: [(0, "0%"), (0.25, "25%"), (0.5, "50%"), (0.75, "75%"), (1, "100%")], id: "probability-scale")
        plot.wrappedLegendEntry("Underlined, robust: on the frontier in ≥ \(Format.share(robustThreshold, 0)) of draws (\(Format.count(robustFrontier.count, "package")))",
                                swatch: "<circle cx=\"5\" cy=\"5\" r=\"3\" fill=\"\(SVGPlot.viridis(0))\"/><circle cx=\"10\" cy=\"5\" r=\"3\" fill=\"\(SVGPlot.viridis(0))\"/><circle cx=\"15\" cy=\"5\" r=\"3\" fill=\"\(SVGPlot.viridis(0))\"/><rect x=\"1\" y=\"9.5\" width=\"18\" height=\"1.5\" fill=\"black\"/>")
        plot.wrappedLegendEntry("Rows: term and escalation rule. Within a row, higher in-kind share sits higher"
                                + (extras.count > 1 ? ", then higher extra-item share" : "") + " ("
                                + "in kind \(Format.share(inKinds.first ?? 0, 0))–\(Format.share(inKinds.last ?? 0, 0))"
                                + (extras.count > 1 ? ", extra \(Format.share(extras.first!, 0))–\(Format.share(extras.last!, 0))" : "")
                                + "). Where packages coincide, the most probable is on top.", fontSize: 11)
        return plot.render(
            title: "\(scenario.name): probability of being Pareto-optimal",
            xLabel: "First-year total (billion \(code))",
            yLabel: "Term and escalation rule",
            subtitle: subtitle.joined(separator: "\n"))
    }

    // MARK: Solution spread

    /// The spread of the four bargaining solutions over the draws, in utility space, as an SVG
    /// document: one small translucent marker per draw and solution at the two sides' gains over
    /// no deal (``solutionPoints``), one colour and shape per solution, and each solution's
    /// median (the median of each side's gain) as a large outlined marker. The no-deal point (no
    /// gain) and the line of equal gains are drawn for reference. With no solution in any draw
    /// (the zone of agreement is always empty) the plot says so instead.
    ///
    /// Mark groups carry CSS classes `nash-draws`, `kalai-smorodinsky-draws`, `egalitarian-draws`,
    /// `utilitarian-draws` (one marker per draw) and `nash-median`, … (one marker each),
    /// `no-deal`, `equal-gains`, `note`.
    /// - Returns: SVG text.
    public func solutionSpreadSVG(scenario: Scenario) -> String {
        let names = scenario.partyNames
        let xs = solutionPoints.map(\.gains.recipient).filter(\.isFinite) + [0]
        let ys = solutionPoints.map(\.gains.host).filter(\.isFinite) + [0]
        let drawsWithSolutions = Set(solutionPoints.map(\.draw)).count
        let subtitle = Self.wrapSubtitle([
            designLine(scenario),
            solutionPoints.isEmpty ? "No bargaining solution in any draw"
                : "Each draw's four solutions as gains over no deal; outlined: each solution's median"
                    + (drawsWithSolutions < count ? "; zone empty (no solution) in \(Format.count(count - drawsWithSolutions, "draw"))" : ""),
        ])
        var plot = SVGPlot(x: xs.min()!...xs.max()!, y: ys.min()!...ys.max()!)
        plot.top = Self.top(subtitleLines: subtitle.count)
        if solutionPoints.isEmpty {
            plot.xTicks = []
            plot.yTicks = []
            plot.note(["The zone of agreement is empty in every draw:", "no bargaining solution exists, so there is nothing to plot."])
        } else {
            plot.denseTicks()
            // The line of equal gains (where the egalitarian solution aims) and the no-deal point.
            let lo = max(plot.xRange.lowerBound, plot.yRange.lowerBound), hi = min(plot.xRange.upperBound, plot.yRange.upperBound)
            if lo < hi { plot.line([(lo, lo), (hi, hi)], stroke: "#999", width: 1, dash: "4 4", cssClass: "equal-gains") }
            plot.marker(0, 0, shape: "square", fill: "black", size: 5, cssClass: "no-deal", title: "No deal (no gain)")
            let opacity = min(0.7, max(0.12, 8 / Double(count).squareRoot()))
            let size = count > 300 ? 2.5 : 3.2
            var medians: [(style: (id: String, label: String, shape: String, color: String), x: Double, y: Double, n: Int)] = []
            for style in Self.solutionStyles {
                let points = solutionPoints.filter { $0.solution == style.id }
                guard !points.isEmpty else { continue }
                plot.scatter(points.map { ($0.gains.recipient, $0.gains.host) }, shape: style.shape, fill: style.color,
                             size: size, opacity: opacity, cssClass: "\(style.id)-draws")
                let mx = Self.percentile(points.map(\.gains.recipient).sorted(), 0.5)
                let my = Self.percentile(points.map(\.gains.host).sorted(), 0.5)
                medians.append((style, mx, my, points.count))
            }
            for m in medians {
                plot.marker(m.x, m.y, shape: m.style.shape, fill: m.style.color, size: 7, cssClass: "\(m.style.id)-median",
                            title: "\(m.style.label) median over \(Format.count(m.n, "draw")): gains \(Format.signed(m.x)) (\(names.recipient)), \(Format.signed(m.y)) (\(names.host))")
            }
            for (i, m) in medians.enumerated() {
                let swatch = SVGPlot.swatch(m.style.shape, fill: m.style.color)
                // A median that coincides with an earlier one says so (only the last drawn shows).
                let same = medians[..<i].last { abs($0.x - m.x) < 1e-9 && abs($0.y - m.y) < 1e-9 }
                plot.wrappedLegendEntry("\(m.style.label)" + (m.n < count ? " (\(Format.count(m.n, "draw")))" : "")
                                        + (same.map { "; median = \($0.style.label)'s" } ?? ""), swatch: swatch)
            }
            plot.legendEntry("No deal (no gain)", swatch: "<rect x=\"5\" y=\"1\" width=\"10\" height=\"10\" fill=\"black\"/>")
            plot.legendEntry("Equal gains", swatch: "<line x1=\"0\" y1=\"12\" x2=\"20\" y2=\"0\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>")
            plot.wrappedLegendEntry("Small marks: one per draw; outlined: the median of each side's gain", fontSize: 11)
        }
        return plot.render(
            title: "\(scenario.name): spread of the bargaining solutions",
            xLabel: "\(Format.possessive(names.recipient)) gain over no deal (previous-agreement years per year)",
            yLabel: "\(Format.possessive(names.host)) gain over no deal (previous-agreement years per year)",
            subtitle: subtitle.joined(separator: "\n"))
    }
}
