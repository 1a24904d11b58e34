/// Whether a side should agree now or wait for a later state of the talks (another preset's
/// parties: the Biden-era United States of `sma-2021` after the November 2020 election), paying
/// the no-deal cost meanwhile.
///
/// Per year over the horizon of the agreement available now (its term D years), for each side i:
///
///     agree now:  uᵢ(N)
///     wait:       w·dᵢ + (1 − w)·[P·uᵢ(L) + (1 − P)·uᵢ(N)],   w = min(1, (months/12) / D)
///
/// where N is the Nash solution now, L the later state's Nash solution (valued with this
/// scenario's preferences: what the later package is worth to the side as it is today), d the
/// no-deal utility per year and P the probability that the later state arrives. Waiting pays when
/// P exceeds the **break-even probability** P* = w·(u(N) − d) / ((1 − w)·(u(L) − u(N))), which
/// exists when the later agreement is better for the side (u(L) > u(N)) and is below 1. Delay
/// costs beyond the no-deal flow are not discounted again.
public struct WaitingAnalysis: Sendable, Hashable {
    /// One side's comparison.
    public struct Side: Sendable, Hashable {
        public var agreeNow: Double
        public var wait: Double
        /// The later agreement's utility to the side as it is now.
        public var later: Double
        /// `nil` when waiting never pays (the later agreement is no better, or P* ≥ 1).
        public var breakEvenProbability: Double?
        /// Whether waiting is rational at the stated probability.
        public var waitingPays: Bool { wait > agreeNow }
    }

    public var inputs: BargainingProtocol.Waiting
    /// The agreement now (this scenario's Nash solution).
    public var now: PackageOutcome
    /// The later state's agreement (its own Nash solution).
    public var later: PackageOutcome
    /// The share of the horizon spent waiting, w.
    public var waitingShare: Double
    public var sides: PartyPair<Side>

    /// The comparison; `nil` when either zone is empty.
    /// - Throws: ``ScenarioError`` at `bargaining.waiting.later` when the preset is unknown, its
    ///   analysis fails, or its agreement is not a package of this scenario (other categories).
    public init?(analysis: CostSharingAnalysis, waiting w: BargainingProtocol.Waiting) throws(ScenarioError) {
        let path = "bargaining.waiting.later"
        let laterScenario: Scenario
        do { laterScenario = try Preset.named(w.later).scenario } catch { throw ScenarioError(path: path, message: error.message) }
        let laterAnalysis: CostSharingAnalysis
        do { laterAnalysis = try CostSharingAnalysis(scenario: laterScenario) } catch {
            throw ScenarioError(path: path, message: "\(w.later): \(error.description)")
        }
        guard let now = analysis.solutions.nash, let laterNash = laterAnalysis.solutions.nash else { return nil }
        let model = UtilityModel(scenario: analysis.scenario)
        guard let u = model.utilities(of: laterNash.package),
              let laterHere = PackageOutcome(package: laterNash.package, candidate: nil, utilities: u,
                                             disagreement: analysis.disagreement, scenario: analysis.scenario) else {
            throw ScenarioError(path: path, message: "\(w.later)'s agreement is not a package of \(analysis.scenario.name) (its categories or term differ)")
        }
        inputs = w
        self.now = now
        later = laterHere
        let share = min(1, (w.months / 12) / Double(now.package.duration))
        waitingShare = share
        func side(_ p: Party) -> Side {
            let n = now.utilities[p], l = laterHere.utilities[p], d = analysis.disagreement[p]
            let wait = share * d + (1 - share) * (w.probability * l + (1 - w.probability) * n)
            var breakEven: Double?
            if share < 1, l > n {
                let p = share * (n - d) / ((1 - share) * (l - n))
                if p < 1 { breakEven = max(0, p) }
            }
            return Side(agreeNow: n, wait: wait, later: l, breakEvenProbability: breakEven)
        }
        sides = PartyPair(recipient: side(.recipient), host: side(.host))
    }
}
