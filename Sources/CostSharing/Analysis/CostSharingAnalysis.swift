import Pareto
import LinearAlgebra

/// The full analysis of one scenario: candidates, utilities, the Pareto frontier, the zone of
/// agreement, four bargaining solutions and, when the scenario records one, the actual
/// agreement's place among them.
///
/// Steps: enumerate the grid into a ``CandidateSet`` (feature matrix); evaluate both
/// utilities with ``UtilityModel`` (one BLAS product plus column-wise terms); find the
/// non-dominated packages with `Pareto.nonDominatedIndices`, maximizing both utilities; solve the bargaining
/// problem over the frontier with `Pareto.BargainingProblem`.
///
/// ```swift
/// let analysis = try CostSharingAnalysis(scenario: Preset.sma2020.scenario)
/// analysis.nash?.package.firstYearTotal       // billions of won
/// analysis.zone.count                         // packages both prefer to no deal
/// ```
public struct CostSharingAnalysis: Sendable {
    /// The scenario analysed.
    public let scenario: Scenario
    /// Number of grid combinations before constraints.
    public let gridSize: Int
    /// Number of candidate packages evaluated (after constraints).
    public let candidateCount: Int
    /// Recipient utility per candidate row.
    public let recipientUtilities: [Double]
    /// Host utility per candidate row.
    public let hostUtilities: [Double]
    /// The no-deal utilities [recipient, host].
    public let disagreement: [Double]
    /// Candidate rows on the frontier, by increasing recipient utility.
    public let frontierRows: [Int]
    /// The frontier packages in domain terms, same order as ``frontierRows``.
    public let frontier: [PackageOutcome]
    /// The zone of possible agreement and each side's reservation total.
    public let zone: ZoneOfAgreement
    /// Nash bargaining solution over the frontier (maximizes the product of gains).
    public let nash: PackageOutcome?
    /// Kalai–Smorodinsky solution (gains proportional to each side's best possible gain).
    public let kalaiSmorodinsky: PackageOutcome?
    /// Egalitarian solution (largest smallest gain).
    public let egalitarian: PackageOutcome?
    /// Utilitarian solution (largest sum of utilities).
    public let utilitarian: PackageOutcome?
    /// The actual agreement against the frontier, when the scenario records one.
    public let actual: AgreementAssessment?
    /// Seconds per stage.
    public let timings: StageTimings
    /// The candidate set (features and package decoding).
    public let candidates: CandidateSet

