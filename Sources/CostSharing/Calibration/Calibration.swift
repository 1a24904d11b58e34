import Foundation
import LinearAlgebra

/// Fits shared parameters of several rounds' scenarios to the agreements those rounds reached,
/// by damped Gauss–Newton (Levenberg–Marquardt) on a smoothed prediction of each agreement.
///
/// **Prediction.** Each round's agreement is predicted by ``SmoothedAgreement`` (the Nash
/// product's softmax over the zone of agreement at temperature τ; with `power` α the
/// asymmetric product g₁^α·g₂^(1−α)), which is continuous in the parameters where the argmax is not.
///
/// **Shared or per era.** A free parameter named `PATH` is shared by every round; one named
/// `PATH@ERA` applies only to the rounds `eras` assigns to `ERA` (e.g. a friction under one US
/// administration), so a parameter can be fitted once per era. A round with no unknown for a path
/// (its era has none) keeps its own stated value of that path.
///
/// **Bargaining power.** The path ``bargainingPowerPath`` ("bargainingPower") among the free
/// parameters fits α itself (the asymmetric Nash solution, shared by the rounds), with the prior
/// the first round's uncertainty section gives it, or uniform on 0.05–0.95.
///
/// **Objective.** Half the sum of squares of, per round with an actual agreement:
/// - the first-year total's error relative to the round's previous total (0.01 = 1%);
/// - the term's error in years, times ``Weights/term`` (0.02: a year counts as 2% of the total);
/// - the bounded-rule share's error against the actual rule (1 bounded, 0 not), times
///   ``Weights/rule`` (0.05);
///
/// plus, per free parameter, ``Weights/prior`` × (θ − centre) / scale, a pull toward the centre
/// of its prior (the median of its distribution in the first round's `uncertainty` section; scale
/// a quarter of the distribution's support) so that the problem is well posed when the rounds do
/// not pin a parameter down. Parameters stay inside their distribution's support (each step is
/// clipped to it). A round whose zone of agreement is empty at a trial point is predicted by the
/// packages closest to agreement (``SmoothedAgreement``) and gets one more residual,
/// ``Weights/emptyZone`` × the gap by which they miss, so the fit is pushed toward parameters at
/// which the round could have agreed; the residual is 0 wherever the zone is not empty.
///
/// **Grids.** Each round's grid of totals is widened before the fit, as ``CostSharingAnalysis``
/// widens it at the round's stated values. When a fitted prediction still puts more than
/// ``edgeShareLimit`` of its weight on its grid's first or last total (the zone at the fitted
/// values reaches past the grid), that grid is widened again to hold the zone at the fitted
/// values too, and the fit continues from there: a second fit on the wider grids, once. A
/// prediction still held in (a grid that `grid.maximumSize` stops from growing) is flagged by its
/// ``SmoothedAgreement/edgeShare``.
///
/// **Method.** Each iteration evaluates the residuals at θ and at θ + hⱼ·eⱼ for every free
/// parameter j as one batch on `threads` workers (forward differences, hⱼ = 10⁻⁴ × the prior's
/// scale), then solves the damped system [J; √μ·D] δ = [−r; 0] (D the columns' norms) by LAPACK
/// `dgelsd` through `Matrix.minimumNormLeastSquares` (the minimum-norm step, so a parameter no
/// residual moves stays put rather than failing the solve); a step that lowers the cost is taken and μ falls by
/// 3, else μ grows by 4. It stops when the cost's relative decrease or the step is below 10⁻¹⁰,
/// or after `maximumIterations`. Without a given start it runs twice, from the rounds' stated
/// values and from the priors' centres, and keeps the lower cost: the problem is not convex.
///
/// **Standard errors and identification.** At the solution the data rows of the Jacobian (no
/// prior rows), each column scaled by its prior scale, are decomposed J = U·Σ·Vᵀ (LAPACK
/// `dgesdd`). Singular values below 10⁻⁶ of the largest count as zero (forward differences cannot
/// resolve smaller ones); the remaining r are the directions the rounds' data can see. A parameter
/// more than 10% of whose unit direction lies outside them is **not identified**: the data cannot
/// move it apart from the others (a parameter no round responds to, or each of two that only
/// move the predictions together), and it is reported without a standard error. For the others
/// the covariance is s²·V_r·Σ_r⁻²·V_rᵀ (the pseudo-inverse of JᵀJ over the data rows), s² the
/// data cost over the degrees of freedom (rows − r); with none left the standard errors are `nil`.
public struct Calibration: Sendable {
    /// Weights of the objective's terms.
    public struct Weights: Sendable, Hashable {
        public var term = 0.02
        public var rule = 0.05
        public var prior = 0.01
        public var emptyZone = 1.0
        public init() {}
    }

