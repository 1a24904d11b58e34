import Testing
import Pareto
import CostSharing

/// The library example in README.md, checked so the README stays true.
@Suite struct ReadmeExampleTests {
    @Test func readmeLibraryExample() throws {
        let points = try PointSet(rows: [[1, 3], [2, 2], [1, 1], [2, 2]])
        #expect(try nonDominatedIndices(points) == [0, 1, 3])
        #expect(try nonDominatedIndices(points, senses: [.minimize, .maximize]) == [0])
        #expect(try hypervolume(points, reference: [0, 0]) == 5.0)

        let analysis = try CostSharingAnalysis(scenario: Preset.sma2021.scenario)
        #expect(analysis.solutions.nash?.package.firstYearTotal == ReadmeFigures.sma2021Nash)
        #expect(analysis.textReport().contains("Nash"))
        // The CostSharing catalog's overview example.
        #expect("\(analysis.solutions.nash!.package)"
                == "936.0 first year, 52.6% in kind, no extra items, core split 42%/44%/14%, 5 years, defense budget, cap 5%")
    }
}

/// Figures the README quotes; a test keeps them in step with the model.
enum ReadmeFigures {
    static let sma2021Nash = 936.0   // README: "936.0 (billion won)"
}
