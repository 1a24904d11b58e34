import Pareto
import LinearAlgebra

/// The full analysis of one scenario: candidates, utilities, the Pareto frontier, the zone of
/// agreement with each side's reservation total, four bargaining solutions and, when the
/// scenario records one, the actual agreement's place among them.
///
/// Steps: enumerate the grid into a ``CandidateSet`` (feature matrix); evaluate both
/// utilities of every row in factored form (each composition's value, one small product of its
/// unit allocation and the money weights, times a (total, term) scale, plus a (total, term)
/// offset for the nonlinear terms, then ratification; the same arithmetic as the scalar
/// ``UtilityModel/utilities(of:)-(Package)`` and the many-draw engine of ``SampledAnalysis``);
/// find the non-dominated packages with `Pareto.nonDominatedIndices`, maximizing both
/// utilities; search each side's reservation total continuously (``ZoneOfAgreement``); solve
/// the bargaining problem over the frontier with `Pareto.BargainingProblem`.
///
/// **The grid's edge.** When the zone of agreement reaches the lowest or highest total of the
/// grid, a wider grid could move the zone and the solutions, so the analysis widens
/// `grid.totals` (same step) to cover both reservation totals and runs again
/// (``gridWidening`` says how); when the wider grid would break `grid.maximumSize` or
/// `grid.maximumBytes` it keeps the grid and flags every figure still at the edge
/// (``PackageOutcome/atGridEdge``, ``ZoneOfAgreement/atGridEdge``, ``warnings``).
///
/// ```swift
/// let analysis = try CostSharingAnalysis(scenario: Preset.sma2020.scenario)
/// analysis.solutions.nash?.package.firstYearTotal   // billions of won
/// analysis.zone.count                               // packages both prefer to no deal
/// ```
public struct CostSharingAnalysis: Sendable {
    /// The scenario analysed, as given (before any widening of its grid).
    public let scenario: Scenario
    /// The grid's totals as analysed, and the reason, when the analysis widened them.
    public let gridWidening: GridWidening?
    /// Number of grid combinations before constraints (of the analysed grid).
    public let gridSize: Int
    /// Number of candidate packages evaluated (after the grid's constraints).
    public let candidateCount: Int
    /// Number of candidates the Assembly's win-set admits (all of them in the expected-utility form).
    public let admissibleCount: Int
    /// Utilities per candidate row (ratification applied).
    public let utilities: PartyPair<[Double]>
    /// The no-deal utilities.
    public let disagreement: PartyPair<Double>
    /// Candidate rows on the frontier, by increasing recipient utility.
    public let frontierRows: [Int]
    /// The frontier packages in domain terms, same order as ``frontierRows``.
    public let frontier: [PackageOutcome]
    /// The zone of possible agreement and each side's reservation total.
    public let zone: ZoneOfAgreement
    /// The bargaining solutions over the frontier.
    public let solutions: BargainingSolutions
    /// The actual agreement against the frontier, when the scenario records one.
    public let actual: AgreementAssessment?
    /// Fields that have no effect, and figures at the grid's edge.
    public let warnings: [ScenarioWarning]
    /// Seconds per stage (both runs added when the grid was widened).
    public let timings: StageTimings
    /// The candidate set (features and package decoding).
    public let candidates: CandidateSet

    /// Runs the analysis.
    ///
    /// - Parameter scenario: The scenario; it is validated first.
    /// - Throws: ``ScenarioError`` when the scenario is invalid, no package meets the
    ///   constraints (naming the field that empties the grid), or a utility is not finite.
    /// - Complexity: O(n·f) for features and utilities over n candidates with f features, plus
    ///   the frontier step (`nonDominatedIndices`, O(n log n) at worst, near O(n) on typical data).
    public init(scenario: Scenario) throws(ScenarioError) {
        try scenario.validate()
        let (run, widening) = try Self.drive(scenario) { s throws(ScenarioError) in try Run(scenario: s) }
        self.scenario = scenario
        gridWidening = widening
        gridSize = run.lattice.scenario.grid.size
        candidateCount = run.lattice.count
        admissibleCount = run.admissibleCount
        utilities = run.utilities
        disagreement = run.disagreement
        frontierRows = run.frontierRows
        frontier = run.frontier
        zone = run.zone
        solutions = run.solutions
        actual = run.actual
        warnings = scenario.ineffectiveFields() + run.warnings
        timings = run.timings
        candidates = run.candidates!
    }