    /// One fitted parameter.
    public struct Parameter: Sendable, Hashable {
        public var path: String
        public var value: Double
        /// `nil` when not identified or when no degree of freedom is left.
        public var standardError: Double?
        public var identified: Bool
        /// The prior's centre and the bounds the fit kept to.
        public var prior: Double
        public var bounds: ClosedRange<Double>
    }

    /// One round's actual and fitted agreement.
    public struct Round: Sendable, Hashable {
        public var name: String
        public var actualTotal: Double
        public var actualDuration: Int
        public var actualBounded: Bool
        /// `nil` when the zone of agreement is empty at the fitted parameters.
        public var fitted: SmoothedAgreement?
    }

    public let parameters: [Parameter]
    public let rounds: [Round]
    /// Half the sum of squared residuals at the solution (data and prior rows).
    public let cost: Double
    public let iterations: Int
    public let converged: Bool

    /// The free-parameter name of the recipient's bargaining power α (not a scenario path).
    public static let bargainingPowerPath = "bargainingPower"
    /// α's prior when the first round's uncertainty section has none.
    public static let bargainingPowerPrior = Distribution.uniform(low: 0.05, high: 0.95)

    /// The fitted values that apply to a round of era `era` (`nil`: no era): for each base path
    /// the per-era value of that era, else the shared one; the bargaining power apart.
    public func values(forEra era: String?) -> (paths: [(path: String, value: Double)], power: Double?) {
        var out: [(path: String, value: Double)] = [], power: Double?
        var seen = Set<String>()
        for p in parameters {
            let base = Self.basePath(p.path)
            guard !seen.contains(base) else { continue }
            let own = parameters.first { Self.basePath($0.path) == base && Self.era($0.path) == era && era != nil }
            let shared = parameters.first { Self.basePath($0.path) == base && Self.era($0.path) == nil }
            guard let chosen = own ?? shared else { continue }
            seen.insert(base)
            if base == Self.bargainingPowerPath { power = chosen.value } else { out.append((base, chosen.value)) }
        }
        return (out, power)
    }

    /// The path of a free parameter's name (`PATH` or `PATH@ERA`).
    public static func basePath(_ name: String) -> String { name.split(separator: "@", maxSplits: 1).first.map(String.init) ?? name }
    /// The era of a per-era name, `nil` for a shared one.
    public static func era(_ name: String) -> String? {
        let parts = name.split(separator: "@", maxSplits: 1)
        return parts.count == 2 ? String(parts[1]) : nil
    }

    /// The share of a prediction's weight on its grid's first or last total above which the fit
    /// widens that grid at the fitted values and fits again (``SmoothedAgreement/edgeShare``).
    public static let edgeShareLimit = 0.01

    /// The largest number of free parameters one fit takes.
    public static let maximumParameters = 32

