import Foundation

/// The version of the Frontier library and tool, recorded in every JSON report.
public enum FrontierVersion {
    /// Semantic version of this release.
    public static let current = "0.2.0"
}

/// The whole analysis as a JSON document (the `--format json` output).
///
/// Top-level fields: `kind` (`"frontier-analysis"`), `version`, `scenario` (the whole scenario
/// analysed, every parameter, so that the report alone reruns the analysis: see
/// ``Scenario/decode(fromReport:)``), `gridWidening`, `gridSize`, `candidates` (how many
/// packages were evaluated), `admissible`, `disagreement`, `zone`, `solutions` (`nash`,
/// `kalaiSmorodinsky`, `egalitarian`, `utilitarian`; absent when the zone is empty),
/// `interpersonalComparison` (the caveat on the last two), `actual`, `warnings`, `frontier`
/// (every frontier package), `timings`, and `strategy` when the scenario has strategy inputs
/// (``StrategyAnalysis``: `alternatingOffers`, `patience`, `waiting`, `terms`, `linkage`, `winSet`, `bothWin`).
struct AnalysisDocument: Encodable {
    static let kind = "frontier-analysis"
    var kind: String
    var version: String
    var scenario: Scenario
    var gridWidening: GridWidening?
    var gridSize: Int
    var candidates: Int
    var admissible: Int
    var disagreement: PartyPair<Double>
    var zone: ZoneOfAgreement
    var solutions: BargainingSolutions
    var interpersonalComparison: String
    var actual: AgreementAssessment?
    var warnings: [ScenarioWarning]
    var frontier: [PackageOutcome]
    /// Seconds per stage; left out of the samples report, which must be the same byte for byte on every run.
    var timings: StageTimings?
    /// The strategy section, when the scenario has its inputs.
    var strategy: StrategyDocument?

    init(_ a: CostSharingAnalysis, timings: Bool = true) {
        kind = Self.kind; version = FrontierVersion.current; scenario = a.scenario; gridWidening = a.gridWidening
        gridSize = a.gridSize; candidates = a.candidateCount; admissible = a.admissibleCount; disagreement = a.disagreement
        zone = a.zone; solutions = a.solutions; interpersonalComparison = BargainingSolutions.interpersonalComparisonCaveat
        actual = a.actual; warnings = a.warnings; frontier = a.frontier; self.timings = timings ? a.timings : nil
    }
}

extension CostSharingAnalysis {
    /// The analysis as pretty-printed JSON with sorted keys; see the analyst guide for the fields.
    /// With `strategy`, its section is the document's `strategy` key.
    /// `"candidates"` is the number of packages evaluated; `"scenario"` is the scenario in full.
    /// - Throws: ``ScenarioError`` when a number cannot be written (not finite).
    public func jsonReport(strategy: StrategyAnalysis? = nil) throws(ScenarioError) -> Data {
        var doc = AnalysisDocument(self)
        doc.strategy = strategy.map { StrategyDocument($0, scenario: scenario) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(doc) } catch {
            throw ScenarioError(path: "", message: "the report cannot be written as JSON: \(error)")
        }
    }
}

extension Scenario {
    /// The scenario a JSON report (``CostSharingAnalysis/jsonReport()``) was made from, read and
    /// validated, so that `frontier analyze report.json` reruns the analysis.
    /// - Throws: ``ScenarioError`` with the path inside `scenario` when it is invalid.
    /// - Parameter limits: Size, nesting and array-length bounds checked before decoding.
    public static func decode(fromReport data: Data, limits: JSONInputLimits = JSONInputLimits()) throws(ScenarioError) -> Scenario {
        struct Envelope: Decodable { var kind: String; var version: String; var scenario: Scenario }
        let envelope = try decodeJSON(Envelope.self, from: data, limits: limits)
        guard envelope.kind == AnalysisDocument.kind else {
            throw ScenarioError(path: "kind", message: "expected \"\(AnalysisDocument.kind)\", found \"\(envelope.kind)\"")
        }
        do { try envelope.scenario.validate() } catch {
            throw ScenarioError(path: error.path.isEmpty ? "scenario" : "scenario." + error.path, message: error.message)
        }
        return envelope.scenario
    }

    /// Whether `data` looks like a JSON report rather than a scenario (it has a top-level
    /// `"kind": "frontier-analysis"`).
    /// A document over the default ``JSONInputLimits`` is not probed (and is refused when decoded).
    public static func isReport(_ data: Data) -> Bool {
        struct Probe: Decodable { var kind: String? }
        let limits = JSONInputLimits()
        guard data.count <= limits.maximumBytes,
              checkJSONStructure(data, maximumDepth: limits.maximumDepth, maximumCount: limits.maximumCount) == nil
        else { return false }
        return (try? JSONDecoder().decode(Probe.self, from: data))?.kind == AnalysisDocument.kind
    }
}
