// `{"midpointIncrease": 0.3, "slope": 15}` (expected utility, the default form), or with
// `"form": "winSet", "minimumProbability": 0.5`.

extension Ratification: Codable {
    enum FormName: String, CaseIterable { case expectedUtility, winSet }
    enum CodingKeys: String, CodingKey, CaseIterable { case midpointIncrease, slope, form, minimumProbability }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let name = try c.decodeIfPresent(String.self, forKey: .form).map { raw -> FormName in
            guard let f = FormName(rawValue: raw) else {
                throw c.failure(.form, "unknown value \"\(raw)\"; expected one of: "
                                + FormName.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return f
        } ?? .expectedUtility
        let minimum = try c.decodeIfPresent(Double.self, forKey: .minimumProbability)
        let form: Form
        switch name {
        case .expectedUtility:
            if minimum != nil {
                throw c.failure(.minimumProbability, "only the \"winSet\" form takes a minimum probability")
            }
            form = .expectedUtility
        case .winSet:
            guard let minimum else {
                throw DecodingError.keyNotFound(CodingKeys.minimumProbability, .init(codingPath: c.codingPath,
                    debugDescription: "required for the winSet form"))
            }
            form = .winSet(minimumProbability: minimum)
        }
        self.init(midpointIncrease: try c.decode(Double.self, forKey: .midpointIncrease),
                  slope: try c.decode(Double.self, forKey: .slope), form: form)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(midpointIncrease, forKey: .midpointIncrease)
        try c.encode(slope, forKey: .slope)
        switch form {
        case .expectedUtility: try c.encode(FormName.expectedUtility.rawValue, forKey: .form)
        case .winSet(let p):
            try c.encode(FormName.winSet.rawValue, forKey: .form)
            try c.encode(p, forKey: .minimumProbability)
        }
    }
}
