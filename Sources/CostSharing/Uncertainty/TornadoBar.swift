/// One row of the tornado table: how the Nash solution's first-year total and both reservation
/// totals move when one uncertain parameter goes from its 5th to its 95th percentile, every
/// other uncertain parameter held at its median.
///
/// The table is sorted by ``swing``, largest first, after the bars whose zone of agreement
/// appears or disappears between the two ends (``zoneFlips``): those change the conclusion,
/// not only a figure. Each end is one exact evaluation of the drawn scenario (``DrawEngine``).
public struct TornadoBar: Sendable, Hashable, Codable {
    /// The figures at one setting of the parameters.
    public struct Figures: Sendable, Hashable, Codable {
        /// The varied parameter's value (its percentile); at the baseline, `nil`.
        public var value: Double?
        /// The Nash solution's first-year total; `nil` when the zone of agreement is empty.
        public var nashTotal: Double?
        /// The recipient's reservation total (the least it accepts); `nil` when it accepts none.
        public var recipientReservation: Double?
        /// The host's reservation total (the most it accepts); `nil` when it accepts none.
        public var hostReservation: Double?
    }

    /// The parameter's JSON path.
    public var path: String
    /// The figures at the parameter's 5th percentile.
    public var low: Figures
    /// The figures at its 95th percentile.
    public var high: Figures
    /// The largest change, in the scenario's currency unit, among the three totals that exist at
    /// both ends; 0 when none does.
    public var swing: Double
    /// Whether the zone of agreement is empty at one end and not at the other.
    public var zoneFlips: Bool

    /// The bars of every path of `engine`, and the baseline (every parameter at its median).
    /// - Complexity: 2·P + 1 evaluations for P paths.
    static func table(engine: DrawEngine, distributions: [Distribution], progress: AnalysisProgress? = nil,
                      done: Int = 0) throws(ScenarioError) -> (baseline: Figures, bars: [TornadoBar]) {
        let medians = distributions.map(\.median)
        var settings = [medians]
        for (i, d) in distributions.enumerated() {
            for p in [0.05, 0.95] {
                var v = medians
                v[i] = d.quantile(p)
                settings.append(v)
            }
        }
        var figures = [Figures](repeating: Figures(), count: settings.count)
        try engine.evaluate(settings, progress: progress, done: done, of: done + settings.count) { i, o in
            figures[i] = Figures(value: nil, nashTotal: o.solutions.nash?.package.firstYearTotal,
                                 recipientReservation: o.zone.reservationTotals.recipient?.total,
                                 hostReservation: o.zone.reservationTotals.host?.total)
        }
        var bars: [TornadoBar] = []
        for (i, path) in engine.paths.enumerated() {
            var low = figures[1 + 2 * i], high = figures[2 + 2 * i]
            low.value = settings[1 + 2 * i][i]
            high.value = settings[2 + 2 * i][i]
            var swing = 0.0
            for (a, b) in [(low.nashTotal, high.nashTotal), (low.recipientReservation, high.recipientReservation),
                           (low.hostReservation, high.hostReservation)] {
                if let a, let b { swing = max(swing, abs(b - a)) }
            }
            bars.append(TornadoBar(path: path, low: low, high: high, swing: swing,
                                   zoneFlips: (low.nashTotal == nil) != (high.nashTotal == nil)))
        }
        bars.sort { a, b in
            if a.zoneFlips != b.zoneFlips { return a.zoneFlips }
            return a.swing != b.swing ? a.swing > b.swing : a.path < b.path
        }
        return (figures[0], bars)
    }
}
