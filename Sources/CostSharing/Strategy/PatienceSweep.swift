/// How the alternating-offers agreement moves with each side's delay cost: the seeds' "Trump
/// desires quick conclusions" as a higher US delay cost, and what it is worth to the host.
///
/// Each row scales one side's delay cost per year by a factor (the other side's stays as
/// stated) and gives the agreement there. ``valueOfUSImpatience`` compares the stated rates with
/// the recipient made exactly as patient as the host: the host's gain difference (positive when
/// the recipient's impatience helps the host), in previous-agreement years per year.
public struct PatienceSweep: Sendable, Hashable {
    /// One point of the sweep.
    public struct Row: Sendable, Hashable {
        /// The side whose delay cost is scaled.
        public var party: Party
        /// The factor on its stated delay cost.
        public var factor: Double
        /// Both delay costs per year at this row.
        public var delayCostPerYear: PartyPair<Double>
        /// The agreement there (`nil`: the zone is empty).
        public var agreement: AlternatingOffersAgreement?
    }

    /// The factors each side's delay cost is scaled by.
    public static let factors = [0.25, 0.5, 1, 2, 4]

    public var rows: [Row]
    /// The host's gain at the stated rates minus its gain with the recipient as patient as the host.
    public var valueOfUSImpatience: Double?
    /// The agreement with the recipient as patient as the host.
    public var equalPatience: AlternatingOffersAgreement?

    /// The sweep for `analysis` around `protocol`'s rates.
    /// - Complexity: 2·5 + 1 equilibria, each O(F log F) over the zone's F frontier packages.
    public init(analysis: CostSharingAnalysis, protocol b: BargainingProtocol) {
        var rows: [Row] = []
        for party in Party.allCases {
            for f in Self.factors {
                var p = b
                if party == .recipient { p.delayCostPerYear.recipient *= f } else { p.delayCostPerYear.host *= f }
                rows.append(Row(party: party, factor: f, delayCostPerYear: p.delayCostPerYear,
                                agreement: AlternatingOffersAgreement(analysis: analysis, protocol: p)))
            }
        }
        self.rows = rows
        var equal = b
        equal.delayCostPerYear.recipient = b.delayCostPerYear.host
        equalPatience = AlternatingOffersAgreement(analysis: analysis, protocol: equal)
        if let stated = AlternatingOffersAgreement(analysis: analysis, protocol: b), let e = equalPatience {
            valueOfUSImpatience = stated.exactGains.host - e.exactGains.host
        }
    }
}
