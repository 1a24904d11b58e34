/// Each side's reservation total, found by searching the first-year total continuously within
/// the (composition, term) combinations the grid suggests, instead of reading it off the grid.
///
/// Within one combination each side's base utility is **concave** in the total (linear money,
/// minus a square for the curvature κ, a concave headline since λ ≥ 1, minus a convex growth
/// excess), so each side accepts one interval of totals and its ends are found by bisection;
/// where the grid holds no accepted total, a golden-section search for the utility's peak tells
/// whether the interval is empty. The grid tells where to look: the host's reservation lies between the highest
/// grid total it accepts and the next one, in the combinations where that highest total is the
/// grid's best; beyond the grid's top (up to ten times the previous total) when it accepts the
/// top total. The recipient's likewise from below (down to a tenth of the previous total).
/// Hard constraints (the increase bounds, the win-set) cap the search.
///
/// - Complexity: O(n) to read the grid plus O(k·D·log(1/ε)) for the k combinations searched.
struct ReservationSearch {
    let candidates: CandidateLattice
    let model: UtilityModel
    /// Each composition's value per unit of scale, as the rows were evaluated with.
    let values: PartyPair<[Double]>

    /// Per (composition, term) combination, the highest total index the host accepts (−1 for
    /// none) and the lowest the recipient accepts (the total count for none), by reading every
    /// admissible row: `accepts(party, row)`.
    static func brackets(_ lattice: CandidateLattice, admissible: (Int) -> Bool,
                         accepts: (Party, Int) -> Bool) -> (hostMax: [Int], usMin: [Int]) {
        let combos = lattice.combinationCount, totals = lattice.totals.count
        var hostMax = [Int](repeating: -1, count: combos)
        var usMin = [Int](repeating: totals, count: combos)
        for row in 0..<lattice.count {
            if !admissible(row) { continue }
            let c = lattice.combination(ofRow: row), k = lattice.totalIndex(ofRow: row)
            if accepts(.host, row), k > hostMax[c] { hostMax[c] = k }
            if accepts(.recipient, row), k < usMin[c] { usMin[c] = k }
        }
        return (hostMax, usMin)
    }

    /// Both reservation totals from the per-combination brackets of ``brackets(_:admissible:accepts:)``.
    func search(hostMax: [Int], usMin: [Int]) -> PartyPair<ReservationTotal?> {
        PartyPair(recipient: recipient(usMin), host: host(hostMax))
    }

    private var s: Double { candidates.scenario.previousTotal }
    private var d: PartyPair<Double> { model.disagreement }

    /// The total's bounds from the hard constraints and the plausible range, for one term.
    private func bounds(_ term: TermFeatures) -> (lower: Double, upper: Double) {
        let c = candidates.scenario.constraints
        var lower = s / 10, upper = s * 10
        if let lo = c.minimumIncrease { lower = max(lower, s * (1 + lo)) }
        if let hi = c.maximumIncrease { upper = min(upper, s * (1 + hi)) }
        if let r = candidates.scenario.host.ratification.largestAdmissibleIncrease {
            upper = min(upper, s * (1 + r) / term.meanLevel)
        }
        return (lower, upper)
    }

    private func combination(_ c: Int) -> (comp: CandidateLattice.Composition, term: TermFeatures) {
        let terms = candidates.terms.count
        return (candidates.compositions[c / terms], candidates.terms[c % terms])
    }

    /// Does `party` weakly prefer total `t` in combination `c` to no deal?
    private func acceptable(_ party: Party, _ t: Double, _ c: Int) -> Bool { base(party, t, c) >= d[party] }

    /// A side's base utility at total `t` in combination `c`, with the same arithmetic as the rows.
    private func base(_ party: Party, _ t: Double, _ c: Int) -> Double {
        let terms = candidates.terms.count
        let f = model.pairTerms(total: t, term: candidates.terms[c % terms])
        return f.scale * values[party][c / terms] + f.offset[party]
    }

    /// The boundary between `yes` (accepted) and `no` (not), by bisection.
    private func boundary(_ party: Party, _ c: Int, yes: Double, no: Double) -> Double {
        var yes = yes, no = no
        for _ in 0..<80 where abs(no - yes) > 1e-9 * s {
            let mid = 0.5 * (yes + no)
            if acceptable(party, mid, c) { yes = mid } else { no = mid }
        }
        return yes
    }

