/// Everything the strategy section reports for one scenario: the alternating-offers agreement
/// and how it moves with patience, the value of waiting for a later state, annual versus
/// multi-year terms, the win-set table, issue linkage and the packages both sides could call a
/// win. Each part is present when the scenario has its inputs (the `bargaining` section, with
/// `waiting` inside it; `linkedIssues`).
public struct StrategyAnalysis: Sendable {
    public var alternatingOffers: AlternatingOffersAgreement?
    public var patience: PatienceSweep?
    public var waiting: WaitingAnalysis?
    public var terms: TermAnalysis?
    public var winSets: WinSetAnalysis?
    /// The joint frontier with the scenario's linked issues (`nil` without them).
    public var linkage: LinkageAnalysis?
    /// Over the joint frontier when the scenario links issues, else over the packages'.
    public var bothWin: BothWinAnalysis

    /// Whether a scenario has strategy inputs (a `bargaining` section or linked issues).
    public static func applies(to scenario: Scenario) -> Bool {
        scenario.bargaining != nil || !scenario.linkedIssues.isEmpty
    }

    /// The strategy analyses of `analysis`'s scenario.
    /// - Throws: ``ScenarioError`` from a further analysis (another term, a win-set, the later
    ///   state of the waiting analysis).
    /// - Complexity: besides the equilibria, one analysis per term of the grid, one per win-set
    ///   (twice with an election-year shift), and the later state's.
    public init(analysis: CostSharingAnalysis) throws(ScenarioError) {
        let s = analysis.scenario
        if let b = s.bargaining {
            alternatingOffers = AlternatingOffersAgreement(analysis: analysis, protocol: b)
            patience = PatienceSweep(analysis: analysis, protocol: b)
            if let w = b.waiting { waiting = try WaitingAnalysis(analysis: analysis, waiting: w) }
            terms = try TermAnalysis(scenario: s, horizonYears: b.horizonYears, reopenProbabilityPerYear: b.reopenProbabilityPerYear)
            winSets = try WinSetAnalysis(scenario: s, protocol: b)
        }
        if !s.linkedIssues.isEmpty {
            let l = LinkageAnalysis(analysis: analysis)
            linkage = l
            bothWin = BothWinAnalysis(linkage: l, scenario: s)
        } else {
            bothWin = BothWinAnalysis(analysis: analysis)
        }
    }
}
