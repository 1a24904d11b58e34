import Foundation
import Testing
@testable import Pareto

@Suite struct AlternatingOffersTests {
    /// The free-disposal convex-hull frontier by brute force: the best g₁ at g₀ ≥ a over single
    /// candidates and over every pair's segment, O(n²).
    func bruteFrontier(_ gains: [(Double, Double)], at a: Double) -> Double {
        var best = -Double.infinity
        for p in gains where p.0 >= a { best = max(best, p.1) }
        for p in gains {
            for r in gains where p.0 < r.0 && p.0 <= a && a <= r.0 {
                let w = (a - p.0) / (r.0 - p.0)
                best = max(best, p.1 + w * (r.1 - p.1))
            }
        }
        return best
    }

    /// The largest g₀ whose frontier value is at least `level`, by bisection on the brute force.
    func bruteInverse(_ gains: [(Double, Double)], level: Double) -> Double {
        var lo = 0.0, hi = gains.map(\.0).max()!
        if bruteFrontier(gains, at: hi) >= level { return hi }
        for _ in 0..<64 {
            let mid = 0.5 * (lo + hi)
            if bruteFrontier(gains, at: mid) >= level { lo = mid } else { hi = mid }
        }
        return lo
    }

    func randomProblem(_ n: Int, seed: UInt64, grid: Double? = nil) throws -> (BargainingProblem, [(Double, Double)]) {
        var rng = SplitMix64(seed: seed)
        var rows: [[Double]] = []
        for _ in 0..<n {
            var a = Double.random(in: -0.5...3, using: &rng), b = Double.random(in: -0.5...3, using: &rng)
            if let grid { a = (a / grid).rounded() * grid; b = (b / grid).rounded() * grid }
            rows.append([a + 1, b - 2])   // disagreement (1, −2)
        }
        let problem = try BargainingProblem(utilities: try PointSet(rows: rows), disagreement: [1, -2])
        let gains = rows.map { ($0[0] - 1, $0[1] + 2) }.filter { $0.0 >= 0 && $0.1 >= 0 }
        return (problem, gains)
    }

    /// The equilibrium against backward induction of a long finite game on the brute-force
    /// frontier: the last proposer takes everything, and each earlier one leaves the responder
    /// exactly its discounted continuation.
    @Test(arguments: 0..<12) func theEquilibriumIsTheLimitOfBackwardInduction(seed: Int) throws {
        let (problem, gains) = try randomProblem(3 + seed * 4, seed: UInt64(seed), grid: seed % 3 == 0 ? 0.5 : nil)
        guard gains.contains(where: { $0.0 > 0 && $0.1 > 0 }) else {
            #expect(try problem.alternatingOffers(continuation: [0.9, 0.8], firstProposer: 0) == nil)
            return
        }
        var rng = SplitMix64(seed: UInt64(100 + seed))
        let q = [Double.random(in: 0.5...0.97, using: &rng), Double.random(in: 0.5...0.97, using: &rng)]   // q₀·q₁ < 0.95
        let solution = try #require(try problem.alternatingOffers(continuation: q, firstProposer: seed % 2))
        // v0: party 0's gain when it proposes; w1: party 1's gain when it proposes.
        var v0 = gains.map(\.0).max()!, w1 = 0.0
        for _ in 0..<400 {   // a contraction by q₀·q₁ ≤ 0.95 per round
            w1 = bruteFrontier(gains, at: q[0] * v0)
            v0 = bruteInverse(gains, level: q[1] * w1)
        }
        let x = solution.offers[0], y = solution.offers[1]
        #expect(abs(x.gains[0] - v0) < 1e-7, "seed \(seed): party 0 proposes \(x.gains[0]), backward induction \(v0)")
        #expect(abs(y.gains[1] - w1) < 1e-7, "seed \(seed): party 1 proposes \(y.gains[1]), backward induction \(w1)")
        // The responders' indifference (party 1 gets more only when party 0 already takes its
        // largest gain), and both offers on the frontier.
        if x.gains[0] < gains.map(\.0).max()! - 1e-12 {
            #expect(abs(x.gains[1] - q[1] * y.gains[1]) < 1e-9 * max(1, y.gains[1]), "seed \(seed): party 1 indifferent")
        } else {
            #expect(x.gains[1] >= q[1] * y.gains[1] - 1e-12, "seed \(seed): party 1 accepts")
        }
        #expect(abs(y.gains[0] - q[0] * x.gains[0]) < 1e-9 * max(1, x.gains[0]))
        for o in [x, y] {
            #expect(abs(o.gains[1] - bruteFrontier(gains, at: o.gains[0])) < 1e-9, "seed \(seed): on the frontier")
            #expect(abs(o.utilities[0] - (o.gains[0] + 1)) < 1e-12 && abs(o.utilities[1] - (o.gains[1] - 2)) < 1e-12)
            #expect(o.weight >= 0 && o.weight < 1 && solution.hullVertices.contains(o.lower) && solution.hullVertices.contains(o.upper))
        }
        #expect(solution.agreement == solution.offers[seed % 2])
    }