    /// Runs one pass over `scenario`'s grid and, when the zone of agreement reaches the grid's
    /// edge, a second over the widened grid (or flags the figures at the edge when the wider
    /// grid would be too large).
    static func drive(_ scenario: Scenario, _ pass: (Scenario) throws(ScenarioError) -> Run) throws(ScenarioError)
        -> (run: Run, widening: GridWidening?) {
        var run = try pass(scenario)
        var widening: GridWidening?
        if let wider = run.widerTotals() {
            var widened = scenario
            widened.grid.totals = wider
            if widened.grid.size <= widened.grid.maximumSize,
               CandidateSet.estimatedBytes(rows: widened.grid.size, categories: scenario.categories.count) <= widened.grid.maximumBytes {
                widening = GridWidening(given: scenario.grid.totals, analysed: wider)
                let firstPass = run.timings
                try widened.validate()
                run = try pass(widened)
                run.timings.add(firstPass)
            } else {
                run.zone.atGridEdge = true
                run.flagSolutionsAtEdge()
                run.warnings.append(ScenarioWarning(path: "grid.totals", message: "the zone of agreement reaches or lies beyond the grid's edge; "
                    + "covering both reservation totals needs \(Format.number(wider.from))–\(Format.number(wider.through)), "
                    + "which would exceed grid.maximumSize or grid.maximumBytes, so figures marked at the edge may move with a wider grid"))
            }
        }
        return (run, widening)
    }

    /// Up to `limit` candidate rows, evenly spaced, for plotting all packages.
    public func sampledRows(limit: Int = 4000) -> [Int] {
        guard candidateCount > limit else { return Array(0..<candidateCount) }
        let stride = Double(candidateCount) / Double(limit)
        return (0..<limit).map { Int(Double($0) * stride) }
    }
}

/// How the analysis widened the grid's totals to span both sides' reservation totals (and so every package of the zone of agreement).
public struct GridWidening: Sendable, Hashable, Codable {
    /// `grid.totals` as the scenario gives it.
    public var given: Steps
    /// The totals analysed.
    public var analysed: Steps
}

/// One pass of the analysis over one grid.
///
/// Two forms give the same figures. The **full** form (``CostSharingAnalysis``) builds the
/// feature matrix and evaluates every row's utilities, and finds the frontier, the zone and the
/// reservation brackets by reading every row. The **factored** form (the many-draw engine of
/// ``SampledAnalysis``) evaluates rows only where ``FactoredSearch`` needs them. Both evaluate a
/// row with the same arithmetic (``FactoredUtilities``), so their utilities agree bit for bit.
struct Run {
    let lattice: CandidateLattice
    /// The feature matrix; `nil` in the factored form.
    let candidates: CandidateSet?
    let model: UtilityModel
    let factors: FactoredUtilities
    /// Utilities per row (ratification applied); empty in the factored form.
    var utilities: PartyPair<[Double]>
    /// Utilities before ratification risk, per row (empty in the factored form): whether a side
    /// accepts a package (base ≥ d) is decided on these, since d + P·(base − d) rounds to d when P is tiny.
    var base: PartyPair<[Double]>
    var disagreement: PartyPair<Double>
    var admissibleCount: Int
    var frontierRows: [Int] = []
    var frontier: [PackageOutcome] = []
    var zone: ZoneOfAgreement
    var solutions = BargainingSolutions()
    var actual: AgreementAssessment?
    var warnings: [ScenarioWarning] = []
    var timings = StageTimings()
    private let search: FactoredSearch?

    /// The full form.
    init(scenario: Scenario) throws(ScenarioError) {
        var timings = StageTimings()
        let candidates = try timed(&timings.features) { () throws(ScenarioError) in try CandidateSet(validated: scenario) }
        try self.init(lattice: candidates.lattice, candidates: candidates, values: nil, timings: timings)
    }

    /// The factored form over `lattice`, with each side's composition values when the caller
    /// computed them in a batch. Returns `nil` where only the full form can tell (a utility is
    /// not finite, or the win-set admits no candidate), so that the caller runs it and reports
    /// its error.
    init?(factored lattice: CandidateLattice, values: PartyPair<[Double]>?) throws(ScenarioError) {
        let model = UtilityModel(scenario: lattice.scenario)
        let factors = FactoredUtilities(model: model, lattice: lattice, values: values)
        let search = FactoredSearch(factors)
        guard search.allFinite(), factors.admissible?.contains(true) ?? true else { return nil }
        try self.init(lattice: lattice, candidates: nil, values: values, timings: StageTimings(), model: model,
                      factors: factors, search: search)
    }

