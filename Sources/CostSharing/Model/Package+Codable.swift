extension Package: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case firstYearTotal, inKindShare, extraShare, extraSplit, coreShares, duration, escalation
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(firstYearTotal: try c.decode(Double.self, forKey: .firstYearTotal),
                  inKindShare: try c.decode(Double.self, forKey: .inKindShare),
                  extraShare: try c.decodeIfPresent(Double.self, forKey: .extraShare) ?? Package.coreOnly.extraShare,
                  extraSplit: try c.decodeIfPresent([Double].self, forKey: .extraSplit) ?? Package.coreOnly.extraSplit,
                  coreShares: try c.decodeIfPresent([Double].self, forKey: .coreShares) ?? Package.coreOnly.coreShares,
                  duration: try c.decode(Int.self, forKey: .duration),
                  escalation: try c.decode(EscalationRule.self, forKey: .escalation))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(firstYearTotal, forKey: .firstYearTotal)
        try c.encode(inKindShare, forKey: .inKindShare)
        try c.encode(extraShare, forKey: .extraShare)
        try c.encode(extraSplit, forKey: .extraSplit)
        if !coreShares.isEmpty { try c.encode(coreShares, forKey: .coreShares) }
        try c.encode(duration, forKey: .duration)
        try c.encode(escalation, forKey: .escalation)
    }
}