    /// As the period shrinks (qᵢ = e^(−ρᵢΔ)), both offers tend to the asymmetric Nash solution over
    /// the hull with α = ρ₁ / (ρ₀ + ρ₁).
    @Test(arguments: 0..<8) func shortPeriodsTendToTheAsymmetricNashSolution(seed: Int) throws {
        let (problem, gains) = try randomProblem(20 + 5 * seed, seed: UInt64(50 + seed))
        guard gains.contains(where: { $0.0 > 0 && $0.1 > 0 }) else { return }
        let rho = [0.2 + 0.3 * Double(seed % 3), 0.9 - 0.1 * Double(seed % 4)]
        let alpha = rho[1] / (rho[0] + rho[1])
        // The hull's weighted-Nash maximiser by brute force: a fine scan of g₀, then refinement.
        func score(_ a: Double) -> Double { alpha * log(a) + (1 - alpha) * log(bruteFrontier(gains, at: a)) }
        let top = gains.map(\.0).max()!
        var bestA = top / 2, bestS = -Double.infinity
        for k in 1..<4_000 {
            let a = top * Double(k) / 4_000
            let s = score(a)
            if s > bestS { bestS = s; bestA = a }
        }
        var lo = max(bestA - top / 4_000, 1e-12), hi = min(bestA + top / 4_000, top)
        for _ in 0..<100 {   // the score is concave in a on a concave frontier: ternary search
            let m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3
            if score(m1) < score(m2) { lo = m1 } else { hi = m2 }
        }
        let nashA = 0.5 * (lo + hi)
        var previous = Double.infinity
        for delta in [0.5, 0.05, 0.005, 0.0005] {
            let q = rho.map { exp(-$0 * delta) }
            let s = try #require(try problem.alternatingOffers(continuation: q, firstProposer: 0))
            let gap = max(abs(s.offers[0].gains[0] - nashA), abs(s.offers[1].gains[0] - nashA))
            #expect(gap <= previous + 1e-9, "seed \(seed): the gap shrinks with the period (Δ = \(delta): \(gap))")
            previous = gap
        }
        #expect(previous < 1e-3 * top, "seed \(seed): at Δ = 0.0005 both offers are within 0.1% of the Nash point (gap \(previous))")
    }

    /// A more patient party gets more, and the first proposer is not worse off.
    @Test func patienceAndTheFirstMove() throws {
        let (problem, _) = try randomProblem(40, seed: 3)
        let base = try #require(try problem.alternatingOffers(continuation: [0.9, 0.9], firstProposer: 0))
        let patient = try #require(try problem.alternatingOffers(continuation: [0.97, 0.9], firstProposer: 0))
        #expect(patient.agreement.gains[0] >= base.agreement.gains[0])
        #expect(base.offers[0].gains[0] >= base.offers[1].gains[0], "party 0 keeps more when it proposes")
    }

    @Test func degenerateProblems() throws {
        // One candidate: both propose it (the responder can do no better by waiting).
        let one = try BargainingProblem(utilities: try PointSet(rows: [[3, 2]]), disagreement: [0, 0])
        let s = try #require(try one.alternatingOffers(continuation: [0.9, 0.8], firstProposer: 0))
        #expect(s.offers[0].gains == [3, 2] && s.offers[0].lower == 0 && s.offers[0].nearest == 0)
        // Copies and a dominated candidate change nothing.
        let copies = try BargainingProblem(utilities: try PointSet(rows: [[3, 2], [3, 2], [1, 1], [0, 4], [0, 4]]), disagreement: [0, 0])
        let c = try #require(try copies.alternatingOffers(continuation: [0.9, 0.8], firstProposer: 1))
        let clean = try BargainingProblem(utilities: try PointSet(rows: [[3, 2], [0, 4]]), disagreement: [0, 0])
        let k = try #require(try clean.alternatingOffers(continuation: [0.9, 0.8], firstProposer: 1))
        #expect(c.agreement.gains == k.agreement.gains)
        // No candidate with both gains positive: nil.
        let none = try BargainingProblem(utilities: try PointSet(rows: [[1, 0], [0, 1], [-1, 5]]), disagreement: [0, 0])
        #expect(try none.alternatingOffers(continuation: [0.9, 0.9], firstProposer: 0) == nil)
        // Bad arguments.
        #expect(throws: ParetoError.self) { try clean.alternatingOffers(continuation: [1, 0.9], firstProposer: 0) }
        #expect(throws: ParetoError.self) { try clean.alternatingOffers(continuation: [0.9, .nan], firstProposer: 0) }
        #expect(throws: ParetoError.self) { try clean.alternatingOffers(continuation: [0.9, 0.9], firstProposer: 2) }
        let three = try BargainingProblem(utilities: try PointSet(rows: [[1, 1, 1]]), disagreement: [0, 0, 0])
        #expect(throws: ParetoError.self) { try three.alternatingOffers(continuation: [0.9, 0.9], firstProposer: 0) }
    }
}
