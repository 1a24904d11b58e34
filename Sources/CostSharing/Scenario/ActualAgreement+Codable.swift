extension ActualAgreement: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case label, package }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(label: try c.decode(String.self, forKey: .label), package: try c.decode(Package.self, forKey: .package))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(package, forKey: .package)
    }
}
