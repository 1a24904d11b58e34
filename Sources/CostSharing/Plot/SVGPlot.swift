import Foundation

/// A minimal SVG chart: a rectangular data area with axes, ticks, labels and a legend.
/// Written by hand so the package needs no plotting dependency.
struct SVGPlot {
    let width = 900.0, height = 620.0
    let left = 90.0, right = 230.0, top = 50.0, bottom = 70.0
    var xRange: ClosedRange<Double>
    var yRange: ClosedRange<Double>
    private var marks: [String] = []
    private var legend: [String] = []

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
        let cx = sx(x), cy = sy(y), s = size
        let body: String
        switch shape {
        case "square": body = "<rect x=\"\(Self.f(cx - s))\" y=\"\(Self.f(cy - s))\" width=\"\(2 * s)\" height=\"\(2 * s)\"/>"
        case "diamond": body = "<polygon points=\"\(Self.f(cx)),\(Self.f(cy - s * 1.3)) \(Self.f(cx + s)),\(Self.f(cy)) \(Self.f(cx)),\(Self.f(cy + s * 1.3)) \(Self.f(cx - s)),\(Self.f(cy))\"/>"
        case "triangle": body = "<polygon points=\"\(Self.f(cx)),\(Self.f(cy - s * 1.2)) \(Self.f(cx + s)),\(Self.f(cy + s * 0.8)) \(Self.f(cx - s)),\(Self.f(cy + s * 0.8))\"/>"
        case "cross": body = "<path d=\"M\(Self.f(cx - s)),\(Self.f(cy - s))L\(Self.f(cx + s)),\(Self.f(cy + s))M\(Self.f(cx - s)),\(Self.f(cy + s))L\(Self.f(cx + s)),\(Self.f(cy - s))\" stroke=\"\(fill)\" stroke-width=\"3\"/>"
        case "star":
            var pts: [String] = []
            for k in 0..<10 {
                let r = k % 2 == 0 ? s * 1.4 : s * 0.6
                let a = Double.pi / 2 + Double(k) * Double.pi / 5
                pts.append("\(Self.f(cx + r * cos(a))),\(Self.f(cy - r * sin(a)))")
            }
            body = "<polygon points=\"\(pts.joined(separator: " "))\"/>"
        default: body = "<circle cx=\"\(Self.f(cx))\" cy=\"\(Self.f(cy))\" r=\"\(s)\"/>"
        }
        marks.append("<g class=\"\(cssClass)\" fill=\"\(fill)\" stroke=\"black\" stroke-width=\"0.8\"><title>\(Self.escape(title))</title>\(body)</g>")
    }

    /// A shaded data rectangle, clipped to the data area.
    mutating func region(x: ClosedRange<Double>, y: ClosedRange<Double>, fill: String, opacity: Double, cssClass: String) {
        let x0 = max(sx(x.lowerBound), left), x1 = min(sx(x.upperBound), width - right)
        let y0 = max(sy(y.upperBound), top), y1 = min(sy(y.lowerBound), height - bottom)
        guard x1 > x0, y1 > y0 else { return }
        marks.append("<rect class=\"\(cssClass)\" x=\"\(Self.f(x0))\" y=\"\(Self.f(y0))\" width=\"\(Self.f(x1 - x0))\" height=\"\(Self.f(y1 - y0))\" fill=\"\(fill)\" fill-opacity=\"\(opacity)\"/>")
    }

    /// A vertical reference line at data x.
    mutating func vertical(_ x: Double, stroke: String, dash: String, cssClass: String) {
        guard xRange.contains(x) else { return }
        marks.append("<line class=\"\(cssClass)\" x1=\"\(Self.f(sx(x)))\" y1=\"\(top)\" x2=\"\(Self.f(sx(x)))\" y2=\"\(height - bottom)\" stroke=\"\(stroke)\" stroke-width=\"1.5\" stroke-dasharray=\"\(dash)\"/>")
    }

    /// Adds a legend entry; `swatch` is an SVG fragment drawn in a 20×12 box at the origin.
    mutating func legendEntry(_ label: String, swatch: String) {
        let label = label.count > 27 ? String(label.prefix(26)) + "…" : label
        legend.append("<g transform=\"translate(0,\(legend.count * 22))\">\(swatch)<text x=\"28\" y=\"10\" font-size=\"12\">\(Self.escape(label))</text></g>")
    }

    static func ticks(_ r: ClosedRange<Double>) -> [Double] {
        let span = r.upperBound - r.lowerBound
        guard span > 0 else { return [r.lowerBound] }
        let raw = span / 6
        let mag = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * mag }.first { $0 >= raw } ?? 10 * mag
        var t = (r.lowerBound / step).rounded(.up) * step
        var out: [Double] = []
        while t <= r.upperBound + 1e-12 { out.append(abs(t) < step * 1e-9 ? 0 : t); t += step }
        return out
    }

    /// A tick label with as many decimals as the tick spacing needs.
    static func tickLabel(_ v: Double, step: Double) -> String {
        let decimals = max(0, Int(-floor(log10(step) + 1e-9)))
        return Format.number(v, decimals)
    }

    /// The finished document.
    func render(title: String, xLabel: String, yLabel: String, subtitle: String) -> String {
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        s += "<defs><clipPath id=\"data\"><rect x=\"\(left)\" y=\"\(top)\" width=\"\(width - left - right)\" height=\"\(height - top - bottom)\"/></clipPath></defs>\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        s += "<text class=\"title\" x=\"\(left)\" y=\"24\" font-size=\"15\" font-weight=\"bold\">\(Self.escape(title))</text>\n"
        s += "<text x=\"\(left)\" y=\"42\" font-size=\"11\" fill=\"#555\">\(Self.escape(subtitle))</text>\n"
        // Grid and ticks.
        var axes = "<g class=\"axes\" font-size=\"11\">"
        let xt = Self.ticks(xRange), yt = Self.ticks(yRange)
        let xStep = xt.count > 1 ? xt[1] - xt[0] : 1, yStep = yt.count > 1 ? yt[1] - yt[0] : 1
        for t in xt {
            let x = Self.f(sx(t))
            axes += "<line x1=\"\(x)\" y1=\"\(top)\" x2=\"\(x)\" y2=\"\(height - bottom)\" stroke=\"#e5e5e5\"/>"
            axes += "<text x=\"\(x)\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">\(Self.tickLabel(t, step: xStep))</text>"
        }
        for t in yt {
            let y = Self.f(sy(t))
            axes += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - right)\" y2=\"\(y)\" stroke=\"#e5e5e5\"/>"
            axes += "<text x=\"\(left - 6)\" y=\"\(y)\" dy=\"4\" text-anchor=\"end\">\(Self.tickLabel(t, step: yStep))</text>"
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
