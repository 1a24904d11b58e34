#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Pareto

/// The generalized (asymmetric) Nash solutions `nash(bargainingPower:)` and `nash(weights:)`,
/// checked against a brute force on seeded random candidate sets.
@Suite struct WeightedNashTests {
    let frontier = try! PointSet(rows: [[0, 10], [4, 8], [6, 6], [9, 1]])

    // MARK: Hand-checked examples

    @Test func typeDocumentationExample() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        // Gains of the rational candidates 1, 2, 3: [3, 7], [5, 5], [8, 0].
        #expect(try p.nash(bargainingPower: 0.2)?.index == 1)   // 3^0.2·7^0.8 ≈ 5.91 > 5
        #expect(try p.nash(bargainingPower: 0.2)?.gains == [3, 7])
        #expect(try p.nash(bargainingPower: 0.8)?.index == 2)   // 3^0.8·7^0.2 ≈ 3.70 < 5
        #expect(try p.nash(bargainingPower: 0.5) == p.nash())
        // [8, 0] leaves party 2 with nothing, so even a power close to 1 does not pick it.
        #expect(try p.nash(bargainingPower: 0.999)?.index == 2)
    }

    @Test func powerShiftsTheSolutionAlongTheFrontier() throws {
        // A frontier u₂ = 10 − u₁ with d = 0: the continuous solution is u₁ = 10·α.
        let line = try PointSet(rows: (0...10).map { [Double($0), Double(10 - $0)] })
        let p = try BargainingProblem(utilities: line, disagreement: [0, 0])
        for (alpha, expected) in [(0.1, 1), (0.3, 3), (0.7, 7), (0.9, 9)] {
            #expect(try p.nash(bargainingPower: alpha)?.index == expected)
        }
    }

    @Test func exactTiesAtOneHalfFollowNash() throws {
        // Gains [2, 8] and [4, 4] have equal products 16; the larger sum (10) wins, as in nash().
        let f = try PointSet(rows: [[4, 4], [2, 8], [8, 2]])
        let p = try BargainingProblem(utilities: f, disagreement: [0, 0])
        #expect(p.nash()?.index == 1)
        #expect(try p.nash(bargainingPower: 0.5)?.index == 1)
        #expect(try p.nash(weights: [3, 3])?.index == 1)
        // Gains [6, 10] and [5, 12] also tie at 60, but ½·log 6 + ½·log 10 exceeds
        // ½·log 5 + ½·log 12 by one unit in the last place: only the product sees the tie.
        let close = try PointSet(rows: [[6, 10], [5, 12]])
        let c = try BargainingProblem(utilities: close, disagreement: [0, 0])
        #expect(c.nash()?.index == 1)
        #expect(try c.nash(bargainingPower: 0.5)?.index == 1)
        #expect(try c.nash(weights: [0.5, 0.5])?.index == 1)
        // Duplicates of the winner: the lower index.
        let dup = try PointSet(rows: [[1, 1], [3, 5], [3, 5]])
        let q = try BargainingProblem(utilities: dup, disagreement: [0, 0])
        #expect(try q.nash(bargainingPower: 0.3)?.index == 1)
    }

    // MARK: Degenerate inputs

    @Test func noRationalCandidateGivesNil() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [20, 20])
        for alpha in [1e-9, 0.3, 0.5, 0.7, 1 - 1e-9] {
            #expect(try p.nash(bargainingPower: alpha) == nil)
        }
        #expect(try p.nash(weights: [1, 2]) == nil)
        let empty = try BargainingProblem(utilities: PointSet(dimensions: 2, values: []), disagreement: [0, 0])
        #expect(try empty.nash(bargainingPower: 0.3) == nil)
        #expect(try empty.nash(weights: [1, 3]) == nil)
    }

    @Test func withoutAStrictlyPositiveCandidateTheTieBreakDecides() throws {
        // Every rational candidate leaves someone at its disagreement value (product 0), as in
        // nash(): the largest total gain wins, then the lowest index. Row 0 is not rational.
        let f = try PointSet(rows: [[0, 9], [1, 4], [3, 1], [1, 4], [2, 1]])
        let p = try BargainingProblem(utilities: f, disagreement: [1, 1])
        #expect(p.nash()?.index == 1)   // gains [0, 3], [2, 0], [0, 3], [1, 0]
        for alpha in [1e-9, 0.01, 0.3, 0.5, 0.7, 0.99, 1 - 1e-9] {
            #expect(try p.nash(bargainingPower: alpha)?.index == 1)
        }
    }

    @Test func singleCandidate() throws {
        for (row, expected) in [([3.0, 2.0], Optional(0)), ([1, 2], 0), ([0.5, 2], nil)] {
            let p = try BargainingProblem(utilities: PointSet(rows: [row]), disagreement: [1, 1])
            for alpha in [1e-9, 0.25, 0.5, 0.75, 1 - 1e-9] {
                #expect(try p.nash(bargainingPower: alpha)?.index == expected)
            }
        }
    }

    // MARK: Random sets against brute force

    @Test(arguments: RandomBargainingSet.allCases, [1, 2, 5, 20, 100, 400])
    func matchesBruteForce(_ shape: RandomBargainingSet, _ n: Int) throws {
        for seed in 0..<8 {
            let p = shape.problem(count: n, seed: UInt64(n * 1000 + seed))
            for alpha in Self.powers where alpha != 0.5 {
                let weights = [alpha, 1 - alpha]
                let got = try p.nash(bargainingPower: alpha)
                #expect(got?.index == bruteForceWeightedNash(p, weights: weights), "\(shape) n=\(n) seed=\(seed) α=\(alpha)")
                #expect(got == (try p.nash(weights: weights)))
                if let got {
                    #expect(got.utilities == Array(p.utilities.point(got.index)))
                    #expect(got.gains == zip(got.utilities, p.disagreement).map { $0 - $1 })
                    #expect(noCandidateBeatsTheWeightedProduct(p, got, weights: weights))
                }
            }
        }
    }

    @Test(arguments: RandomBargainingSet.allCases, [1, 2, 5, 20, 100, 400])
    func oneHalfIsNash(_ shape: RandomBargainingSet, _ n: Int) throws {
        for seed in 0..<8 {
            let p = shape.problem(count: n, seed: UInt64(n * 1000 + seed))
            let nash = p.nash()
            #expect(try p.nash(bargainingPower: 0.5) == nash, "\(shape) n=\(n) seed=\(seed)")
            #expect(try p.nash(weights: [0.5, 0.5]) == nash)
            #expect(try p.nash(weights: [7, 7]) == nash)
        }
    }

    @Test(arguments: RandomBargainingSet.allCases, [2, 5, 20, 100, 400])
    func partyOnesGainGrowsWithItsPower(_ shape: RandomBargainingSet, _ n: Int) throws {
        for seed in 0..<8 {
            let p = shape.problem(count: n, seed: UInt64(n * 1000 + seed))
            var previous: BargainingProblem.Solution?
            for alpha in Self.powers {
                let s = try p.nash(bargainingPower: alpha)
                #expect((s == nil) == (p.nash() == nil))
                if let s, let previous {
                    #expect(s.gains[0] >= previous.gains[0], "\(shape) n=\(n) seed=\(seed) α=\(alpha)")
                    #expect(s.gains[1] <= previous.gains[1], "\(shape) n=\(n) seed=\(seed) α=\(alpha)")
                }
                previous = s
            }
        }
    }

    @Test(arguments: [1, 3, 4])
    func manyPartiesMatchBruteForce(_ k: Int) throws {
        for seed in 0..<10 {
            var rng = SplitMix64(seed: UInt64(500 + 10 * k + seed))
            let n = [1, 3, 30, 200][seed % 4]
            // Integers 0...4 (ties, duplicates, zero gains) for even seeds, U[0, 1) for odd ones.
            let values = (0..<(n * k)).map { _ in
                seed.isMultiple(of: 2) ? Double(Int.random(in: 0...4, using: &rng)) : Double.random(in: 0..<1, using: &rng)
            }
            let d = (0..<k).map { _ in seed.isMultiple(of: 2) ? 1.0 : Double.random(in: 0..<0.3, using: &rng) }
            let p = try BargainingProblem(utilities: PointSet(dimensions: k, values: values), disagreement: d)
            for _ in 0..<6 {
                let weights = (0..<k).map { _ in Double.random(in: 0.01..<3, using: &rng) }
                let got = try p.nash(weights: weights)
                #expect(got?.index == bruteForceWeightedNash(p, weights: weights), "k=\(k) seed=\(seed) w=\(weights)")
                // Only ratios matter; scaling by a power of two changes no rounding.
                #expect(try p.nash(weights: weights.map { $0 * 4 }) == got)
                if let got, k > 1 { #expect(noCandidateBeatsTheWeightedProduct(p, got, weights: weights)) }
            }
            #expect(try p.nash(weights: Array(repeating: 0.25, count: k)) == p.nash())
        }
    }

    // MARK: Invalid arguments

    @Test(arguments: [0.0, -0.0, 1.0, -0.5, 1.5, .nan, .infinity, -.infinity])
    func invalidBargainingPowerIsRejected(_ alpha: Double) throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        #expect(throws: ParetoError.invalidArgument("bargaining power: value \(alpha) is not strictly between 0 and 1")) {
            try p.nash(bargainingPower: alpha)
        }
    }

    @Test func powersJustInsideTheIntervalAreAccepted() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        // Party 2's gain dominates the score: [3, 7]. Party 1's: [5, 5] (party 2 must gain).
        #expect(try p.nash(bargainingPower: .leastNonzeroMagnitude)?.index == 1)
        #expect(try p.nash(bargainingPower: 1.0.nextDown)?.index == 2)
    }

    @Test func bargainingPowerNeedsTwoParties() throws {
        for k in [1, 3] {
            let p = try BargainingProblem(
                utilities: PointSet(dimensions: k, values: Array(repeating: 1, count: 2 * k)),
                disagreement: Array(repeating: 0, count: k))
            #expect(throws: ParetoError.unsupportedDimensions(
                operation: "nash(bargainingPower:)", dimensions: k, supported: "2; use nash(weights:)")) {
                try p.nash(bargainingPower: 0.3)
            }
        }
    }

    @Test func invalidWeightsAreRejected() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        #expect(throws: ParetoError.wrongLength(what: "weights", expected: 2, found: 3)) {
            try p.nash(weights: [1, 1, 1])
        }
        #expect(throws: ParetoError.wrongLength(what: "weights", expected: 2, found: 0)) {
            try p.nash(weights: [])
        }
        for bad in [0.0, -1, .nan, .infinity] {
            #expect(throws: ParetoError.invalidArgument("weights, party 1: value \(bad) is not a positive finite number")) {
                try p.nash(weights: [1, bad])
            }
        }
    }

    // MARK: Helpers

    /// Powers for party 1, ascending, with values close to 0 and 1.
    static let powers: [Double] = [1e-12, 1e-6, 1e-3, 0.05, 0.2, 0.25, 1.0 / 3, 0.45, 0.5, 0.55, 0.7, 0.8, 0.9, 0.999, 1 - 1e-6, 1 - 1e-12]
}

