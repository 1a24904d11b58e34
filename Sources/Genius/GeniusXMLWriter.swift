import Foundation

/// Writes domains and profiles as GENIUS XML files that GENIUS (and this module's reader) load
/// back to the same utilities.
///
/// Any ``NegotiationDomain`` can be written: discrete, integer and real issues as themselves,
/// GeniusWeb number issues as discrete issues whose labels are the numbers. Profiles are
/// written with their weights, evaluators, reservation value and discount factor. GENIUS
/// divides a discrete issue's evaluations by the largest one, so a discrete evaluator whose
/// largest evaluation is neither 1 nor 0 cannot be written without changing utilities and is
/// rejected; so are evaluators GENIUS XML has no form for (see ``profileXML(_:comment:)``).
///
/// Every writer takes an optional `comment`, written as an XML comment at the top of the file,
/// for provenance, such as "utilities discretised from a non-additive model".
///
/// ```swift
/// let xml = try GeniusXMLWriter.profileXML(buyer, comment: "exported by frontier")
/// let back = try AdditiveProfile(data: Data(xml.utf8), file: "buyer.xml", domain: buyer.domain)
/// ```
public enum GeniusXMLWriter {
    /// The domain as a GENIUS `<negotiation_template>` document.
    ///
    /// - Parameters:
    ///   - domain: The domain.
    ///   - comment: Text for an XML comment at the top (`--` is written as `- -`, which XML
    ///     comments cannot contain), or `nil`.
    /// - Returns: The document.
    /// - Complexity: O(total number of discrete values).
    public static func domainXML(_ domain: NegotiationDomain, comment: String? = nil) -> String {
        var out = header(comment)
        out += "<negotiation_template>\n<utility_space number_of_issues=\"\(domain.issues.count)\">\n"
        out += "<objective index=\"0\" description=\"\" name=\"\(escape(domain.name))\" type=\"objective\" etype=\"objective\">\n"
        for (i, issue) in domain.issues.enumerated() {
            out += issueOpening(issue, index: i + 1, lowerbound: nil)
            switch issue.kind {
            case .discrete, .number:
                for (j, value) in issue.values(realSteps: 2).enumerated() {
                    out += "    <item index=\"\(j + 1)\" value=\"\(escape(value.label))\"></item>\n"
                }
            case let .real(lower, upper):
                out += "    <range lowerbound=\"\(lower)\" upperbound=\"\(upper)\"></range>\n"
            case .integer:
                break
            }
            out += "  </issue>\n"
        }
        out += "</objective>\n</utility_space>\n</negotiation_template>\n"
        return out
    }

    /// The profile as a GENIUS `<utility_space>` document.
    ///
    /// Discrete evaluators are written as item evaluations; integer issues take `linear`
    /// (`slope`, `offset`, with the issue's `lowerbound` set to the evaluator's origin),
    /// `constant` or `triangular` evaluators; real issues take `linear` with origin 0
    /// (`parameter0` = offset, `parameter1` = slope), `constant` or `triangular`; number issues
    /// are written as discrete evaluations of their values.
    ///
    /// - Parameters:
    ///   - profile: The profile.
    ///   - comment: Text for an XML comment at the top, or `nil`.
    /// - Returns: The document.
    /// - Throws: ``GeniusError`` with problem ``GeniusError/Problem/unsupported(_:)`` naming the
    ///   issue when an evaluator cannot be written exactly.
    /// - Complexity: O(total number of discrete values).
    public static func profileXML(_ profile: AdditiveProfile, comment: String? = nil) throws(GeniusError) -> String {
        let file = profile.name + ".xml"
        var out = header(comment)
        out += "<utility_space>\n"
        out += "<objective index=\"0\" description=\"\" name=\"root\" type=\"objective\" etype=\"objective\">\n"
        for (i, issue) in profile.domain.issues.enumerated() {
            let evaluator = profile.evaluators[i]
            func refuse(_ why: String) -> GeniusError {
                GeniusError(file: file, element: "<issue name=\"\(issue.name)\">", problem: .unsupported(why))
            }
            switch (issue.kind, evaluator) {
            case (.discrete, _), (.number, _):
                let values = issue.values(realSteps: 2)
                let evaluations: [Double]
                if case let .relativeDiscrete(table) = evaluator {
                    // GENIUS divides by the largest when it reads the file, exactly as this evaluator does.
                    evaluations = values.map { table[$0.label] ?? 0 }
                } else {
                    evaluations = values.map { evaluator.evaluate($0) }
                    let largest = evaluations.max() ?? 0
                    guard largest == 1 || (largest == 0 && evaluations.allSatisfy { $0 == 0 }) else {
                        throw refuse("GENIUS divides discrete evaluations by the largest, here \(largest); it must be 1 (or all 0)")
                    }
                }
                out += issueOpening(issue, index: i + 1, lowerbound: nil)
                for (j, value) in values.enumerated() {
                    out += "    <item index=\"\(j + 1)\" value=\"\(escape(value.label))\" evaluation=\"\(evaluations[j])\"></item>\n"
                }
            case let (.integer, .linear(slope, offset, origin)):
                guard origin == origin.rounded(), abs(origin) < 1e15 else {
                    throw refuse("a linear evaluator's origin \(origin) must be an integer for an integer issue")
                }
                out += issueOpening(issue, index: i + 1, lowerbound: Int(origin))
                out += "    <evaluator ftype=\"linear\" slope=\"\(slope)\" offset=\"\(offset)\"></evaluator>\n"
            case let (.real(lower, upper), .linear(slope, offset, origin)):
                guard origin == 0 else { throw refuse("a real issue's linear evaluator must have origin 0, not \(origin)") }
                out += issueOpening(issue, index: i + 1, lowerbound: nil)
                out += "    <range lowerbound=\"\(lower)\" upperbound=\"\(upper)\"></range>\n"
                out += "    <evaluator ftype=\"linear\" parameter0=\"\(offset)\" parameter1=\"\(slope)\"></evaluator>\n"
            case let (.integer, .constant(c)), let (.real, .constant(c)):
                out += issueOpening(issue, index: i + 1, lowerbound: nil)
                out += rangeElement(issue)
                out += "    <evaluator ftype=\"constant\" parameter0=\"\(c)\"></evaluator>\n"
            case let (.integer, .triangular(lower, upper, top)), let (.real, .triangular(lower, upper, top)):
                out += issueOpening(issue, index: i + 1, lowerbound: nil)
                out += rangeElement(issue)
                out += "    <evaluator ftype=\"triangular\" parameter0=\"\(lower)\" parameter1=\"\(upper)\" parameter2=\"\(top)\"></evaluator>\n"
            case (.integer, _), (.real, _):
                throw refuse("GENIUS XML has no form for evaluator \(evaluator) on this issue")
            }
            out += "  </issue>\n"
        }
        for (i, w) in profile.weights.enumerated() {
            out += "  <weight index=\"\(i + 1)\" value=\"\(w)\"></weight>\n"
        }
        out += "</objective>\n"
        out += "<discount_factor value=\"\(profile.discountFactor)\"></discount_factor>\n"
        out += "<reservation value=\"\(profile.reservationValue)\"></reservation>\n"
        out += "</utility_space>\n"
        return out
    }

