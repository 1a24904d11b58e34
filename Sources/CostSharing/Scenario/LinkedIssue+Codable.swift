// `{"name": …, "source": …, "options": [{"name": …, "value": {"recipient": …, "host": …}, "headline": …}]}`.
extension LinkedIssue: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, source, options }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), source: try c.decode(String.self, forKey: .source),
                  options: try c.decode([Option].self, forKey: .options))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(source, forKey: .source)
        try c.encode(options, forKey: .options)
    }
}

extension LinkedIssue.Option: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, value, headline }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), value: try c.decode(PartyPair<Double>.self, forKey: .value),
                  headline: try c.decodeIfPresent(Double.self, forKey: .headline) ?? 0)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(value, forKey: .value)
        try c.encode(headline, forKey: .headline)
    }
}
