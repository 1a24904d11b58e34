import CostSharing
import Genius
import Foundation
import Pareto

/// A cost-sharing scenario as a GENIUS negotiation: one domain and one linear additive profile
/// per party, so that GENIUS or NegMAS agents can negotiate over the packages the model
/// analyses.
///
/// **Representation.** The model's utilities are not additive over a package's features
/// (diminishing value of money, loss aversion around the headline increase, logistic
/// ratification, products of the total with the shares), while GENIUS profiles are additive
/// over issues. Splitting a package into issues would therefore misstate both sides'
/// preferences. Instead the domain has **one discrete issue, `package`**, whose values are the
/// exported packages, each labelled readably (``CostSharing/Package/geniusLabel``, e.g.
/// `1150bn|inkind60%|extra0%|2y|defense-budget-cap5%`). With one issue, an additive profile can
/// give every package any evaluation, so each party's utility is represented exactly up to the
/// rescaling below.
///
/// **Which packages.** A grid of 10⁶ packages is too large for one issue, so the export holds
/// either the analysis's Pareto frontier or every candidate (``CostSharingExportSelection``),
/// plus the agreement actually concluded when the scenario records one (off the grid, it is an
/// extra value; equal to an exported package, that value is marked as the agreement). More than
/// `maximumPackages` values is an error.
///
/// **Rescaling.** GENIUS divides a discrete issue's evaluations by the largest one, so each
/// party's evaluation is its model utility u rescaled affinely so that its best exported package
/// gets exactly 1: e = (u − low) / (high − low), where high is the party's largest utility among
/// the exported packages and low is the smaller of its smallest one and its no-deal utility d.
/// The reservation value is d rescaled the same way, (d − low) / (high − low), which lies in
/// [0, 1] unless d > high (the party prefers no deal to every exported package); then it is
/// clipped to 1. Including d in the low end (rather than rescaling over the packages alone and
/// clipping d to 0) keeps the reservation value exact whenever d ≤ high; the price is that the
/// worst package may evaluate above 0. (If high = low, every evaluation is 1 and the reservation
/// value is 1.) Every file carries an XML comment giving the selection, the label format, and
/// each party's low, high, d and whether d was clipped, so the model's utilities can be
/// recovered: u = low + e·(high − low).
///
/// **What is preserved.** e is a strictly increasing affine function of u, so in exact
/// arithmetic:
/// - each party's preference order over the exported packages is unchanged, hence so is the
///   set of non-dominated (Pareto-optimal) packages among them (``frontierIndices``);
/// - when neither reservation value is clipped, each party's order between every package and
///   no deal is unchanged, and so are the Nash solution (largest product of gains over the
///   reservation values) and the Kalai–Smorodinsky solution (largest smallest gain relative to
///   the ideal gain) over the exported packages, because both are invariant under a separate
///   positive affine transformation of each party's utilities (Nash 1950; Kalai & Smorodinsky
///   1975);
/// - when a party's reservation value is clipped (d > high), the party prefers no deal to every
///   exported package in the model but, in the export, is indifferent between no deal and its
///   best package.
///
/// Not preserved: anything that compares utilities across parties or sizes of gains, such as the
/// egalitarian and utilitarian solutions and utilities in previous-agreement years, and every
/// package left out of the export. In floating point the rescaling is monotone but not strictly
/// so: two utilities within about one unit in the last place of (high − low) may become equal,
/// which can only add packages to the non-dominated set (as ties), never remove one.
///
/// ```swift
/// let analysis = try CostSharingAnalysis(scenario: Preset.named("sma-2021").scenario)
/// let export = try CostSharingExport(analysis: analysis, selection: .frontier)
/// let urls = try export.write(to: URL(fileURLWithPath: "sma-2021-genius"))
/// // sma-2021-domain.xml, sma-2021-united-states.xml, sma-2021-south-korea.xml
/// ```
public struct CostSharingExport: Sendable {
    /// One exported package: one value of the `package` issue.
    public struct ExportedPackage: Sendable, Hashable {
        /// The value's label in the domain (unique within the export).
        public let label: String
        /// The package.
        public let package: CostSharing.Package
        /// Its row in the analysis's candidate set, or `nil` for an actual agreement off the grid.
        public let candidate: Int?
        /// Whether this is the agreement the scenario records as actually concluded.
        public let isActualAgreement: Bool
        /// The model's utilities.
        public let utilities: PartyPair<Double>
        /// The exported evaluations, each in [0, 1].
        public let evaluations: PartyPair<Double>
    }