    /// The total in `lower...upper` where `party`'s base utility peaks (golden-section search
    /// on a concave function).
    private func peak(_ party: Party, _ c: Int, _ lower: Double, _ upper: Double) -> Double {
        func u(_ t: Double) -> Double { base(party, t, c) }
        let g = (5.0.squareRoot() - 1) / 2
        var a = lower, b = upper
        var x1 = b - g * (b - a), x2 = a + g * (b - a)
        var f1 = u(x1), f2 = u(x2)
        for _ in 0..<100 where b - a > 1e-9 * s {
            if f1 < f2 { a = x1; x1 = x2; f1 = f2; x2 = a + g * (b - a); f2 = u(x2) }
            else { b = x2; x2 = x1; f2 = f1; x1 = b - g * (b - a); f1 = u(x1) }
        }
        return 0.5 * (a + b)
    }

    private func reservation(_ total: Double, _ c: Int, atLimit: Bool) -> ReservationTotal {
        let (comp, term) = combination(c)
        let p = Package(firstYearTotal: total, inKindShare: comp.inKindShare, extraShare: comp.extraShare,
                        extraSplit: comp.extraSplit, coreShares: comp.coreShares, duration: term.duration, escalation: term.rule)
        return ReservationTotal(total: total, firstYearIncrease: total / s - 1, package: p, atSearchLimit: atLimit)
    }

    /// The composition of greatest value to `party` (the first of equals). At every total and
    /// term a side's base utility rises with the composition's value, so that composition
    /// accepts every total any other accepts in the same term: only its combinations (one per
    /// term) are searched.
    private func bestComposition(_ party: Party) -> Int {
        let v = values[party]
        var best = 0
        for c in v.indices where v[c] > v[best] { best = c }
        return best
    }

    private func host(_ hostMax: [Int]) -> ReservationTotal? {
        let totals = candidates.totals
        let best = hostMax.max() ?? -1
        let comp = bestComposition(.host), terms = candidates.terms.count
        var result: ReservationTotal?
        for c in hostMax.indices where c / terms == comp {
            let k = hostMax[c]
            // Only combinations that can beat the grid's best need a search.
            guard k == best || (best == -1) else { continue }
            let (_, term) = combination(c)
            let (lower, upper) = bounds(term)
            var yes: Double, no: Double, limited = false
            if k == -1 {
                // No admissible grid total is accepted: look for the peak of the concave utility.
                let peak = self.peak(.host, c, lower, upper)
                guard acceptable(.host, peak, c) else { continue }
                if acceptable(.host, upper, c) { yes = upper; no = upper; limited = true } else { yes = peak; no = upper }
            } else if k == totals.count - 1 {
                yes = totals[k]; no = min(2 * yes, upper)
                while acceptable(.host, no, c) && no < upper { yes = no; no = min(2 * no, upper) }
                if no >= upper && acceptable(.host, upper, c) { yes = upper; no = upper; limited = true }
            } else {
                yes = totals[k]; no = totals[k + 1]
            }
            var t = yes == no ? yes : boundary(.host, c, yes: yes, no: no)
            if t >= upper { t = upper; limited = true }
            if result == nil || t > result!.total { result = reservation(t, c, atLimit: limited) }
        }
        return result
    }

    private func recipient(_ usMin: [Int]) -> ReservationTotal? {
        let totals = candidates.totals
        let best = usMin.min() ?? totals.count
        let comp = bestComposition(.recipient), terms = candidates.terms.count
        var result: ReservationTotal?
        for c in usMin.indices where c / terms == comp {
            let k = usMin[c]
            guard k == best || best == totals.count else { continue }
            let (_, term) = combination(c)
            let (lower, upper) = bounds(term)
            var yes: Double, no: Double, limited = false
            if k == totals.count {
                // No admissible grid total is accepted: look for the peak of the concave utility.
                let peak = self.peak(.recipient, c, lower, upper)
                guard acceptable(.recipient, peak, c) else { continue }
                if acceptable(.recipient, lower, c) { yes = lower; no = lower; limited = true } else { yes = peak; no = lower }
            } else if k == 0 {
                yes = totals[0]; no = max(yes / 2, lower)
                while acceptable(.recipient, no, c) && no > lower { yes = no; no = max(no / 2, lower) }
                if no <= lower && acceptable(.recipient, lower, c) { yes = lower; no = lower; limited = true }
            } else {
                yes = totals[k]; no = totals[k - 1]
            }
            var t = yes == no ? yes : boundary(.recipient, c, yes: yes, no: no)
            if t <= lower { t = lower; limited = true }
            if result == nil || t < result!.total { result = reservation(t, c, atLimit: limited) }
        }
        return result
    }
}
