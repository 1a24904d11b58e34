// `{"uniform": [low, high]}`, `{"triangular": [low, mode, high]}`,
// `{"normal": {"mean": m, "sd": s, "min": a, "max": b}}`: exactly one key per distribution.

extension Distribution: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case uniform, triangular, normal }
    struct Normal: Codable {
        var mean: Double, sd: Double, min: Double, max: Double
        enum CodingKeys: String, CodingKey, CaseIterable { case mean, sd, min, max }
        init(mean: Double, sd: Double, min: Double, max: Double) { self.mean = mean; self.sd = sd; self.min = min; self.max = max }
        init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            self.init(mean: try c.decode(Double.self, forKey: .mean), sd: try c.decode(Double.self, forKey: .sd),
                      min: try c.decode(Double.self, forKey: .min), max: try c.decode(Double.self, forKey: .max))
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        guard c.allKeys.count == 1, let key = c.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription:
                "must name exactly one distribution: uniform, triangular or normal"))
        }
        func numbers(_ n: Int) throws -> [Double] {
            let v = try c.decode([Double].self, forKey: key)
            guard v.count == n else { throw c.failure(key, "expected \(n) numbers, found \(v.count)") }
            return v
        }
        switch key {
        case .uniform:
            let v = try numbers(2)
            guard v[0] <= v[1] else { throw c.failure(key, "expected [low, high] with low ≤ high, found [\(v[0]), \(v[1])]") }
            self = .uniform(low: v[0], high: v[1])
        case .triangular:
            let v = try numbers(3)
            guard v[0] <= v[1], v[1] <= v[2] else {
                throw c.failure(key, "expected [low, mode, high] with low ≤ mode ≤ high, found [\(v[0]), \(v[1]), \(v[2])]")
            }
            self = .triangular(low: v[0], mode: v[1], high: v[2])
        case .normal:
            let n = try c.decode(Normal.self, forKey: key)
            guard n.sd >= 0 else { throw c.failure(key, "sd must be zero or positive, found \(n.sd)") }
            guard n.min <= n.max else { throw c.failure(key, "min must not exceed max, found min \(n.min) > max \(n.max)") }
            self = .normal(mean: n.mean, sd: n.sd, minimum: n.min, maximum: n.max)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .uniform(let a, let b): try c.encode([a, b], forKey: .uniform)
        case .triangular(let a, let m, let b): try c.encode([a, m, b], forKey: .triangular)
        case .normal(let mean, let sd, let lo, let hi): try c.encode(Normal(mean: mean, sd: sd, min: lo, max: hi), forKey: .normal)
        }
    }
}
