import Testing
@testable import Pareto

/// Contributions by their definition: HV(X) − HV(X without row i), with the hypervolume of the
/// module. With `.ignored`, X first loses its strictly dominated rows (found by an O(n²) scan).
private func contributionsByDifference(
    _ points: PointSet, reference: [Double], senses: [ObjectiveSense], dominated: DominatedPointHandling
) throws -> [Double] {
    let n = points.count
    var kept = Array(0..<n)
    if dominated == .ignored {
        kept = kept.filter { i in
            !(0..<n).contains { k in dominance(points.point(k), points.point(i), senses: senses) == .dominates }
        }
    }
    let total = try hypervolume(points.subset(kept), reference: reference, senses: senses)
    var result = [Double](repeating: 0, count: n)
    for i in kept {
        let others = points.subset(kept.filter { $0 != i })
        result[i] = total - (others.isEmpty ? 0 : try hypervolume(others, reference: reference, senses: senses))
    }
    return result
}

/// A reference every point beats (`outside`), or one inside the cloud that some points do not beat.
private func referencePoint(_ points: PointSet, senses: [ObjectiveSense], outside: Bool) -> [Double] {
    (0..<points.dimensions).map { j in
        let column = (0..<points.count).map { points[$0, j] }
        let low = column.min() ?? 0, high = column.max() ?? 1
        if outside { return senses[j] == .maximize ? low - 0.25 : high + 0.25 }
        return senses[j] == .maximize ? low + 0.4 * (high - low) : high - 0.4 * (high - low)
    }
}

private func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double,
                         _ comment: @autoclosure () -> String = "",
                         sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance) {
        Issue.record("row \(i): \(a) vs \(e) \(comment())", sourceLocation: sourceLocation)
        return
    }
}

