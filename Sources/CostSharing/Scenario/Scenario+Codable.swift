import Foundation

extension Scenario: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, title, notes, currency, previousTotal, categories, forecast, grid, constraints
        case recipient, host, partyNames, noDeal, actual, uncertainty, bargaining, linkedIssues
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name),
                  title: try c.decode(String.self, forKey: .title),
                  notes: try c.decodeIfPresent([String].self, forKey: .notes) ?? [],
                  currency: try c.decode(Currency.self, forKey: .currency),
                  previousTotal: try c.decode(Double.self, forKey: .previousTotal),
                  categories: try c.decode([CostCategory].self, forKey: .categories),
                  forecast: try c.decode(Forecast.self, forKey: .forecast),
                  grid: try c.decode(CandidateGrid.self, forKey: .grid),
                  constraints: try c.decodeIfPresent(Constraints.self, forKey: .constraints) ?? Constraints(),
                  recipient: try c.decode(RecipientPreferences.self, forKey: .recipient),
                  host: try c.decode(HostPreferences.self, forKey: .host),
                  partyNames: try c.decodeIfPresent(PartyPair<String>.self, forKey: .partyNames) ?? Scenario.defaultPartyNames,
                  noDeal: try c.decode(NoDealOutcome.self, forKey: .noDeal),
                  actual: try c.decodeIfPresent(ActualAgreement.self, forKey: .actual),
                  uncertainty: try c.decodeIfPresent([String: Distribution].self, forKey: .uncertainty) ?? [:],
                  bargaining: try c.decodeIfPresent(BargainingProtocol.self, forKey: .bargaining),
                  linkedIssues: try c.decodeIfPresent([LinkedIssue].self, forKey: .linkedIssues) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(notes, forKey: .notes)
        try c.encode(currency, forKey: .currency)
        try c.encode(previousTotal, forKey: .previousTotal)
        try c.encode(categories, forKey: .categories)
        try c.encode(forecast, forKey: .forecast)
        try c.encode(grid, forKey: .grid)
        try c.encode(constraints, forKey: .constraints)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(host, forKey: .host)
        try c.encode(partyNames, forKey: .partyNames)
        try c.encode(noDeal, forKey: .noDeal)
        try c.encodeIfPresent(actual, forKey: .actual)
        if !uncertainty.isEmpty { try c.encode(uncertainty, forKey: .uncertainty) }
        try c.encodeIfPresent(bargaining, forKey: .bargaining)
        if !linkedIssues.isEmpty { try c.encode(linkedIssues, forKey: .linkedIssues) }
    }

    /// Reads and validates a scenario from JSON.
    ///
    /// ```swift
    /// let s = try Scenario.decode(from: Data(json.utf8))
    /// ```
    /// - Parameters:
    ///   - data: UTF-8 JSON text.
    ///   - limits: Size, nesting and array-length bounds checked before decoding.
    /// - Returns: The scenario, checked by ``validate()``.
    /// - Throws: ``ScenarioError`` naming the JSON path: malformed JSON, a missing or unknown
    ///   field, a wrong type, a value out of range, or a document over one of `limits`.
    public static func decode(from data: Data, limits: JSONInputLimits = JSONInputLimits()) throws(ScenarioError) -> Scenario {
        let scenario = try decodeJSON(Scenario.self, from: data, limits: limits)
        try scenario.validate()
        return scenario
    }

    /// The scenario as pretty-printed JSON with sorted keys (stable, diff-friendly).
    ///
    /// - Throws: ``ScenarioError`` when a number is not finite (JSON has no NaN or infinity),
    ///   with the path of the first such value.
    public func encodedJSON() throws(ScenarioError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(self) } catch let error as EncodingError {
            switch error {
            case let .invalidValue(value, context):
                throw ScenarioError(path: jsonPath(context.codingPath), message: "cannot be written as JSON: \(value) is not a finite number")
            @unknown default:
                throw ScenarioError(path: "", message: "cannot be written as JSON: \(error)")
            }
        } catch {
            throw ScenarioError(path: "", message: "cannot be written as JSON: \(error)")
        }
    }
}
