import Foundation
import LinearAlgebra

/// Evaluates many versions of one scenario (the draws of ``SampledAnalysis``, the points of a
/// tornado table) exactly, faster than one ``CostSharingAnalysis`` each.
///
/// **What is shared.** When every uncertain parameter lies in the preferences, the no-deal
/// outcome, the forecast or the actual agreement (paths under `recipient`, `host`, `noDeal`,
/// `forecast`, `actual`), every draw has the same compositions and totals: only the terms'
/// features and the weights change. The engine then enumerates the compositions once, and
/// computes every draw's composition values (``FactoredUtilities``) as **one matrix product
/// per block of draws**: units (C × 2C) · money weights (2C × 2B) for B draws, through
/// `Matrix.multiplied(by:)` (BLAS `dgemm` on this wide shape). Other paths (the grid, the
/// categories, the constraints, the previous total) change the candidates, so each draw
/// enumerates its own and computes its values alone.
///
/// **What each draw costs.** No feature matrix and no row-by-row utilities: ``FactoredSearch``
/// finds the frontier from the frontier of the compositions' values, and the zone and the
/// reservation brackets by binary searches per (total, term) pair. A draw whose zone reaches
/// the grid's edge is widened as ``CostSharingAnalysis`` widens it; a draw whose utilities
/// overflow or whose win-set is empty runs the full analysis, which reports the error. The
/// figures (frontier, zone, reservation totals, solutions, the actual agreement's place) are
/// those of ``CostSharingAnalysis`` on the same drawn scenario, bit for bit, as the tests check.
///
/// **Threads.** Draws of a block run on `threads` workers, each draw's result in its own slot,
/// so the results do not depend on the number of threads.
struct DrawEngine: Sendable {
    /// The scenario without its uncertainty section.
    let scenario: Scenario
    /// The paths that vary.
    let paths: [String]
    /// The candidate lattice every draw shares, when the paths allow it.
    let shared: CandidateLattice?
    let threads: Int
    /// The scenario's text with the paths open (``ParameterTemplate``).
    private let template: ParameterTemplate?

    /// The largest number of draws evaluated per block (one product, one set of slots).
    static let blockSize = 256

    /// The top-level fields whose parameters leave the candidates unchanged.
    static let candidateNeutralFields: Set<String> = ["recipient", "host", "noDeal", "forecast", "actual", "bargaining", "linkedIssues"]

    init(scenario: Scenario, paths: [String], threads: Int) throws(ScenarioError) {
        var certain = scenario
        certain.uncertainty = [:]
        try certain.validate()
        self.scenario = certain
        self.paths = paths
        self.threads = max(1, threads)
        let neutral = paths.allSatisfy { path in
            let head = path.prefix { $0 != "." && $0 != "[" }
            return Self.candidateNeutralFields.contains(String(head))
        }
        shared = neutral ? try CandidateLattice(validated: certain) : nil
        template = try ParameterTemplate(scenario: certain, paths: paths)
    }

    /// One draw's figures.
    struct Outcome: Sendable {
        var zone: ZoneOfAgreement
        var solutions: BargainingSolutions
        var frontier: [PackageOutcome]
        var frontierRows: [Int]
        var actual: AgreementAssessment?
        var disagreement: PartyPair<Double>
        var widened: Bool
    }

    /// The scenario with the paths set to `values`, validated.
    func drawn(_ values: [Double]) throws(ScenarioError) -> Scenario {
        if let template { return try template.scenario(values) }
        return try scenario.setting(Array(zip(paths, values)).map { (path: $0.0, value: $0.1) })
    }

    /// Evaluates every row of `values` (one per draw, columns in ``paths`` order) and passes each
    /// draw's outcome, in draw order, to `consume`.
    /// - Throws: The first failing draw's error (by draw index).
    func evaluate(_ values: [[Double]], progress: AnalysisProgress? = nil, done: Int = 0, of total: Int? = nil,
                  consume: (Int, Outcome) -> Void) throws(ScenarioError) {
        var start = 0
        let total = total ?? values.count
        while start < values.count {
            try progress?.check()
            let block = start..<min(values.count, start + Self.blockSize)
            let scenarios = try parallelMap(block.count) { i throws(ScenarioError) in try drawn(values[block.lowerBound + i]) }
            let compositionValues = batchValues(scenarios)
            let outcomes = try parallelMap(block.count) { i throws(ScenarioError) in
                try outcome(scenarios[i], values: compositionValues?[i])
            }
            for (i, o) in outcomes.enumerated() { consume(block.lowerBound + i, o) }
            start = block.upperBound
            progress?.update(fraction: Double(done + start) / Double(max(1, total)),
                             stage: "evaluations \(done + start) of \(total)")
        }
    }

    /// Every draw's composition values from one product, when the lattice is shared.
    func batchValues(_ scenarios: [Scenario]) -> [PartyPair<[Double]>]? {
        guard let shared else { return nil }
        let categories = scenario.categories.count
        let units = UtilityModel.unitMatrix(shared.compositions.map(\.unit), categories: categories)
        var weights = Matrix(rows: 2 * categories, columns: 2 * scenarios.count)
        for (k, s) in scenarios.enumerated() {
            let w = UtilityModel(scenario: s).moneyWeights
            for r in 0..<w.rows { weights[r, 2 * k] = w[r, 0]; weights[r, 2 * k + 1] = w[r, 1] }
        }
        let product: Matrix
        do { product = try units.multiplied(by: weights) } catch {
            preconditionFailure("units and weights: \(error)")
        }
        return scenarios.indices.map { k in
            PartyPair(recipient: Array(product.column(2 * k)), host: Array(product.column(2 * k + 1)))
        }
    }

    /// One drawn (validated) scenario's outcome.
    func outcome(_ drawn: Scenario, values: PartyPair<[Double]>?) throws(ScenarioError) -> Outcome {
        let (run, widening) = try CostSharingAnalysis.drive(drawn) { s throws(ScenarioError) in
            let lattice: CandidateLattice
            if let shared, s.grid.totals == drawn.grid.totals {
                lattice = CandidateLattice(scenario: s, sharingCompositionsOf: shared)
            } else {
                lattice = try CandidateLattice(validated: s)
            }
            // A widened grid changes the totals only, so the compositions and their values stay.
            if let run = try Run(factored: lattice, values: values) { return run }
            return try Run(scenario: s)   // an overflow or an empty win-set: the full form reports it
        }
        return Outcome(zone: run.zone, solutions: run.solutions, frontier: run.frontier, frontierRows: run.frontierRows,
                       actual: run.actual, disagreement: run.disagreement, widened: widening != nil)
    }

    func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws(ScenarioError) -> T) throws(ScenarioError) -> [T] {
        try CostSharing.parallelMap(count, threads: threads, body)
    }
}
