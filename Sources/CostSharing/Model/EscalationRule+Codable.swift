// `{"index": "none"}`, `{"index": "fixed", "rate": 0.04}`, `{"index": "cpi", "cap": 0.05}`,
// `{"index": "defenseBudget"}` (no cap: uncapped). A rate on an index rule, or a cap on a fixed
// rule, is an error with its path.

extension EscalationRule: Codable {
    /// The `index` field's values.
    enum Index: String, CaseIterable { case none, fixed, cpi, defenseBudget }
    enum CodingKeys: String, CodingKey, CaseIterable { case index, rate, cap }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let index = try c.decodeEnum(Index.self, forKey: .index)
        let rate = try c.decodeIfPresent(Double.self, forKey: .rate)
        let cap = try c.decodeIfPresent(Double.self, forKey: .cap)
        switch index {
        case .none:
            if rate != nil { throw c.failure(.rate, "a rule with index \"none\" takes no rate") }
            if cap != nil { throw c.failure(.cap, "a rule with index \"none\" takes no cap") }
            self = .none
        case .fixed:
            guard let rate else {
                throw DecodingError.keyNotFound(CodingKeys.rate, .init(codingPath: c.codingPath,
                    debugDescription: "required for a fixed rule"))
            }
            if cap != nil { throw c.failure(.cap, "a fixed rule takes no cap (its rate is already fixed)") }
            self = .fixed(rate: rate)
        case .cpi, .defenseBudget:
            if rate != nil { throw c.failure(.rate, "only a fixed rule takes a rate; use cap to bound an index") }
            self = index == .cpi ? .cpi(cap: cap) : .defenseBudget(cap: cap)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .none: try c.encode(Index.none.rawValue, forKey: .index)
        case .fixed(let rate):
            try c.encode(Index.fixed.rawValue, forKey: .index)
            try c.encode(rate, forKey: .rate)
        case .cpi(let cap):
            try c.encode(Index.cpi.rawValue, forKey: .index)
            try c.encodeIfPresent(cap, forKey: .cap)
        case .defenseBudget(let cap):
            try c.encode(Index.defenseBudget.rawValue, forKey: .index)
            try c.encodeIfPresent(cap, forKey: .cap)
        }
    }
}