    /// Runs the analysis.
    ///
    /// - Parameter scenario: The scenario; it is validated first.
    /// - Throws: ``ScenarioError`` when the scenario is invalid or no package meets the constraints.
    /// - Complexity: O(n·f) for features and utilities over n candidates with f features, plus
    ///   the frontier step (`nonDominatedIndices`, O(n log n) at worst, near O(n) on typical data).
    public init(scenario: Scenario) throws(ScenarioError) {
        try scenario.validate()
        self.scenario = scenario
        var timings = StageTimings()
        let candidates = timed(&timings.features) { CandidateSet(scenario: scenario) }
        self.candidates = candidates
        gridSize = scenario.grid.size
        candidateCount = candidates.count
        guard candidates.count > 0 else {
            throw ScenarioError(path: "grid", message: "no package of the \(gridSize) in the grid meets the hard constraints "
                + "(payment forms, legal limit on extra categories, increase bounds)")
        }
        let model = UtilityModel(scenario: scenario)
        let utilities: (recipient: [Double], host: [Double])
        do {
            utilities = try timed(&timings.utilities) { () throws(LinearAlgebraError) in
                try model.utilities(of: candidates.features)
            }
        } catch {
            preconditionFailure("weights and features disagree in shape: \(error)")
        }
        recipientUtilities = utilities.recipient
        hostUtilities = utilities.host
        let disagreement = model.disagreement
        self.disagreement = disagreement
        let us = utilities.recipient, kr = utilities.host

        // Frontier: the library's exact non-dominated filter over (U_US, U_KR), both maximized.
        let rows: [Int] = timed(&timings.frontier) {
            var flat = [Double](repeating: 0, count: 2 * us.count)
            for i in us.indices { flat[2 * i] = us[i]; flat[2 * i + 1] = kr[i] }
            do {
                let points = try PointSet(dimensions: 2, values: flat)
                let kept = try nonDominatedIndices(points, senses: [.maximize, .maximize])
                return kept.sorted { us[$0] != us[$1] ? us[$0] < us[$1] : $0 < $1 }
            } catch {
                // Utilities are finite for valid scenarios; anything else is a programmer error.
                preconditionFailure("frontier: \(error)")
            }
        }
        frontierRows = rows
        #if COSTSHARING_CHECK_INVARIANTS
        // Too slow for release use (O(n·frontier)): build with -Xswiftc -DCOSTSHARING_CHECK_INVARIANTS.
        for r in rows {
            for i in 0..<us.count where us[i] >= us[r] && kr[i] >= kr[r] {
                precondition(us[i] == us[r] && kr[i] == kr[r], "frontier row \(r) is dominated by row \(i)")
            }
        }
        #endif

        func outcome(_ row: Int) -> PackageOutcome {
            PackageOutcome(package: candidates.package(at: row), candidate: row, utilities: [us[row], kr[row]],
                           disagreement: disagreement, scenario: scenario)!
        }
        var solved: (frontier: [PackageOutcome], zone: ZoneOfAgreement, solutions: [PackageOutcome?], actual: AgreementAssessment?)
        solved = timed(&timings.solutions) {
            let frontier = rows.map(outcome)
            // Zone of agreement and reservation totals over all candidates.
            var count = 0, lo = Double.infinity, hi = -Double.infinity
            var hostMax = -Double.infinity, recipientMin = Double.infinity
            let totals = candidates.features.column(candidates.layout.firstYearTotal)
            let t0 = totals.startIndex
            for i in 0..<us.count {
                let t = totals[t0 + i]
                if us[i] > disagreement[0] && kr[i] > disagreement[1] {
                    count += 1; lo = min(lo, t); hi = max(hi, t)
                }
                if kr[i] >= disagreement[1] { hostMax = max(hostMax, t) }
                if us[i] >= disagreement[0] { recipientMin = min(recipientMin, t) }
            }
            let frontierInZone = rows.filter { us[$0] > disagreement[0] && kr[$0] > disagreement[1] }.count
            let zone = ZoneOfAgreement(count: count, frontierCount: frontierInZone,
                                       minimumTotal: count > 0 ? lo : nil, maximumTotal: count > 0 ? hi : nil,
                                       hostReservationTotal: hostMax.isFinite ? hostMax : nil,
                                       recipientReservationTotal: recipientMin.isFinite ? recipientMin : nil)
            // Bargaining solutions over the frontier.
            var solutions: [PackageOutcome?] = [nil, nil, nil, nil]
            if !rows.isEmpty, let points = try? PointSet(rows: rows.map { [us[$0], kr[$0]] }),
               let problem = try? BargainingProblem(utilities: points, disagreement: disagreement) {
                let found = [problem.nash(), problem.kalaiSmorodinsky(), problem.egalitarian(), problem.utilitarian()]
                solutions = found.map { $0.map { frontier[$0.index] } }
            }
            // The actual agreement.
            var assessment: AgreementAssessment?
            if let actual = scenario.actual, let u = model.utilities(of: actual.package),
               let described = PackageOutcome(package: actual.package, candidate: nil, utilities: u,
                                              disagreement: disagreement, scenario: scenario) {
                var dominating: [PackageOutcome] = []
                for f in frontier where f.utilities[0] >= u[0] && f.utilities[1] >= u[1]
                    && (f.utilities[0] > u[0] || f.utilities[1] > u[1]) { dominating.append(f) }
                let best = dominating.max { min($0.utilities[0] - u[0], $0.utilities[1] - u[1])
                    < min($1.utilities[0] - u[0], $1.utilities[1] - u[1]) }
                func distance(_ o: PackageOutcome?) -> Double? {
                    o.map { ((($0.utilities[0] - u[0]) * ($0.utilities[0] - u[0]))
                             + (($0.utilities[1] - u[1]) * ($0.utilities[1] - u[1]))).squareRoot() }
                }
                assessment = AgreementAssessment(
                    label: actual.label, outcome: described, dominatedBy: dominating.count, bestImprovement: best,
                    bestImprovementGains: best.map { [$0.utilities[0] - u[0], $0.utilities[1] - u[1]] },
                    utilityDistanceToNash: distance(solutions[0]),
                    utilityDistanceToKalaiSmorodinsky: distance(solutions[1]),
                    totalGapToNash: solutions[0].map { $0.package.firstYearTotal - actual.package.firstYearTotal },
                    totalGapToKalaiSmorodinsky: solutions[1].map { $0.package.firstYearTotal - actual.package.firstYearTotal })
            }
            return (frontier, zone, solutions, assessment)
        }
        frontier = solved.frontier
        zone = solved.zone
        nash = solved.solutions[0]
        kalaiSmorodinsky = solved.solutions[1]
        egalitarian = solved.solutions[2]
        utilitarian = solved.solutions[3]
        actual = solved.actual
        self.timings = timings
    }

    /// Up to `limit` candidate rows, evenly spaced, for plotting all packages.
    public func sampledRows(limit: Int = 4000) -> [Int] {
        guard candidateCount > limit else { return Array(0..<candidateCount) }
        let stride = Double(candidateCount) / Double(limit)
        return (0..<limit).map { Int(Double($0) * stride) }
    }
}
