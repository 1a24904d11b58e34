// A pair is written `{"recipient": …, "host": …}`; no other key is accepted.

extension PartyPair: Codable where Value: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case recipient, host }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(recipient: try c.decode(Value.self, forKey: .recipient), host: try c.decode(Value.self, forKey: .host))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(host, forKey: .host)
    }
}
