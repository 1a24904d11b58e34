import Foundation

extension CalibrationPlan: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case rounds, free, perEra, solution, temperature, power, weights, leaveOneOut, maximumIterations
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let defaults = CalibrationPlan()
        self.init(rounds: try c.decode([Round].self, forKey: .rounds),
                  free: try c.decodeIfPresent([String].self, forKey: .free),
                  perEra: try c.decodeIfPresent([String].self, forKey: .perEra) ?? [],
                  solution: c.contains(.solution) ? try c.decodeEnum(Solution.self, forKey: .solution) : defaults.solution,
                  temperature: try c.decodeIfPresent(Double.self, forKey: .temperature) ?? defaults.temperature,
                  power: try c.decodeIfPresent(Double.self, forKey: .power) ?? defaults.power,
                  weights: try c.decodeIfPresent(Calibration.Weights.self, forKey: .weights) ?? defaults.weights,
                  leaveOneOut: try c.decodeIfPresent(Bool.self, forKey: .leaveOneOut) ?? defaults.leaveOneOut,
                  maximumIterations: try c.decodeIfPresent(Int.self, forKey: .maximumIterations) ?? defaults.maximumIterations)
    }

    /// Reads and checks a plan from JSON (see ``CalibrationPlan`` for the format).
    /// - Throws: ``ScenarioError`` naming the JSON path: malformed JSON, an unknown key, a wrong
    ///   type, or a value out of range (``validate()``).
    public static func decode(from data: Data) throws(ScenarioError) -> CalibrationPlan {
        let plan = try decodeJSON(CalibrationPlan.self, from: data)
        try plan.validate()
        return plan
    }
}

extension CalibrationPlan.Round: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case preset, scenario, era, series }

    /// A preset's name as a string, or an object with `preset` or `scenario` and optional `era`
    /// and `series`.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self.init(.preset(name))
            return
        }
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let preset = try c.decodeIfPresent(String.self, forKey: .preset)
        let file = try c.decodeIfPresent(String.self, forKey: .scenario)
        let source: Source
        switch (preset, file) {
        case let (.some(name), nil): source = .preset(name)
        case let (nil, .some(path)): source = .scenario(path)
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected a preset name, or an object with exactly one of \"preset\" and \"scenario\""))
        }
        self.init(source, era: try c.decodeIfPresent(String.self, forKey: .era),
                  series: try c.decodeIfPresent(String.self, forKey: .series))
    }
}

extension Calibration.Weights: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case term, rule, prior, emptyZone }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init()
        term = try c.decodeIfPresent(Double.self, forKey: .term) ?? term
        rule = try c.decodeIfPresent(Double.self, forKey: .rule) ?? rule
        prior = try c.decodeIfPresent(Double.self, forKey: .prior) ?? prior
        emptyZone = try c.decodeIfPresent(Double.self, forKey: .emptyZone) ?? emptyZone
    }
}
