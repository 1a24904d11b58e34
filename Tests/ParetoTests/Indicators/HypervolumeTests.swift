import Testing
@testable import Pareto

/// Hypervolume of integer points by counting the unit cells of the grid above the reference that
/// some point covers (exact for integer data).
private func gridHypervolume(_ rows: [[Int]], reference: [Int], senses: [ObjectiveSense]) -> Double {
    let d = reference.count
    // Orient: gains over the reference, maximize.
    let gains = rows.map { row in (0..<d).map { senses[$0] == .maximize ? row[$0] - reference[$0] : reference[$0] - row[$0] } }
    let top = (0..<d).map { j in gains.map { $0[j] }.max() ?? 0 }
    guard top.allSatisfy({ $0 > 0 }) else { return 0 }
    var cell = [Int](repeating: 0, count: d)
    var covered = 0
    while true {
        if gains.contains(where: { g in (0..<d).allSatisfy { g[$0] >= cell[$0] + 1 } }) { covered += 1 }
        var j = 0
        while j < d {
            cell[j] += 1
            if cell[j] < top[j] { break }
            cell[j] = 0; j += 1
        }
        if j == d { break }
    }
    return Double(covered)
}

/// Inclusion–exclusion over all subsets (for up to ~10 points): Σ (−1)^(|S|+1) vol(∩ boxes).
private func inclusionExclusion(_ gains: [[Double]]) -> Double {
    let n = gains.count, d = gains.first?.count ?? 0
    var total = 0.0
    for mask in 1..<(1 << n) {
        var corner = [Double](repeating: .infinity, count: d)
        var size = 0
        for i in 0..<n where mask & (1 << i) != 0 {
            size += 1
            for j in 0..<d { corner[j] = min(corner[j], gains[i][j]) }
        }
        let volume = corner.reduce(1) { $0 * max($1, 0) }
        total += size % 2 == 1 ? volume : -volume
    }
    return total
}

@Suite struct HypervolumeTests {
    @Test func documentationExamples() throws {
        let points = try PointSet(rows: [[1, 3], [2, 2], [3, 1]])
        #expect(try hypervolume(points, reference: [0, 0]) == 6)
        #expect(try hypervolume(points, reference: [4, 4], senses: [.minimize, .minimize]) == 6)
    }

    @Test func oneObjectiveIsTheLargestGain() throws {
        let points = try PointSet(dimensions: 1, values: [2, 5, -1])
        #expect(try hypervolume(points, reference: [1]) == 4)
        #expect(try hypervolume(points, reference: [1], senses: [.minimize]) == 2)
    }

    @Test func threeUnitCornersUnionHasVolumeFour() throws {
        // Boxes 2×1×1, 1×2×1, 1×1×2: 6 − 3 + 1 = 4.
        let points = try PointSet(rows: [[2, 1, 1], [1, 2, 1], [1, 1, 2]])
        #expect(try hypervolume(points, reference: [0, 0, 0]) == 4)
    }

    @Test func fourObjectiveBoxesUnion() throws {
        // [2,2,2,2] contains [1,1,1,1]; plus [3,1,1,1]: 16 + 3 − 2 = 17.
        let points = try PointSet(rows: [[2, 2, 2, 2], [1, 1, 1, 1], [3, 1, 1, 1]])
        #expect(try hypervolume(points, reference: [0, 0, 0, 0]) == 17)
    }

    @Test(arguments: 1...5)
    func emptyInputAndPointsNotBeatingTheReferenceGiveZero(dimensions: Int) throws {
        let empty = try PointSet(dimensions: dimensions, values: [])
        #expect(try hypervolume(empty, reference: Array(repeating: 0, count: dimensions)) == 0)
        // Equal to the reference in one objective: a degenerate box.
        var row = [Double](repeating: 5, count: dimensions)
        row[dimensions - 1] = 0
        let flat = try PointSet(rows: [row, Array(repeating: -1, count: dimensions)])
        #expect(try hypervolume(flat, reference: Array(repeating: 0, count: dimensions)) == 0)
    }