    /// The name of the domain's single issue.
    public static let issueName = "package"
    /// The default limit on the number of exported packages.
    public static let defaultMaximumPackages = 10_000

    /// The scenario's name.
    public let scenarioName: String
    /// The parties' names.
    public let partyNames: PartyPair<String>
    /// Which packages were selected.
    public let selection: CostSharingExportSelection
    /// Number of candidates the analysis evaluated.
    public let candidateCount: Int
    /// The exported packages, in value order: frontier packages by increasing recipient utility
    /// (or all candidates in candidate order), then the actual agreement if it is off the grid.
    public let packages: [ExportedPackage]
    /// Positions in ``packages`` of the packages no other exported package dominates under the
    /// model's utilities, ascending. For ``CostSharingExportSelection/frontier`` these are all
    /// frontier packages unless an off-grid actual agreement dominates some of them, plus the
    /// actual agreement when nothing dominates it.
    public let frontierIndices: [Int]
    /// Each party's model-utility interval [low, high] mapped onto [0, 1]: high is its largest
    /// utility over the exported packages, low the smaller of its smallest one and its no-deal
    /// utility.
    public let utilityScales: PartyPair<ClosedRange<Double>>
    /// The model's no-deal utilities.
    public let disagreement: PartyPair<Double>
    /// The exported reservation values: the no-deal utilities rescaled, and clipped to 1 when
    /// above every exported package's utility.
    public let reservationValues: PartyPair<Double>
    /// Whether each party's rescaled no-deal utility exceeded 1 and was clipped.
    public let reservationClipped: PartyPair<Bool>
    /// The domain: one discrete issue, ``issueName``, whose values are the package labels.
    public let domain: NegotiationDomain
    /// The two profiles; each has weight 1 on the single issue.
    public let profiles: PartyPair<AdditiveProfile>

