import Pareto

/// The gain from linking issues to the cost-sharing package: the joint frontier of the package
/// frontier and the scenario's ``Scenario/linkedIssues``, with and without the linked issues.
///
/// **Model.** Utilities are additive across the package and the linked issues (Sebenius 1983):
/// a package p with option oₖ on each linked issue k is worth, to each side,
///
///     U(p, o₁, …, oₘ) = U(p) + Σₖ vₖ(oₖ) / S
///
/// with U(p) the package's utility as the analysis computes it (ratification applied), vₖ(oₖ)
/// the option's value in billions of the currency per year of the term, and S the previous
/// total, so that every term is in previous-agreement years per year. The linked items are thus
/// taken to stand whether or not the Assembly ratifies the package (the 2025 fact sheet was not
/// put to it). The disagreement point is the analysis's: no deal means no package and none of
/// the linked items, so an option worth 0 to both sides is the status quo.
///
/// **The joint frontier** is the non-dominated part of the Minkowski sum of the package
/// utilities and each issue's option values, computed exactly by `Pareto`'s separable merge
/// (`separableFrontier`, the package list as its first issue) without enumerating the product
/// of packages × options. Dominance is Pareto dominance in both utilities, both maximized: one
/// point dominates another when it is at least as good for both sides and strictly better for
/// one. Combinations with exactly equal utilities (copies) are one frontier point with their
/// count (``LinkageOutcome/outcomeCount``); the frontier is never empty.
///
/// **Which packages.** ``init(analysis:)`` uses every package of the analysis's frontier, copies
/// included, not only those in the zone of agreement: a linked option can carry a package that
/// one side rejects alone into the zone, so that linkage opens a zone that is empty without it.
/// No other package is needed: a package dominated by another stays dominated with the same
/// options added, so it is never on the joint frontier (to rounding, where it can only tie).
///
/// **Reported.** The frontier with and without linkage (``frontier`` and
/// ``frontierWithoutLinkage``, distinct points), the frontier points in the zone of agreement
/// (both gains strictly positive) with and without, whether linkage opens the zone
/// (``zoneOpens``), the Nash solution with and without (``nash``, ``nashWithoutLinkage``: the
/// largest product of gains over the zone's frontier points, by `Pareto.BargainingProblem` as
/// the analysis solves it, so that ``nashWithoutLinkage`` is the analysis's Nash package), and
/// which options appear on the joint frontier (``optionsOnFrontier``).
///
/// ```swift
/// let analysis = try CostSharingAnalysis(scenario: Preset.sma2026.scenario)
/// let linkage = LinkageAnalysis(analysis: analysis)
/// linkage.zoneOpens                 // the zone is empty without the linked issues, not with them
/// linkage.nash?.gains               // each side's gain at the joint Nash solution
/// ```
///
/// Reference: Sebenius (1983), "Negotiation arithmetic: adding and subtracting issues and
/// parties", *International Organization* 37(2), 281–316.
///
/// - Complexity: With P packages, m linked issues of r options, and K partial sums kept after
///   each merge (about the size of the joint frontier of the issues merged so far; data
///   dependent, never the product), the joint frontier costs O(Σ K·r·log r). Finding every
///   option on the frontier costs at most one more merge of the same kind per option, with the
///   issue held at that option; options plainly dominated within their issue and options already
///   seen on the frontier skip it.
public struct LinkageAnalysis: Sendable {
    /// The linked issues, in the order of ``LinkageOutcome/options``.
    public let issues: [LinkedIssue]
    /// The packages combined with the linked issues (for ``init(analysis:)``, the analysis's
    /// frontier, in its order).
    public let packages: [PackageOutcome]
    /// S, billions of the currency: the unit that turns option values into utilities.
    public let previousTotal: Double
    /// The no-deal utilities, the origin of every gain.
    public let disagreement: PartyPair<Double>
    /// The joint frontier, by increasing recipient utility (so by decreasing host utility).
    public let frontier: [LinkageOutcome]
    /// The frontier of the packages alone, by increasing recipient utility: distinct points, each
    /// with ``LinkageOutcome/options`` empty and ``LinkageOutcome/headline`` the first-year total.
    public let frontierWithoutLinkage: [LinkageOutcome]
    /// The Nash solution over the joint frontier points in the zone of agreement; `nil` when
    /// that zone is empty.
    public let nash: LinkageOutcome?
    /// The Nash solution over the packages alone (in the zone); `nil` when their zone is empty.
    public let nashWithoutLinkage: LinkageOutcome?
    /// Per issue, ascending, the options that some combination on the joint frontier picks:
    /// every option of an issue such that a package and options of the other issues complete it
    /// to a joint frontier point (exact, not only the representatives).
    public let optionsOnFrontier: [[Int]]

