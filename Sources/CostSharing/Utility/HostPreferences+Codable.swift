// `retainedValue` and `ratification` are required; every other field falls back to
// `HostPreferences.Defaults`.

extension HostPreferences: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case retainedValue, risingCost, growthBenchmark, firstYearBenchmark, growthPenalty
        case extraCategoryPenalty, ratification, renegotiationCost, boundedEscalationPreference
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        typealias D = HostPreferences.Defaults
        self.init(retainedValue: try c.decode([String: FormValues].self, forKey: .retainedValue),
                  risingCost: try c.decodeIfPresent(Double.self, forKey: .risingCost) ?? D.risingCost,
                  growthBenchmark: try c.decodeIfPresent(GrowthBenchmark.self, forKey: .growthBenchmark) ?? D.growthBenchmark,
                  firstYearBenchmark: try c.decodeIfPresent(Double.self, forKey: .firstYearBenchmark) ?? D.firstYearBenchmark,
                  growthPenalty: try c.decodeIfPresent(Double.self, forKey: .growthPenalty) ?? D.growthPenalty,
                  extraCategoryPenalty: try c.decodeIfPresent(Double.self, forKey: .extraCategoryPenalty) ?? D.extraCategoryPenalty,
                  ratification: try c.decode(Ratification.self, forKey: .ratification),
                  renegotiationCost: try c.decodeIfPresent(Double.self, forKey: .renegotiationCost) ?? D.renegotiationCost,
                  boundedEscalationPreference: try c.decodeIfPresent(Double.self, forKey: .boundedEscalationPreference)
                      ?? D.boundedEscalationPreference)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(retainedValue, forKey: .retainedValue)
        try c.encode(risingCost, forKey: .risingCost)
        try c.encode(growthBenchmark, forKey: .growthBenchmark)
        try c.encode(firstYearBenchmark, forKey: .firstYearBenchmark)
        try c.encode(growthPenalty, forKey: .growthPenalty)
        try c.encode(extraCategoryPenalty, forKey: .extraCategoryPenalty)
        try c.encode(ratification, forKey: .ratification)
        try c.encode(renegotiationCost, forKey: .renegotiationCost)
        try c.encode(boundedEscalationPreference, forKey: .boundedEscalationPreference)
    }
}
