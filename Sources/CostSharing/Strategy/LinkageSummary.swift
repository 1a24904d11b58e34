/// A ``LinkageAnalysis`` shaped for a report: the value of `"linkage"` in JSON, and its text lines.
///
/// ```json
/// "linkage": {
///   "issues": [{"name": "…", "options": 3, "onFrontier": ["none", "…"], "atNash": "…"}],
///   "frontierPoints": {"withoutLinkage": 41, "withLinkage": 212},
///   "zonePoints": {"withoutLinkage": 0, "withLinkage": 37},
///   "zoneOpens": true,
///   "nash": {"withoutLinkage": null, "withLinkage": {"package": {…}, "candidate": 1234,
///            "utilities": {…}, "gains": {…}, "packageUtilities": {…}, "packageGains": {…},
///            "options": [{"issue": "…", "option": "…", "value": {…}, "headline": 0}],
///            "headline": 1519.2, "outcomes": 1}},
///   "frontier": [ … every joint frontier point, shaped as the agreement above … ]
/// }
/// ```
///
/// An agreement has the shape of the report's solutions: `package` (the terms), `candidate`
/// (the package's row), `utilities` and `gains` (joint, with the options), plus the package's own
/// `packageUtilities` and `packageGains`, the chosen `options`, the total `headline` (billions of
/// the currency: the first-year total plus the options' headlines) and `outcomes` (how many
/// combinations give these utilities). Without linkage `options` is empty and the utilities are
/// the package's.
public struct LinkageSummary: Sendable, Encodable {
    /// A figure with and without the linked issues.
    public struct Comparison<Value: Sendable & Encodable>: Sendable, Encodable {
        public var withoutLinkage: Value
        public var withLinkage: Value

        enum CodingKeys: String, CodingKey { case withoutLinkage, withLinkage }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            // Absent values are written as null, so that both keys are always present.
            try c.encode(withoutLinkage, forKey: .withoutLinkage)
            try c.encode(withLinkage, forKey: .withLinkage)
        }
    }

    /// One linked issue on the joint frontier.
    public struct Issue: Sendable, Encodable {
        public var name: String
        /// Number of options the issue lists.
        public var options: Int
        /// The options some joint frontier point picks, in the issue's order.
        public var onFrontier: [String]
        /// The option at the joint Nash solution; `nil` when the joint zone is empty.
        public var atNash: String?
    }

    /// One chosen option.
    public struct ChosenOption: Sendable, Encodable {
        public var issue: String
        public var option: String
        /// Billions of the currency per year, to each side.
        public var value: PartyPair<Double>
        /// Billions of the currency per year the recipient could announce.
        public var headline: Double
    }

    /// A joint agreement, in the shape of the report's solutions.
    public struct Agreement: Sendable, Encodable {
        public var package: Package
        public var candidate: Int?
        public var utilities: PartyPair<Double>
        public var gains: PartyPair<Double>
        public var packageUtilities: PartyPair<Double>
        public var packageGains: PartyPair<Double>
        public var options: [ChosenOption]
        public var headline: Double
        public var outcomes: Double
    }

    public var issues: [Issue]
    public var frontierPoints: Comparison<Int>
    public var zonePoints: Comparison<Int>
    public var zoneOpens: Bool
    public var nash: Comparison<Agreement?>
    /// Every joint frontier point, by increasing recipient utility.
    public var frontier: [Agreement]

    /// The summary of `linkage`.
    public init(_ linkage: LinkageAnalysis) {
        func agreement(_ o: LinkageOutcome) -> Agreement {
            let p = linkage.package(of: o)
            let chosen = zip(linkage.issues, o.options).map { issue, j in
                ChosenOption(issue: issue.name, option: issue.options[j].name, value: issue.options[j].value,
                             headline: issue.options[j].headline)
            }
            return Agreement(package: p.package, candidate: p.candidate, utilities: o.utilities, gains: o.gains,
                             packageUtilities: p.utilities, packageGains: p.utilities.combined(with: linkage.disagreement, -),
                             options: chosen, headline: o.headline, outcomes: o.outcomeCount)
        }
        issues = linkage.issues.indices.map { k in
            let issue = linkage.issues[k]
            return Issue(name: issue.name, options: issue.options.count,
                         onFrontier: linkage.optionsOnFrontier[k].map { issue.options[$0].name },
                         atNash: linkage.nash.map { issue.options[$0.options[k]].name })
        }
        frontierPoints = Comparison(withoutLinkage: linkage.frontierWithoutLinkage.count, withLinkage: linkage.frontier.count)
        zonePoints = Comparison(withoutLinkage: linkage.zoneCountWithoutLinkage, withLinkage: linkage.zoneCount)
        zoneOpens = linkage.zoneOpens
        nash = Comparison(withoutLinkage: linkage.nashWithoutLinkage.map(agreement), withLinkage: linkage.nash.map(agreement))
        frontier = linkage.frontier.map(agreement)
    }
}

extension LinkageAnalysis {
    /// The summary for reports (``LinkageSummary``).
    public var summary: LinkageSummary { LinkageSummary(self) }

    /// The linkage analysis in a few lines of text, for a report's Strategy section.
    ///
    /// - Parameters:
    ///   - partyNames: The sides' names, recipient first.
    ///   - currency: The currency code of amounts (billions).
    public func textLines(partyNames: PartyPair<String>, currency: String) -> [String] {
        let us = partyNames.recipient, kr = partyNames.host
        func gains(_ o: LinkageOutcome?) -> String {
            guard let o else { return "none (empty zone)" }
            return "\(us) \(Format.signed(o.gains.recipient)), \(kr) \(Format.signed(o.gains.host))"
        }
        var lines = ["Issue linkage: \(Format.count(issues.count, "linked issue")) beside the package "
                     + "(utilities added; values over the previous total)."]
        lines.append("  Frontier points: \(frontierWithoutLinkage.count) without linkage, \(frontier.count) with.")
        let zone = zoneOpens ? "linkage opens it"
            : zoneCountWithoutLinkage > 0 && zoneCount == 0 ? "linkage closes it" : "linkage does not open or close it"
        lines.append("  Zone of agreement (frontier points): \(zoneCountWithoutLinkage) without linkage, \(zoneCount) with; \(zone).")
        lines.append("  Nash gains (previous-agreement years per year): without linkage \(gains(nashWithoutLinkage)); "
                     + "with \(gains(nash)).")
        if let n = nash {
            let p = package(of: n), g = p.utilities.combined(with: disagreement, -)
            lines.append("  Nash with linkage: \(p.package); headline \(Format.amount(n.headline, currency)) a year.")
            lines.append("    the package alone: \(us) \(Format.signed(g.recipient)), \(kr) \(Format.signed(g.host)); "
                         + "ratification probability \(Format.share(p.ratificationProbability))")
            for (issue, o) in zip(issues, options(of: n)) { lines.append("    \(issue.name): \(o.name)") }
        }
        for (k, issue) in issues.enumerated() {
            let names = optionsOnFrontier[k].map { issue.options[$0].name }
            lines.append("  On the joint frontier, \(issue.name): " + names.joined(separator: ", ") + ".")
        }
        return lines
    }
}