    private init(lattice: CandidateLattice, candidates: CandidateSet?, values: PartyPair<[Double]>?, timings: StageTimings,
                 model: UtilityModel? = nil, factors: FactoredUtilities? = nil, search: FactoredSearch? = nil) throws(ScenarioError) {
        var timings = timings
        let scenario = lattice.scenario
        self.lattice = lattice
        self.candidates = candidates
        let model = model ?? UtilityModel(scenario: scenario)
        self.model = model
        let factors = factors ?? timed(&timings.utilities) { FactoredUtilities(model: model, lattice: lattice, values: values) }
        self.factors = factors
        self.search = search
        disagreement = model.disagreement
        if search == nil {
            (base, utilities) = timed(&timings.utilities) { factors.rowUtilities() }
            let d = disagreement, us = utilities.recipient, kr = utilities.host
            guard d.recipient.isFinite, d.host.isFinite, us.allSatisfy(\.isFinite), kr.allSatisfy(\.isFinite) else {
                throw ScenarioError(path: "", message: "the scenario's parameters make a utility overflow (not a finite number); "
                                    + "check the forecast paths and grid.durations (long terms compound the growth rates) "
                                    + "and the weights and costs for implausible magnitudes")
            }
        } else {
            base = PartyPair(recipient: [], host: [])
            utilities = base
        }
        // The win-set: rows whose term increase the Assembly would not pass are not candidates.
        if let admissible = factors.admissible, let limit = scenario.host.ratification.largestAdmissibleIncrease {
            admissibleCount = admissible.lazy.filter { $0 }.count * lattice.compositions.count
            guard admissibleCount > 0 else {
                throw ScenarioError(path: "host.ratification.minimumProbability", message: "no candidate package reaches the "
                    + "minimum ratification probability (it admits term increases up to \(Format.percent(limit)))")
            }
        } else {
            admissibleCount = lattice.count
        }
        zone = ZoneOfAgreement(count: 0, frontierCount: 0, minimumTotal: nil, maximumTotal: nil, atGridEdge: false,
                               reservationTotals: PartyPair(recipient: nil, host: nil))
        if case .expectedUtility = scenario.host.ratification.form {
            let lowest = factors.increase.min() ?? 0
            if scenario.host.ratification.probability(termIncrease: lowest) < 1e-6 {
                warnings.append(ScenarioWarning(path: "host.ratification", message: "every candidate package has a ratification "
                    + "probability below 0.0001%, so every utility is all but the no-deal value; check midpointIncrease and slope"))
            }
        }
        self.timings = timings
        computeFrontier()
        try solve()
    }

    private mutating func computeFrontier() {
        if let search {
            frontierRows = search.frontierRows()
            return
        }
        let us = utilities.recipient, kr = utilities.host
        let factors = self.factors, pairs = factors.pairCount
        frontierRows = timed(&timings.frontier) {
            let rows = factors.admissible.map { _ in (0..<us.count).filter { factors.admits($0 % pairs) } }
            let count = rows?.count ?? us.count
            var flat = [Double](repeating: 0, count: 2 * count)
            for j in 0..<count {
                let i = rows?[j] ?? j
                flat[2 * j] = us[i]; flat[2 * j + 1] = kr[i]
            }
            do {
                let points = try PointSet(dimensions: 2, values: flat)
                let kept = try nonDominatedIndices(points, senses: [.maximize, .maximize]).map { rows?[$0] ?? $0 }
                return kept.sorted { us[$0] != us[$1] ? us[$0] < us[$1] : $0 < $1 }
            } catch {
                // Utilities were checked finite above; anything else is a programmer error.
                preconditionFailure("frontier: \(error)")
            }
        }
        #if COSTSHARING_CHECK_INVARIANTS
        // Too slow for release use (O(n·frontier)): build with -Xswiftc -DCOSTSHARING_CHECK_INVARIANTS.
        for r in frontierRows {
            for i in 0..<us.count where factors.admits(i % pairs) && us[i] >= us[r] && kr[i] >= kr[r] {
                precondition(us[i] == us[r] && kr[i] == kr[r], "frontier row \(r) is dominated by row \(i)")
            }
        }
        #endif
    }

