// Codable conformances of the scenario's parts. Every decoder rejects unknown keys
// (`strictContainer`), so a misspelled field is reported with its path.

extension FormValues: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case cash, inKind }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(cash: try c.decode(Double.self, forKey: .cash), inKind: try c.decode(Double.self, forKey: .inKind))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cash, forKey: .cash)
        try c.encode(inKind, forKey: .inKind)
    }
}

extension Currency: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case code, perUSD }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(code: try c.decode(String.self, forKey: .code), perUSD: try c.decode(Double.self, forKey: .perUSD))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(perUSD, forKey: .perUSD)
    }
}

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

extension EscalationRule: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case index, rate, cap }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(index: try c.decode(Index.self, forKey: .index),
                  rate: try c.decodeIfPresent(Double.self, forKey: .rate),
                  cap: try c.decodeIfPresent(Double.self, forKey: .cap))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encodeIfPresent(rate, forKey: .rate)
        try c.encodeIfPresent(cap, forKey: .cap)
    }
}

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

extension Package: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case firstYearTotal, inKindShare, extraShare, extraSplit, duration, escalation
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(firstYearTotal: try c.decode(Double.self, forKey: .firstYearTotal),
                  inKindShare: try c.decode(Double.self, forKey: .inKindShare),
                  extraShare: try c.decodeIfPresent(Double.self, forKey: .extraShare) ?? 0,
                  extraSplit: try c.decodeIfPresent([Double].self, forKey: .extraSplit) ?? [],
                  duration: try c.decode(Int.self, forKey: .duration),
                  escalation: try c.decode(EscalationRule.self, forKey: .escalation))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(firstYearTotal, forKey: .firstYearTotal)
        try c.encode(inKindShare, forKey: .inKindShare)
        try c.encode(extraShare, forKey: .extraShare)
        try c.encode(extraSplit, forKey: .extraSplit)
        try c.encode(duration, forKey: .duration)
        try c.encode(escalation, forKey: .escalation)
    }
}

extension Steps: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case from, through, step }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(from: try c.decode(Double.self, forKey: .from), through: try c.decode(Double.self, forKey: .through),
                  step: try c.decode(Double.self, forKey: .step))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(through, forKey: .through)
        try c.encode(step, forKey: .step)
    }
}

extension CandidateGrid: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case totals, inKindShares, extraShares, extraSplits, durations, escalations, maximumSize
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(totals: try c.decode(Steps.self, forKey: .totals),
                  inKindShares: try c.decode([Double].self, forKey: .inKindShares),
                  extraShares: try c.decode([Double].self, forKey: .extraShares),
                  extraSplits: try c.decodeIfPresent([[Double]].self, forKey: .extraSplits) ?? [],
                  durations: try c.decode([Int].self, forKey: .durations),
                  escalations: try c.decode([EscalationRule].self, forKey: .escalations),
                  maximumSize: try c.decodeIfPresent(Int.self, forKey: .maximumSize) ?? 5_000_000)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(totals, forKey: .totals)
        try c.encode(inKindShares, forKey: .inKindShares)
        try c.encode(extraShares, forKey: .extraShares)
        try c.encode(extraSplits, forKey: .extraSplits)
        try c.encode(durations, forKey: .durations)
        try c.encode(escalations, forKey: .escalations)
        try c.encode(maximumSize, forKey: .maximumSize)
    }
}

extension Constraints: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case extraCategories, minimumIncrease, maximumIncrease }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(extraCategories: try c.decodeIfPresent(ExtraCategories.self, forKey: .extraCategories) ?? .forbidden,
                  minimumIncrease: try c.decodeIfPresent(Double.self, forKey: .minimumIncrease),
                  maximumIncrease: try c.decodeIfPresent(Double.self, forKey: .maximumIncrease))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(extraCategories, forKey: .extraCategories)
        try c.encodeIfPresent(minimumIncrease, forKey: .minimumIncrease)
        try c.encodeIfPresent(maximumIncrease, forKey: .maximumIncrease)
    }
}

