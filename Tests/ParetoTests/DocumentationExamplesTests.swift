import Testing
import Pareto

/// The examples on the `Pareto` DocC landing page and guides, checked so the docs stay true.
@Suite struct DocumentationExamplesTests {
    @Test func landingPageExample() throws {
        let points = try PointSet(rows: [[1, 3], [2, 2], [1, 1], [2, 2]])
        #expect(try nonDominatedIndices(points) == [0, 1, 3])
        #expect(try nonDominatedRanks(points) == [0, 0, 1, 0])
        #expect(try hypervolume(points, reference: [0, 0]) == 5.0)
        let deal = try BargainingProblem(utilities: points.subset([0, 1]), disagreement: [0, 0])
        #expect(deal.nash()?.index == 1)
    }

    @Test func separableGuideExample() throws {
        let problem = try SeparableProblem(
            contributions: [
                [[0.5, 0.0], [0.25, 0.25], [0.0, 0.5]],
                [[0.5, 0.1], [0.1, 0.5]],
            ],
            objectives: 2)
        let frontier = try separableFrontier(problem)
        // Enumerate the 6 outcomes and compare.
        var rows: [[Double]] = []
        for a in 0..<3 { for b in 0..<2 {
            rows.append((0..<2).map { 0 + problem.contribution(issue: 0, option: a, objective: $0)
                + problem.contribution(issue: 1, option: b, objective: $0) })
        } }
        let all = try PointSet(rows: rows)
        let expected = Set(try nonDominatedIndices(all).map { rows[$0] })
        let got = Set((0..<frontier.count).map { frontier.values($0) })
        #expect(got == expected)
        for i in 0..<frontier.count {
            #expect(problem.value(of: frontier.choices(i)) == frontier.values(i))
        }
    }
}
