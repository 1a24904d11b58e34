import Foundation

/// Reads GeniusWeb JSON: domains `{"name": …, "issuesValues": {issue: {"values": […]} or
/// {"range": {"low", "high", "step"}}}}` and `LinearAdditiveUtilitySpace` profiles.
///
/// Profiles accept both spellings GeniusWeb has used for value-set utilities:
/// `discreteutils` / `DiscreteValueSetUtilities` (`{"valueUtilities": {value: utility}}`, used
/// as given, not divided by the largest) and `numberutils` / `NumberValueSetUtilities`
/// (`lowValue`, `lowUtility`, `highValue`, `highUtility`, interpolated linearly, 0 outside).
/// Issues are matched to the domain by name; weights are normalised to sum to 1. The
/// reservation value is the utility of `reservationBid` (0 without one).
enum GeniusWebJSONReader {
    static let profileKey = "LinearAdditiveUtilitySpace"

    static func parse(_ data: Data, file: String) throws(GeniusError) -> JSONTree {
        do {
            return try JSONTree.parse(Array(data))
        } catch {
            throw GeniusError(file: file, element: "document", line: error.line, problem: .malformed(error.message))
        }
    }

    // MARK: Domain

    static func domain(from data: Data, file: String, fallbackName: String) throws(GeniusError) -> NegotiationDomain {
        let root = try parse(data, file: file)
        var node = root, path = ""
        if let space = root[profileKey] {
            guard let embedded = space["domain"] else {
                throw GeniusError(file: file, element: profileKey, line: space.line, problem: .missingElement("\"domain\""))
            }
            node = embedded
            path = profileKey + ".domain"
        }
        return try domain(node, path: path, file: file, fallbackName: fallbackName)
    }

    static func domain(_ node: JSONTree, path: String, file: String, fallbackName: String) throws(GeniusError) -> NegotiationDomain {
        let here = path.isEmpty ? "document" : path
        guard case .object = node.value else { throw mistyped(node, here, "an object", file) }
        let name: String
        if let n = node["name"], case let .string(s) = n.value { name = s } else { name = fallbackName }
        let issuesPath = join(path, "issuesValues")
        guard let issuesNode = node["issuesValues"] else {
            throw GeniusError(file: file, element: here, line: node.line, problem: .missingElement("\"issuesValues\""))
        }
        guard case let .object(members) = issuesNode.value else { throw mistyped(issuesNode, issuesPath, "an object", file) }
        guard !members.isEmpty else {
            throw GeniusError(file: file, element: issuesPath, line: issuesNode.line, problem: .missingElement("an issue"))
        }
        var issues: [NegotiationIssue] = []
        for (issueName, valueSet) in members {
            let issuePath = join(issuesPath, issueName)
            guard !issues.contains(where: { $0.name == issueName }) else {
                throw GeniusError(file: file, element: issuePath, line: valueSet.line, problem: .invalid("a second issue is called \"\(issueName)\""))
            }
            if let values = valueSet["values"] {
                guard case let .array(elements) = values.value else { throw mistyped(values, issuePath + ".values", "an array", file) }
                var labels: [String] = [], seen: Set<String> = []
                for element in elements {
                    guard case let .string(label) = element.value else {
                        throw mistyped(element, issuePath + ".values", "a string", file)
                    }
                    guard seen.insert(label).inserted else {
                        throw GeniusError(file: file, element: issuePath + ".values", line: element.line, problem: .invalid("value \"\(label)\" appears twice"))
                    }
                    labels.append(label)
                }
                guard !labels.isEmpty else {
                    throw GeniusError(file: file, element: issuePath + ".values", line: values.line, problem: .missingElement("a value"))
                }
                issues.append(NegotiationIssue(name: issueName, kind: .discrete(labels)))
            } else if let range = valueSet["range"] {
                let rangePath = issuePath + ".range"
                let low = try decimal(range, "low", path: rangePath, file: file)
                let high = try decimal(range, "high", path: rangePath, file: file)
                let step = try decimal(range, "step", path: rangePath, file: file)
                guard low <= high, step > 0 else {
                    throw GeniusError(file: file, element: rangePath, line: range.line, problem: .invalid("a range needs low ≤ high and step > 0"))
                }
                issues.append(NegotiationIssue(name: issueName, kind: .number(low: low, high: high, step: step)))
            } else {
                throw GeniusError(file: file, element: issuePath, line: valueSet.line, problem: .missingElement("\"values\" or \"range\" (a value set)"))
            }
        }
        return NegotiationDomain(name: name, issues: issues)
    }