    private mutating func solve() throws(ScenarioError) {
        let factors = self.factors, d = disagreement, pairs = factors.pairCount
        let lattice = self.lattice, model = self.model, search = self.search
        let baseUS = base.recipient, baseKR = base.host, usAll = utilities.recipient, krAll = utilities.host
        let scenario = lattice.scenario
        let edges = GridEdges(scenario: scenario)
        let first = edges.first, last = edges.last
        func edge(_ t: Double) -> Bool { edges.isAtEdge(t) }
        func outcome(_ row: Int) -> PackageOutcome {
            let p = lattice.package(at: row)
            return PackageOutcome(package: p, candidate: row, utilities: factors.utilities(ofRow: row),
                                  disagreement: d, scenario: scenario, atGridEdge: edge(p.firstYearTotal),
                                  equivalentEscalations: lattice.equivalentRules(ofRow: row))!
        }
        let rows = frontierRows
        var result: (frontier: [PackageOutcome], zone: ZoneOfAgreement,
                     solutions: BargainingSolutions, actual: AgreementAssessment?)
        result = timed(&timings.solutions) {
            let frontier = rows.map(outcome)
            // Zone of agreement over all admissible candidates.
            var count = 0, lo = Double.infinity, hi = -Double.infinity
            let brackets: (hostMax: [Int], usMin: [Int])
            if let search {
                (count, lo, hi) = search.zone(totals: lattice.totals, termCount: lattice.terms.count)
                brackets = search.brackets(totalCount: lattice.totals.count, termCount: lattice.terms.count)
            } else {
                let totals = lattice.totals, terms = lattice.terms.count
                for i in 0..<usAll.count where usAll[i] > d.recipient && krAll[i] > d.host && factors.admits(i % pairs) {
                    let t = totals[(i / terms) % totals.count]
                    count += 1; lo = min(lo, t); hi = max(hi, t)
                }
                // Acceptance on the base utilities: d + P·(base − d) rounds to d when P is tiny.
                brackets = ReservationSearch.brackets(lattice, admissible: { factors.admits($0 % pairs) }) { party, row in
                    party == .host ? baseKR[row] >= d.host : baseUS[row] >= d.recipient
                }
            }
            let touches = (low: count > 0 && lo <= first && edges.lowIsOpen, high: count > 0 && hi >= last && edges.highIsOpen)
            // (The zone may also lie wholly outside the grid; `widerTotals()` checks that.)
            let reservations = ReservationSearch(candidates: lattice, model: model, values: factors.value)
                .search(hostMax: brackets.hostMax, usMin: brackets.usMin)
            let zone = ZoneOfAgreement(
                count: count, frontierCount: frontier.filter { $0.utilities.recipient > d.recipient && $0.utilities.host > d.host }.count,
                minimumTotal: count > 0 ? lo : nil, maximumTotal: count > 0 ? hi : nil,
                atGridEdge: touches.low || touches.high, reservationTotals: reservations)
            // Bargaining solutions over the frontier packages in the zone (both gains strictly
            // positive, as the zone counts them), so that there is none exactly when the zone is empty.
            var solutions = BargainingSolutions()
            let inZone = frontier.indices.filter { frontier[$0].gains.recipient > 0 && frontier[$0].gains.host > 0 }
            if !inZone.isEmpty, let points = try? PointSet(rows: inZone.map { [frontier[$0].utilities.recipient, frontier[$0].utilities.host] }),
               let problem = try? BargainingProblem(utilities: points, disagreement: [d.recipient, d.host]) {
                func pick(_ s: BargainingProblem.Solution?) -> PackageOutcome? { s.map { frontier[inZone[$0.index]] } }
                solutions = BargainingSolutions(nash: pick(problem.nash()), kalaiSmorodinsky: pick(problem.kalaiSmorodinsky()),
                                                egalitarian: pick(problem.egalitarian()), utilitarian: pick(problem.utilitarian()))
            }
            // The actual agreement.
            var assessment: AgreementAssessment?
            if let actual = scenario.actual, let u = model.utilities(of: actual.package),
               let described = PackageOutcome(package: actual.package, candidate: nil, utilities: u, disagreement: d,
                                              scenario: scenario) {
                let dominating = frontier.filter {
                    $0.utilities.recipient >= u.recipient && $0.utilities.host >= u.host
                        && ($0.utilities.recipient > u.recipient || $0.utilities.host > u.host)
                }
                let best = dominating.max { a, b in
                    let ga = min(a.utilities.recipient - u.recipient, a.utilities.host - u.host)
                    let gb = min(b.utilities.recipient - u.recipient, b.utilities.host - u.host)
                    return ga != gb ? ga < gb : (a.candidate ?? 0) > (b.candidate ?? 0)
                }
                func distance(_ o: PackageOutcome?) -> Double? {
                    o.map { let dx = $0.utilities.recipient - u.recipient, dy = $0.utilities.host - u.host
                            return (dx * dx + dy * dy).squareRoot() }
                }
                assessment = AgreementAssessment(
                    label: actual.label, outcome: described,
                    belowNoDeal: PartyPair(recipient: u.recipient < d.recipient, host: u.host < d.host),
                    dominatedBy: dominating.count, bestImprovement: best,
                    bestImprovementGains: best.map { $0.utilities.combined(with: u, -) },
                    utilityDistanceToNash: distance(solutions.nash),
                    utilityDistanceToKalaiSmorodinsky: distance(solutions.kalaiSmorodinsky),
                    totalGapToNash: solutions.nash.map { $0.package.firstYearTotal - actual.package.firstYearTotal },
                    totalGapToKalaiSmorodinsky: solutions.kalaiSmorodinsky.map { $0.package.firstYearTotal - actual.package.firstYearTotal })
            }
            return (frontier, zone, solutions, assessment)
        }
        frontier = result.frontier
        zone = result.zone
        solutions = result.solutions
        actual = result.actual
        for (id, _, o) in solutions.all where o?.atGridEdge == true {
            warnings.append(ScenarioWarning(path: "grid.totals", message: "the \(id) solution's first-year total "
                + "(\(Format.number(o!.package.firstYearTotal))) is at the edge of the grid; a wider grid may move it"))
        }
    }

