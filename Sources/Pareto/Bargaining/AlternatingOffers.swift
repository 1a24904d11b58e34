import Foundation

/// The stationary subgame-perfect equilibrium of Rubinstein's (1982) alternating-offers game
/// between two parties, over the candidates of a ``BargainingProblem`` with lotteries between them.
///
/// **The game.** The parties take turns proposing an agreement; the other accepts or rejects. An
/// agreement reached one period later is worth qᵢ times as much to party i, in gains over the
/// disagreement point: qᵢ = (1 − p)·δᵢ combines its discount factor δᵢ per period and the chance p
/// that the talks break down (at the disagreement point) after a rejection (Binmore, Rubinstein &
/// Wolinsky 1986). In the unique equilibrium each party proposes, and the other accepts at once,
/// the offer that leaves the responder exactly indifferent between accepting and waiting to
/// propose: with x the offer party 0 makes and y the one party 1 makes,
///
///     g₁(x) = q₁·g₁(y),   g₀(y) = q₀·g₀(x),
///
/// both on the frontier of the feasible set.
///
/// **The feasible set.** Rubinstein's uniqueness needs a frontier without gaps. On a finite set of
/// candidates the equilibrium conditions generally have no solution, or many (any candidate can be
/// a stationary equilibrium when the qᵢ are close to 1 and candidates are far apart), so the
/// parties are allowed lotteries between candidates (or, for a grid of totals, the packages between
/// grid steps): the feasible set is the convex hull of the individually rational candidates and the
/// disagreement point, with free disposal. Its frontier is the concave, decreasing, piecewise-linear
/// function g₁ = f(g₀) through the hull's vertices; x solves f(a) = q₁·f(q₀·a) for a = g₀(x), found
/// by bisection to full precision (the root is unique for concave f). Each offer is reported as the
/// point on the hull edge between two candidates (`lower`, `upper`, with the weight on `upper`) and
/// the candidate nearer to it.
///
/// **The limit.** With qᵢ = e^(−ρᵢ·Δ) for a period of length Δ, as Δ → 0 both offers converge to
/// the asymmetric Nash solution over the hull with party 0's power α = ρ₁ / (ρ₀ + ρ₁): the more
/// patient party (smaller ρ) gets more. With discount rates rᵢ and a breakdown hazard λ, ρᵢ = rᵢ + λ.
/// As Δ grows, the first proposer's advantage grows.
///
/// References: Rubinstein (1982), "Perfect Equilibrium in a Bargaining Model", *Econometrica*
/// 50(1); Binmore, Rubinstein & Wolinsky (1986), "The Nash Bargaining Solution in Economic
/// Modelling", *RAND Journal of Economics* 17(2).
public struct AlternatingOffersSolution: Sendable, Hashable {
    /// A proposal: a point of the hull's frontier.
    public struct Offer: Sendable, Hashable {
        /// Each party's utility at the offer (disagreement plus gains).
        public var utilities: [Double]
        /// Each party's gain over the disagreement point.
        public var gains: [Double]
        /// The candidates (rows of the problem) at the ends of the hull edge holding the offer;
        /// equal when the offer is a vertex.
        public var lower: Int
        public var upper: Int
        /// The lottery's weight on `upper` (0 at `lower`, 1 at `upper`).
        public var weight: Double
        /// The nearer of the two: `upper` when `weight` ≥ ½.
        public var nearest: Int { weight >= 0.5 ? upper : lower }
    }

    /// `offers[i]`: what party i proposes when it is its turn.
    public var offers: [Offer]
    /// The party that proposes first; its offer is the agreement, accepted at once.
    public var firstProposer: Int
    /// The agreement: the first proposer's offer.
    public var agreement: Offer { offers[firstProposer] }
    /// The hull's frontier vertices, as candidate rows in increasing order of party 0's gain.
    public var hullVertices: [Int]
}

