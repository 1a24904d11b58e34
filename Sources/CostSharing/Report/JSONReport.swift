import Foundation

/// The whole analysis as a JSON document (the `--format json` output).
///
/// Top-level fields: `scenario` (name, title), `currency`, `previousTotal`, `gridSize`,
/// `candidates` (how many packages were evaluated), `partyNames`, `disagreement`, `noDeal`,
/// `zone`, `solutions` (`nash`, `kalaiSmorodinsky`, `egalitarian`, `utilitarian`; absent when
/// the zone is empty), `actual`, `frontier` (every frontier package) and `timings`.
struct AnalysisDocument: Encodable {
    struct ScenarioInfo: Encodable { var name: String; var title: String }
    struct Solutions: Encodable {
        var nash: PackageOutcome?
        var kalaiSmorodinsky: PackageOutcome?
        var egalitarian: PackageOutcome?
        var utilitarian: PackageOutcome?
    }
    var scenario: ScenarioInfo
    var currency: Currency
    var previousTotal: Double
    var gridSize: Int
    var candidates: Int
    var partyNames: [String]
    var disagreement: [Double]
    var noDeal: String
    var zone: ZoneOfAgreement
    var solutions: Solutions
    var actual: AgreementAssessment?
    var frontier: [PackageOutcome]
    var timings: StageTimings
}

extension CostSharingAnalysis {
    /// The analysis as pretty-printed JSON with sorted keys; see the analyst guide for the fields.
    /// `"candidates"` is the number of packages evaluated.
    public func jsonReport() -> Data {
        let doc = AnalysisDocument(
            scenario: .init(name: scenario.name, title: scenario.title), currency: scenario.currency,
            previousTotal: scenario.previousTotal, gridSize: gridSize, candidates: candidateCount,
            partyNames: scenario.partyNames, disagreement: disagreement, noDeal: scenario.noDeal.description,
            zone: zone,
            solutions: .init(nash: nash, kalaiSmorodinsky: kalaiSmorodinsky, egalitarian: egalitarian, utilitarian: utilitarian),
            actual: actual, frontier: frontier, timings: timings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(doc) } catch { preconditionFailure("analysis encoding failed: \(error)") }
    }
}