    /// Builds the export.
    ///
    /// - Parameters:
    ///   - analysis: A finished analysis.
    ///   - selection: Which packages to export.
    ///   - maximumPackages: The most packages the domain may hold (at least 1).
    /// - Throws: ``CostSharingExportError`` with ``CostSharingExportError/Problem/tooManyPackages(selection:count:limit:)``
    ///   when the selection (with the actual agreement) holds more than `maximumPackages` packages.
    /// - Complexity: O(m log m) for m exported packages (decoding, labels, the non-dominated
    ///   filter), after an O(1) size check.
    public init(
        analysis: CostSharingAnalysis, selection: CostSharingExportSelection = .frontier,
        maximumPackages: Int = CostSharingExport.defaultMaximumPackages
    ) throws(CostSharingExportError) {
        precondition(maximumPackages >= 1, "maximumPackages must be at least 1, got \(maximumPackages)")
        let scenario = analysis.scenario
        scenarioName = scenario.name
        partyNames = scenario.partyNames
        self.selection = selection
        candidateCount = analysis.candidateCount
        func tooMany(_ count: Int) -> CostSharingExportError {
            CostSharingExportError(scenario: scenario.name,
                                   problem: .tooManyPackages(selection: selection, count: count, limit: maximumPackages))
        }
        let selectedCount = selection == .frontier ? analysis.frontierRows.count : analysis.candidateCount
        guard selectedCount <= maximumPackages else {
            throw tooMany(selectedCount + (analysis.actual == nil ? 0 : 1))
        }
        let rows = selection == .frontier ? analysis.frontierRows : Array(0..<analysis.candidateCount)

        // The selected candidates, then the actual agreement (merged when it is one of them).
        var chosen: [(package: CostSharing.Package, candidate: Int?, actual: Bool, utilities: PartyPair<Double>)] = rows.map {
            (analysis.candidates.package(at: $0), $0, false,
             PartyPair(recipient: analysis.utilities.recipient[$0], host: analysis.utilities.host[$0]))
        }
        if let actual = analysis.actual?.outcome {
            if let i = chosen.firstIndex(where: { $0.package == actual.package }) {
                chosen[i].actual = true
            } else {
                guard chosen.count < maximumPackages else { throw tooMany(chosen.count + 1) }
                chosen.append((actual.package, nil, true, actual.utilities))
            }
        }

        // Unique labels.
        var used: Set<String> = []
        let labels = chosen.map { item -> String in
            let base = item.package.geniusLabel
            var label = base, k = 2
            while used.contains(label) { label = "\(base)#\(k)"; k += 1 }
            used.insert(label)
            return label
        }

        // Rescaling per party.
        let disagreement = analysis.disagreement
        self.disagreement = disagreement
        var scales = PartyPair<ClosedRange<Double>>(recipient: 0...0, host: 0...0)
        var evaluations = [PartyPair<Double>](repeating: PartyPair(recipient: 1, host: 1), count: chosen.count)
        var reservations = PartyPair(recipient: 1.0, host: 1.0), clipped = PartyPair(recipient: false, host: false)
        for party in Party.allCases {
            let u = chosen.map { $0.utilities[party] }
            let d = disagreement[party], high = u.max()!, low = min(u.min()!, d)
            scales[party] = low...high
            if high > low {
                for i in u.indices { evaluations[i][party] = (u[i] - low) / (high - low) }
                reservations[party] = d > high ? 1 : (d - low) / (high - low)
            }
            clipped[party] = d > high
        }
        utilityScales = scales
        reservationValues = reservations
        reservationClipped = clipped
        packages = chosen.indices.map {
            ExportedPackage(label: labels[$0], package: chosen[$0].package, candidate: chosen[$0].candidate,
                            isActualAgreement: chosen[$0].actual, utilities: chosen[$0].utilities,
                            evaluations: evaluations[$0])
        }

        // Non-dominated exported packages under the model's utilities.
        do {
            let points = try PointSet(rows: chosen.map { [$0.utilities.recipient, $0.utilities.host] })
            frontierIndices = try nonDominatedIndices(points, senses: [.maximize, .maximize])
        } catch {
            // Utilities of a valid analysis are finite; anything else is a programmer error.
            preconditionFailure("export frontier: \(error)")
        }

        let domain = NegotiationDomain(name: scenario.name, issues: [
            NegotiationIssue(name: Self.issueName, kind: .discrete(labels)),
        ])
        self.domain = domain
        let slugs = Self.profileNames(scenario.partyNames)
        func profile(_ party: Party) -> AdditiveProfile {
            var table: [String: Double] = [:]
            for (i, label) in labels.enumerated() { table[label] = evaluations[i][party] }
            return AdditiveProfile(name: slugs[party], domain: domain, weights: [1], evaluators: [.discrete(table)],
                                   reservationValue: reservations[party], discountFactor: 1)
        }
        profiles = PartyPair(recipient: profile(.recipient), host: profile(.host))
    }

    /// The file names ``write(to:)`` uses: `<scenario>-domain.xml` and, per party,
    /// `<scenario>-<party>.xml`, where names are lowercased and characters other than letters,
    /// digits, `-` and `_` become `-` (e.g. `sma-2021-united-states.xml`).
    public var fileNames: (domain: String, profiles: PartyPair<String>) {
        let stem = Self.slug(scenarioName, fallback: "scenario")
        return (stem + "-domain.xml", profiles.map { "\(stem)-\($0.name).xml" })
    }

