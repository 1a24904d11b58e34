import Pareto
@testable import CostSharing

/// The linkage problem by enumeration of every package × option combination: the reference the
/// separable merge is tested against.
struct LinkageBruteForce {
    struct Point {
        var utilities: PartyPair<Double>
        /// Every combination with exactly these utilities: package index, then one option per issue.
        var combinations: [[Int]]
    }

    /// Distinct non-dominated points by increasing recipient utility.
    var frontier: [Point] = []
    /// The same for the packages alone.
    var frontierWithoutLinkage: [Point] = []

    init(packages: [PackageOutcome], previousTotal s: Double, issues: [LinkedIssue]) {
        frontier = Self.frontier(packages: packages, previousTotal: s, issues: issues)
        frontierWithoutLinkage = Self.frontier(packages: packages, previousTotal: s, issues: [])
    }

    static func frontier(packages: [PackageOutcome], previousTotal s: Double, issues: [LinkedIssue]) -> [Point] {
        var byValue: [PartyPair<Double>: [[Int]]] = [:]
        var combination = [Int](repeating: 0, count: issues.count + 1)
        func visit(_ level: Int) {
            if level == combination.count {
                // Summed from zero in order, as the separable problem defines it.
                var u = 0.0 + packages[combination[0]].utilities.recipient
                var h = 0.0 + packages[combination[0]].utilities.host
                for k in 0..<issues.count {
                    let v = issues[k].options[combination[k + 1]].value
                    u = u + v.recipient / s
                    h = h + v.host / s
                }
                byValue[PartyPair(recipient: u, host: h), default: []].append(combination)
                return
            }
            let n = level == 0 ? packages.count : issues[level - 1].options.count
            for i in 0..<n { combination[level] = i; visit(level + 1) }
        }
        visit(0)
        // Distinct values by recipient descending, then host descending: a value is non-dominated
        // exactly when its host utility beats every value before it.
        let values = byValue.keys.sorted { $0.recipient != $1.recipient ? $0.recipient > $1.recipient : $0.host > $1.host }
        var kept: [PartyPair<Double>] = [], bestHost = -Double.infinity
        for v in values where v.host > bestHost {
            kept.append(v)
            bestHost = v.host
        }
        return kept.reversed().map { Point(utilities: $0, combinations: byValue[$0]!) }
    }

    /// The Nash point among `points` in the zone (both gains > 0), by an independent scan:
    /// largest product of gains, then largest sum, then first in order.
    static func nash(_ points: [Point], _ d: PartyPair<Double>) -> PartyPair<Double>? {
        var best: (product: Double, sum: Double, u: PartyPair<Double>)?
        for p in points {
            let g = p.utilities.combined(with: d, -)
            guard g.recipient > 0, g.host > 0 else { continue }
            let product = g.recipient * g.host, sum = g.recipient + g.host
            if best == nil || product > best!.product || (product == best!.product && sum > best!.sum) {
                best = (product, sum, p.utilities)
            }
        }
        return best?.u
    }
}
