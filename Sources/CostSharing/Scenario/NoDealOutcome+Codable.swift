extension NoDealOutcome: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case description, impasseYears, payments, consequences, hostIndifferentTo, recipientIndifferentTo
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(description: try c.decode(String.self, forKey: .description),
                  impasseYears: try c.decode(Double.self, forKey: .impasseYears),
                  payments: try c.decodeIfPresent([String: FormValues].self, forKey: .payments) ?? [:],
                  consequences: try c.decodeIfPresent([NoDealConsequence].self, forKey: .consequences) ?? [],
                  hostIndifferentTo: try c.decodeIfPresent(Package.self, forKey: .hostIndifferentTo),
                  recipientIndifferentTo: try c.decodeIfPresent(Package.self, forKey: .recipientIndifferentTo))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(description, forKey: .description)
        try c.encode(impasseYears, forKey: .impasseYears)
        try c.encode(payments, forKey: .payments)
        try c.encode(consequences, forKey: .consequences)
        try c.encodeIfPresent(hostIndifferentTo, forKey: .hostIndifferentTo)
        try c.encodeIfPresent(recipientIndifferentTo, forKey: .recipientIndifferentTo)
    }
}

extension NoDealConsequence: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case label, source, recipientCostPerYear, hostCostPerYear, years, probability
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(label: try c.decode(String.self, forKey: .label), source: try c.decode(String.self, forKey: .source),
                  recipientCostPerYear: try c.decode(Double.self, forKey: .recipientCostPerYear),
                  hostCostPerYear: try c.decode(Double.self, forKey: .hostCostPerYear),
                  years: try c.decodeIfPresent(Double.self, forKey: .years),
                  probability: try c.decodeIfPresent(Double.self, forKey: .probability) ?? NoDealConsequence.defaultProbability)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(source, forKey: .source)
        try c.encode(recipientCostPerYear, forKey: .recipientCostPerYear)
        try c.encode(hostCostPerYear, forKey: .hostCostPerYear)
        try c.encodeIfPresent(years, forKey: .years)
        try c.encode(probability, forKey: .probability)
    }
}