    /// Writes the domain and both profiles into `directory` (created if missing), each with an
    /// XML comment explaining the export (``comment(forParty:)``).
    ///
    /// - Parameter directory: The output directory.
    /// - Returns: The domain file, then the recipient's and the host's profile files.
    /// - Throws: ``CostSharingExportError`` with ``CostSharingExportError/Problem/unwritable(_:)``
    ///   when the directory cannot be created or a file cannot be written.
    /// - Complexity: O(m) for m exported packages.
    @discardableResult
    public func write(to directory: URL) throws(CostSharingExportError) -> [URL] {
        func fail(_ file: String, _ element: String, _ error: any Error) -> CostSharingExportError {
            CostSharingExportError(scenario: scenarioName, problem: .unwritable(GeniusError(
                file: file, element: element, problem: .unwritable(error.localizedDescription))))
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw fail(directory.path, "directory", error)
        }
        let names = fileNames
        var documents = [(names.domain, GeniusXMLWriter.domainXML(domain, comment: comment(forParty: nil)))]
        for party in Party.allCases {
            let profile = profiles[party]
            do {
                documents.append((names.profiles[party], try GeniusXMLWriter.profileXML(profile, comment: comment(forParty: party))))
            } catch {
                // Evaluations are in [0, 1] with a largest of exactly 1, which the writer accepts.
                preconditionFailure("profile \(profile.name): \(error)")
            }
        }
        var urls: [URL] = []
        for (name, text) in documents {
            let url = directory.appendingPathComponent(name)
            do { try Data(text.utf8).write(to: url, options: .atomic) } catch { throw fail(url.path, "file", error) }
            urls.append(url)
        }
        return urls
    }

    /// The text of the XML comment at the top of each file: what was exported, the label
    /// format, the rescaling with each party's min, max and no-deal utility, and what the
    /// rescaling preserves.
    ///
    /// - Parameter party: The party of a profile file, `nil` for the domain file.
    /// - Returns: Several lines of plain text.
    public func comment(forParty party: Party?) -> String {
        var lines: [String] = []
        let this = party.map { "profile of \(partyNames[$0]) (\($0.rawValue))" } ?? "the domain"
        lines.append("Cost-sharing scenario \"\(scenarioName)\" exported by the frontier tool (analyze, export-genius option); this file: \(this).")
        let actual = packages.first { $0.isActualAgreement }
        let selected = selection == .frontier
            ? "the \(packages.filter { $0.candidate != nil }.count) packages of the model's Pareto frontier (of \(candidateCount) candidates)"
            : "all \(candidateCount) candidates that meet the scenario's hard constraints"
        lines.append("One discrete issue \"\(Self.issueName)\" with \(packages.count) values: \(selected)"
            + (actual.map { $0.candidate == nil ? ", plus the actual agreement \"\($0.label)\"" : "; the actual agreement is \"\($0.label)\"" } ?? "")
            + ". \(frontierIndices.count) of the values are non-dominated.")
        lines.append("Value labels: first-year total in billions of the scenario's currency | in-kind share of the total"
            + " | extra-category share (split over the extra categories) | term in years | escalation rule.")
        lines.append("The model's utilities are not additive over these features, so each package is one value. Each party's"
            + " evaluation is its model utility u rescaled affinely, e = (u - low)/(high - low), where high is its best"
            + " utility among the exported packages and low the smaller of its worst one and its no-deal utility d;"
            + " the reservation value is d rescaled the same way (clipped to 1 if d is above high).")
        for p in Party.allCases {
            let r = utilityScales[p]
            lines.append("\(partyNames[p]): low = \(r.lowerBound), high = \(r.upperBound), d = \(disagreement[p]),"
                + " reservation = \(reservationValues[p])\(reservationClipped[p] ? " (clipped)" : "").")
        }
        lines.append("Affine rescaling keeps each party's order over the packages, hence the Pareto set; with unclipped"
            + " reservation values it also keeps each party's order against no deal and the Nash and Kalai-Smorodinsky"
            + " solutions over these packages. Comparisons across parties (egalitarian, utilitarian solutions) and"
            + " packages outside the export are not preserved.")
        return lines.joined(separator: "\n")
    }

    // MARK: Names

    private static func slug(_ name: String, fallback: String) -> String {
        var out = ""
        for c in name.lowercased() {
            let keep = (c.isLetter || c.isNumber || c == "_") && c.isASCII
            if keep || c == "-" { out.append(c) } else if !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }

    private static func profileNames(_ parties: PartyPair<String>) -> PartyPair<String> {
        let names = PartyPair(recipient: slug(parties.recipient, fallback: "recipient"), host: slug(parties.host, fallback: "host"))
        return names.recipient == names.host || names.recipient == "domain" || names.host == "domain"
            ? PartyPair(recipient: "recipient", host: "host") : names
    }
}
