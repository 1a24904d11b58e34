extension Steps: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case from, through, step }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(from: try c.decode(Double.self, forKey: .from), through: try c.decode(Double.self, forKey: .through),
                  step: try c.decode(Double.self, forKey: .step))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(through, forKey: .through)
        try c.encode(step, forKey: .step)
    }
}
