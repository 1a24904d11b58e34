extension Constraints.ExtraCategories: Codable {
    public init(from decoder: any Decoder) throws { self = try decoder.singleValueContainer().decodeEnum(Self.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

extension Constraints: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case extraCategories, minimumIncrease, maximumIncrease }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(extraCategories: try c.decodeIfPresent(ExtraCategories.self, forKey: .extraCategories) ?? Constraints.defaultExtraCategories,
                  minimumIncrease: try c.decodeIfPresent(Double.self, forKey: .minimumIncrease),
                  maximumIncrease: try c.decodeIfPresent(Double.self, forKey: .maximumIncrease))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(extraCategories, forKey: .extraCategories)
        try c.encodeIfPresent(minimumIncrease, forKey: .minimumIncrease)
        try c.encodeIfPresent(maximumIncrease, forKey: .maximumIncrease)
    }
}
