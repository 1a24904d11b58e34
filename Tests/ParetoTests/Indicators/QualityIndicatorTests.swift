import Testing
@testable import Pareto

// The four indicators written out as plain loops over their definitions, with moocore's
// orientation: every objective turned into one to maximize by its sense.

private func oriented(_ s: PointSet, _ senses: [ObjectiveSense], _ i: Int) -> [Double] {
    (0..<s.dimensions).map { senses[$0].sign * s[i, $0] }
}

private func igdByDefinition(_ a: PointSet, _ r: PointSet, plus: Bool, _ senses: [ObjectiveSense]) -> Double {
    var sum = 0.0
    for k in 0..<r.count {
        var nearest = Double.infinity
        for i in 0..<a.count {
            let x = oriented(a, senses, i), z = oriented(r, senses, k)
            let squares = zip(x, z).map { xa, zr in plus ? pow2(max(zr - xa, 0)) : pow2(xa - zr) }
            nearest = min(nearest, squares.reduce(0, +).squareRoot())
        }
        sum += nearest
    }
    return sum / Double(r.count)
}

private func pow2(_ x: Double) -> Double { x * x }

private func epsilonByDefinition(_ a: PointSet, _ r: PointSet, multiplicative: Bool, _ senses: [ObjectiveSense]) -> Double {
    (0..<r.count).map { k in
        (0..<a.count).map { i in
            (0..<a.dimensions).map { j -> Double in
                let x = a[i, j], z = r[k, j]
                if multiplicative { return senses[j] == .maximize ? z / x : x / z }
                return senses[j] == .maximize ? z - x : x - z
            }.max()!
        }.min()!
    }.max()!
}

private func expectRelative(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12,
                            _ comment: @autoclosure () -> String = "",
                            sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300), "\(a) vs \(b) \(comment())",
            sourceLocation: sourceLocation)
}

@Suite struct QualityIndicatorTests {
    // moocore's documentation example (igd_plus and epsilon_additive docstrings), minimized.
    let found = try! PointSet(rows: [[3.5, 5.5], [3.6, 4.1], [4.1, 3.2], [5.5, 1.5]])
    let best = try! PointSet(rows: [[1, 6], [2, 5], [3, 4], [4, 3], [5, 2], [6, 1]])
    let minimize2: [ObjectiveSense] = [.minimize, .minimize]

    @Test func moocoreDocumentationValues() throws {
        #expect(try invertedGenerationalDistance(found, referenceSet: best) == 1.0627908666722465)
        #expect(try invertedGenerationalDistancePlus(found, referenceSet: best, senses: minimize2) == 0.9855036468106652)
        #expect(try additiveEpsilon(found, referenceSet: best, senses: minimize2) == 2.5)
        #expect(try multiplicativeEpsilon(found, referenceSet: best, senses: minimize2) == 3.5)
        // Ishibuchi et al.'s example 4: IGD prefers B, IGD+ rightly prefers A.
        let ref = try PointSet(rows: [[10, 0], [6, 1], [2, 2], [1, 6], [0, 10]])
        let a = try PointSet(rows: [[4, 2], [3, 3], [2, 4]])
        let b = try PointSet(rows: [[8, 2], [4, 4], [2, 8]])
        expectRelative(try invertedGenerationalDistance(a, referenceSet: ref), 3.707092031609239)
        expectRelative(try invertedGenerationalDistance(b, referenceSet: ref), 2.59148346584763)
        expectRelative(try invertedGenerationalDistancePlus(a, referenceSet: ref, senses: minimize2), 1.482842712474619)
        expectRelative(try invertedGenerationalDistancePlus(b, referenceSet: ref, senses: minimize2), 2.260112615949154)
    }

    /// Computed once with moocore 0.3.2 (numpy 2.4.6), after the ten- and twelve-row sets of
    /// HypervolumeContributionsTests.matchesMoocoreOnSeededData were drawn from the same generator:
    ///     A = np.round(rng.random((7, 3)) + 0.1, 3); R = np.round(rng.random((9, 3)) + 0.1, 3)
    ///     moocore.igd(A, R, maximise=m), igd_plus, epsilon_additive, epsilon_mult
    /// for m = False (moocore's default, all minimized) and m = [True, False, True].
    @Test func matchesMoocoreOnSeededData() throws {
        let a = try PointSet(rows: [
            [0.434, 0.526, 0.302], [0.605, 0.685, 0.52], [0.503, 1.044, 0.148], [0.426, 0.619, 0.698],
            [0.142, 0.341, 0.154], [0.108, 0.422, 0.507], [0.959, 0.113, 0.816],
        ])
        let r = try PointSet(rows: [
            [0.557, 0.689, 0.246], [0.902, 0.479, 0.51], [0.666, 0.361, 0.536], [0.235, 0.803, 0.201],
            [0.38, 0.319, 0.232], [0.649, 0.297, 0.851], [0.38, 1.068, 0.665], [0.188, 0.72, 0.309],
            [0.478, 0.308, 0.384],
        ])
        let minimized: [ObjectiveSense] = [.minimize, .minimize, .minimize]
        let mixed: [ObjectiveSense] = [.maximize, .minimize, .maximize]
        let expected: [([ObjectiveSense], [QualityIndicator: Double])] = [
            (minimized, [.igd: 0.31659494355813095, .igdPlus: 0.01100000000000001,
                         .additiveEpsilon: 0.04400000000000004, .multiplicativeEpsilon: 1.1481481481481484]),
            (mixed, [.igd: 0.31659494355813095, .igdPlus: 0.0038888888888888922,
                     .additiveEpsilon: 0.03500000000000003, .multiplicativeEpsilon: 1.0428921568627452]),
        ]
        for (senses, values) in expected {
            for (indicator, value) in values {
                expectRelative(try indicator.value(of: a, referenceSet: r, senses: senses), value, 1e-12,
                               "\(indicator) \(senses)")
            }
        }
    }

