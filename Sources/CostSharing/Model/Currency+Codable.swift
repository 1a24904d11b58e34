extension Currency: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case code, perUSD }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(code: try c.decode(String.self, forKey: .code), perUSD: try c.decode(Double.self, forKey: .perUSD))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(perUSD, forKey: .perUSD)
    }
}
