import Foundation

/// A minimal SVG chart: a rectangular data area with axes, ticks, labels and a legend.
/// Written by hand so the package needs no plotting dependency.
struct SVGPlot {
    let width = 900.0, height = 620.0
    /// Margins around the data area; a chart with long category labels widens `left`, one with a
    /// two-line subtitle lowers `top`.
    var left = 90.0, right = 230.0, top = 50.0, bottom = 70.0
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    /// Tick values and labels replacing the automatic ones (`[]`: no ticks, no grid lines).
    /// Where the title and subtitle start (by default at the data area's left edge).
    var titleLeft: Double?
    var xTicks: [(value: Double, label: String)]?
    var yTicks: [(value: Double, label: String)]?
    private var marks: [String] = []
    private var legend: [String] = []
    /// The legend's height so far (each one-line entry is 22 high).
    private var legendHeight = 0
    private var definitions: [String] = []

    init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        func widen(_ r: ClosedRange<Double>) -> ClosedRange<Double> {
            let span = r.upperBound - r.lowerBound
            let pad = span > 0 ? span * 0.05 : max(1, abs(r.lowerBound) * 0.1)
            return (r.lowerBound - pad)...(r.upperBound + pad)
        }
        xRange = widen(x)
        yRange = widen(y)
    }

    /// Screen x of data x.
    func sx(_ x: Double) -> Double {
        left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (width - left - right)
    }
    /// Screen y of data y.
    func sy(_ y: Double) -> Double {
        height - bottom - (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * (height - top - bottom)
    }
    func contains(_ x: Double, _ y: Double) -> Bool { xRange.contains(x) && yRange.contains(y) }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
    static func f(_ x: Double) -> String { String(format: "%.2f", x) }

    mutating func add(_ element: String) { marks.append(element) }

    /// Dots at data points (points outside the axes are skipped).
    mutating func dots(_ points: [(Double, Double)], radius: Double, fill: String, opacity: Double = 1, cssClass: String) {
        var g = "<g class=\"\(cssClass)\" fill=\"\(fill)\" fill-opacity=\"\(opacity)\">"
        for (x, y) in points where contains(x, y) {
            g += "<circle cx=\"\(Self.f(sx(x)))\" cy=\"\(Self.f(sy(y)))\" r=\"\(radius)\"/>"
        }
        marks.append(g + "</g>")
    }

    /// A polyline through data points, clipped to the data area.
    mutating func line(_ points: [(Double, Double)], stroke: String, width: Double = 1.5, dash: String? = nil, cssClass: String) {
        let pts = points.map { "\(Self.f(sx($0.0))),\(Self.f(sy($0.1)))" }.joined(separator: " ")
        marks.append("<polyline class=\"\(cssClass)\" points=\"\(pts)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(width)\""
                      + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + " clip-path=\"url(#data)\"/>")
    }

    /// A marker symbol at a data point: "square", "diamond", "triangle", "circle", "cross", "star".
    mutating func marker(_ x: Double, _ y: Double, shape: String, fill: String, size: Double = 7, cssClass: String, title: String) {
        let body = Self.shape(shape, at: sx(x), sy(y), size: size, fill: fill)
        marks.append("<g class=\"\(cssClass)\" fill=\"\(fill)\" stroke=\"black\" stroke-width=\"0.8\"><title>\(Self.escape(title))</title>\(body)</g>")
    }

    /// Many small markers of one shape and colour in one group, without outline or titles (a
    /// scatter of many draws); points outside the axes are skipped.
    mutating func scatter(_ points: [(Double, Double)], shape: String, fill: String, size: Double, opacity: Double, cssClass: String) {
        var g = "<g class=\"\(cssClass)\" fill=\"\(fill)\" fill-opacity=\"\(opacity)\" stroke-opacity=\"\(opacity)\">"
        for (x, y) in points where contains(x, y) { g += Self.shape(shape, at: sx(x), sy(y), size: size, fill: fill) }
        marks.append(g + "</g>")
    }

    /// The SVG element of a marker symbol centred at screen point (`cx`, `cy`), `s` its half size.
    static func shape(_ shape: String, at cx: Double, _ cy: Double, size s: Double, fill: String) -> String {
        switch shape {
        case "square": return "<rect x=\"\(f(cx - s))\" y=\"\(f(cy - s))\" width=\"\(2 * s)\" height=\"\(2 * s)\"/>"
        case "diamond": return "<polygon points=\"\(f(cx)),\(f(cy - s * 1.3)) \(f(cx + s)),\(f(cy)) \(f(cx)),\(f(cy + s * 1.3)) \(f(cx - s)),\(f(cy))\"/>"
        case "triangle": return "<polygon points=\"\(f(cx)),\(f(cy - s * 1.2)) \(f(cx + s)),\(f(cy + s * 0.8)) \(f(cx - s)),\(f(cy + s * 0.8))\"/>"
        case "cross": return "<path d=\"M\(f(cx - s)),\(f(cy - s))L\(f(cx + s)),\(f(cy + s))M\(f(cx - s)),\(f(cy + s))L\(f(cx + s)),\(f(cy - s))\" stroke=\"\(fill)\" stroke-width=\"3\"/>"
        case "star":
            var pts: [String] = []
            for k in 0..<10 {
                let r = k % 2 == 0 ? s * 1.4 : s * 0.6
                let a = Double.pi / 2 + Double(k) * Double.pi / 5
                pts.append("\(f(cx + r * cos(a))),\(f(cy - r * sin(a)))")
            }
            return "<polygon points=\"\(pts.joined(separator: " "))\"/>"
        default: return "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"\(s)\"/>"
        }
    }

    /// The 20×12 legend swatch of a marker symbol.
    static func swatch(_ shape: String, fill: String, opacity: Double = 1, stroke: String? = "black") -> String {
        let attributes = "fill=\"\(fill)\" fill-opacity=\"\(opacity)\"" + (stroke.map { " stroke=\"\($0)\"" } ?? "")
        switch shape {
        case "triangle": return "<polygon points=\"10,0 17,12 3,12\" \(attributes)/>"
        case "diamond": return "<polygon points=\"10,0 16,6 10,12 4,6\" \(attributes)/>"
        case "square": return "<rect x=\"4\" y=\"0\" width=\"12\" height=\"12\" \(attributes)/>"
        default: return "<circle cx=\"10\" cy=\"6\" r=\"6\" \(attributes)/>"
        }
    }

    /// A shaded data rectangle, clipped to the data area.
    mutating func region(x: ClosedRange<Double>, y: ClosedRange<Double>, fill: String, opacity: Double, cssClass: String) {
        let x0 = max(sx(x.lowerBound), left), x1 = min(sx(x.upperBound), width - right)
        let y0 = max(sy(y.upperBound), top), y1 = min(sy(y.lowerBound), height - bottom)
        guard x1 > x0, y1 > y0 else { return }
        marks.append("<rect class=\"\(cssClass)\" x=\"\(Self.f(x0))\" y=\"\(Self.f(y0))\" width=\"\(Self.f(x1 - x0))\" height=\"\(Self.f(y1 - y0))\" fill=\"\(fill)\" fill-opacity=\"\(opacity)\"/>")
    }

    /// A horizontal bar from data x `x.lowerBound` to `x.upperBound`, centred on data y `y`,
    /// `thickness` pixels high, clipped to the data area; a narrower bar is drawn `minimumWidth`
    /// pixels wide about its middle.
    mutating func bar(x: ClosedRange<Double>, y: Double, thickness: Double, fill: String, opacity: Double = 1,
                      stroke: String? = nil, minimumWidth: Double = 2, cssClass: String, title: String? = nil) {
        var x0 = sx(x.lowerBound), x1 = sx(x.upperBound)
        if x1 - x0 < minimumWidth { x0 = (x0 + x1 - minimumWidth) / 2; x1 = x0 + minimumWidth }
        marks.append("<rect class=\"\(cssClass)\" x=\"\(Self.f(x0))\" y=\"\(Self.f(sy(y) - thickness / 2))\" width=\"\(Self.f(x1 - x0))\" height=\"\(Self.f(thickness))\" fill=\"\(fill)\""
                     + (opacity < 1 ? " fill-opacity=\"\(opacity)\"" : "") + (stroke.map { " stroke=\"\($0)\"" } ?? "")
                     + " clip-path=\"url(#data)\">" + (title.map { "<title>\(Self.escape($0))</title>" } ?? "") + "</rect>")
    }

    /// Adds an element to the document's `<defs>` (a pattern or gradient that marks refer to by id).
    mutating func define(_ element: String) { definitions.append(element) }

    /// A diagonal-hatch fill pattern with id `id` (use as `fill="url(#id)"`).
    mutating func defineHatch(id: String, color: String) {
        define("<pattern id=\"\(id)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
               + "<rect width=\"6\" height=\"6\" fill=\"white\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(color)\" stroke-width=\"3\"/></pattern>")
    }

    /// A message in the middle of the data area, one line per element (for a chart with nothing
    /// to draw, or a warning over it).
    mutating func note(_ lines: [String], cssClass: String = "note") {
        let y0 = top + (height - top - bottom) / 2 - Double(lines.count - 1) * 9
        var g = "<g class=\"\(cssClass)\" font-size=\"13\" fill=\"#555\" text-anchor=\"middle\">"
        for (i, line) in lines.enumerated() {
            g += "<text x=\"\(Self.f(left + (width - left - right) / 2))\" y=\"\(Self.f(y0 + Double(i) * 18))\">\(Self.escape(line))</text>"
        }
        marks.append(g + "</g>")
    }

    /// A colour of the viridis scale (perceptually uniform, readable in grey) at `t` in `0...1`:
    /// dark purple at 0, teal at 0.5, yellow at 1.
    static func viridis(_ t: Double) -> String {
        let stops: [(Double, Double, Double)] = [
            (68, 1, 84), (72, 40, 120), (62, 74, 137), (49, 104, 142), (38, 130, 142),
            (31, 158, 137), (53, 183, 121), (109, 205, 89), (180, 222, 44), (253, 231, 37),
        ]
        let t = t.isFinite ? min(1, max(0, t)) : 0
        let h = t * Double(stops.count - 1)
        let i = min(Int(h), stops.count - 2), w = h - Double(i)
        let (a, b) = (stops[i], stops[i + 1])
        func channel(_ x: Double, _ y: Double) -> Int { Int((x + w * (y - x)).rounded()) }
        return String(format: "#%02x%02x%02x", channel(a.0, b.0), channel(a.1, b.1), channel(a.2, b.2))
    }

    /// A vertical reference line at data x.
    mutating func vertical(_ x: Double, stroke: String, dash: String, cssClass: String) {
        guard xRange.contains(x) else { return }
        marks.append("<line class=\"\(cssClass)\" x1=\"\(Self.f(sx(x)))\" y1=\"\(top)\" x2=\"\(Self.f(sx(x)))\" y2=\"\(height - bottom)\" stroke=\"\(stroke)\" stroke-width=\"1.5\" stroke-dasharray=\"\(dash)\"/>")
    }

    /// Adds a legend entry; `swatch` is an SVG fragment drawn in a 20×12 box at the origin.
    mutating func legendEntry(_ label: String, swatch: String) {
        let label = label.count > 27 ? String(label.prefix(26)) + "…" : label
        legend.append("<g transform=\"translate(0,\(legendHeight))\">\(swatch)<text x=\"28\" y=\"10\" font-size=\"12\">\(Self.escape(label))</text></g>")
        legendHeight += 22
    }

    /// Adds a legend entry whose label wraps at spaces over lines of at most `columns`
    /// characters instead of being cut; without a swatch the text starts at the swatch's place.
    mutating func wrappedLegendEntry(_ label: String, swatch: String? = nil, columns: Int = 27, fontSize: Int = 12) {
        let columns = swatch == nil ? columns + 4 : columns
        let lines = Self.wrap(label, columns: columns)
        let x = swatch == nil ? 0 : 28
        var g = "<g transform=\"translate(0,\(legendHeight))\">\(swatch ?? "")<text y=\"10\" font-size=\"\(fontSize)\"" + (swatch == nil ? " fill=\"#555\"" : "") + ">"
        for (i, line) in lines.enumerated() {
            g += "<tspan x=\"\(x)\"" + (i > 0 ? " dy=\"\(fontSize + 2)\"" : "") + ">\(Self.escape(line))</tspan>"
        }
        legend.append(g + "</text></g>")
        legendHeight += 22 + (fontSize + 2) * (lines.count - 1)
    }

    /// Adds a colour-scale legend entry: a title, a horizontal bar 150 wide through `colors`
    /// (evenly spaced stops, left to right) and labels at fractions `0...1` of its width.
    mutating func legendColorScale(_ title: String, colors: [String], labels: [(at: Double, text: String)], id: String) {
        let stops = colors.enumerated().map { i, c in
            "<stop offset=\"\(Self.f(colors.count > 1 ? Double(i) / Double(colors.count - 1) : 0))\" stop-color=\"\(c)\"/>"
        }.joined()
        define("<linearGradient id=\"\(id)\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">\(stops)</linearGradient>")
        var g = "<g class=\"color-scale\" transform=\"translate(0,\(legendHeight))\"><text y=\"10\" font-size=\"12\">\(Self.escape(title))</text>"
        g += "<rect x=\"0\" y=\"16\" width=\"150\" height=\"12\" fill=\"url(#\(id))\" stroke=\"#555\" stroke-width=\"0.5\"/>"
        for (at, text) in labels {
            let x = Self.f(150 * at)
            g += "<line x1=\"\(x)\" y1=\"28\" x2=\"\(x)\" y2=\"32\" stroke=\"#555\"/>"
            g += "<text x=\"\(x)\" y=\"43\" font-size=\"10\" text-anchor=\"middle\">\(Self.escape(text))</text>"
        }
        legend.append(g + "</g>")
        legendHeight += 54
    }

    /// Splits text at spaces into lines of at most `columns` characters (a longer word keeps its own line).
    static func wrap(_ text: String, columns: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty { line = String(word) } else if line.count + 1 + word.count <= columns { line += " " + word } else {
                lines.append(line); line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    static func ticks(_ r: ClosedRange<Double>) -> [Double] { ticks(r, atLeast: 0).ticks }

    /// Ticks at a round step (1, 2 or 5 times a power of ten) with at least `minimum` of them
    /// in `r`: the automatic ticks, at a smaller step when they are fewer.
    static func ticks(_ r: ClosedRange<Double>, atLeast minimum: Int) -> (ticks: [Double], step: Double) {
        let span = r.upperBound - r.lowerBound
        guard span > 0, span.isFinite else { return ([r.lowerBound], 1) }
        let raw = span / 6
        let mag = pow(10, floor(log10(raw)))
        var step = [1.0, 2, 5, 10].map { $0 * mag }.first { $0 >= raw } ?? 10 * mag
        func ticks(step: Double) -> [Double] {
            var t = (r.lowerBound / step).rounded(.up) * step
            var out: [Double] = []
            while t <= r.upperBound + 1e-12 { out.append(abs(t) < step * 1e-9 ? 0 : t); t += step }
            return out
        }
        var out = ticks(step: step)
        while out.count < minimum {
            let m = pow(10, floor(log10(step) + 1e-9)), lead = (step / m).rounded()
            step = lead == 1 ? m / 2 : lead == 2 ? m : 2 * m   // 1 → 0.5, 2 → 1, 5 → 2
            out = ticks(step: step)
        }
        return (out, step)
    }

    /// Uses ticks with at least `minimum` per axis (``ticks(_:atLeast:)``) where no ticks are set.
    mutating func denseTicks(atLeast minimum: Int = 4) {
        func labelled(_ r: ClosedRange<Double>) -> [(value: Double, label: String)] {
            let (t, step) = Self.ticks(r, atLeast: minimum)
            return t.map { ($0, Self.tickLabel($0, step: step)) }
        }
        if xTicks == nil { xTicks = labelled(xRange) }
        if yTicks == nil { yTicks = labelled(yRange) }
    }

    /// A tick label with as many decimals as the tick spacing needs.
    static func tickLabel(_ v: Double, step: Double) -> String {
        let decimals = max(0, Int(-floor(log10(step) + 1e-9)))
        return Format.number(v, decimals)
    }

    /// The finished document.
    func render(title: String, xLabel: String, yLabel: String, subtitle: String) -> String {
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        s += "<defs><clipPath id=\"data\"><rect x=\"\(left)\" y=\"\(top)\" width=\"\(width - left - right)\" height=\"\(height - top - bottom)\"/></clipPath>\(definitions.joined())</defs>\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        s += "<text class=\"title\" x=\"\(titleLeft ?? left)\" y=\"24\" font-size=\"15\" font-weight=\"bold\">\(Self.escape(title))</text>\n"
        for (i, line) in subtitle.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            s += "<text x=\"\(titleLeft ?? left)\" y=\"\(42 + 14 * i)\" font-size=\"11\" fill=\"#555\">\(Self.escape(String(line)))</text>\n"
        }
        // Grid and ticks.
        var axes = "<g class=\"axes\" font-size=\"11\">"
        func automatic(_ r: ClosedRange<Double>) -> [(value: Double, label: String)] {
            let t = Self.ticks(r)
            let step = t.count > 1 ? t[1] - t[0] : 1
            return t.map { ($0, Self.tickLabel($0, step: step)) }
        }
        for (t, label) in xTicks ?? automatic(xRange) {
            let x = Self.f(sx(t))
            axes += "<line x1=\"\(x)\" y1=\"\(top)\" x2=\"\(x)\" y2=\"\(height - bottom)\" stroke=\"#e5e5e5\"/>"
            axes += "<text x=\"\(x)\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">\(Self.escape(label))</text>"
        }
        for (t, label) in yTicks ?? automatic(yRange) {
            let y = Self.f(sy(t))
            axes += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - right)\" y2=\"\(y)\" stroke=\"#e5e5e5\"/>"
            axes += "<text x=\"\(left - 6)\" y=\"\(y)\" dy=\"4\" text-anchor=\"end\">\(Self.escape(label))</text>"
        }
        axes += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(width - left - right)\" height=\"\(height - top - bottom)\" fill=\"none\" stroke=\"black\"/>"
        axes += "<text class=\"x-label\" x=\"\(Self.f(left + (width - left - right) / 2))\" y=\"\(height - 22)\" text-anchor=\"middle\" font-size=\"13\">\(Self.escape(xLabel))</text>"
        axes += "<text class=\"y-label\" transform=\"translate(24,\(Self.f(top + (height - top - bottom) / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">\(Self.escape(yLabel))</text>"
        s += axes + "</g>\n"
        for m in marks { s += m + "\n" }
        s += "<g class=\"legend\" transform=\"translate(\(width - right + 16),\(top + 6))\">" + legend.joined() + "</g>\n"
        return s + "</svg>\n"
    }
}