    /// Joint frontier points in the zone of agreement (both gains strictly positive).
    public var zoneCount: Int { frontier.lazy.filter(\.isInZone).count }
    /// Package frontier points in the zone of agreement.
    public var zoneCountWithoutLinkage: Int { frontierWithoutLinkage.lazy.filter(\.isInZone).count }
    /// Whether the zone of agreement is empty for the packages alone and not with linkage.
    /// (Linkage can also close a zone, when an issue has no option both sides accept.)
    public var zoneOpens: Bool { zoneCountWithoutLinkage == 0 && zoneCount > 0 }

    /// The package of an outcome.
    public func package(of outcome: LinkageOutcome) -> PackageOutcome { packages[outcome.packageIndex] }

    /// The chosen option of each issue of an outcome, in issue order (empty without linkage).
    public func options(of outcome: LinkageOutcome) -> [LinkedIssue.Option] {
        zip(issues, outcome.options).map { $0.options[$1] }
    }

    /// The linkage analysis of an analysis and its scenario's `linkedIssues`, with every package
    /// of the analysis's frontier (see the type's discussion). With no linked issues the joint
    /// frontier is the package frontier.
    ///
    /// The analysis validated its scenario, issues included, so this cannot fail.
    public init(analysis: CostSharingAnalysis) {
        do {
            try self.init(packages: analysis.frontier, disagreement: analysis.disagreement,
                          previousTotal: analysis.scenario.previousTotal, issues: analysis.scenario.linkedIssues)
        } catch {
            preconditionFailure("a validated analysis gives a valid linkage problem: \(error)")
        }
    }

    /// The linkage analysis of any packages (a frontier, or a list to be filtered) with linked issues.
    ///
    /// - Parameters:
    ///   - packages: At least one package; their `utilities` and `package.firstYearTotal` are used.
    ///   - disagreement: The no-deal utilities.
    ///   - previousTotal: S, billions of the currency, positive.
    ///   - issues: The linked issues, each with at least one option; may be empty.
    /// - Throws: ``ScenarioError`` naming the field when there is no package, a utility, a value
    ///   or a headline is not finite, S is not positive and finite, or an issue has no options.
    public init(packages: [PackageOutcome], disagreement: PartyPair<Double>, previousTotal: Double,
                issues: [LinkedIssue]) throws(ScenarioError) {
        try Self.check(packages: packages, disagreement: disagreement, previousTotal: previousTotal, issues: issues)
        self.issues = issues
        self.packages = packages
        self.previousTotal = previousTotal
        self.disagreement = disagreement

        let table = Self.contributions(packages: packages, issues: issues, previousTotal: previousTotal)
        let representatives = Representatives(table, issues: issues)
        func outcomes(_ frontier: SeparableFrontier) -> [LinkageOutcome] {
            // Separable order is recipient utility descending; reports read it ascending.
            (0..<frontier.count).reversed().map { i in
                let v = frontier.values(i), c = frontier.choices(i)
                let p = representatives.package(c[0])
                let options = (1..<c.count).map { representatives.option($0, c[$0]) }
                var headline = packages[p].package.firstYearTotal
                for (k, o) in options.enumerated() { headline += issues[k].options[o].headline }
                let u = PartyPair(recipient: v[0], host: v[1])
                return LinkageOutcome(packageIndex: p, options: options, utilities: u, gains: u.combined(with: disagreement, -),
                                      headline: headline, outcomeCount: Double(frontier.multiplicity(i)))
            }
        }
        let joint = Self.frontier(table)
        frontier = outcomes(joint)
        frontierWithoutLinkage = outcomes(Self.frontier([table[0]]))
        nash = Self.nash(frontier, disagreement)
        nashWithoutLinkage = Self.nash(frontierWithoutLinkage, disagreement)
        optionsOnFrontier = Self.optionsOnFrontier(table, joint: joint, frontier: frontier, representatives: representatives)
    }

