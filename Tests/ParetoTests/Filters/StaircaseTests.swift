import Testing
@testable import Pareto

@Suite struct StaircaseTests {
    /// Random inserts (thousands, so blocks split and empty) against a plain list.
    /// Seeds 0–3 also ask `covers` before each insertion, seeds 4–7 only `insertUnlessCovered`.
    @Test(arguments: 0..<8)
    func coversMatchesANaiveStaircase(_ seed: Int) {
        var rng = SplitMix64(seed: UInt64(seed % 4))
        var stairs = Staircase()
        var naive: [(Double, Double)] = []
        for step in 0..<3000 {
            // Points within a thin ring, rounded to a grid so that ties occur; later points
            // are a little further out, so insertions also remove runs of older points.
            let theta = Double.random(in: 0..<(Double.pi / 2), using: &rng)
            let rho = 1 + 0.001 * Double.random(in: 0..<1, using: &rng) + Double(step) * 2e-7
            let y = (rho * _cos(theta) * 4096).rounded() / 4096
            let z = (rho * _cos(Double.pi / 2 - theta) * 4096).rounded() / 4096
            let covered = naive.contains { $0.0 >= y && $0.1 >= z }
            if seed < 4 { #expect(stairs.covers(y, z) == covered) }
            #expect(stairs.insertUnlessCovered(y, z) == !covered)
            if !covered {
                naive.removeAll { $0.0 <= y && $0.1 <= z }
                naive.append((y, z))
            }
            #if PARETO_CHECK_INVARIANTS
            stairs.checkInvariants()
            #endif
        }
        #expect(stairs.count == naive.count)
        #expect(naive.count > 128)
    }
}
