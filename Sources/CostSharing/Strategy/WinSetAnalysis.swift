/// Putnam's two-level game: how the agreement moves as the host's win-set narrows, that is, as
/// the Assembly's consent becomes a hard constraint at a rising probability p (packages whose
/// ratification probability is below p are not candidates), in a normal year and, when the
/// scenario gives a shift, in an election year (the ratification curve's midpoint moved by
/// ``BargainingProtocol/electionYearMidpointShift``). Schelling's "power of a bound negotiator":
/// a narrower win-set can move the agreement toward the bound side, as long as a zone remains.
public struct WinSetAnalysis: Sendable, Hashable {
    /// One win-set.
    public struct Row: Sendable, Hashable {
        /// The minimum ratification probability (`nil`: the scenario's own ratification form).
        public var minimumProbability: Double?
        public var electionYear: Bool
        /// The largest term increase the Assembly admits (`nil` without a hard constraint).
        public var largestIncrease: Double?
        public var nash: PackageOutcome?
        public var alternatingOffers: AlternatingOffersAgreement?
    }

    public var rows: [Row]

    /// Runs one analysis per win-set (and per election-year variant).
    /// - Throws: ``ScenarioError`` from an analysis.
    public init(scenario: Scenario, protocol b: BargainingProtocol) throws(ScenarioError) {
        var rows: [Row] = []
        let shifts = b.electionYearMidpointShift == 0 ? [0.0] : [0.0, b.electionYearMidpointShift]
        for shift in shifts {
            for p in [nil] + b.winSetProbabilities.map(Optional.some) {
                var s = scenario
                s.uncertainty = [:]
                s.host.ratification.midpointIncrease += shift
                if let p { s.host.ratification.form = .winSet(minimumProbability: p) }
                let a: CostSharingAnalysis
                do { a = try CostSharingAnalysis(scenario: s) } catch {
                    // Name the strategy input that made the variant, not only the field it broke.
                    let cause = shift != 0 ? "bargaining.electionYearMidpointShift" : "bargaining.winSetProbabilities"
                    throw ScenarioError(path: cause, message: "the win-set variant"
                                        + (p.map { " with P ≥ \($0)" } ?? "") + (shift != 0 ? " in an election year" : "")
                                        + " is not a valid scenario: \(error.description)")
                }
                rows.append(Row(minimumProbability: p, electionYear: shift != 0,
                                largestIncrease: s.host.ratification.largestAdmissibleIncrease,
                                nash: a.solutions.nash, alternatingOffers: AlternatingOffersAgreement(analysis: a, protocol: b)))
            }
        }
        self.rows = rows
    }
}
