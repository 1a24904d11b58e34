/// Annual versus multi-year terms over a horizon: for each term D of the grid, the Nash
/// agreement among packages of that term, and what each side gets per year over the horizon when
/// every round repeats it.
///
/// The model's utilities charge each side its renegotiation cost c once per term (c/D a year).
/// Over a horizon of H years a D-year term means ⌈H/D⌉ rounds, and the recipient may also reopen
/// an agreement before it ends, with probability ρ a year in each year that is not a renewal
/// year: about ρ·(H − ⌈H/D⌉) more rounds. Each side's gain per year over the horizon is therefore
/// its gain at the term-D agreement plus c/D − c·(⌈H/D⌉ + ρ·(H − ⌈H/D⌉))/H. A negative c (the
/// United States under Trump, for whom yearly talks are leverage) makes short terms attractive to
/// that side; a positive c makes them costly. The joint gain (sum of both sides' gains) is what a
/// term costs the alliance, with the caveat of ``BargainingSolutions/interpersonalComparisonCaveat``.
public struct TermAnalysis: Sendable, Hashable {
    /// One term.
    public struct Row: Sendable, Hashable {
        public var duration: Int
        /// The Nash agreement among packages of this term (`nil`: no zone with this term).
        public var agreement: PackageOutcome?
        /// Rounds of talks over the horizon, renewals and reopenings.
        public var rounds: Double
        /// Each side's gain per year over the horizon.
        public var gains: PartyPair<Double>?
        public var jointGain: Double? { gains.map { $0.recipient + $0.host } }
    }

    public var horizonYears: Int
    public var reopenProbabilityPerYear: Double
    public var rows: [Row]
    /// The term each side would choose (largest own gain over the horizon).
    public var preferred: PartyPair<Int?>
    /// The term with the largest joint gain.
    public var jointBest: Int?

    /// Runs one analysis per term of the scenario's grid.
    /// - Throws: ``ScenarioError`` from an analysis.
    /// - Complexity: one full analysis per term, each on a grid 1/D-th the size.
    public init(scenario: Scenario, horizonYears h: Int, reopenProbabilityPerYear rho: Double) throws(ScenarioError) {
        horizonYears = h
        reopenProbabilityPerYear = rho
        var rows: [Row] = []
        for d in scenario.grid.durations.sorted() {
            var s = scenario
            s.grid.durations = [d]
            s.uncertainty = [:]
            let a = try CostSharingAnalysis(scenario: s)
            let renewals = Double((h + d - 1) / d)
            let rounds = renewals + rho * (Double(h) - renewals)
            var gains: PartyPair<Double>?
            if let n = a.solutions.nash {
                func adjusted(_ c: Double, _ g: Double) -> Double { g + c / Double(d) - c * rounds / Double(h) }
                gains = PartyPair(recipient: adjusted(s.recipient.renegotiationCost, n.gains.recipient),
                                  host: adjusted(s.host.renegotiationCost, n.gains.host))
            }
            rows.append(Row(duration: d, agreement: a.solutions.nash, rounds: rounds, gains: gains))
        }
        self.rows = rows
        func best(_ score: (Row) -> Double?) -> Int? {
            rows.compactMap { r in score(r).map { (r.duration, $0) } }.max { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }?.0
        }
        preferred = PartyPair(recipient: best { $0.gains?.recipient }, host: best { $0.gains?.host })
        jointBest = best { $0.jointGain }
    }
}
