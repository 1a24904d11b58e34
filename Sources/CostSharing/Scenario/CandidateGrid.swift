/// The candidate space a scenario declares: every combination of the listed values is a
/// candidate package, before the hard constraints filter it.
///
/// Extra splits only matter when the extra share is positive, so a zero extra share is
/// combined with one (empty) split; every escalation rule is the same rule (`none`) for a
/// one-year term, so one-year terms count once. The grid size is
/// `totals × coreSplits × inKindShares × (zeros + nonzeros × extraSplits) × terms`, with
/// `terms` the distinct (duration, canonical rule) pairs.
///
/// ```swift
/// let grid = CandidateGrid(totals: Steps(from: 1000, through: 1500, step: 5),
///                          inKindShares: [0.55, 0.6], extraShares: [0], extraSplits: [],
///                          durations: [1, 5], escalations: [.cpi(cap: 0.04), .fixed(rate: 0)])
/// grid.size   // 101 · 2 · 1 · (1 + 2) = 606
/// ```
public struct CandidateGrid: Sendable, Hashable {
    /// First-year totals (billions).
    public var totals: Steps
    /// Alternative splits of the core part over the core categories (each sums to 1, in the
    /// core categories' order); empty for the categories' base shares only.
    public var coreSplits: [[Double]]
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
    /// The most candidate packages the analysis accepts (a guard against runaway time).
    public var maximumSize: Int
    /// The most bytes the analysis may allocate for its candidates' features and utilities.
    public var maximumBytes: Int

    /// Default for ``extraShares``: core-only packages.
    public static let defaultExtraShares: [Double] = [0]
    /// Default for ``maximumSize``.
    public static let defaultMaximumSize = 5_000_000
    /// Default for ``maximumBytes``: 4 GiB.
    public static let defaultMaximumBytes = 4 << 30

    /// Creates a grid.
    public init(totals: Steps, coreSplits: [[Double]] = [], inKindShares: [Double], extraShares: [Double] = CandidateGrid.defaultExtraShares,
                extraSplits: [[Double]] = [], durations: [Int], escalations: [EscalationRule],
                maximumSize: Int = CandidateGrid.defaultMaximumSize, maximumBytes: Int = CandidateGrid.defaultMaximumBytes) {
        self.totals = totals
        self.coreSplits = coreSplits
        self.inKindShares = inKindShares
        self.extraShares = extraShares
        self.extraSplits = extraSplits
        self.durations = durations
        self.escalations = escalations
        self.maximumSize = maximumSize
        self.maximumBytes = maximumBytes
    }

    /// Number of (core split, in-kind, extra share, split) compositions, saturating at `Int.max`.
    public var compositionCount: Int {
        let zeros = extraShares.filter { $0 == 0 }.count
        let extras = saturatingProduct([extraShares.count - zeros, extraSplits.count])
        return saturatingProduct([max(1, coreSplits.count), inKindShares.count, saturatingSum(zeros, extras)])
    }

    /// The distinct (duration, rule) terms, in grid order: each duration with each rule in its
    /// canonical form for that duration, duplicates dropped (a one-year term has one rule; a
    /// duration or rule listed twice counts once). ``CandidateSet`` further merges rules that pay
    /// the same amounts under the scenario's forecast.
    public var terms: [(duration: Int, rule: EscalationRule)] {
        var out: [(duration: Int, rule: EscalationRule)] = []
        var seen = Set<Int>()
        for d in durations where seen.insert(d).inserted {
            var rules: [EscalationRule] = []
            for rule in escalations {
                let r = rule.canonical(forDuration: d)
                if !rules.contains(r) { rules.append(r); out.append((d, r)) }
            }
        }
        return out
    }

    /// Number of candidate packages before constraints, saturating at `Int.max`.
    public var size: Int { saturatingProduct([totals.count, compositionCount, terms.count]) }
}

/// a·b·…, or `Int.max` when it overflows.
func saturatingProduct(_ factors: [Int]) -> Int {
    var p = 1
    for f in factors {
        let (r, overflow) = p.multipliedReportingOverflow(by: f)
        if overflow { return Int.max }
        p = r
    }
    return p
}

func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (r, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : r
}