    // MARK: Steps

    /// Rejects what the merge cannot take, with the field's path.
    private static func check(packages: [PackageOutcome], disagreement: PartyPair<Double>, previousTotal: Double,
                              issues: [LinkedIssue]) throws(ScenarioError) {
        guard previousTotal.isFinite, previousTotal > 0 else {
            throw ScenarioError(path: "previousTotal", message: "must be a positive amount, found \(previousTotal)")
        }
        guard disagreement.recipient.isFinite, disagreement.host.isFinite else {
            throw ScenarioError(path: "disagreement", message: "must be finite utilities, found \(disagreement)")
        }
        guard !packages.isEmpty else { throw ScenarioError(path: "packages", message: "must list at least one package") }
        for (i, p) in packages.enumerated() where !(p.utilities.recipient.isFinite && p.utilities.host.isFinite
                                                    && p.package.firstYearTotal.isFinite) {
            throw ScenarioError(path: "packages[\(i)]", message: "utilities and first-year total must be finite, found "
                                + "\(p.utilities) and \(p.package.firstYearTotal)")
        }
        for (k, issue) in issues.enumerated() {
            guard !issue.options.isEmpty else {
                throw ScenarioError(path: "linkedIssues[\(k)].options", message: "must list at least one option")
            }
            for (j, o) in issue.options.enumerated() {
                let path = "linkedIssues[\(k)].options[\(j)]"
                for (side, v) in [("recipient", o.value.recipient), ("host", o.value.host)]
                where !(v.isFinite && (v / previousTotal).isFinite) {
                    throw ScenarioError(path: "\(path).value.\(side)", message: "must be a finite value in billions per year, found \(v)")
                }
                guard o.headline.isFinite else {
                    throw ScenarioError(path: "\(path).headline", message: "must be a finite amount, found \(o.headline)")
                }
            }
        }
    }

    /// The separable problem's contributions: the packages' utilities as issue 0, then each
    /// linked issue's option values over S, `[issue][option] = [recipient, host]`.
    static func contributions(packages: [PackageOutcome], issues: [LinkedIssue], previousTotal s: Double) -> [[[Double]]] {
        [packages.map { [$0.utilities.recipient, $0.utilities.host] }]
            + issues.map { $0.options.map { [$0.value.recipient / s, $0.value.host / s] } }
    }

    /// The exact frontier of a checked contribution table.
    private static func frontier(_ table: [[[Double]]]) -> SeparableFrontier {
        do {
            return try separableFrontier(try SeparableProblem(contributions: table, objectives: 2))
        } catch {
            preconditionFailure("checked contributions are a valid separable problem: \(error)")
        }
    }

    /// The Nash solution over the points in the zone, as ``CostSharingAnalysis`` solves it
    /// (same order, by increasing recipient utility, and the same tie-breaks).
    private static func nash(_ points: [LinkageOutcome], _ d: PartyPair<Double>) -> LinkageOutcome? {
        let zone = points.filter(\.isInZone)
        guard !zone.isEmpty,
              let set = try? PointSet(rows: zone.map { [$0.utilities.recipient, $0.utilities.host] }),
              let problem = try? BargainingProblem(utilities: set, disagreement: [d.recipient, d.host]),
              let solution = problem.nash() else { return nil }
        return zone[solution.index]
    }

