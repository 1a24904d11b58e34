/// Everything an analysis needs: the categories, the candidate grid, the constraints, both
/// sides' preferences, the no-deal outcome and, when known, what was actually agreed.
///
/// Scenarios are read from JSON (``Scenario/decode(from:)``) and written back
/// (``Scenario/encodedJSON()``); ``Scenario/validate()`` checks every field and reports the
/// first problem with its JSON path. Built-in scenarios are in ``Preset``.
///
/// ```swift
/// let scenario = try Preset.named("sma-2020").scenario
/// let analysis = try CostSharingAnalysis(scenario: scenario)
/// print(analysis.solutions.nash?.package.firstYearTotal ?? .nan)
/// ```
public struct Scenario: Sendable, Hashable {
    /// Identifier, e.g. `"sma-2020"`.
    public var name: String
    /// One-line title.
    public var title: String
    /// What the scenario represents, and where its figures come from.
    public var notes: [String]
    /// Amount unit and exchange rate.
    public var currency: Currency
    /// S: the previous agreement's annual total (billions), the base for increases and units.
    public var previousTotal: Double
    /// The cost categories, core first by convention.
    public var categories: [CostCategory]
    /// Index paths and discount rate.
    public var forecast: Forecast
    /// The candidate space.
    public var grid: CandidateGrid
    /// Hard constraints.
    public var constraints: Constraints
    /// The recipient's (US) preferences.
    public var recipient: RecipientPreferences
    /// The host's (Korea's, Japan's) preferences.
    public var host: HostPreferences
    /// Names of the two sides for reports.
    public var partyNames: PartyPair<String>
    /// The no-deal outcome.
    public var noDeal: NoDealOutcome
    /// The agreement actually concluded, if any.
    public var actual: ActualAgreement?
    /// Distributions over numeric parameters, by JSON path (e.g. `recipient.headlineWeight`):
    /// what the analyst is unsure of. Empty for a scenario taken as certain.
    public var uncertainty: [String: Distribution]
    /// How the talks are conducted (delay costs, breakdown, waiting, win-sets): the strategy
    /// analyses' inputs; `nil` when the scenario has none.
    public var bargaining: BargainingProtocol?
    /// Issues negotiated beside the package (the strategy's linkage analysis); empty when none.
    public var linkedIssues: [LinkedIssue]

    /// Creates a scenario.
    public init(name: String, title: String, notes: [String], currency: Currency, previousTotal: Double,
                categories: [CostCategory], forecast: Forecast, grid: CandidateGrid, constraints: Constraints,
                recipient: RecipientPreferences, host: HostPreferences, partyNames: PartyPair<String>,
                noDeal: NoDealOutcome, actual: ActualAgreement?, uncertainty: [String: Distribution] = [:],
                bargaining: BargainingProtocol? = nil, linkedIssues: [LinkedIssue] = []) {
        self.name = name
        self.title = title
        self.notes = notes
        self.currency = currency
        self.previousTotal = previousTotal
        self.categories = categories
        self.forecast = forecast
        self.grid = grid
        self.constraints = constraints
        self.recipient = recipient
        self.host = host
        self.partyNames = partyNames
        self.noDeal = noDeal
        self.actual = actual
        self.uncertainty = uncertainty
        self.bargaining = bargaining
        self.linkedIssues = linkedIssues
    }

    /// The extra categories, in order (the order of ``Package/extraSplit``).
    public var extraCategories: [CostCategory] { categories.filter { $0.framework == .extra } }

    /// The core categories, in order (the order of ``Package/coreShares``).
    public var coreCategories: [CostCategory] { categories.filter { $0.framework == .core } }

    /// The default names of the two sides when a scenario gives none.
    public static let defaultPartyNames = PartyPair(recipient: "Recipient", host: "Host")
}