extension BargainingProblem {
    /// The alternating-offers equilibrium (see ``AlternatingOffersSolution``) for two parties.
    ///
    /// - Parameters:
    ///   - continuation: Each party's factor qᵢ = (1 − p)·δᵢ in (0, 1): what an agreement one
    ///     period later is worth, as a share of its gain now.
    ///   - firstProposer: 0 or 1.
    /// - Returns: `nil` when no candidate gives both parties a strictly positive gain (the
    ///   equilibrium is then the disagreement point: nothing to share).
    /// - Throws: ``ParetoError/unsupportedDimensions(operation:dimensions:supported:)`` unless there
    ///   are two parties; ``ParetoError/invalidArgument(_:)`` for factors outside (0, 1) or a first
    ///   proposer other than 0 or 1.
    /// - Complexity: O(n log n) for n candidates (the hull), then O(log h · 60) for the bisection
    ///   over h hull vertices.
    public func alternatingOffers(continuation q: [Double], firstProposer: Int) throws(ParetoError) -> AlternatingOffersSolution? {
        guard utilities.dimensions == 2 else {
            throw .unsupportedDimensions(operation: "the alternating-offers equilibrium", dimensions: utilities.dimensions, supported: "2")
        }
        guard q.count == 2 else { throw .wrongLength(what: "continuation factors", expected: 2, found: q.count) }
        for (i, x) in q.enumerated() where !(x > 0 && x < 1) {
            throw .invalidArgument("continuation factor of party \(i): expected a number strictly between 0 and 1, found \(x)")
        }
        guard firstProposer == 0 || firstProposer == 1 else {
            throw .invalidArgument("first proposer: expected party 0 or 1, found \(firstProposer)")
        }
        guard let hull = ConcaveFrontier(self) else { return nil }
        // x = (a, f(a)) with f(a) = q₁·f(q₀·a): h(a) = f(a) − q₁·f(q₀·a) is ≥ 0 at a = 0 and ≤ 0 at
        // the largest gain; bisect on it.
        var lo = 0.0, hi = hull.maximumGain0
        for _ in 0..<200 {
            let mid = 0.5 * (lo + hi)
            guard mid > lo, mid < hi else { break }
            if hull.value(at: mid) - q[1] * hull.value(at: q[0] * mid) > 0 { lo = mid } else { hi = mid }
        }
        let a = 0.5 * (lo + hi)
        let x = hull.offer(at: a), y = hull.offer(at: q[0] * a)
        func offer(_ o: (gains: [Double], lower: Int, upper: Int, weight: Double)) -> AlternatingOffersSolution.Offer {
            .init(utilities: zip(o.gains, disagreement).map { $0 + $1 }, gains: o.gains, lower: o.lower, upper: o.upper, weight: o.weight)
        }
        return AlternatingOffersSolution(offers: [offer(x), offer(y)], firstProposer: firstProposer, hullVertices: hull.vertices)
    }
}

/// The frontier of the convex hull of two parties' individually rational gains, with free disposal:
/// a concave, non-increasing, piecewise-linear g₁ = f(g₀) on [0, max g₀].
struct ConcaveFrontier {
    /// Candidate rows of the vertices, increasing in g₀ (decreasing in g₁).
    let vertices: [Int]
    let g0: [Double], g1: [Double]

    /// `nil` when no candidate has both gains strictly positive.
    init?(_ problem: BargainingProblem) {
        let d = problem.disagreement, v = problem.utilities.values
        var points: [(g0: Double, g1: Double, row: Int)] = []
        for i in 0..<problem.utilities.count {
            let a = v[2 * i] - d[0], b = v[2 * i + 1] - d[1]
            if a >= 0, b >= 0 { points.append((a, b, i)) }
        }
        guard points.contains(where: { $0.g0 > 0 && $0.g1 > 0 }) else { return nil }
        // Upper hull (Andrew's monotone chain) of the points sorted by g₀, then by g₁ descending,
        // keeping only the part where g₁ falls: the free-disposal frontier.
        points.sort { $0.g0 != $1.g0 ? $0.g0 < $1.g0 : ($0.g1 != $1.g1 ? $0.g1 > $1.g1 : $0.row < $1.row) }
        var hull: [(g0: Double, g1: Double, row: Int)] = []
        for p in points {
            if let last = hull.last, last.g0 == p.g0 { continue }   // same g₀, lower g₁: dominated
            while hull.count >= 2 {
                let o = hull[hull.count - 2], a = hull[hull.count - 1]
                // Drop `a` unless it lies strictly above the chord from o to p.
                let cross = (a.g0 - o.g0) * (p.g1 - o.g1) - (a.g1 - o.g1) * (p.g0 - o.g0)
                if cross >= 0 { hull.removeLast() } else { break }
            }
            hull.append(p)
        }
        // Free disposal: start at the vertex of largest g₁ (everything before it is dominated).
        let top = hull.indices.max { hull[$0].g1 < hull[$1].g1 || (hull[$0].g1 == hull[$1].g1 && $0 < $1) }!
        hull.removeFirst(top)
        vertices = hull.map(\.row)
        g0 = hull.map(\.g0)
        g1 = hull.map(\.g1)
    }

    var maximumGain0: Double { g0.last! }

    /// f(a): the largest g₁ on the hull at g₀ = a (the top vertex's g₁ for a below its g₀).
    func value(at a: Double) -> Double { offer(at: a).gains[1] }

    /// The frontier point at g₀ = a, with its edge and the weight on the edge's upper end.
    func offer(at a: Double) -> (gains: [Double], lower: Int, upper: Int, weight: Double) {
        if a <= g0[0] { return ([a, g1[0]], vertices[0], vertices[0], 0) }
        if a >= g0[g0.count - 1] { return ([g0[g0.count - 1], g1[g1.count - 1]], vertices.last!, vertices.last!, 0) }
        // The edge [k − 1, k] with g0[k − 1] < a ≤ g0[k].
        var lo = 0, hi = g0.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if g0[mid] < a { lo = mid } else { hi = mid }
        }
        let w = (a - g0[lo]) / (g0[hi] - g0[lo])
        if w >= 1 { return ([g0[hi], g1[hi]], vertices[hi], vertices[hi], 0) }
        return ([a, g1[lo] + w * (g1[hi] - g1[lo])], vertices[lo], vertices[hi], w)
    }
}
