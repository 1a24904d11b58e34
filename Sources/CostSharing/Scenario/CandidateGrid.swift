/// The candidate space a scenario declares: every combination of the listed values is a
/// candidate package, before the hard constraints filter it.
///
/// Extra splits only matter when the extra share is positive, so a zero extra share is
/// combined with one (empty) split: the grid size is
/// `totals × inKindShares × (zeros + nonzeros × extraSplits) × durations × escalations`.
///
/// ```swift
/// let grid = CandidateGrid(totals: Steps(from: 1000, through: 1500, step: 5),
///                          inKindShares: [0.55, 0.6], extraShares: [0], extraSplits: [],
///                          durations: [1, 5], escalations: [.cpi(cap: 0.04)])
/// grid.size   // 101 · 2 · 1 · 2 · 1 = 404
/// ```
public struct CandidateGrid: Sendable, Hashable {
    /// First-year totals (billions).
    public var totals: Steps
    /// In-kind shares of the total.
    public var inKindShares: [Double]
    /// Extra-category shares of the total; include 0 for "core only".
    public var extraShares: [Double]
    /// Splits of the extra part over the extra categories (each sums to 1).
    public var extraSplits: [[Double]]
    /// Terms in years.
    public var durations: [Int]
    /// Escalation rules.
    public var escalations: [EscalationRule]
    /// The largest grid the analysis accepts (a guard against runaway memory and time).
    public var maximumSize: Int

    /// Creates a grid.
    public init(totals: Steps, inKindShares: [Double], extraShares: [Double], extraSplits: [[Double]],
                durations: [Int], escalations: [EscalationRule], maximumSize: Int = 5_000_000) {
        self.totals = totals
        self.inKindShares = inKindShares
        self.extraShares = extraShares
        self.extraSplits = extraSplits
        self.durations = durations
        self.escalations = escalations
        self.maximumSize = maximumSize
    }

    /// Number of (in-kind, extra share, split) compositions.
    public var compositionCount: Int {
        let zeros = extraShares.filter { $0 == 0 }.count
        return inKindShares.count * (zeros + (extraShares.count - zeros) * extraSplits.count)
    }

    /// Number of candidate packages before constraints.
    public var size: Int {
        totals.count * compositionCount * durations.count * escalations.count
    }
}