    // MARK: Profile

    static func profile(from data: Data, file: String, fallbackName: String, domain: NegotiationDomain) throws(GeniusError) -> AdditiveProfile {
        let root = try parse(data, file: file)
        guard case let .object(members) = root.value else { throw mistyped(root, "document", "an object", file) }
        guard let space = root[profileKey] else {
            let found = members.first?.key ?? "nothing"
            throw GeniusError(file: file, element: "document", line: root.line,
                              problem: .unsupported("profile type \"\(found)\" (expected \(profileKey))"))
        }
        let base = profileKey
        var name = fallbackName
        if let n = space["name"], case let .string(s) = n.value { name = s }

        // Issue utilities.
        let utilitiesPath = base + ".issueUtilities"
        guard let utilities = space["issueUtilities"] else {
            throw GeniusError(file: file, element: base, line: space.line, problem: .missingElement("\"issueUtilities\""))
        }
        guard case let .object(utilityMembers) = utilities.value else { throw mistyped(utilities, utilitiesPath, "an object", file) }
        var evaluators = [IssueEvaluator?](repeating: nil, count: domain.issues.count)
        for (issueName, node) in utilityMembers {
            let path = join(utilitiesPath, issueName)
            guard let i = domain.issueIndex(named: issueName) else {
                throw GeniusError(file: file, element: path, line: node.line, problem: .unknownIssue("\"\(issueName)\""))
            }
            evaluators[i] = try evaluator(node, issue: domain.issues[i], path: path, file: file)
        }
        for (i, e) in evaluators.enumerated() where e == nil {
            throw GeniusError(file: file, element: utilitiesPath, line: utilities.line, problem: .missingElement("an entry for issue \"\(domain.issues[i].name)\""))
        }

        // Weights.
        let weightsPath = base + ".issueWeights"
        guard let weightsNode = space["issueWeights"] else {
            throw GeniusError(file: file, element: base, line: space.line, problem: .missingElement("\"issueWeights\""))
        }
        guard case let .object(weightMembers) = weightsNode.value else { throw mistyped(weightsNode, weightsPath, "an object", file) }
        var weights = [Double?](repeating: nil, count: domain.issues.count)
        for (issueName, node) in weightMembers {
            let path = join(weightsPath, issueName)
            guard let i = domain.issueIndex(named: issueName) else {
                throw GeniusError(file: file, element: path, line: node.line, problem: .unknownIssue("\"\(issueName)\""))
            }
            let w = try number(node, path: path, file: file)
            guard w >= 0 else { throw GeniusError(file: file, element: path, line: node.line, problem: .invalid("weight \(w) is negative")) }
            weights[i] = w
        }
        var given: [Double] = []
        for (i, w) in weights.enumerated() {
            guard let w else {
                throw GeniusError(file: file, element: weightsPath, line: weightsNode.line, problem: .missingWeight(issue: domain.issues[i].name))
            }
            given.append(w)
        }
        let total = given.reduce(0, +)
        guard total > 0 else { throw GeniusError(file: file, element: weightsPath, line: weightsNode.line, problem: .invalid("the weights sum to 0")) }

        var profile = AdditiveProfile(name: name, domain: domain, weights: given, evaluators: evaluators.map { $0! })

        // Reservation bid.
        if let bid = space["reservationBid"], case .object = bid.value {
            let bidPath = base + ".reservationBid.issuevalues"
            guard let values = bid["issuevalues"], case let .object(valueMembers) = values.value else {
                throw GeniusError(file: file, element: base + ".reservationBid", line: bid.line, problem: .missingElement("\"issuevalues\""))
            }
            var u = 0.0
            for (issueName, node) in valueMembers {
                let path = join(bidPath, issueName)
                guard let i = domain.issueIndex(named: issueName) else {
                    throw GeniusError(file: file, element: path, line: node.line, problem: .unknownIssue("\"\(issueName)\""))
                }
                let value: IssueValue
                switch (domain.issues[i].kind, node.value) {
                case let (.discrete(labels), .string(label)):
                    guard labels.contains(label) else {
                        throw GeniusError(file: file, element: path, line: node.line, problem: .unknownValue(issue: issueName, value: label))
                    }
                    value = IssueValue(label: label)
                case (.discrete, _):
                    throw mistyped(node, path, "a string", file)
                default:
                    value = IssueValue(number: try number(node, path: path, file: file))
                }
                u += profile.contribution(issue: i, value: value)
            }
            profile.reservationValue = u
        }
        return profile
    }

