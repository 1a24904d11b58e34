import Testing
@testable import Pareto

@Suite struct BargainingProblemTests {
    let frontier = try! PointSet(rows: [[0, 10], [4, 8], [6, 6], [9, 1]])

    @Test func nashMaximizesTheProductOfGains() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        #expect(p.nash()?.index == 2)
        #expect(p.nash()?.gains == [5, 5])
    }

    @Test func candidatesBelowDisagreementAreExcluded() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        #expect(p.individuallyRational == [1, 2, 3])
        #expect(p.ideal == [9, 8])
    }

    @Test func utilitarianTieGoesToTheLowerIndex() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        #expect(p.utilitarian()?.index == 1)
    }

    @Test func kalaiSmorodinskyBalancesRelativeGains() throws {
        // ideal = [9, 8], d = [1, 1]: ranges 8 and 7. Relative gains: [4,8] → min(3/8, 7/7) = .375,
        // [6,6] → min(5/8, 5/7) = .625, [9,1] → 0.
        let p = try BargainingProblem(utilities: frontier, disagreement: [1, 1])
        #expect(p.kalaiSmorodinsky()?.index == 2)
    }

    @Test func egalitarianMaximizesTheSmallestGain() throws {
        let f = try PointSet(rows: [[3, 9], [5, 4], [8, 2]])
        let p = try BargainingProblem(utilities: f, disagreement: [0, 0])
        #expect(p.egalitarian()?.index == 1)   // min gains 3, 4, 2
    }

    @Test func noRationalCandidateGivesNil() throws {
        let p = try BargainingProblem(utilities: frontier, disagreement: [20, 20])
        #expect(p.nash() == nil && p.kalaiSmorodinsky() == nil && p.egalitarian() == nil && p.utilitarian() == nil)
    }

    @Test func disagreementPointMustMatchTheParties() {
        #expect(throws: ParetoError.wrongLength(what: "disagreement point", expected: 2, found: 3)) {
            try BargainingProblem(utilities: frontier, disagreement: [0, 0, 0])
        }
    }
}
