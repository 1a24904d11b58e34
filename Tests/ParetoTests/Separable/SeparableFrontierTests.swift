import Testing
@testable import Pareto

/// The frontier found by enumerating every outcome: distinct non-dominated vectors among the
/// outcomes that satisfy the constraints and (then) the lower bounds, with outcome counts.
private func enumeratedFrontier(
    _ problem: SeparableProblem, lowerBounds: [Double]? = nil, constraints: [SeparableConstraint] = []
) throws -> [[Double]: Double] {
    let k = problem.objectives
    var choice = [Int](repeating: 0, count: problem.issueCount)
    var rows: [[Double]] = []
    while true {
        if constraints.allSatisfy({ $0.isSatisfied(by: choice) }) { rows.append(problem.value(of: choice)) }
        var i = problem.issueCount - 1
        while i >= 0 {
            choice[i] += 1
            if choice[i] < problem.optionCounts[i] { break }
            choice[i] = 0; i -= 1
        }
        if i < 0 { break }
    }
    let points = try PointSet(rows: rows, dimensions: k)
    // Small sets: the module's reference; large ones: rank 0 of the (separately tested) sort.
    let front: [Int]
    if rows.count <= 1500 {
        front = try nonDominatedIndices(points, senses: problem.senses)
    } else {
        let ranks = try nonDominatedRanks(points, senses: problem.senses)
        front = ranks.indices.filter { ranks[$0] == 0 }
    }
    var counts: [[Double]: Double] = [:]
    for i in front {
        let v = rows[i]
        if let lowerBounds {
            let meets = (0..<k).allSatisfy { problem.senses[$0] == .maximize ? v[$0] >= lowerBounds[$0] : v[$0] <= lowerBounds[$0] }
            if !meets { continue }
        }
        counts[v, default: 0] += 1
    }
    return counts
}

/// Checks a separable frontier against enumeration: same vectors, same multiplicities, and
/// representative choices that produce the vector (and satisfy the constraints).
private func expectMatchesEnumeration(
    _ problem: SeparableProblem, lowerBounds: [Double]? = nil, constraints: [SeparableConstraint] = [],
    _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let expected = try enumeratedFrontier(problem, lowerBounds: lowerBounds, constraints: constraints)
    let frontier = try separableFrontier(problem, lowerBounds: lowerBounds, constraints: constraints)
    var got: [[Double]: Double] = [:]
    for i in 0..<frontier.count {
        let v = frontier.values(i)
        #expect(got[v] == nil, "duplicate frontier vector \(v) (\(label))", sourceLocation: sourceLocation)
        got[v] = frontier.multiplicity(i)
        let choices = frontier.choices(i)
        #expect(problem.value(of: choices) == v, "choices do not produce the vector (\(label))", sourceLocation: sourceLocation)
        #expect(constraints.allSatisfy { $0.isSatisfied(by: choices) }, "representative infeasible (\(label))", sourceLocation: sourceLocation)
    }
    #expect(got == expected, "\(label): \(got.count) vectors vs \(expected.count) enumerated", sourceLocation: sourceLocation)
}

/// Random contributions: 0 small integers (many ties), 1 continuous, 2 multiples of 0.1 (sums
/// that round differently depending on the order), 3 weight × evaluation like real profiles.
private func randomProblem(
    issues: Int, maxOptions: Int, minOptions: Int = 1, objectives k: Int, flavour: Int, senses: [ObjectiveSense]? = nil,
    rng: inout SplitMix64
) throws -> SeparableProblem {
    let weights = (0..<k).map { _ in (0..<issues).map { _ in Double.random(in: 0.05..<1, using: &rng) } }
    let contributions: [[[Double]]] = (0..<issues).map { issue in
        let options = Int.random(in: minOptions...maxOptions, using: &rng)
        return (0..<options).map { _ in
            (0..<k).map { j in
                switch flavour {
                case 0: return Double(Int.random(in: 0...3, using: &rng))
                case 1: return Double.random(in: -1..<1, using: &rng)
                case 2: return Double(Int.random(in: 0...7, using: &rng)) / 10
                default: return weights[j][issue] * Double.random(in: 0...1, using: &rng)
                }
            }
        }
    }
    return try SeparableProblem(contributions: contributions, objectives: k, senses: senses)
}

private func randomConstraint(_ problem: SeparableProblem, atMost: Bool, rng: inout SplitMix64) throws -> SeparableConstraint {
    let coefficients = problem.optionCounts.map { count in (0..<count).map { _ in Double(Int.random(in: 0...3, using: &rng)) } }
    let mean = coefficients.map { Double($0.reduce(0, +)) / Double($0.count) }.reduce(0, +)
    return try SeparableConstraint(coefficients: coefficients, bound: atMost ? .atMost(mean.rounded()) : .atLeast(mean.rounded()))
}