/// Random two-party candidate sets.
enum RandomBargainingSet: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// U[0, 1)² utilities, disagreement in [0, 0.4)²: no exact ties.
    case uniform
    /// Integers 0...5, disagreement in {0, 1, 2}²: many ties, duplicates and zero gains.
    case grid
    /// Integers 0...15, disagreement 0: exact product ties with different sums.
    case wideGrid
    /// u₁ + u₂ = 12 on integers with repeats: a frontier with duplicated points.
    case antiDiagonal
    /// A few distinct U[0, 1) points, each repeated several times, and their rounded copies.
    case duplicated
    /// Utilities of wildly different magnitudes (10⁻¹⁵⁰ … 10¹⁵¹), disagreement 0; kept where
    /// nash()'s plain product of two gains neither overflows nor underflows.
    case extreme

    var testDescription: String { rawValue }

    func problem(count n: Int, seed: UInt64) -> BargainingProblem {
        var rng = SplitMix64(seed: seed)
        var rows: [[Double]] = []
        var d = [0.0, 0.0]
        switch self {
        case .uniform:
            rows = (0..<n).map { _ in [Double.random(in: 0..<1, using: &rng), Double.random(in: 0..<1, using: &rng)] }
            d = [Double.random(in: 0..<0.4, using: &rng), Double.random(in: 0..<0.4, using: &rng)]
        case .grid:
            rows = (0..<n).map { _ in [Double(Int.random(in: 0...5, using: &rng)), Double(Int.random(in: 0...5, using: &rng))] }
            d = [Double(Int.random(in: 0...2, using: &rng)), Double(Int.random(in: 0...2, using: &rng))]
        case .wideGrid:
            rows = (0..<n).map { _ in [Double(Int.random(in: 0...15, using: &rng)), Double(Int.random(in: 0...15, using: &rng))] }
        case .antiDiagonal:
            rows = (0..<n).map { _ in let a = Double(Int.random(in: 0...12, using: &rng)); return [a, 12 - a] }
            d = [Double(Int.random(in: 0...3, using: &rng)), Double(Int.random(in: 0...3, using: &rng))]
        case .duplicated:
            let distinct = (0..<max(1, n / 4)).map { _ in
                [Double.random(in: 0..<1, using: &rng), Double.random(in: 0..<1, using: &rng)]
            }
            rows = (0..<n).map { _ in
                let r = distinct[Int.random(in: 0..<distinct.count, using: &rng)]
                return Bool.random(using: &rng) ? r : r.map { ($0 * 8).rounded() / 8 }
            }
            d = [0.125, 0.125]
        case .extreme:
            rows = (0..<n).map { _ in
                (0..<2).map { _ in
                    Double.random(in: 1..<10, using: &rng) * pow(10, Double(Int.random(in: -150...150, using: &rng)))
                }
            }
        }
        return try! BargainingProblem(utilities: PointSet(rows: rows, dimensions: 2), disagreement: d)
    }
}

