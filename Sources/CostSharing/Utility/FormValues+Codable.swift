extension FormValues: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case cash, inKind }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(cash: try c.decode(Double.self, forKey: .cash), inKind: try c.decode(Double.self, forKey: .inKind))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cash, forKey: .cash)
        try c.encode(inKind, forKey: .inKind)
    }
}
