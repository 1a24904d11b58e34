import CostSharing
import Foundation
import Pareto
import Testing
@testable import CostSharingGenius
import Genius

/// Cost-sharing scenarios exported as GENIUS files: written, read back with the GENIUS reader,
/// and compared with the model's utilities.
@Suite struct CostSharingExportTests {
    private static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("CostSharingExportTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func analysis(_ preset: String) throws -> CostSharingAnalysis {
        try CostSharingAnalysis(scenario: try Preset.named(preset).scenario)
    }

    /// Writes `export`, reads the three files back, and returns each value label's read-back
    /// utilities [recipient, host] in domain order, with the read-back profiles.
    private static func readBack(_ export: CostSharingExport) throws -> (labels: [String], utilities: [[Double]], profiles: [AdditiveProfile]) {
        let urls = try export.write(to: try directory())
        #expect(urls.count == 3)
        let domain = try NegotiationDomain(contentsOf: urls[0])
        let profiles = try urls.dropFirst().map { url throws(GeniusError) in try AdditiveProfile(contentsOf: url, domain: domain) }
        #expect(domain.issues.count == 1)
        guard case let .discrete(labels) = domain.issues[0].kind else {
            Issue.record("the package issue is not discrete")
            return ([], [], profiles)
        }
        let utilities = labels.map { label in profiles.map { $0.utility(of: [IssueValue(label: label)]) } }
        return (labels, utilities, profiles)
    }

    /// The rescaling computed independently of the export: low = min(worst utility, d), high = best.
    private static func expectedEvaluation(_ u: Double, among all: [Double], disagreement d: Double) -> Double {
        let high = all.max()!, low = min(all.min()!, d)
        return high > low ? (u - low) / (high - low) : 1
    }

    @Test func frontierExportReadsBackToTheRescaledModelUtilities() throws {
        let analysis = try Self.analysis("sma-2021")
        let export = try CostSharingExport(analysis: analysis, selection: .frontier)
        let (labels, utilities, profiles) = try Self.readBack(export)
        #expect(labels == export.packages.map(\.label))
        #expect(profiles.map(\.name) == ["sma-2021-united-states", "sma-2021-south-korea"])
        for (k, party) in Party.allCases.enumerated() {
            let model = export.packages.map { $0.utilities[party] }
            var worst = 0.0
            for (i, package) in export.packages.enumerated() {
                let expected = Self.expectedEvaluation(model[i], among: model, disagreement: analysis.disagreement[party])
                worst = max(worst, abs(utilities[i][k] - expected), abs(package.evaluations[party] - expected))
            }
            #expect(worst <= 1e-12, "party \(party): read-back utilities differ by up to \(worst)")
            #expect(utilities.map { $0[k] }.max() == 1)
            #expect(utilities.allSatisfy { $0[k] >= 0 && $0[k] <= 1 })
        }
        // Frontier packages carry the analysis's own utilities.
        for package in export.packages {
            if let row = package.candidate {
                #expect(package.utilities == PartyPair(recipient: analysis.utilities.recipient[row], host: analysis.utilities.host[row]))
                #expect(package.package == analysis.candidates.package(at: row))
            }
        }
        #expect(Set(export.packages.compactMap(\.candidate)) == Set(analysis.frontierRows))
    }

