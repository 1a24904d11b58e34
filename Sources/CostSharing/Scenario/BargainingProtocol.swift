import Foundation

/// How the talks are conducted, for the strategy analyses: each side's cost of delay, the chance
/// that the talks break down, who proposes first, and the inputs of the waiting, term and win-set
/// analyses. A scenario's optional `bargaining` section.
///
/// **Delay.** Each side discounts an agreement reached t years later by exp(−r·t), r its
/// ``delayCostPerYear`` (or, equivalently, by its ``periodFactors`` per period of
/// ``periodMonths``); after each rejected offer the talks break down, at the no-deal outcome, with
/// probability ``breakdownPerPeriod``.
public struct BargainingProtocol: Sendable, Hashable {
    /// Each side's delay cost, as a continuous discount rate per year (0.5: an agreement a year
    /// later is worth e^−0.5 ≈ 61% of one now).
    public var delayCostPerYear: PartyPair<Double>
    /// The length of one offer-and-reply period, in months.
    public var periodMonths: Double
    /// The chance that the talks break down after a rejected offer, per period.
    public var breakdownPerPeriod: Double
    /// Who makes the first offer.
    public var firstProposer: Party
    /// The chance per year that the recipient reopens an agreement before its term ends (as the
    /// United States did, citing "$10 billion a year", while the 12th SMA was in force).
    public var reopenProbabilityPerYear: Double
    /// The horizon of the term analysis, in years.
    public var horizonYears: Int
    /// A later state of the talks worth waiting for, if any.
    public var waiting: Waiting?
    /// The Assembly's consent probabilities the win-set analysis imposes in turn.
    public var winSetProbabilities: [Double]
    /// How much an election year moves the ratification curve's midpoint (a term increase:
    /// −0.05 makes the Assembly consent to five points less).
    public var electionYearMidpointShift: Double

    /// A later state of the talks: another preset's parties, reached with some probability after
    /// some months of no deal (the seeds' "the election of 2020 cannot come soon enough").
    public struct Waiting: Sendable, Hashable {
        /// The preset whose scenario is the later state.
        public var later: String
        /// The chance that the later state arrives (e.g. that the election changes the administration).
        public var probability: Double
        /// Months of no deal until it is known.
        public var months: Double
        /// Where the figures come from, or that they are assumptions.
        public var source: String

        public init(later: String, probability: Double, months: Double, source: String) {
            self.later = later
            self.probability = probability
            self.months = months
            self.source = source
        }
    }

    public init(delayCostPerYear: PartyPair<Double>, periodMonths: Double = 1, breakdownPerPeriod: Double = 0,
                firstProposer: Party = .recipient, reopenProbabilityPerYear: Double = 0, horizonYears: Int = 10,
                waiting: Waiting? = nil, winSetProbabilities: [Double] = [0.5, 0.8, 0.9, 0.95],
                electionYearMidpointShift: Double = 0) {
        self.delayCostPerYear = delayCostPerYear
        self.periodMonths = periodMonths
        self.breakdownPerPeriod = breakdownPerPeriod
        self.firstProposer = firstProposer
        self.reopenProbabilityPerYear = reopenProbabilityPerYear
        self.horizonYears = horizonYears
        self.waiting = waiting
        self.winSetProbabilities = winSetProbabilities
        self.electionYearMidpointShift = electionYearMidpointShift
    }

    /// Each side's factor per period, exp(−r·months/12).
    public var periodFactors: PartyPair<Double> {
        PartyPair(recipient: exp(-delayCostPerYear.recipient * periodMonths / 12), host: exp(-delayCostPerYear.host * periodMonths / 12))
    }
}
