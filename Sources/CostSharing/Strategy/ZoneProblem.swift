import Pareto

extension CostSharingAnalysis {
    /// The frontier packages inside the zone of agreement (both gains strictly positive) and the
    /// two-party bargaining problem over them (recipient = party 0, host = party 1), as the
    /// analysis's own solutions use; `nil` when the zone is empty.
    /// - Complexity: O(F) for F frontier packages.
    func zoneProblem() -> (packages: [PackageOutcome], problem: BargainingProblem)? {
        let inZone = frontier.filter { $0.gains.recipient > 0 && $0.gains.host > 0 }
        guard !inZone.isEmpty,
              let points = try? PointSet(rows: inZone.map { [$0.utilities.recipient, $0.utilities.host] }),
              let problem = try? BargainingProblem(utilities: points, disagreement: [disagreement.recipient, disagreement.host])
        else { return nil }
        return (inZone, problem)
    }
}