    /// Writes the domain to `<directory>/<domain name>.xml` and each profile to
    /// `<directory>/<domain name>-<profile name>.xml` (characters other than letters, digits,
    /// `-` and `_` in names become `_`).
    ///
    /// - Parameters:
    ///   - domain: The domain to write.
    ///   - profiles: Profiles on `domain`.
    ///   - directory: An existing directory.
    ///   - comment: Text for an XML comment at the top of every file, or `nil`.
    /// - Returns: The domain file and the profile files, in order.
    /// - Throws: ``GeniusError`` when a profile cannot be written or a file cannot be saved.
    @discardableResult
    public static func write(
        domain: NegotiationDomain, profiles: [AdditiveProfile], to directory: URL, comment: String? = nil
    ) throws(GeniusError) -> (domain: URL, profiles: [URL]) {
        let stem = safeName(domain.name)
        let domainURL = directory.appendingPathComponent(stem + ".xml")
        try save(domainXML(domain, comment: comment), to: domainURL)
        var urls: [URL] = []
        for profile in profiles {
            let url = directory.appendingPathComponent("\(stem)-\(safeName(profile.name)).xml")
            try save(try profileXML(profile, comment: comment), to: url)
            urls.append(url)
        }
        return (domainURL, urls)
    }

    // MARK: Helpers

    private static func header(_ comment: String?) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if let comment {
            var text = comment.replacingOccurrences(of: "--", with: "- -")
            if text.hasSuffix("-") { text += " " }
            out += "<!-- \(text) -->\n"
        }
        return out
    }

    private static func issueOpening(_ issue: NegotiationIssue, index: Int, lowerbound: Int?) -> String {
        let type: String
        var bounds = ""
        switch issue.kind {
        case .discrete, .number: type = "discrete"
        case let .integer(lower, upper):
            type = "integer"
            bounds = " lowerbound=\"\(lowerbound ?? lower)\" upperbound=\"\(upper)\""
        case .real: type = "real"
        }
        return "  <issue index=\"\(index)\" name=\"\(escape(issue.name))\" type=\"\(type)\" etype=\"\(type)\" vtype=\"\(type)\"\(bounds)>\n"
    }

    private static func rangeElement(_ issue: NegotiationIssue) -> String {
        guard case let .real(lower, upper) = issue.kind else { return "" }
        return "    <range lowerbound=\"\(lower)\" upperbound=\"\(upper)\"></range>\n"
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func safeName(_ name: String) -> String {
        let mapped = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return mapped.isEmpty ? "domain" : mapped
    }

    private static func save(_ text: String, to url: URL) throws(GeniusError) {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw GeniusError(file: url.lastPathComponent, element: "file", problem: .unwritable(error.localizedDescription))
        }
    }
}