    /// Marks every solution as at the grid's edge: when the zone reaches beyond the grid, each
    /// side's best package in the zone (which Kalai–Smorodinsky measures gains against), and so
    /// every solution, may move with a wider grid.
    mutating func flagSolutionsAtEdge() {
        func flag(_ o: inout PackageOutcome?) { if o != nil { o!.atGridEdge = true } }
        flag(&solutions.nash); flag(&solutions.kalaiSmorodinsky); flag(&solutions.egalitarian); flag(&solutions.utilitarian)
    }

    /// Totals that span both reservation totals, on the same step as the grid, when the grid
    /// does not (the recipient's reservation is below the host's, so packages beyond the grid's
    /// edge may be in the zone); `nil` when no widening is needed. The widened grid stays within
    /// the hard constraints' bounds and a tenth to ten times the previous total.
    func widerTotals() -> Steps? {
        guard let r = zone.reservationTotals.recipient?.total, let h = zone.reservationTotals.host?.total, r <= h else {
            return nil
        }
        let given = lattice.scenario.grid.totals
        let edges = GridEdges(scenario: lattice.scenario)
        let first = given.from, last = given.last ?? given.through
        var from = first, through = last
        if r < first && edges.lowIsOpen {
            let steps = min(((first - r) / given.step).rounded(.up), ((first - edges.lowerLimit) / given.step).rounded(.down))
            from = first - max(0, steps) * given.step
        }
        if h > last && edges.highIsOpen {
            let steps = min(((h - last) / given.step).rounded(.up), ((edges.upperLimit - last) / given.step).rounded(.down))
            through = last + max(0, steps) * given.step
        }
        guard from < first || through > last else { return nil }
        return Steps(from: from, through: through, step: given.step)
    }
}

/// Where the analysed grid's totals end, and whether anything lies beyond each end: an end at a
/// hard constraint's bound (the increase bounds) or at the plausible range (a tenth to ten times
/// the previous total) is not an edge that a wider grid could move.
struct GridEdges {
    let first: Double
    let last: Double
    let lowerLimit: Double
    let upperLimit: Double

    init(scenario: Scenario) {
        let g = scenario.grid.totals, s = scenario.previousTotal, c = scenario.constraints
        first = g.from
        last = g.last ?? g.through
        lowerLimit = max(s / 10, c.minimumIncrease.map { s * (1 + $0) } ?? 0)
        upperLimit = min(s * 10, c.maximumIncrease.map { s * (1 + $0) } ?? .infinity)
        step = g.step
    }

    private let step: Double

    /// Whether totals below the grid's first could be candidates.
    var lowIsOpen: Bool { first - step >= lowerLimit - 1e-9 }
    /// Whether totals above the grid's last could be candidates.
    var highIsOpen: Bool { last + step <= upperLimit + 1e-9 }

    /// Whether `t` is the first or last total of the grid with room beyond it.
    func isAtEdge(_ t: Double) -> Bool { (t <= first && lowIsOpen) || (t >= last && highIsOpen) }
}
