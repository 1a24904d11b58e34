import Foundation

// `"bargaining": {"delayCostPerYear": {"recipient": 0.8, "host": 0.3}, "periodMonths": 1, …}`;
// `periodFactors` may stand in for `delayCostPerYear` (one of the two), and is written back as rates.
extension BargainingProtocol: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case delayCostPerYear, periodFactors, periodMonths, breakdownPerPeriod, firstProposer, reopenProbabilityPerYear
        case horizonYears, waiting, winSetProbabilities, electionYearMidpointShift
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let months = try c.decodeIfPresent(Double.self, forKey: .periodMonths) ?? 1
        guard months.isFinite, months > 0, months <= 120 else {
            throw c.failure(.periodMonths, "must be a length in months between 0 and 120, found \(months)")
        }
        let rates: PartyPair<Double>
        switch (try c.decodeIfPresent(PartyPair<Double>.self, forKey: .delayCostPerYear),
                try c.decodeIfPresent(PartyPair<Double>.self, forKey: .periodFactors)) {
        case let (.some(r), nil): rates = r
        case let (nil, .some(f)):
            for (party, x) in [("recipient", f.recipient), ("host", f.host)] where !(x > 0 && x < 1) {
                throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath + [CodingKeys.periodFactors, AnyCodingKey(stringValue: party)],
                                                        debugDescription: "must be a factor per period strictly between 0 and 1, found \(x)"))
            }
            rates = PartyPair(recipient: -log(f.recipient) * 12 / months, host: -log(f.host) * 12 / months)
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath,
                                                    debugDescription: "give exactly one of delayCostPerYear and periodFactors"))
        }
        self.init(delayCostPerYear: rates, periodMonths: months,
                  breakdownPerPeriod: try c.decodeIfPresent(Double.self, forKey: .breakdownPerPeriod) ?? 0,
                  firstProposer: c.contains(.firstProposer) ? try c.decodeEnum(Party.self, forKey: .firstProposer) : .recipient,
                  reopenProbabilityPerYear: try c.decodeIfPresent(Double.self, forKey: .reopenProbabilityPerYear) ?? 0,
                  horizonYears: try c.decodeIfPresent(Int.self, forKey: .horizonYears) ?? 10,
                  waiting: try c.decodeIfPresent(Waiting.self, forKey: .waiting),
                  winSetProbabilities: try c.decodeIfPresent([Double].self, forKey: .winSetProbabilities) ?? [0.5, 0.8, 0.9, 0.95],
                  electionYearMidpointShift: try c.decodeIfPresent(Double.self, forKey: .electionYearMidpointShift) ?? 0)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(delayCostPerYear, forKey: .delayCostPerYear)
        try c.encode(periodMonths, forKey: .periodMonths)
        try c.encode(breakdownPerPeriod, forKey: .breakdownPerPeriod)
        try c.encode(firstProposer, forKey: .firstProposer)
        try c.encode(reopenProbabilityPerYear, forKey: .reopenProbabilityPerYear)
        try c.encode(horizonYears, forKey: .horizonYears)
        try c.encodeIfPresent(waiting, forKey: .waiting)
        try c.encode(winSetProbabilities, forKey: .winSetProbabilities)
        try c.encode(electionYearMidpointShift, forKey: .electionYearMidpointShift)
    }
}

extension BargainingProtocol.Waiting: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case later, probability, months, source }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(later: try c.decode(String.self, forKey: .later), probability: try c.decode(Double.self, forKey: .probability),
                  months: try c.decode(Double.self, forKey: .months), source: try c.decode(String.self, forKey: .source))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(later, forKey: .later)
        try c.encode(probability, forKey: .probability)
        try c.encode(months, forKey: .months)
        try c.encode(source, forKey: .source)
    }
}