    @Test func reservationValuesAreTheNoDealUtilitiesRescaled() throws {
        let analysis = try Self.analysis("sma-2021")
        let export = try CostSharingExport(analysis: analysis)
        let (_, _, profiles) = try Self.readBack(export)
        for (k, party) in Party.allCases.enumerated() {
            let model = export.packages.map { $0.utilities[party] }
            let d = analysis.disagreement[party]
            let expected = Self.expectedEvaluation(d, among: model, disagreement: d)
            #expect(abs(profiles[k].reservationValue - expected) <= 1e-12)
            #expect(profiles[k].reservationValue == export.reservationValues[party])
            #expect(!export.reservationClipped[party])
            #expect(profiles[k].discountFactor == 1)
        }
        // The low end of each scale is the smaller of the worst exported package and no deal; when
        // no deal is the low end, the reservation value is exactly 0.
        for party in Party.allCases {
            let worst = export.packages.map { $0.utilities[party] }.min()!, d = analysis.disagreement[party]
            #expect(export.utilityScales[party].lowerBound == min(worst, d))
            if d < worst { #expect(export.reservationValues[party] == 0) }
        }
    }

    @Test func paretoSetOfTheReadBackDomainIsTheExportedFrontier() throws {
        let analysis = try Self.analysis("sma-2021")
        let export = try CostSharingExport(analysis: analysis)
        let (_, utilities, _) = try Self.readBack(export)
        let readBackFrontier = try nonDominatedIndices(PointSet(rows: utilities), senses: [.maximize, .maximize])
        #expect(readBackFrontier == export.frontierIndices)
        // The exported frontier, from the model's utilities by brute force.
        let model = try PointSet(rows: export.packages.map { [$0.utilities.recipient, $0.utilities.host] })
        #expect(try export.frontierIndices == bruteForceNonDominatedIndices(model, senses: [.maximize, .maximize]))
        // Every frontier package of the analysis stays non-dominated unless the off-grid agreement dominates it.
        let actual = try #require(export.packages.last)
        #expect(actual.isActualAgreement && actual.candidate == nil)
        for (i, p) in export.packages.enumerated() where p.candidate != nil {
            let dominatedByActual = actual.utilities.recipient >= p.utilities.recipient && actual.utilities.host >= p.utilities.host
                && actual.utilities != p.utilities
            #expect(export.frontierIndices.contains(i) != dominatedByActual)
        }
    }

    @Test func allCandidatesExportOfASmallPresetKeepsItsFrontier() throws {
        // sma-2024 with every fourth total (about 2,000 candidates) keeps the read-back quick.
        var scenario = try Preset.named("sma-2024").scenario
        scenario.grid.totals.step *= 4
        let analysis = try CostSharingAnalysis(scenario: scenario)
        #expect(analysis.candidateCount > 1000)
        let export = try CostSharingExport(analysis: analysis, selection: .all)
        let onGrid = export.packages.filter { $0.candidate != nil }
        #expect(onGrid.map { $0.candidate! } == Array(0..<analysis.candidateCount))
        #expect(export.packages.filter(\.isActualAgreement).count == (analysis.actual == nil ? 0 : 1))
        let (labels, utilities, _) = try Self.readBack(export)
        #expect(labels.count == export.packages.count)
        let readBackFrontier = try nonDominatedIndices(PointSet(rows: utilities), senses: [.maximize, .maximize])
        #expect(readBackFrontier == export.frontierIndices)
        // Without the off-grid agreement, the exported frontier is exactly the analysis's.
        let frontierRows = Set(export.frontierIndices.compactMap { export.packages[$0].candidate })
        let actual = export.packages.first { $0.isActualAgreement && $0.candidate == nil }
        if actual == nil || export.frontierIndices.count == analysis.frontierRows.count + 1 {
            #expect(frontierRows == Set(analysis.frontierRows))
        }
    }

    @Test(arguments: ["sma-2019", "sma-2021", "sma-2024", "japan-2022"])
    func nashAndKalaiSmorodinskyOfTheExportAreTheModels(preset: String) throws {
        let analysis = try Self.analysis(preset)
        let export = try CostSharingExport(analysis: analysis)
        #expect(export.reservationClipped == PartyPair(recipient: false, host: false), "\(preset): a reservation value was clipped")
        let (_, utilities, profiles) = try Self.readBack(export)
        let exported = try BargainingProblem(utilities: PointSet(rows: utilities), disagreement: profiles.map(\.reservationValue))
        let model = try BargainingProblem(utilities: PointSet(rows: export.packages.map { [$0.utilities.recipient, $0.utilities.host] }),
                                          disagreement: [analysis.disagreement.recipient, analysis.disagreement.host])
        #expect(exported.nash()?.index == model.nash()?.index)
        #expect(exported.kalaiSmorodinsky()?.index == model.kalaiSmorodinsky()?.index)
        // When the agreement is not the Nash package, the export's Nash package is the analysis's.
        if let nash = exported.nash(), !export.packages[nash.index].isActualAgreement || export.packages[nash.index].candidate != nil {
            #expect(export.packages[nash.index].package == analysis.solutions.nash?.package)
        }
    }

    @Test func reservationAboveEveryPackageIsClippedToOne() throws {
        var scenario = try Preset.named("sma-2021").scenario
        // Korea indifferent to a package cheaper than anything in the grid: no deal beats every package.
        var cheap = try #require(scenario.actual?.package)
        cheap.firstYearTotal = scenario.grid.totals.from - 50
        cheap.escalation = .fixed(rate: 0)
        scenario.noDeal.hostIndifferentTo = cheap
        scenario.grid.maximumSize = scenario.grid.size   // keep the grid: no widening towards the anchor
        let analysis = try CostSharingAnalysis(scenario: scenario)
        let export = try CostSharingExport(analysis: analysis)
        #expect(analysis.disagreement.host > export.packages.map { $0.utilities.host }.max()!)
        #expect(export.reservationValues.host == 1)
        #expect(export.reservationClipped == PartyPair(recipient: false, host: true))
        #expect(export.comment(forParty: .host).contains("(clipped)"))
        let (_, _, profiles) = try Self.readBack(export)
        #expect(profiles[1].reservationValue == 1)
    }

    @Test func onePackageExportEvaluatesItAsOne() throws {
        var scenario = try Preset.named("sma-2021").scenario
        let g = scenario.grid
        scenario.grid = CandidateGrid(totals: Steps(from: 1100, through: 1100, step: 1), inKindShares: [g.inKindShares[0]],
                                      extraShares: [0], extraSplits: [], durations: [g.durations[0]],
                                      escalations: [g.escalations[0]], maximumSize: 1)
        scenario.actual = nil
        let analysis = try CostSharingAnalysis(scenario: scenario)
        let export = try CostSharingExport(analysis: analysis, selection: .all)
        #expect(export.packages.count == 1)
        #expect(export.frontierIndices == [0])
        #expect(export.packages[0].evaluations == PartyPair(recipient: 1, host: 1))
        let (labels, utilities, profiles) = try Self.readBack(export)
        #expect(labels.count == 1)
        #expect(utilities == [[1, 1]])
        // Reservation values are the no-deal utilities rescaled with the package at 1.
        for (k, party) in Party.allCases.enumerated() {
            let u = export.packages[0].utilities[party], d = analysis.disagreement[party]
            let expected = d > u ? 1 : (u > d ? 0 : 1)
            #expect(profiles[k].reservationValue == Double(expected))
        }
    }

    @Test func actualAgreementOnTheGridIsMarkedNotDuplicated() throws {
        var scenario = try Preset.named("sma-2021").scenario
        let analysisBefore = try CostSharingAnalysis(scenario: scenario)
        let onGrid = analysisBefore.candidates.package(at: analysisBefore.frontierRows[3])
        scenario.actual = ActualAgreement(label: "on the grid", package: onGrid)
        let analysis = try CostSharingAnalysis(scenario: scenario)
        let export = try CostSharingExport(analysis: analysis)
        #expect(export.packages.count == analysis.frontierRows.count)
        let marked = export.packages.filter(\.isActualAgreement)
        #expect(marked.count == 1)
        #expect(marked.first?.candidate == analysis.frontierRows[3])
        #expect(export.comment(forParty: nil).contains("the actual agreement is \"\(onGrid.geniusLabel)\""))
    }

    @Test func exportsLargerThanTheLimitAreRefused() throws {
        let analysis = try Self.analysis("sma-2021")
        #expect(throws: CostSharingExportError(scenario: "sma-2021", problem: .tooManyPackages(
            selection: .all, count: analysis.candidateCount + 1, limit: 10_000))) {
            try CostSharingExport(analysis: analysis, selection: .all)
        }
        // The frontier (n packages) fits in n values, but not with the off-grid agreement.
        let n = analysis.frontierRows.count
        #expect(throws: CostSharingExportError(scenario: "sma-2021", problem: .tooManyPackages(
            selection: .frontier, count: n + 1, limit: n))) {
            try CostSharingExport(analysis: analysis, maximumPackages: n)
        }
        #expect(try CostSharingExport(analysis: analysis, maximumPackages: n + 1).packages.count == n + 1)
        let message = CostSharingExportError(scenario: "s", problem: .tooManyPackages(selection: .all, count: 20, limit: 10)).description
        #expect(message == "s: exporting all candidates would give 20 packages, more than the limit of 10; export the frontier, or raise the limit")
    }

    @Test func labelsNameEveryFieldAndAreUnique() throws {
        let p = CostSharing.Package(firstYearTotal: 1183.3, inKindShare: 0.586, extraShare: 0.1, extraSplit: [0.5, 0.5],
                                    duration: 6, escalation: .defenseBudget(cap: nil))
        #expect(p.geniusLabel == "1183.3bn|inkind58.6%|extra10%(50/50)|6y|defense-budget-nocap")
        var oneYear = p
        oneYear.duration = 1
        #expect(oneYear.geniusLabel == "1183.3bn|inkind58.6%|extra10%(50/50)|1y|none")
        var split = p
        split.coreShares = [0.421, 0.433, 0.146]
        #expect(split.geniusLabel == "1183.3bn|inkind58.6%|extra10%(50/50)|core(42.1/43.3/14.6)|6y|defense-budget-nocap")
        let q = CostSharing.Package(firstYearTotal: 1150, inKindShare: 0.6, extraShare: 0, extraSplit: [],
                                    duration: 2, escalation: .cpi(cap: 0.05))
        #expect(q.geniusLabel == "1150bn|inkind60%|extra0%|2y|cpi-cap5%")
        var r = q
        r.escalation = .fixed(rate: 0.04)
        #expect(r.geniusLabel == "1150bn|inkind60%|extra0%|2y|fixed4%")
        r.escalation = .defenseBudget(cap: 0.035)
        #expect(r.geniusLabel == "1150bn|inkind60%|extra0%|2y|defense-budget-cap3.5%")

        // japan-2022 has an extra category; its frontier labels are unique.
        let analysis = try Self.analysis("japan-2022")
        let export = try CostSharingExport(analysis: analysis, selection: .frontier)
        #expect(Set(export.packages.map(\.label)).count == export.packages.count)
    }

    @Test func everyFileStartsWithACommentDescribingTheExport() throws {
        let export = try CostSharingExport(analysis: try Self.analysis("sma-2021"))
        let urls = try export.write(to: try Self.directory().appendingPathComponent("new/nested"))
        #expect(urls.map(\.lastPathComponent) == ["sma-2021-domain.xml", "sma-2021-united-states.xml", "sma-2021-south-korea.xml"])
        for (i, url) in urls.enumerated() {
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[1].hasPrefix("<!-- Cost-sharing scenario \"sma-2021\""))
            #expect(text.contains(i == 0 ? "this file: the domain" : i == 1 ? "profile of United States (recipient)" : "profile of South Korea (host)"))
            #expect(text.contains("e = (u - low)/(high - low)"))
            #expect(text.contains("United States: low = \(export.utilityScales.recipient.lowerBound), high = \(export.utilityScales.recipient.upperBound)"))
            #expect(text.contains("the \(export.packages.count - 1) packages of the model's Pareto frontier (of \(export.candidateCount) candidates), plus the actual agreement"))
        }
    }

    @Test func writingUnderARegularFileFailsWithAnUnwritableError() throws {
        let export = try CostSharingExport(analysis: try Self.analysis("sma-2024"))
        let file = try Self.directory().appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        do {
            try export.write(to: file.appendingPathComponent("out"))
            Issue.record("writing under a regular file succeeded")
        } catch {
            guard case let .unwritable(inner) = error.problem else {
                Issue.record("unexpected problem \(error.problem)")
                return
            }
            #expect(inner.element == "directory")
            #expect(error.description.hasPrefix("sma-2024: "))
            #expect(error.description.contains("plain/out"))
        }
    }

    @Test func toolExportReadsBackWithTheGeniusReaderToTheLibrarysExport() throws {
        // The tool next to the test runner (same build directory, whatever the scratch path), else
        // the default debug build.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let tool = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("frontier"),
                    root.appendingPathComponent(".build/debug/frontier")]
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? root.appendingPathComponent(".build/debug/frontier")
        try #require(FileManager.default.isExecutableFile(atPath: tool.path), "build the frontier tool first (swift build)")
        let out = try Self.directory().appendingPathComponent("export")
        let process = Process()
        process.executableURL = tool
        process.arguments = ["analyze", "--preset", "japan-2022", "--export-genius", out.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let expected = try CostSharingExport(analysis: try Self.analysis("japan-2022"))
        let names = expected.fileNames
        #expect(names.domain == "japan-2022-domain.xml"
                && names.profiles == PartyPair(recipient: "japan-2022-united-states.xml", host: "japan-2022-japan.xml"))
        let domain = try NegotiationDomain(contentsOf: out.appendingPathComponent(names.domain))
        #expect(domain.issues == expected.domain.issues)
        for party in Party.allCases {
            let file = names.profiles[party]
            let profile = try AdditiveProfile(contentsOf: out.appendingPathComponent(file), domain: domain)
            #expect(profile.reservationValue == expected.reservationValues[party])
            for package in expected.packages {
                #expect(profile.utility(of: [IssueValue(label: package.label)]) == package.evaluations[party])
            }
        }
    }

    @Test func fileNamesAreSlugsAndEqualPartyNamesFallBackToRoles() throws {
        var scenario = try Preset.named("sma-2024").scenario
        scenario.name = "My Scenario/2024 (draft)"
        scenario.partyNames = PartyPair(recipient: "Ally", host: "Ally")
        let export = try CostSharingExport(analysis: try CostSharingAnalysis(scenario: scenario))
        #expect(export.fileNames.domain == "my-scenario-2024-draft-domain.xml")
        #expect(export.fileNames.profiles == PartyPair(recipient: "my-scenario-2024-draft-recipient.xml", host: "my-scenario-2024-draft-host.xml"))
        let urls = try export.write(to: try Self.directory())
        #expect(urls.map(\.lastPathComponent) == [export.fileNames.domain, export.fileNames.profiles.recipient, export.fileNames.profiles.host])
    }
}
