import Testing
@testable import Pareto

@Suite struct FrontierAccumulatorTests {
    static let cases: [(FrontierShape, Int)] = [(.uniform, 2), (.concave, 3), (.grid, 3), (.grid, 2), (.uniform, 5)]

    @Test(arguments: 0..<cases.count)
    func chunkedAddsMatchOneShot(_ c: Int) throws {
        let (shape, d) = Self.cases[c]
        let points = shape.points(count: 2500, dimensions: d, seed: UInt64(c))
        let senses = mixedSenses(d)
        let expected = try nonDominatedIndices(points, senses: senses)
        var accumulator = try FrontierAccumulator(dimensions: d, senses: senses)
        var start = 0, size = 1
        while start < points.count {
            let end = min(points.count, start + size)
            try accumulator.add(points.subset(start..<end))
            start = end; size = size * 3 + 1
        }
        try accumulator.add(PointSet(dimensions: d, values: []))
        #expect(accumulator.indices == expected)
        #expect(accumulator.frontier == points.subset(expected))
        #expect(accumulator.pointsSeen == points.count)
    }

    @Test(arguments: 0..<cases.count)
    func mergingTwoAccumulatorsMatchesTheUnion(_ c: Int) throws {
        let (shape, d) = Self.cases[c]
        let points = shape.points(count: 2000, dimensions: d, seed: UInt64(100 + c))
        let expected = try nonDominatedIndices(points)
        var first = try FrontierAccumulator(dimensions: d)
        var second = try FrontierAccumulator(dimensions: d)
        try first.add(points.subset(0..<700))
        try second.add(points.subset(700..<1500))
        try second.add(points.subset(1500..<2000))
        try first.merge(second)
        #expect(first.indices == expected)
        #expect(first.frontier == points.subset(expected))
        #expect(first.pointsSeen == 2000)
    }

    @Test func theDocumentationExampleHolds() throws {
        var accumulator = try FrontierAccumulator(dimensions: 2)
        try accumulator.add(PointSet(rows: [[1, 3], [2, 2]]))
        try accumulator.add(PointSet(rows: [[3, 3], [0, 5]]))
        #expect(accumulator.indices == [2, 3])
        #expect(accumulator.frontier.values == [3, 3, 0, 5])
    }

    @Test func mismatchedChunksAndAccumulatorsAreRejected() throws {
        var accumulator = try FrontierAccumulator(dimensions: 2)
        #expect(throws: ParetoError.wrongLength(what: "chunk row", expected: 2, found: 3)) {
            try accumulator.add(PointSet(rows: [[1, 2, 3]]))
        }
        let other = try FrontierAccumulator(dimensions: 2, senses: [.minimize, .maximize])
        #expect(throws: ParetoError.self) { try accumulator.merge(other) }
        #expect(throws: ParetoError.noObjectives) { try FrontierAccumulator(dimensions: 0) }
        #expect(throws: ParetoError.wrongLength(what: "senses", expected: 2, found: 1)) {
            try FrontierAccumulator(dimensions: 2, senses: [.minimize])
        }
    }
}