@Suite struct HypervolumeContributionsTests {
    @Test func documentationExamples() throws {
        let points = try PointSet(rows: [[5, 1], [1, 5], [4, 2], [4, 4], [5, 1]])
        let min2: [ObjectiveSense] = [.minimize, .minimize]
        #expect(try hypervolumeContributions(points, reference: [6, 6], senses: min2) == [0, 3, 2, 0, 0])
        #expect(try hypervolumeContributions(points, reference: [6, 6], senses: min2, dominated: .ignored)
                == [0, 3, 3, 0, 0])
        // moocore's third example: a front of four points.
        let front = try PointSet(rows: [[5, 5], [4, 6], [2, 7], [7, 4]])
        #expect(try hypervolumeContributions(front, reference: [10, 10], senses: min2) == [2, 1, 6, 3])
    }

    @Test(arguments: FrontierShape.allCases, [2, 3])
    func matchesHypervolumeDifferences(shape: FrontierShape, dimensions d: Int) throws {
        for seed in UInt64(0)..<6 {
            for n in [1, 2, 7, 40] {
                let points = shape.points(count: n, dimensions: d, seed: seed &+ 100 * UInt64(n))
                for senses in [[ObjectiveSense].maximizeAll(d), mixedSenses(d)] {
                    for outside in [true, false] {
                        let reference = referencePoint(points, senses: senses, outside: outside)
                        for policy in DominatedPointHandling.allCases {
                            let fast = try hypervolumeContributions(points, reference: reference, senses: senses, dominated: policy)
                            let slow = try contributionsByDifference(points, reference: reference, senses: senses, dominated: policy)
                            let scale = max(1, try hypervolume(points, reference: reference, senses: senses))
                            expectClose(fast, slow, tolerance: 1e-12 * scale,
                                        "\(shape) d=\(d) n=\(n) seed=\(seed) \(senses) \(policy) outside=\(outside)")
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: [2, 3])
    func largerSetsMatchHypervolumeDifferences(dimensions d: Int) throws {
        for shape in [FrontierShape.concave, .uniform, .grid] {
            let points = shape.points(count: 150, dimensions: d, seed: 77)
            let senses = mixedSenses(d)
            let reference = referencePoint(points, senses: senses, outside: true)
            for policy in DominatedPointHandling.allCases {
                let fast = try hypervolumeContributions(points, reference: reference, senses: senses, dominated: policy)
                let slow = try contributionsByDifference(points, reference: reference, senses: senses, dominated: policy)
                expectClose(fast, slow, tolerance: 1e-12 * max(1, fast.max() ?? 0), "\(shape) \(policy)")
            }
        }
    }

    @Test(arguments: [1, 4, 5])
    func otherDimensionsMatchHypervolumeDifferences(dimensions d: Int) throws {
        for shape in [FrontierShape.uniform, .concave, .grid, .antiGrid] {
            for seed in UInt64(0)..<3 {
                let points = shape.points(count: d == 1 ? 9 : 12, dimensions: d, seed: seed)
                let senses = mixedSenses(d)
                for outside in [true, false] {
                    let reference = referencePoint(points, senses: senses, outside: outside)
                    for policy in DominatedPointHandling.allCases {
                        let fast = try hypervolumeContributions(points, reference: reference, senses: senses, dominated: policy)
                        let slow = try contributionsByDifference(points, reference: reference, senses: senses, dominated: policy)
                        expectClose(fast, slow, tolerance: 1e-12 * max(1, slow.max() ?? 0),
                                    "\(shape) d=\(d) seed=\(seed) \(policy) outside=\(outside)")
                    }
                }
            }
        }
    }

    /// Values computed once with moocore 0.3.2 (numpy 2.4.6):
    ///     rng = np.random.default_rng(2024)
    ///     x = np.round(rng.random((10, 2)), 2)            # then x3 = np.round(rng.random((12, 3)), 2)
    ///     moocore.hv_contributions(x, ref=np.zeros(d), maximise=True, ignore_dominated=False)
    ///     moocore.hv_contributions(x, ref=np.zeros(d), maximise=True)   # ignore_dominated=True
    @Test func matchesMoocoreOnSeededData() throws {
        let x2 = try PointSet(rows: [
            [0.68, 0.21], [0.31, 0.8], [1.0, 0.14], [0.08, 0.18], [0.36, 0.17],
            [0.59, 0.62], [0.11, 0.57], [0.0, 0.47], [0.98, 0.8], [0.6, 0.33],
        ])
        expectClose(try hypervolumeContributions(x2, reference: [0, 0]),
                    [0.0, 0.0, 0.0028000000000000026, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3003, 0.0], tolerance: 1e-15)
        expectClose(try hypervolumeContributions(x2, reference: [0, 0], dominated: .ignored),
                    [0.0, 0.0, 0.0028000000000000026, 0.0, 0.0, 0.0, 0.0, 0.0, 0.6468, 0.0], tolerance: 1e-15)
        let x3 = try PointSet(rows: [
            [0.21, 0.44, 0.28], [0.87, 0.21, 0.27], [0.81, 0.27, 0.27], [0.07, 0.47, 0.26],
            [0.89, 0.29, 0.77], [0.49, 0.47, 0.96], [0.9, 0.08, 0.25], [0.18, 0.91, 0.55],
            [0.37, 0.83, 0.35], [0.68, 0.23, 0.02], [0.7, 0.34, 0.34], [0.28, 0.25, 0.57],
        ])
        expectClose(try hypervolumeContributions(x3, reference: [0, 0, 0]),
                    [0.0, 0.0, 0.0, 0.0, 0.05679299999999998, 0.07984099999999994, 0.00019999999999997797,
                     0.02088000000000001, 0.023940000000000017, 0.0, 0.0035700000000000176, 0.0], tolerance: 1e-15)
        expectClose(try hypervolumeContributions(x3, reference: [0, 0, 0], dominated: .ignored),
                    [0.0, 0.0, 0.0, 0.0, 0.064814, 0.07984099999999998, 0.00020000000000000017,
                     0.02088000000000001, 0.02394, 0.0, 0.003570000000000003, 0.0], tolerance: 1e-15)
    }

    @Test(arguments: [1, 2, 3, 4])
    func everyCopyOfARepeatedPointContributesZero(dimensions d: Int) throws {
        // Two copies of a front point, one unique front point, one dominated point.
        var rows: [[Double]] = [Array(repeating: 2, count: d), Array(repeating: 2, count: d)]
        rows.append([3] + Array(repeating: 1, count: d - 1))
        rows.append(Array(repeating: 1, count: d))
        let points = try PointSet(rows: rows)
        let reference = [Double](repeating: 0, count: d)
        for policy in DominatedPointHandling.allCases {
            let c = try hypervolumeContributions(points, reference: reference, dominated: policy)
            #expect(c[0] == 0 && c[1] == 0 && c[3] == 0, "\(c)")
            if d == 1 {
                #expect(c[2] == (policy == .included ? 1 : 3))   // 3 against the runner-up 2, or alone
            } else {
                #expect(c[2] > 0, "\(c)")
            }
        }
    }

    @Test func rowsNotStrictlyBeatingTheReferenceContributeNothingAndChangeNothing() throws {
        // (0, 5) is on the reference's edge in the first objective; (4, -1) is beyond it in the second.
        let with = try PointSet(rows: [[1, 3], [0, 5], [2, 2], [4, -1], [3, 1]])
        let without = try PointSet(rows: [[1, 3], [2, 2], [3, 1]])
        for policy in DominatedPointHandling.allCases {
            let c = try hypervolumeContributions(with, reference: [0, 0], dominated: policy)
            let d = try hypervolumeContributions(without, reference: [0, 0], dominated: policy)
            #expect(c == [d[0], 0, d[1], 0, d[2]])
            #expect(d == [1, 1, 1])
        }
    }

    @Test func aPointDominatedByOneOtherReducesItsContributionOnlyWhenCounted() throws {
        // (2, 2) alone dominates (1.5, 1.5): removing (2, 2) leaves 1.5 × 1.5 of its 2 × 2 box
        // covered apart from the parts (1, 3) and (3, 1) cover.
        let points = try PointSet(rows: [[1, 3], [2, 2], [3, 1], [1.5, 1.5]])
        #expect(try hypervolumeContributions(points, reference: [0, 0]) == [1, 0.75, 1, 0])
        #expect(try hypervolumeContributions(points, reference: [0, 0], dominated: .ignored) == [1, 1, 1, 0])
        // The same in three objectives, with a third coordinate of 1 everywhere.
        let points3 = try PointSet(rows: [[1, 3, 1], [2, 2, 1], [3, 1, 1], [1.5, 1.5, 1]])
        #expect(try hypervolumeContributions(points3, reference: [0, 0, 0]) == [1, 0.75, 1, 0])
        #expect(try hypervolumeContributions(points3, reference: [0, 0, 0], dominated: .ignored) == [1, 1, 1, 0])
    }

    @Test func degenerateInputs() throws {
        let empty = try PointSet(rows: [], dimensions: 3)
        #expect(try hypervolumeContributions(empty, reference: [0, 0, 0]) == [])
        let one = try PointSet(rows: [[2, 3, 4]])
        #expect(try hypervolumeContributions(one, reference: [0, 0, 0]) == [24])
        #expect(try hypervolumeContributions(one, reference: [3, 3, 5], senses: [.minimize, .minimize, .minimize]) == [0])
        let same = try PointSet(rows: Array(repeating: [1.0, 2, 3], count: 5))
        #expect(try hypervolumeContributions(same, reference: [0, 0, 0]) == [0, 0, 0, 0, 0])
        // Collinear in three objectives: the top point dominates the others.
        let line = try PointSet(rows: [[1, 1, 1], [3, 3, 3], [2, 2, 2]])
        #expect(try hypervolumeContributions(line, reference: [0, 0, 0]) == [0, 27 - 8, 0])
        // Equal third objectives everywhere: the two-dimensional answer times the height.
        let flat = try PointSet(rows: [[1, 3, 2], [2, 2, 2], [3, 1, 2], [1.5, 1.5, 2]])
        #expect(try hypervolumeContributions(flat, reference: [0, 0, 0]) == [2, 1.5, 2, 0])
    }

    @Test func badArgumentsThrow() throws {
        let points = try PointSet(rows: [[1, 2], [2, 1]])
        #expect(throws: ParetoError.wrongLength(what: "reference", expected: 2, found: 3)) {
            try hypervolumeContributions(points, reference: [0, 0, 0])
        }
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 1)) {
            try hypervolumeContributions(points, reference: [0, 0], senses: [.maximize])
        }
        #expect(throws: ParetoError.self) {
            try hypervolumeContributions(points, reference: [0, .nan])
        }
    }
}
