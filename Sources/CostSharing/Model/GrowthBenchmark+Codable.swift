extension GrowthBenchmark: Codable {
    public init(from decoder: any Decoder) throws { self = try decoder.singleValueContainer().decodeEnum(Self.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
