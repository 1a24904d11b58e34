/// An in-kind range written `{"min": 0.88, "max": 1}`.
struct InKindRange: Codable {
    var min: Double
    var max: Double
    enum CodingKeys: String, CodingKey, CaseIterable { case min, max }
    init(min: Double, max: Double) { self.min = min; self.max = max }
    init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(min: try c.decode(Double.self, forKey: .min), max: try c.decode(Double.self, forKey: .max))
    }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(min, forKey: .min)
        try c.encode(max, forKey: .max)
    }
}

extension CostCategory: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case name, label, framework, baseShare, inKind }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let range = try c.decode(InKindRange.self, forKey: .inKind)
        guard range.min <= range.max else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.inKind],
                debugDescription: "min must not exceed max, found min \(range.min) > max \(range.max)"))
        }
        self.init(name: try c.decode(String.self, forKey: .name),
                  label: try c.decodeIfPresent(String.self, forKey: .label),
                  framework: try c.decode(CategoryFramework.self, forKey: .framework),
                  baseShare: try c.decodeIfPresent(Double.self, forKey: .baseShare) ?? 0,
                  inKindRange: range.min...range.max)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(label, forKey: .label)
        try c.encode(framework, forKey: .framework)
        try c.encode(baseShare, forKey: .baseShare)
        try c.encode(InKindRange(min: inKindRange.lowerBound, max: inKindRange.upperBound), forKey: .inKind)
    }
}