/// The definition, evaluated naively: among candidates with every gain ≥ 0, the largest
/// Σ wᵢ·log(gainᵢ) (−∞ for a zero gain), then the largest total gain, then the lowest index.
func bruteForceWeightedNash(_ p: BargainingProblem, weights: [Double]) -> Int? {
    let k = p.utilities.dimensions
    let gains = (0..<p.utilities.count).map { i in (0..<k).map { p.utilities.values[i * k + $0] - p.disagreement[$0] } }
    let rational = gains.indices.filter { gains[$0].allSatisfy { $0 >= 0 } }
    guard !rational.isEmpty else { return nil }
    func score(_ i: Int) -> Double { zip(weights, gains[i]).map { $0 * log($1) }.reduce(0, +) }
    func total(_ i: Int) -> Double { gains[i].reduce(0, +) }
    let top = rational.map(score).max()!
    let best = rational.filter { score($0) == top }
    let bestTotal = best.map(total).max()!
    return best.first { total($0) == bestTotal }
}

/// An independent check in product form: no candidate's ∏ gainᵢ^wᵢ (normalised weights) beats
/// the chosen one's by more than rounding.
func noCandidateBeatsTheWeightedProduct(
    _ p: BargainingProblem, _ s: BargainingProblem.Solution, weights: [Double]
) -> Bool {
    let total = weights.reduce(0, +)
    let w = weights.map { $0 / total }
    let k = p.utilities.dimensions
    func product(_ g: [Double]) -> Double { zip(g, w).map { pow($0, $1) }.reduce(1, *) }
    let chosen = product(s.gains)
    return (0..<p.utilities.count).allSatisfy { i in
        let g = (0..<k).map { p.utilities.values[i * k + $0] - p.disagreement[$0] }
        return g.contains { $0 < 0 } || product(g) <= chosen * (1 + 1e-12) || product(g) == 0
    }
}