    /// Fits `paths` (each a numeric parameter of every round) to the rounds' actual agreements.
    /// - Parameters:
    ///   - rounds: Validated scenarios, each with an `actual` agreement.
    ///   - paths: The free parameters: `PATH` shared by every round, `PATH@ERA` for the rounds of
    ///     one era; each needs a distribution (its prior and bounds) in the `uncertainty` section of
    ///     the first round it applies to, and each round it applies to must have the path.
    ///   - eras: Each round's era, by scenario name (for `PATH@ERA` parameters).
    ///   - start: Starting values (default: the first round's values).
    ///   - progress: Updated after every iteration and checked for cancellation before each; a
    ///     cancelled fit throws ``ScenarioError`` with ``AnalysisProgress/cancelledMessage``.
    /// - Throws: ``ScenarioError`` naming the round or path: no rounds, a round without an actual
    ///   agreement, a path without a prior or missing from a round, or an evaluation's error.
    public init(rounds: [Scenario], paths: [String], eras: [String: String] = [:], start: [Double]? = nil,
                temperature: Double = 0.02, solution: SmoothedAgreement.Solution = .nash(power: 0.5), weights: Weights = Weights(),
                maximumIterations: Int = 50,
                threads: Int? = nil, progress: AnalysisProgress? = nil) throws(ScenarioError) {
        try self.init(rounds: rounds, paths: paths, eras: eras, start: start, temperature: temperature, solution: solution,
                      weights: weights, maximumIterations: maximumIterations, threads: threads,
                      progress: progress.map { ProgressShare(progress: $0, first: 0, width: 1, label: "fit") })
    }

    /// The share of a study's progress one fit fills: from `first` to `first + width`.
    struct ProgressShare {
        let progress: AnalysisProgress
        let first: Double, width: Double
        let label: String

        /// Records `iteration` of at most `maximum` in run `run` of `runs`, then checks for cancellation.
        func update(run: Int, of runs: Int, iteration: Int, maximum: Int) throws(ScenarioError) {
            let within = (Double(run) + Double(iteration) / Double(max(1, maximum))) / Double(max(1, runs))
            progress.update(fraction: first + width * min(1, within), stage: "\(label), iteration \(iteration)")
            try progress.check()
        }
    }

