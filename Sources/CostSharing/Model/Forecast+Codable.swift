extension Forecast: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case discountRate, cpi, defenseBudgetGrowth }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(discountRate: try c.decode(Double.self, forKey: .discountRate),
                  cpi: try c.decode([Double].self, forKey: .cpi),
                  defenseBudgetGrowth: try c.decode([Double].self, forKey: .defenseBudgetGrowth))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(discountRate, forKey: .discountRate)
        try c.encode(cpi, forKey: .cpi)
        try c.encode(defenseBudgetGrowth, forKey: .defenseBudgetGrowth)
    }
}