@Suite struct SeparableFrontierTests {
    @Test func documentationExample() throws {
        let problem = try SeparableProblem(contributions: [
            [[0.5, 0], [0.25, 0.25], [0, 0.5]],
            [[0.5, 0], [0, 0.75]],
        ], objectives: 2)
        #expect(problem.outcomeCount == 6)
        #expect(problem.value(of: [1, 1]) == [0.25, 1.0])
        let frontier = try separableFrontier(problem)
        #expect((0..<frontier.count).map(frontier.values) == [[1, 0], [0.75, 0.25], [0.5, 0.75], [0.25, 1], [0, 1.25]])
        #expect(frontier.choices(2) == [0, 1])
        try expectMatchesEnumeration(problem, "documentation")
    }

    @Test(arguments: [1, 2, 3, 4])
    func matchesEnumerationOnRandomDomains(objectives k: Int) throws {
        var rng = SplitMix64(seed: UInt64(1000 + k))
        for trial in 0..<48 {
            let flavour = trial % 4
            let senses: [ObjectiveSense]? = trial % 3 == 2
                ? (0..<k).map { _ in Bool.random(using: &rng) ? .maximize : .minimize } : nil
            let problem = try randomProblem(issues: Int.random(in: 1...5, using: &rng), maxOptions: 5, objectives: k,
                                            flavour: flavour, senses: senses, rng: &rng)
            try expectMatchesEnumeration(problem, "k = \(k), trial \(trial)")
        }
    }