    init(rounds: [Scenario], paths: [String], eras: [String: String], start: [Double]?, temperature: Double,
         solution: SmoothedAgreement.Solution, weights: Weights, maximumIterations: Int, threads: Int?,
         progress: ProgressShare?) throws(ScenarioError) {
        guard !rounds.isEmpty else { throw ScenarioError(path: "", message: "calibration needs at least one round") }
        guard !paths.isEmpty, paths.count <= Self.maximumParameters, Set(paths).count == paths.count else {
            throw ScenarioError(path: "", message: "calibration needs 1 to \(Self.maximumParameters) distinct free parameters, found \(paths.count)")
        }
        guard temperature.isFinite, temperature > 0 else {
            throw ScenarioError(path: "", message: "the smoothing temperature must be positive, found \(temperature)")
        }
        if case .nash(let power) = solution, !(power.isFinite && power > 0 && power < 1) {
            throw ScenarioError(path: "", message: "the bargaining power must be between 0 and 1 (exclusive), found \(power)")
        }
        if solution == .kalaiSmorodinsky, paths.contains(where: { Self.basePath($0) == Self.bargainingPowerPath }) {
            throw ScenarioError(path: "", message: "\(Self.bargainingPowerPath) is a parameter of the (asymmetric) Nash solution; the Kalai–Smorodinsky solution has none")
        }
        let power: Double
        if case .nash(let alpha) = solution { power = alpha } else { power = 0.5 }
        var priors: [Distribution] = []
        for name in paths {
            let path = Self.basePath(name)
            if let era = Self.era(name), !rounds.contains(where: { eras[$0.name] == era }) {
                throw ScenarioError(path: "", message: "\(name): no round belongs to era \(era)")
            }
            // The prior comes from the first round the parameter applies to.
            let source = Self.era(name).flatMap { e in rounds.first { eras[$0.name] == e } } ?? rounds[0]
            if path == Self.bargainingPowerPath {
                let d = source.uncertainty[path] ?? Self.bargainingPowerPrior
                guard d.support.lowerBound > 0, d.support.upperBound < 1 else {
                    throw ScenarioError(path: "uncertainty[\"\(path)\"]", message: "the bargaining power's prior must lie strictly between 0 and 1")
                }
                priors.append(d)
                continue
            }
            guard let d = source.uncertainty[path] else {
                throw ScenarioError(path: "uncertainty", message: "\(source.name) has no distribution for \(path), which the fit needs as its prior and bounds")
            }
            priors.append(d)
        }
        var problem = try Problem(rounds: rounds, paths: paths, eras: eras, priors: priors, temperature: temperature, solution: solution,
                                  weights: weights, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var starts: [[Double]] = []
        if let start { starts = [start] } else {
            // Two starts, the stated values and the priors' centres; the lower cost wins (the
            // problem is not convex, and one start can stop in a poorer local minimum).
            var stated: [Double] = []
            for name in paths {
                let p = Self.basePath(name)
                let first = Self.era(name).flatMap { e in rounds.first { eras[$0.name] == e } } ?? rounds[0]
                stated.append(p == Self.bargainingPowerPath ? power : try first.number(at: p))
            }
            starts = [stated, problem.centres]
        }
        var best: (theta: [Double], cost: Double, iterations: Int, converged: Bool)?
        // Progress: each start is one run, and a widening adds one more (counted as a third).
        let runs = starts.count + 1
        for (k, start) in starts.enumerated() {
            guard start.count == paths.count else { throw ScenarioError(path: "", message: "one starting value per free parameter") }
            let run = try Self.minimise(problem, from: problem.clip(start), maximumIterations: maximumIterations) { i throws(ScenarioError) in
                try progress?.update(run: k, of: runs, iteration: i, maximum: maximumIterations)
            }
            if best == nil || run.cost < best!.cost { best = run }
        }
        var (theta, cost, iterations, converged) = best!
        var fits = try problem.predictions(theta)
        // A prediction held in by its grid's edge: widen that grid at the fitted values and fit
        // again from there, once (the objective changes with the grid, so this is a second fit).
        if fits.contains(where: { ($0?.edgeShare ?? 0) > Self.edgeShareLimit }) {
            let wider = try Problem(rounds: rounds, paths: paths, eras: eras, priors: priors, temperature: temperature, solution: solution,
                                    weights: weights, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, wideningAt: theta)
            let run = try Self.minimise(wider, from: theta, maximumIterations: maximumIterations) { i throws(ScenarioError) in
                try progress?.update(run: starts.count, of: runs, iteration: i, maximum: maximumIterations)
            }
            (theta, cost, converged) = (run.theta, run.cost, run.converged)
            iterations += run.iterations
            problem = wider
            fits = try problem.predictions(theta)
        }
        self.cost = cost
        self.iterations = iterations
        self.converged = converged
        self.rounds = zip(rounds, fits).map { s, fit in
            Round(name: s.name, actualTotal: s.actual!.package.firstYearTotal, actualDuration: s.actual!.package.duration,
                  actualBounded: s.actual!.package.hasBindingBoundedEscalation,
                  fitted: fit)
        }
        let (finalR, finalJ) = try problem.residualsAndJacobian(theta)
        parameters = problem.standardErrors(theta: theta, r: finalR, J: finalJ)
    }

    /// Levenberg–Marquardt from `start`: the final point, its cost, the iterations and whether it converged.
    /// `iterated` is called before each iteration with its number (from 1); it may throw to stop.
    static func minimise(_ problem: Problem, from start: [Double], maximumIterations: Int,
                         iterated: (Int) throws(ScenarioError) -> Void = { _ in }) throws(ScenarioError)
        -> (theta: [Double], cost: Double, iterations: Int, converged: Bool) {
        var theta = start
        var (r, J) = try problem.residualsAndJacobian(theta)
        var cost = 0.5 * r.reduce(0) { $0 + $1 * $1 }
        var mu = 1e-3
        var iterations = 0, converged = false
        while iterations < maximumIterations {
            iterations += 1
            try iterated(iterations)
            guard let step = problem.dampedStep(r: r, J: J, mu: mu) else { mu *= 4; continue }
            let trial = problem.clip(zip(theta, step).map { $0 + $1 })
            let rTrial = try problem.residuals([trial])[0]
            let costTrial = 0.5 * rTrial.reduce(0) { $0 + $1 * $1 }
            if costTrial < cost {
                let decrease = (cost - costTrial) / max(cost, 1e-300)
                let moved = zip(trial, theta).map { abs($0 - $1) }.max() ?? 0
                theta = trial
                cost = costTrial
                mu = max(mu / 3, 1e-12)
                if decrease < 1e-10 || moved < 1e-10 { converged = true; break }
                (r, J) = try problem.residualsAndJacobian(theta)
            } else {
                mu *= 4
                if mu > 1e12 { converged = true; break }   // no step lowers the cost: a (local) minimum
            }
        }
        return (theta, cost, iterations, converged)
    }

    /// The residuals, the Jacobian and the linear algebra of one fit.
    struct Problem: Sendable {
        let templates: [ParameterTemplate?]
        let lattices: [CandidateLattice?]
        let rounds: [Scenario]
        let paths: [String]
        /// The scenario paths among the free parameters' base paths.
        let scenarioPaths: [String]
        /// Per round, the scenario paths it sets and, for each, the index in θ of its unknown.
        let usedPaths: [[String]]
        let slots: [[Int]]
        /// Per round, the index in θ of its bargaining power (nil: `power`).
        let powerSlots: [Int?]
        let priors: [Distribution]
        let centres: [Double]
        let scales: [Double]
        let temperature: Double
        /// The solution smoothed; with a power slot, the round's α replaces a Nash solution's.
        let solution: SmoothedAgreement.Solution
        let weights: Weights
        let threads: Int

        init(rounds: [Scenario], paths: [String], eras: [String: String], priors: [Distribution], temperature: Double,
             solution: SmoothedAgreement.Solution, weights: Weights, threads: Int, wideningAt widenAt: [Double]? = nil) throws(ScenarioError) {
            var templates: [ParameterTemplate?] = [], lattices: [CandidateLattice?] = []
            var certainRounds: [Scenario] = []
            var scenarioPaths: [String] = []
            for name in paths {
                let p = Calibration.basePath(name)
                if p != Calibration.bargainingPowerPath && !scenarioPaths.contains(p) { scenarioPaths.append(p) }
            }
            self.scenarioPaths = scenarioPaths
            func slot(_ base: String, _ round: Scenario) -> Int? {
                paths.firstIndex { Calibration.basePath($0) == base && Calibration.era($0) == eras[round.name] }
                    ?? paths.firstIndex { Calibration.basePath($0) == base && Calibration.era($0) == nil }
            }
            // Each round sets only the paths that have an unknown for it (a per-era path need
            // exist only in its era's rounds).
            var used: [[String]] = [], slots: [[Int]] = []
            for r in rounds {
                let mine = scenarioPaths.compactMap { p in slot(p, r).map { (p, $0) } }
                used.append(mine.map(\.0)); slots.append(mine.map(\.1))
            }
            self.slots = slots
            powerSlots = rounds.map { slot(Calibration.bargainingPowerPath, $0) }
            for (i, s) in rounds.enumerated() {
                guard s.actual != nil else {
                    throw ScenarioError(path: "actual", message: "\(s.name) has no actual agreement to fit")
                }
                var certain = s
                certain.uncertainty = [:]
                try certain.validate()
                // The smoothed prediction reads the grid as given: widen it, once, as the analysis
                // at the stated values would, so that the zone there lies inside it.
                if let widening = try CostSharingAnalysis(scenario: certain).gridWidening {
                    certain.grid.totals = widening.analysed
                    try certain.validate()
                }
                // After a first fit, widen it again so that it also holds the zone at the fitted values.
                if let widenAt {
                    let at = try certain.setting(zip(used[i], slots[i]).map { (path: $0.0, value: widenAt[$0.1]) })
                    if let widening = try CostSharingAnalysis(scenario: at).gridWidening {
                        let a = certain.grid.totals, b = widening.analysed
                        certain.grid.totals = Steps(from: min(a.from, b.from), through: max(a.through, b.through), step: a.step)
                        do { try certain.validate() } catch {
                            certain.grid.totals = a   // a grid too large to widen further keeps its edges (edgeShare says so)
                        }
                    }
                }
                for path in used[i] {
                    do { _ = try certain.number(at: path) } catch {
                        throw ScenarioError(path: path, message: "\(s.name): \(error.message)")
                    }
                }
                certainRounds.append(certain)
                templates.append(try ParameterTemplate(scenario: certain, paths: used[i]))
                let neutral = used[i].allSatisfy { DrawEngine.candidateNeutralFields.contains(String($0.prefix { $0 != "." && $0 != "[" })) }
                lattices.append(neutral ? try CandidateLattice(validated: certain) : nil)
            }
            self.usedPaths = used
            self.rounds = certainRounds
            self.templates = templates
            self.lattices = lattices
            self.paths = paths
            self.priors = priors
            centres = priors.map(\.median)
            scales = priors.map { d in max((d.support.upperBound - d.support.lowerBound) / 4, 1e-9) }
            self.temperature = temperature
            self.solution = solution
            self.weights = weights
            self.threads = max(1, threads)
        }

        var dataRows: Int { 4 * rounds.count }

        func clip(_ theta: [Double]) -> [Double] {
            zip(theta, priors).map { min(max($0, $1.support.lowerBound), $1.support.upperBound) }
        }

        /// Round `i` with the parameters at `theta`.
        func scenario(_ i: Int, _ theta: [Double]) throws(ScenarioError) -> Scenario {
            let values = slots[i].map { theta[$0] }
            if let t = templates[i] { return try t.scenario(values) }
            return try rounds[i].setting(Array(zip(usedPaths[i], values)).map { (path: $0.0, value: $0.1) })
        }

        func prediction(_ i: Int, _ theta: [Double]) throws(ScenarioError) -> SmoothedAgreement? {
            let s = try scenario(i, theta)
            let lattice = lattices[i].map { CandidateLattice(scenario: s, sharingCompositionsOf: $0) }
            let chosen = powerSlots[i].map { SmoothedAgreement.Solution.nash(power: theta[$0]) } ?? solution
            return try SmoothedAgreement(scenario: s, temperature: temperature, solution: chosen, lattice: lattice)
        }

        func predictions(_ theta: [Double]) throws(ScenarioError) -> [SmoothedAgreement?] {
            try (0..<rounds.count).map { i throws(ScenarioError) in try prediction(i, theta) }
        }

        /// The residual vector (data rows, then prior rows) at each of `thetas`, evaluated as one
        /// batch of rounds × parameter vectors.
        func residuals(_ thetas: [[Double]]) throws(ScenarioError) -> [[Double]] {
            let n = rounds.count
            let fits = try parallelMap(thetas.count * n, threads: threads) { k throws(ScenarioError) in
                try prediction(k % n, thetas[k / n])
            }
            return thetas.indices.map { t in
                var r: [Double] = []
                r.reserveCapacity(dataRows + paths.count)
                for i in 0..<n {
                    let a = rounds[i].actual!.package, s = rounds[i].previousTotal
                    let bounded = a.hasBindingBoundedEscalation ? 1.0 : 0.0
                    if let f = fits[t * n + i] {
                        r.append((f.firstYearTotal - a.firstYearTotal) / s)
                        r.append(weights.term * (f.duration - Double(a.duration)))
                        r.append(weights.rule * (f.boundedShare - bounded))
                        r.append(weights.emptyZone * f.gap)
                    } else {
                        // A utility overflows: a large, flat residual, so the step is refused.
                        r.append(1); r.append(0); r.append(0); r.append(weights.emptyZone)
                    }
                }
                for j in paths.indices { r.append(weights.prior * (thetas[t][j] - centres[j]) / scales[j]) }
                return r
            }
        }

        func steps() -> [Double] { scales.map { 1e-4 * $0 } }

        /// Residuals at θ and the forward-difference Jacobian (rows × parameters).
        func residualsAndJacobian(_ theta: [Double]) throws(ScenarioError) -> ([Double], Matrix) {
            let h = steps()
            var points = [theta]
            var used: [Double] = []
            for j in paths.indices {
                var p = theta
                // Step inward at the upper bound so the point stays inside the support.
                let up = p[j] + h[j] <= priors[j].support.upperBound
                p[j] += up ? h[j] : -h[j]
                used.append(up ? h[j] : -h[j])
                points.append(p)
            }
            let all = try residuals(points)
            let r = all[0]
            var J = Matrix(rows: r.count, columns: paths.count)
            for j in paths.indices {
                for i in r.indices { J[i, j] = (all[j + 1][i] - r[i]) / used[j] }
            }
            return (r, J)
        }

        /// The Levenberg–Marquardt step for damping `mu`, or `nil` when LAPACK cannot solve it.
        /// The damped system is solved by `dgelsd` (minimum norm), so a parameter no residual
        /// moves (a zero column, and so a zero damping row) gets a zero step instead of an error.
        func dampedStep(r: [Double], J: Matrix, mu: Double) -> [Double]? {
            let m = J.rows, p = J.columns
            var a = Matrix(rows: m + p, columns: p)
            var b = Matrix(rows: m + p, columns: 1)
            for j in 0..<p {
                var norm = 0.0
                for i in 0..<m { a[i, j] = J[i, j]; norm += J[i, j] * J[i, j] }
                a[m + j, j] = (mu * norm).squareRoot()
            }
            for i in 0..<m { b[i, 0] = -r[i] }
            guard let x = try? a.minimumNormLeastSquares(b).solution else { return nil }
            return (0..<p).map { x[$0, 0] }
        }

        /// Singular values below this share of the largest count as zero when judging
        /// identification: forward differences with steps of 10⁻⁴ of a prior's scale carry a
        /// relative error of about that size, so smaller singular values cannot be told from 0.
        static let identificationCondition = 1e-6
        /// A parameter is not identified when more than this share of its unit direction lies in
        /// the directions the data cannot see.
        static let unidentifiedShare = 0.1

        /// Which columns of `a` are identified (see ``Calibration``), its numerical rank and its
        /// decomposition; `nil` when the decomposition fails.
        static func identification(_ a: Matrix) -> (identified: [Bool], rank: Int, svd: (u: Matrix, singularValues: [Double], v: Matrix))? {
            guard let svd = try? a.singularValueDecomposition() else { return nil }
            let sigma = svd.singularValues, top = sigma.first ?? 0
            let rank = top > 0 ? sigma.filter { $0 > identificationCondition * top }.count : 0
            // Column j's share in the directions the data can see: its row of V over the first
            // `rank` singular vectors (with fewer rows than columns, V has fewer columns still).
            let identified = (0..<a.columns).map { j in
                var seen = 0.0
                for c in 0..<rank { seen += svd.v[j, c] * svd.v[j, c] }
                return 1 - seen < unidentifiedShare
            }
            return (identified, rank, svd)
        }

        /// Identification and standard errors from the data rows of the Jacobian, by its singular
        /// value decomposition (LAPACK `dgesdd`), each column scaled by its prior's scale.
        func standardErrors(theta: [Double], r: [Double], J: Matrix) -> [Parameter] {
            let m = dataRows, p = paths.count
            var a = Matrix(rows: m, columns: p)
            for j in 0..<p { for i in 0..<m { a[i, j] = J[i, j] * scales[j] } }
            var errors = [Double?](repeating: nil, count: p)
            guard let (identified, rank, svd) = Self.identification(a) else {
                return paths.indices.map { j in
                    Parameter(path: paths[j], value: theta[j], standardError: nil, identified: false, prior: centres[j], bounds: priors[j].support)
                }
            }
            let sigma = svd.singularValues
            let dof = m - rank
            if rank > 0, dof > 0 {
                var dataCost = 0.0
                for i in 0..<m { dataCost += r[i] * r[i] }
                let s2 = dataCost / Double(dof)
                // Covariance s²·V_r Σ_r⁻² V_rᵀ in scaled units; back to the parameter's units by its scale.
                for j in 0..<p where identified[j] {
                    var v = 0.0
                    for c in 0..<rank { v += svd.v[j, c] * svd.v[j, c] / (sigma[c] * sigma[c]) }
                    errors[j] = scales[j] * (s2 * v).squareRoot()
                }
            }
            return paths.indices.map { j in
                Parameter(path: paths[j], value: theta[j], standardError: errors[j], identified: identified[j],
                          prior: centres[j], bounds: priors[j].support)
            }
        }
    }
}
