// Only `moneyValue` is required; every other field falls back to `RecipientPreferences.Defaults`.

extension RecipientPreferences: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case moneyValue, diminishingValue, demandIncrease, headlineWeight, lossAversion
        case renegotiationCost, boundedEscalationPreference
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        typealias D = RecipientPreferences.Defaults
        self.init(moneyValue: try c.decode([String: FormValues].self, forKey: .moneyValue),
                  diminishingValue: try c.decodeIfPresent(Double.self, forKey: .diminishingValue) ?? D.diminishingValue,
                  demandIncrease: try c.decodeIfPresent(Double.self, forKey: .demandIncrease) ?? D.demandIncrease,
                  headlineWeight: try c.decodeIfPresent(Double.self, forKey: .headlineWeight) ?? D.headlineWeight,
                  lossAversion: try c.decodeIfPresent(Double.self, forKey: .lossAversion) ?? D.lossAversion,
                  renegotiationCost: try c.decodeIfPresent(Double.self, forKey: .renegotiationCost) ?? D.renegotiationCost,
                  boundedEscalationPreference: try c.decodeIfPresent(Double.self, forKey: .boundedEscalationPreference)
                      ?? D.boundedEscalationPreference)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(moneyValue, forKey: .moneyValue)
        try c.encode(diminishingValue, forKey: .diminishingValue)
        try c.encode(demandIncrease, forKey: .demandIncrease)
        try c.encode(headlineWeight, forKey: .headlineWeight)
        try c.encode(lossAversion, forKey: .lossAversion)
        try c.encode(renegotiationCost, forKey: .renegotiationCost)
        try c.encode(boundedEscalationPreference, forKey: .boundedEscalationPreference)
    }
}