    @Test func dominatedPointsAndDuplicatesAddNothing() throws {
        let base = try PointSet(rows: [[3, 1, 2], [1, 3, 2], [2, 2, 3]])
        let noisy = try PointSet(rows: [[3, 1, 2], [1, 3, 2], [2, 2, 3], [2, 2, 3], [1, 1, 1], [3, 1, 2], [2, 1, 2]])
        #expect(try hypervolume(noisy, reference: [0, 0, 0]) == (try hypervolume(base, reference: [0, 0, 0])))
    }

    @Test(arguments: 1...5)
    func integerPointsMatchGridCounting(dimensions d: Int) throws {
        var rng = SplitMix64(seed: UInt64(40 + d))
        let trials = d >= 4 ? 25 : 60
        for trial in 0..<trials {
            let n = Int.random(in: 0...(d >= 4 ? 9 : 25), using: &rng)
            let rows = (0..<n).map { _ in (0..<d).map { _ in Int.random(in: -1...5, using: &rng) } }
            let senses: [ObjectiveSense] = (0..<d).map { _ in trial % 2 == 0 || Bool.random(using: &rng) ? .maximize : .minimize }
            // Oriented so the reference sits below the data for maximized objectives and above for minimized.
            let reference = senses.map { $0 == .maximize ? 0 : 4 }
            let points = try PointSet(rows: rows.map { $0.map(Double.init) }, dimensions: d)
            let expected = gridHypervolume(rows, reference: reference, senses: senses)
            let got = try hypervolume(points, reference: reference.map(Double.init), senses: senses)
            #expect(got == expected, "trial \(trial)")
        }
    }

    @Test(arguments: 2...5)
    func continuousPointsMatchInclusionExclusion(dimensions d: Int) throws {
        var rng = SplitMix64(seed: UInt64(70 + d))
        for trial in 0..<40 {
            let n = Int.random(in: 1...9, using: &rng)
            let rows = (0..<n).map { _ in (0..<d).map { _ in Double.random(in: 0..<1, using: &rng) } }
            let reference = (0..<d).map { _ in Double.random(in: -0.2..<0.3, using: &rng) }
            let gains = rows.map { r in (0..<d).map { r[$0] - reference[$0] } }.filter { $0.allSatisfy { $0 > 0 } }
            let expected = inclusionExclusion(gains)
            let got = try hypervolume(PointSet(rows: rows), reference: reference)
            #expect(abs(got - expected) <= 1e-12 * max(1, expected), "trial \(trial)")
        }
    }

    @Test func largeThreeObjectiveSetsAgreeWithSlicingInFourDimensions() throws {
        // Adding a fourth objective equal to 1 for every point (reference 0) leaves the volume
        // unchanged, which checks the 3D sweep against the slicing path on bigger inputs.
        var rng = SplitMix64(seed: 5)
        let rows = (0..<300).map { _ in (0..<3).map { _ in Double(Int.random(in: 1...40, using: &rng)) } }
        let three = try hypervolume(PointSet(rows: rows), reference: [0, 0, 0])
        let four = try hypervolume(PointSet(rows: rows.map { $0 + [1] }), reference: [0, 0, 0, 0])
        #expect(three == four)
    }

    @Test func wrongReferenceLengthAndNonFiniteReferenceThrow() throws {
        let points = try PointSet(rows: [[1, 2], [2, 1]])
        #expect(throws: ParetoError.wrongLength(what: "reference", expected: 2, found: 3)) {
            try hypervolume(points, reference: [0, 0, 0])
        }
        #expect(throws: ParetoError.self) { try hypervolume(points, reference: [0, .nan]) }
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 1)) {
            try hypervolume(points, reference: [0, 0], senses: [.minimize])
        }
    }
}
