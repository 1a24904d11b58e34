extension CandidateGrid: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case totals, coreSplits, inKindShares, extraShares, extraSplits, durations, escalations, maximumSize, maximumBytes
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        // Counts are read as doubles first so that 1e12 or 1.5 gets a message, not a type error.
        func count(_ key: CodingKeys, _ fallback: Int) throws -> Int {
            guard let x = try c.decodeIfPresent(Double.self, forKey: key) else { return fallback }
            guard x.isFinite, x == x.rounded(), x >= 1, x <= 9e15 else {
                throw c.failure(key, "must be a positive whole number, found \(x)")
            }
            return Int(x)
        }
        self.init(totals: try c.decode(Steps.self, forKey: .totals),
                  coreSplits: try c.decodeIfPresent([[Double]].self, forKey: .coreSplits) ?? [],
                  inKindShares: try c.decode([Double].self, forKey: .inKindShares),
                  extraShares: try c.decodeIfPresent([Double].self, forKey: .extraShares) ?? CandidateGrid.defaultExtraShares,
                  extraSplits: try c.decodeIfPresent([[Double]].self, forKey: .extraSplits) ?? [],
                  durations: try c.decode([Int].self, forKey: .durations),
                  escalations: try c.decode([EscalationRule].self, forKey: .escalations),
                  maximumSize: try count(.maximumSize, CandidateGrid.defaultMaximumSize),
                  maximumBytes: try count(.maximumBytes, CandidateGrid.defaultMaximumBytes))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(totals, forKey: .totals)
        if !coreSplits.isEmpty { try c.encode(coreSplits, forKey: .coreSplits) }
        try c.encode(inKindShares, forKey: .inKindShares)
        try c.encode(extraShares, forKey: .extraShares)
        try c.encode(extraSplits, forKey: .extraSplits)
        try c.encode(durations, forKey: .durations)
        try c.encode(escalations, forKey: .escalations)
        try c.encode(maximumSize, forKey: .maximumSize)
        try c.encode(maximumBytes, forKey: .maximumBytes)
    }
}