    @Test(arguments: [2, 3])
    func matchesEnumerationOnLargerDomains(objectives k: Int) throws {
        // Up to ~10^5 outcomes.
        var rng = SplitMix64(seed: UInt64(2000 + k))
        for trial in 0..<4 {
            let problem = try randomProblem(issues: 7, maxOptions: 5, objectives: k, flavour: trial % 4, rng: &rng)
            try expectMatchesEnumeration(problem, "k = \(k), trial \(trial), \(problem.outcomeCount) outcomes")
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func lowerBoundsKeepOnlyQualifyingFrontierPoints(objectives k: Int) throws {
        var rng = SplitMix64(seed: UInt64(3000 + k))
        for trial in 0..<30 {
            let senses: [ObjectiveSense]? = trial % 2 == 1
                ? (0..<k).map { _ in Bool.random(using: &rng) ? .maximize : .minimize } : nil
            let problem = try randomProblem(issues: Int.random(in: 2...5, using: &rng), maxOptions: 4, objectives: k,
                                            flavour: trial % 4, senses: senses, rng: &rng)
            // Bounds around the middle of each objective's range (some trials leave nothing).
            let all = try enumeratedFrontier(problem).keys
            let bounds = (0..<k).map { j -> Double in
                let column = all.map { $0[j] }
                let lo = column.min() ?? 0, hi = column.max() ?? 0
                return lo + (hi - lo) * Double.random(in: 0...0.6, using: &rng) * (problem.senses[j] == .maximize ? 1 : -1)
                    + (problem.senses[j] == .maximize ? 0 : (hi - lo))
            }
            try expectMatchesEnumeration(problem, lowerBounds: bounds, "k = \(k), trial \(trial)")
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func constraintsGiveTheFrontierOfTheFeasibleOutcomes(objectives k: Int) throws {
        var rng = SplitMix64(seed: UInt64(4000 + k))
        for trial in 0..<30 {
            let problem = try randomProblem(issues: Int.random(in: 2...5, using: &rng), maxOptions: 4, objectives: k,
                                            flavour: trial % 4, rng: &rng)
            var constraints = [try randomConstraint(problem, atMost: trial % 2 == 0, rng: &rng)]
            if trial % 3 == 0 { constraints.append(try randomConstraint(problem, atMost: trial % 2 == 1, rng: &rng)) }
            let bounds: [Double]? = trial % 5 == 0 ? Array(repeating: 0.5, count: k) : nil
            try expectMatchesEnumeration(problem, lowerBounds: bounds, constraints: constraints, "k = \(k), trial \(trial)")
        }
    }

    @Test func aFrontierPointDominatedOnlyByInfeasibleOutcomesIsKept() throws {
        let problem = try SeparableProblem(contributions: [[[2, 2], [1, 1]]], objectives: 2)
        let budget = try SeparableConstraint(coefficients: [[5, 1]], bound: .atMost(3))
        let frontier = try separableFrontier(problem, constraints: [budget])
        #expect(frontier.count == 1 && frontier.values(0) == [1, 1] && frontier.choices(0) == [1])
    }

    @Test func roundingThatMergesADominatedPartialSumIsCounted() throws {
        // Issue 0: option 1 is below option 0 by one unit in the last place in objective 0, but
        // 0.5.nextDown + 0.5 rounds (ties to even) to exactly 1.0: both outcomes give (1, 1).
        let problem = try SeparableProblem(contributions: [
            [[0.5, 1], [(0.5).nextDown, 1]],
            [[0.5, 0]],
        ], objectives: 2)
        #expect(problem.value(of: [1, 0]) == [1, 1])
        let frontier = try separableFrontier(problem)
        #expect(frontier.count == 1 && frontier.values(0) == [1, 1] && frontier.multiplicity(0) == 2)
        try expectMatchesEnumeration(problem, "rounding")
    }

    @Test func identicalOptionsMultiplyTheMultiplicity() throws {
        let problem = try SeparableProblem(contributions: [
            [[1, 0], [1, 0], [0, 1]],
            [[2, 2], [2, 2], [2, 2], [0, 0]],
        ], objectives: 2)
        let frontier = try separableFrontier(problem)
        #expect((0..<frontier.count).map(frontier.values) == [[3, 2], [2, 3]])
        #expect((0..<frontier.count).map(frontier.multiplicity) == [6, 3])
        #expect(frontier.outcomeCount == 9)
    }

    @Test func minimizedZeroSumsComeBackAsPositiveZeroLikeEnumeration() throws {
        let problem = try SeparableProblem(contributions: [[[0, 1], [1, 0]], [[0, 0]]], objectives: 2,
                                           senses: [.minimize, .maximize])
        let frontier = try separableFrontier(problem)
        #expect(frontier.count == 1 && frontier.values(0) == [0, 1])
        #expect(frontier.values(0)[0].sign == .plus && problem.value(of: frontier.choices(0))[0].sign == .plus)
    }

    @Test func oneObjectiveKeepsEveryOptimalOutcome() throws {
        let problem = try SeparableProblem(contributions: [[[1], [3], [3]], [[0], [2]]], objectives: 1)
        let frontier = try separableFrontier(problem)
        #expect(frontier.count == 1 && frontier.values(0) == [5] && frontier.multiplicity(0) == 2)
    }

    @Test func unreachableLowerBoundsGiveAnEmptyFrontier() throws {
        let problem = try SeparableProblem(contributions: [[[1, 0], [0, 1]], [[1, 0], [0, 1]]], objectives: 2)
        let frontier = try separableFrontier(problem, lowerBounds: [1.5, 1.5])
        #expect(frontier.isEmpty)
        #expect(try separableFrontier(problem, lowerBounds: [1, 1]).count == 1)
    }

    @Test func thirtyIssuesOfTenOptionsAreSolvedWithoutEnumeration() throws {
        var rng = SplitMix64(seed: 30)
        let problem = try randomProblem(issues: 30, maxOptions: 10, minOptions: 10, objectives: 2, flavour: 3, rng: &rng)
        #expect(abs(problem.outcomeCount - 1e30) <= 1e30 * 1e-14)
        let frontier = try separableFrontier(problem)
        #expect(frontier.count > 0)
        let points = frontier.points
        #expect(try bruteForceNonDominatedIndices(points) == Array(0..<frontier.count))
        for i in 0..<frontier.count { #expect(problem.value(of: frontier.choices(i)) == frontier.values(i)) }
    }

    @Test func invalidProblemsThrowNamingTheProblem() throws {
        #expect(throws: ParetoError.noObjectives) { try SeparableProblem(contributions: [[[1]]], objectives: 0) }
        #expect(throws: ParetoError.self) { try SeparableProblem(contributions: [], objectives: 1) }
        #expect(throws: ParetoError.invalidArgument("issue 1: has no options; every issue needs at least one")) {
            try SeparableProblem(contributions: [[[1]], []], objectives: 1)
        }
        #expect(throws: ParetoError.invalidArgument("issue 0, option 1: expected 2 contributions (one per objective), found 1")) {
            try SeparableProblem(contributions: [[[1, 2], [3]]], objectives: 2)
        }
        #expect(throws: ParetoError.invalidArgument("issue 0, option 0, objective 1: contribution nan is not finite")) {
            try SeparableProblem(contributions: [[[1, .nan]]], objectives: 2)
        }
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 1)) {
            try SeparableProblem(contributions: [[[1, 2]]], objectives: 2, senses: [.minimize])
        }
        let problem = try SeparableProblem(contributions: [[[1, 2], [2, 1]], [[0, 0]]], objectives: 2)
        #expect(throws: ParetoError.wrongLength(what: "lowerBounds", expected: 2, found: 1)) {
            try separableFrontier(problem, lowerBounds: [0])
        }
        let short = try SeparableConstraint(coefficients: [[1, 1], [1, 1]], bound: .atMost(1))
        #expect(throws: ParetoError.invalidArgument("constraint 0, issue 1: expected 1 coefficients (one per option), found 2")) {
            try separableFrontier(problem, constraints: [short])
        }
        #expect(throws: ParetoError.self) { try SeparableConstraint(coefficients: [[.infinity]], bound: .atMost(1)) }
    }
}