    private static func evaluator(_ node: JSONTree, issue: NegotiationIssue, path: String, file: String) throws(GeniusError) -> IssueEvaluator {
        guard case let .object(members) = node.value, let (type, body) = members.first else {
            throw mistyped(node, path, "an object with one value-set utility", file)
        }
        let bodyPath = join(path, type)
        switch type {
        case "discreteutils", "DiscreteValueSetUtilities":
            guard case let .discrete(labels) = issue.kind else {
                throw GeniusError(file: file, element: bodyPath, line: body.line, problem: .invalid("issue \"\(issue.name)\" is not discrete in the domain"))
            }
            let tablePath = bodyPath + ".valueUtilities"
            guard let table = body["valueUtilities"], case let .object(entries) = table.value else {
                throw GeniusError(file: file, element: bodyPath, line: body.line, problem: .missingElement("\"valueUtilities\" object"))
            }
            var utilities: [String: Double] = [:]
            let known = Set(labels)
            for (label, u) in entries {
                guard known.contains(label) else {
                    throw GeniusError(file: file, element: tablePath, line: u.line, problem: .unknownValue(issue: issue.name, value: label))
                }
                utilities[label] = try number(u, path: join(tablePath, label), file: file)
            }
            for label in labels where utilities[label] == nil {
                throw GeniusError(file: file, element: tablePath, line: table.line, problem: .missingEvaluation(issue: issue.name, value: label))
            }
            return .discrete(utilities)
        case "numberutils", "NumberValueSetUtilities":
            if case .discrete = issue.kind {
                throw GeniusError(file: file, element: bodyPath, line: body.line, problem: .invalid("issue \"\(issue.name)\" is discrete in the domain"))
            }
            func field(_ key: String) throws(GeniusError) -> Double {
                guard let v = body[key] else {
                    throw GeniusError(file: file, element: bodyPath, line: body.line, problem: .missingElement("\"\(key)\""))
                }
                return try number(v, path: join(bodyPath, key), file: file)
            }
            let lowValue = try field("lowValue"), lowUtility = try field("lowUtility")
            let highValue = try field("highValue"), highUtility = try field("highUtility")
            guard highValue > lowValue else {
                throw GeniusError(file: file, element: bodyPath, line: body.line, problem: .invalid("highValue must be above lowValue"))
            }
            return .interpolated(lowValue: lowValue, lowUtility: lowUtility, highValue: highValue, highUtility: highUtility)
        default:
            throw GeniusError(file: file, element: bodyPath, line: body.line, problem: .unknownEvaluator(
                type: type, expected: "discreteutils, DiscreteValueSetUtilities, numberutils or NumberValueSetUtilities"))
        }
    }

    // MARK: Helpers

    private static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    private static func mistyped(_ node: JSONTree, _ path: String, _ expected: String, _ file: String) -> GeniusError {
        GeniusError(file: file, element: path, line: node.line, problem: .invalid("expected \(expected), found \(node.typeName)"))
    }

    private static func number(_ node: JSONTree, path: String, file: String) throws(GeniusError) -> Double {
        let key = path.split(separator: ".").last.map(String.init) ?? path
        switch node.value {
        case let .number(text):
            guard let x = Double(text), x.isFinite else {
                throw GeniusError(file: file, element: path, line: node.line, problem: .notANumber(attribute: key, text: text))
            }
            return x
        case let .string(text):
            throw GeniusError(file: file, element: path, line: node.line, problem: .notANumber(attribute: key, text: text))
        default:
            throw GeniusError(file: file, element: path, line: node.line, problem: .notANumber(attribute: key, text: node.typeName))
        }
    }

    private static func decimal(_ node: JSONTree, _ key: String, path: String, file: String) throws(GeniusError) -> Decimal {
        guard let v = node[key] else {
            throw GeniusError(file: file, element: path, line: node.line, problem: .missingElement("\"\(key)\""))
        }
        guard case let .number(text) = v.value, let d = Decimal(string: text) else {
            let shown: String
            if case let .string(t) = v.value { shown = t } else { shown = v.typeName }
            throw GeniusError(file: file, element: join(path, key), line: v.line, problem: .notANumber(attribute: key, text: shown))
        }
        return d
    }
}