    /// Per linked issue, every option some joint frontier combination picks.
    ///
    /// An option appears when a combination with it has exactly the utilities of a joint frontier
    /// point. Such a combination is non-dominated among those that hold the issue at that option,
    /// so it is on the frontier of the problem with the issue restricted to the option (summed
    /// in the same order, so bit for bit comparable). Options of exactly the value of one seen on
    /// the frontier appear too; options dominated within their issue by a margin that the
    /// remaining additions cannot round away never appear; the others are decided by that
    /// restricted merge, bounded below by the joint frontier's smallest utilities.
    private static func optionsOnFrontier(_ table: [[[Double]]], joint: SeparableFrontier, frontier: [LinkageOutcome],
                                          representatives: Representatives) -> [[Int]] {
        let issueCount = table.count - 1
        guard issueCount > 0 else { return [] }
        let onFrontier = Set(frontier.map(\.utilities))
        let lowest = [frontier.map(\.utilities.recipient).min()!, frontier.map(\.utilities.host).min()!]
        // A gap larger than this survives every remaining addition (each rounds by at most
        // 2⁻⁵³ of a partial sum bounded by the sum of the largest magnitudes); a wide factor.
        let scale = (0..<2).map { j in table.reduce(0.0) { $0 + ($1.map { abs($0[j]) }.max() ?? 0) } }
        let margin = scale.map { 8 * Double(table.count + 1) * 0x1p-53 * $0 }
        var result: [[Int]] = []
        for issue in 1...issueCount {
            let options = table[issue]
            var seen = Set<[Double]>()
            for point in frontier { seen.insert(options[point.options[issue - 1]]) }
            var appears = [Bool](repeating: false, count: options.count)
            var decided: [[Double]: Bool] = [:]
            for (o, value) in options.enumerated() {
                if seen.contains(value) { appears[o] = true; continue }
                if let known = decided[value] { appears[o] = known; continue }
                let dominated = options.contains { other in
                    other[0] >= value[0] && other[1] >= value[1]
                        && (other[0] - value[0] > margin[0] || other[1] - value[1] > margin[1])
                }
                var found = false
                if !dominated {
                    var restricted = table
                    restricted[issue] = [value]
                    do {
                        let f = try separableFrontier(try SeparableProblem(contributions: restricted, objectives: 2),
                                                      lowerBounds: lowest)
                        found = f.points.values.withUnsafeBufferPointer { v in
                            (0..<f.count).contains { onFrontier.contains(PartyPair(recipient: v[2 * $0], host: v[2 * $0 + 1])) }
                        }
                    } catch {
                        preconditionFailure("a restricted checked problem is valid: \(error)")
                    }
                }
                decided[value] = found
                appears[o] = found
            }
            result.append(options.indices.filter { appears[$0] })
        }
        return result
    }
}

/// The representative of each package and option among those of exactly equal contribution:
/// the first package; on each issue, the option with the largest headline, then the first.
private struct Representatives {
    private let packageMap: [Int]
    private let optionMap: [[Int]]

    init(_ table: [[[Double]]], issues: [LinkedIssue]) {
        var first: [[Double]: Int] = [:]
        packageMap = table[0].indices.map { i in
            if let f = first[table[0][i]] { return f }
            first[table[0][i]] = i
            return i
        }
        optionMap = issues.indices.map { k in
            let values = table[k + 1], options = issues[k].options
            var best: [[Double]: Int] = [:]
            for o in options.indices {
                if let b = best[values[o]], options[b].headline >= options[o].headline { continue }
                best[values[o]] = o
            }
            return options.indices.map { best[values[$0]]! }
        }
    }

    func package(_ i: Int) -> Int { packageMap[i] }
    func option(_ issue: Int, _ o: Int) -> Int { optionMap[issue - 1][o] }
}
