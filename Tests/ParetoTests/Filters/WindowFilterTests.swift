import Testing
@testable import Pareto

/// The streaming window pre-filter: it keeps every non-dominated row and drops only dominated
/// ones; it declines on a concave front.
@Suite struct WindowFilterTests {
    @Test(arguments: FrontierShape.allCases)
    func dropsOnlyDominatedRows(_ shape: FrontierShape) throws {
        for d in 3...6 {
            for (n, mixed) in [(0, false), (1, false), (50, true), (2000, false), (2000, true)] {
                let senses: [ObjectiveSense]? = mixed ? mixedSenses(d) : nil
                let points = shape.points(count: n, dimensions: d, seed: UInt64(d * 17 + n))
                let frontier = try bruteForceNonDominatedIndices(points, senses: senses)
                let signs = (senses ?? .maximizeAll(d)).map(\.sign)
                let kept = points.withOrientedPoints(signs: signs) { view in
                    WindowFilter.survivors(view, RowRange(range: 0..<n), window: 8, probe: .max)
                }
                guard let kept else { Issue.record("declined with probe .max"); continue }
                #expect(kept == kept.sorted(), "survivors keep source order")
                let keptSet = Set(kept.map(Int.init))
                #expect(Set(frontier).isSubset(of: keptSet), "d=\(d) n=\(n) \(shape)")
            }
        }
    }

    @Test func keepsFewRowsOfUniformDataAndDeclinesOnAConcaveFront() {
        let uniform = FrontierShape.uniform.points(count: 50_000, dimensions: 4, seed: 3)
        let kept = uniform.withOrientedPoints(signs: [1, 1, 1, 1]) { view in
            WindowFilter.survivors(view, RowRange(range: 0..<uniform.count))
        }
        #expect(kept != nil && kept!.count < uniform.count / 10)
        let concave = FrontierShape.concave.points(count: 50_000, dimensions: 4, seed: 3)
        let declined = concave.withOrientedPoints(signs: [1, 1, 1, 1]) { view in
            WindowFilter.survivors(view, RowRange(range: 0..<concave.count))
        }
        #expect(declined == nil)
    }
}