extension RecipientPreferences: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case moneyValue, diminishingValue, demandIncrease, headlineWeight, lossAversion
        case durationPreference, boundedEscalationPreference
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(moneyValue: try c.decode([String: FormValues].self, forKey: .moneyValue),
                  diminishingValue: try c.decode(Double.self, forKey: .diminishingValue),
                  demandIncrease: try c.decode(Double.self, forKey: .demandIncrease),
                  headlineWeight: try c.decode(Double.self, forKey: .headlineWeight),
                  lossAversion: try c.decode(Double.self, forKey: .lossAversion),
                  durationPreference: try c.decode(Double.self, forKey: .durationPreference),
                  boundedEscalationPreference: try c.decode(Double.self, forKey: .boundedEscalationPreference))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(moneyValue, forKey: .moneyValue)
        try c.encode(diminishingValue, forKey: .diminishingValue)
        try c.encode(demandIncrease, forKey: .demandIncrease)
        try c.encode(headlineWeight, forKey: .headlineWeight)
        try c.encode(lossAversion, forKey: .lossAversion)
        try c.encode(durationPreference, forKey: .durationPreference)
        try c.encode(boundedEscalationPreference, forKey: .boundedEscalationPreference)
    }
}

extension Ratification: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case midpointIncrease, slope, weight }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(midpointIncrease: try c.decode(Double.self, forKey: .midpointIncrease),
                  slope: try c.decode(Double.self, forKey: .slope), weight: try c.decode(Double.self, forKey: .weight))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(midpointIncrease, forKey: .midpointIncrease)
        try c.encode(slope, forKey: .slope)
        try c.encode(weight, forKey: .weight)
    }
}

extension HostPreferences: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case retainedValue, risingCost, growthBenchmark, firstYearBenchmark, growthPenalty
        case extraCategoryPenalty, ratification, durationPreference, boundedEscalationPreference
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(retainedValue: try c.decode([String: FormValues].self, forKey: .retainedValue),
                  risingCost: try c.decode(Double.self, forKey: .risingCost),
                  growthBenchmark: try c.decode(EscalationRule.Index.self, forKey: .growthBenchmark),
                  firstYearBenchmark: try c.decode(Double.self, forKey: .firstYearBenchmark),
                  growthPenalty: try c.decode(Double.self, forKey: .growthPenalty),
                  extraCategoryPenalty: try c.decode(Double.self, forKey: .extraCategoryPenalty),
                  ratification: try c.decode(Ratification.self, forKey: .ratification),
                  durationPreference: try c.decode(Double.self, forKey: .durationPreference),
                  boundedEscalationPreference: try c.decode(Double.self, forKey: .boundedEscalationPreference))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(retainedValue, forKey: .retainedValue)
        try c.encode(risingCost, forKey: .risingCost)
        try c.encode(growthBenchmark, forKey: .growthBenchmark)
        try c.encode(firstYearBenchmark, forKey: .firstYearBenchmark)
        try c.encode(growthPenalty, forKey: .growthPenalty)
        try c.encode(extraCategoryPenalty, forKey: .extraCategoryPenalty)
        try c.encode(ratification, forKey: .ratification)
        try c.encode(durationPreference, forKey: .durationPreference)
        try c.encode(boundedEscalationPreference, forKey: .boundedEscalationPreference)
    }
}

extension NoDealOutcome: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case description, payments, recipientFriction, hostFriction, hostIndifferentTo, recipientIndifferentTo
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(description: try c.decode(String.self, forKey: .description),
                  payments: try c.decode([String: FormValues].self, forKey: .payments),
                  recipientFriction: try c.decode(Double.self, forKey: .recipientFriction),
                  hostFriction: try c.decode(Double.self, forKey: .hostFriction),
                  hostIndifferentTo: try c.decodeIfPresent(Package.self, forKey: .hostIndifferentTo),
                  recipientIndifferentTo: try c.decodeIfPresent(Package.self, forKey: .recipientIndifferentTo))
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(description, forKey: .description)
        try c.encode(payments, forKey: .payments)
        try c.encode(recipientFriction, forKey: .recipientFriction)
        try c.encode(hostFriction, forKey: .hostFriction)
        try c.encodeIfPresent(hostIndifferentTo, forKey: .hostIndifferentTo)
        try c.encodeIfPresent(recipientIndifferentTo, forKey: .recipientIndifferentTo)
    }
}

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