    @Test(arguments: FrontierShape.allCases, [2, 3, 5])
    func matchTheirDefinitions(shape: FrontierShape, dimensions d: Int) throws {
        for seed in UInt64(0)..<4 {
            // Shift by 1 so the multiplicative ε has positive values everywhere.
            let shift = { (s: PointSet) in try! PointSet(dimensions: d, values: s.values.map { $0 + 1 }) }
            let a = shift(shape.points(count: 1 + Int(seed) * 7, dimensions: d, seed: seed))
            let r = shift(shape.points(count: 3 + Int(seed) * 5, dimensions: d, seed: seed + 50))
            for senses in [[ObjectiveSense].maximizeAll(d), mixedSenses(d), Array(repeating: .minimize, count: d)] {
                let label = "\(shape) d=\(d) seed=\(seed) \(senses)"
                expectRelative(try invertedGenerationalDistance(a, referenceSet: r, senses: senses),
                               igdByDefinition(a, r, plus: false, senses), 1e-12, label)
                expectRelative(try invertedGenerationalDistancePlus(a, referenceSet: r, senses: senses),
                               igdByDefinition(a, r, plus: true, senses), 1e-12, label)
                #expect(try additiveEpsilon(a, referenceSet: r, senses: senses)
                        == epsilonByDefinition(a, r, multiplicative: false, senses), "\(label)")
                #expect(try multiplicativeEpsilon(a, referenceSet: r, senses: senses)
                        == epsilonByDefinition(a, r, multiplicative: true, senses), "\(label)")
            }
        }
    }

    @Test func aSetAgainstItself() throws {
        let s = FrontierShape.concave.points(count: 30, dimensions: 3, seed: 9)
        #expect(try invertedGenerationalDistance(s, referenceSet: s) == 0)
        #expect(try invertedGenerationalDistancePlus(s, referenceSet: s) == 0)
        #expect(try additiveEpsilon(s, referenceSet: s) == 0)
        #expect(try multiplicativeEpsilon(s, referenceSet: s) == 1)
    }

    @Test func epsilonIsNegativeOrBelowOneWhenTheApproximationDominates() throws {
        let r = try PointSet(rows: [[1, 2], [2, 1]])
        let better = try PointSet(rows: [[1.5, 2.5], [2.5, 1.5]])
        #expect(try additiveEpsilon(better, referenceSet: r) == -0.5)
        #expect(try multiplicativeEpsilon(better, referenceSet: r) == 2 / 2.5)
        #expect(try invertedGenerationalDistancePlus(better, referenceSet: r) == 0)
        // Minimizing instead, the same sets swap roles.
        #expect(try additiveEpsilon(better, referenceSet: r, senses: [.minimize, .minimize]) == 0.5)
    }

    @Test func mismatchedDimensionsThrow() throws {
        let two = try PointSet(rows: [[1, 2]]), three = try PointSet(rows: [[1, 2, 3]])
        for indicator in QualityIndicator.allCases {
            #expect(throws: ParetoError.mismatchedDimensions(approximation: 2, referenceSet: 3)) {
                try indicator.value(of: two, referenceSet: three)
            }
        }
    }

    @Test func emptySetsThrow() throws {
        let empty = try PointSet(rows: [], dimensions: 2), one = try PointSet(rows: [[1, 2]])
        for indicator in QualityIndicator.allCases {
            #expect(throws: ParetoError.emptySet(what: "approximation set")) {
                try indicator.value(of: empty, referenceSet: one)
            }
            #expect(throws: ParetoError.emptySet(what: "reference set")) {
                try indicator.value(of: one, referenceSet: empty)
            }
        }
    }

    @Test func multiplicativeEpsilonNamesTheFirstNonPositiveValue() throws {
        let good = try PointSet(rows: [[1, 2], [2, 1]])
        let bad = try PointSet(rows: [[1, 2], [3, 0], [-1, 1]])
        #expect(throws: ParetoError.nonPositive(set: "approximation set", row: 1, column: 1, value: 0)) {
            try multiplicativeEpsilon(bad, referenceSet: good)
        }
        #expect(throws: ParetoError.nonPositive(set: "reference set", row: 1, column: 1, value: 0)) {
            try multiplicativeEpsilon(good, referenceSet: bad)
        }
        // The other three accept any finite values.
        #expect(try additiveEpsilon(bad, referenceSet: good) == 1)
        #expect(ParetoError.nonPositive(set: "reference set", row: 2, column: 0, value: -1).description
                == "reference set, row 2, column 0: value -1.0 is not positive (the multiplicative epsilon indicator needs every value > 0)")
    }

    @Test func wrongSenseCountThrows() throws {
        let s = try PointSet(rows: [[1, 2]])
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 3)) {
            try QualityIndicator.igd.value(of: s, referenceSet: s, senses: [.maximize, .maximize, .maximize])
        }
    }

    @Test func rawValuesAreTheToolsNames() {
        #expect(QualityIndicator.allCases.map(\.rawValue) == ["igd", "igd+", "epsilon-additive", "epsilon-multiplicative"])
    }
}
