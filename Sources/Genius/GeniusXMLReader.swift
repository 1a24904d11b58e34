import Foundation

/// Reads GENIUS XML domain and profile files with GENIUS 10.4's semantics.
///
/// Structure: `[<negotiation_template>] <utility_space> <objective> <issue>…`. Extra attributes
/// and elements are ignored; self-closing and explicitly closed tags are the same to the parser.
/// Profile issues are matched to domain issues **by name**; a profile's `<weight index=…>` is
/// matched to the profile issue with that `index`.
enum GeniusXMLReader {
    // MARK: Domain

    static func domain(from data: Data, file: String, name: String) throws(GeniusError) -> NegotiationDomain {
        let root = try XMLTree.parse(data, file: file)
        let objective = try rootObjective(root, file: file)
        var issues: [NegotiationIssue] = []
        for node in objective.children(named: "issue") {
            let issueName = try attribute(node, "name", file: file)
            guard !issues.contains(where: { $0.name == issueName }) else {
                throw error(node, file, .invalid("a second issue is called \"\(issueName)\""))
            }
            issues.append(NegotiationIssue(name: issueName, kind: try issueKind(node, file: file)))
        }
        guard !issues.isEmpty else { throw error(objective, file, .missingElement("<issue>")) }
        return NegotiationDomain(name: name, issues: issues)
    }

    private static func issueKind(_ node: XMLTree, file: String) throws(GeniusError) -> NegotiationIssue.Kind {
        switch try issueType(node, file: file) {
        case "discrete":
            var labels: [String] = [], seen: Set<String> = []
            for item in node.children(named: "item") {
                let label = try attribute(item, "value", file: file)
                guard seen.insert(label).inserted else {
                    throw error(item, file, .invalid("value \"\(label)\" appears twice in the issue"))
                }
                labels.append(label)
            }
            guard !labels.isEmpty else { throw error(node, file, .missingElement("<item>")) }
            return .discrete(labels)
        case "integer":
            let holder = node.children(named: "range").first.flatMap { $0.attributes["lowerbound"] == nil ? nil : $0 } ?? node
            let lower = try integer(holder, "lowerbound", file: file)
            let upper = try integer(holder, "upperbound", file: file)
            guard lower <= upper else {
                throw error(holder, file, .invalid("lowerbound \(lower) is above upperbound \(upper)"))
            }
            return .integer(lower: lower, upper: upper)
        case "real":
            let holder = node.children(named: "range").first ?? node
            let lower = try number(holder, "lowerbound", file: file)
            let upper = try number(holder, "upperbound", file: file)
            guard lower <= upper else {
                throw error(holder, file, .invalid("lowerbound \(lower) is above upperbound \(upper)"))
            }
            return .real(lower: lower, upper: upper)
        case let other:
            throw error(node, file, .unsupported("issue type \"\(other)\" (expected discrete, integer or real)"))
        }
    }

    /// The issue's type: `type`, else `vtype`, else `etype`; a typeless issue with items is discrete.
    private static func issueType(_ node: XMLTree, file: String) throws(GeniusError) -> String {
        if let t = node.attributes["type"] ?? node.attributes["vtype"] ?? node.attributes["etype"] {
            return t.lowercased()
        }
        if !node.children(named: "item").isEmpty { return "discrete" }
        throw error(node, file, .missingAttribute("type"))
    }

    // MARK: Profile

    static func profile(
        from data: Data, file: String, name: String, domain: NegotiationDomain
    ) throws(GeniusError) -> AdditiveProfile {
        let root = try XMLTree.parse(data, file: file)
        let space = root.name == "utility_space" ? root : root.firstDescendant(named: "utility_space")
        let objective = try rootObjective(root, file: file)

        var evaluators = [IssueEvaluator?](repeating: nil, count: domain.issues.count)
        var indexToIssue: [String: Int] = [:]
        for node in objective.children(named: "issue") {
            let issueName = try attribute(node, "name", file: file)
            guard let i = domain.issueIndex(named: issueName) else {
                throw error(node, file, .unknownIssue("\"\(issueName)\""))
            }
            guard evaluators[i] == nil else {
                throw error(node, file, .invalid("issue \"\(issueName)\" appears twice in the profile"))
            }
            let index = try attribute(node, "index", file: file)
            indexToIssue[index] = i
            evaluators[i] = try evaluator(node, issue: domain.issues[i], file: file)
        }
        for (i, e) in evaluators.enumerated() where e == nil {
            throw error(objective, file, .missingElement("<issue name=\"\(domain.issues[i].name)\">"))
        }

        var weights = [Double?](repeating: nil, count: domain.issues.count)
        let objectiveIndex = objective.attributes["index"]
        for node in objective.children(named: "weight") {
            let index = try attribute(node, "index", file: file)
            guard let i = indexToIssue[index] else {
                if index == objectiveIndex { continue }  // a weight for the root objective itself
                throw error(node, file, .invalid("no <issue> in this profile has index \(index)"))
            }
            let w = try number(node, "value", file: file)
            guard w >= 0 else { throw error(node, file, .invalid("weight \(w) is negative")) }
            weights[i] = w
        }
        var given: [Double] = []
        for (i, w) in weights.enumerated() {
            guard let w else { throw error(objective, file, .missingWeight(issue: domain.issues[i].name)) }
            given.append(w)
        }
        let total = given.reduce(0, +)
        guard total > 0 else { throw error(objective, file, .invalid("the weights sum to 0")) }

        var discount = 1.0, reservation = 0.0
        if let node = space?.children(named: "discount_factor").first {
            let d = try number(node, "value", file: file)
            discount = d <= 0 || d > 1 ? 1 : d
        }
        if let node = space?.children(named: "reservation").first {
            reservation = try number(node, "value", file: file)
        }
        return AdditiveProfile(
            name: name, domain: domain, weights: given,
            evaluators: evaluators.map { $0! }, reservationValue: reservation, discountFactor: discount)
    }

    private static func evaluator(_ node: XMLTree, issue: NegotiationIssue, file: String) throws(GeniusError) -> IssueEvaluator {
        if let declared = node.attributes["type"] ?? node.attributes["vtype"] {
            let allowed: [String]
            switch issue.kind {
            case .discrete: allowed = ["discrete"]
            case .integer: allowed = ["integer"]
            case .real: allowed = ["real"]
            case .number: allowed = ["real", "integer"]
            }
            guard allowed.contains(declared.lowercased()) else {
                throw error(node, file, .invalid("issue \"\(issue.name)\" is \(allowed[0]) in the domain but \(declared) here"))
            }
        }
        switch issue.kind {
        case let .discrete(labels):
            var raw: [String: Double] = [:]
            let known = Set(labels)
            for item in node.children(named: "item") {
                let label = try attribute(item, "value", file: file)
                guard known.contains(label) else {
                    throw error(item, file, .unknownValue(issue: issue.name, value: label))
                }
                guard item.attributes["evaluation"] != nil else { continue }
                let v = try number(item, "evaluation", file: file)
                guard v >= 0 else { throw error(item, file, .invalid("evaluation \(v) is negative")) }
                raw[label] = v
            }
            for label in labels where raw[label] == nil {
                throw error(node, file, .missingEvaluation(issue: issue.name, value: label))
            }
            // GENIUS: evaluation ÷ the issue's largest evaluation, or 0 when that is below 1e-5;
            // kept as written so that the frontier can divide exactly.
            return .relativeDiscrete(raw)
        case let .integer(lower, _):
            // GENIUS reads the profile issue's own lowerbound when it has one.
            let origin = node.attributes["lowerbound"] == nil ? Double(lower) : Double(try integer(node, "lowerbound", file: file))
            return try numericEvaluator(node, origin: origin, file: file)
        case .real, .number:
            return try numericEvaluator(node, origin: 0, file: file)
        }
    }

    private static func numericEvaluator(_ issue: XMLTree, origin: Double, file: String) throws(GeniusError) -> IssueEvaluator {
        guard let node = issue.children(named: "evaluator").first else {
            throw error(issue, file, .missingElement("<evaluator>"))
        }
        func value(_ names: String...) throws(GeniusError) -> Double {
            guard let name = names.first(where: { node.attributes[$0] != nil }) else {
                throw error(node, file, .missingAttribute(names.joined(separator: "\" or \"")))
            }
            return try number(node, name, file: file)
        }
        let type = node.attributes["ftype"]?.lowercased() ?? "linear"
        switch type {
        case "linear":
            return .linear(slope: try value("slope", "parameter1"), offset: try value("offset", "parameter0"), origin: origin)
        case "constant":
            return .constant(try value("parameter0", "value", "offset"))
        case "triangular":
            let lower = try value("parameter0", "lowerbound"), upper = try value("parameter1", "upperbound")
            let top = try value("parameter2", "top")
            guard lower <= top, top <= upper else {
                throw error(node, file, .invalid("a triangle needs lower ≤ top ≤ upper, got \(lower), \(top), \(upper)"))
            }
            return .triangular(lower: lower, upper: upper, top: top)
        default:
            throw error(node, file, .unknownEvaluator(type: type, expected: "linear, constant or triangular"))
        }
    }

    // MARK: Nonlinear profile

    /// Whether the document is a nonlinear (`hyperRectangle`) profile: `<utility_space
    /// type="nonlinear">`, or an objective holding a `<utility>` element.
    static func isNonlinear(_ data: Data, file: String) throws(GeniusError) -> Bool {
        let root = try XMLTree.parse(data, file: file)
        guard let space = root.name == "utility_space" ? root : root.firstDescendant(named: "utility_space") else { return false }
        if space.attributes["type"]?.lowercased() == "nonlinear" { return true }
        return space.children(named: "objective").first.map { !$0.children(named: "utility").isEmpty } ?? false
    }

    /// Reads a nonlinear profile: `<objective>` with `<issue index=… name=…>` declarations and one
    /// `<utility maxutility=…>` holding `<ufun aggregation="sum">` elements of
    /// `<hyperRectangle utility=…>` boxes made of `<INCLUDES index=… min=… max=…/>` conditions
    /// (`index` is the profile's issue index).
    static func hyperRectangleProfile(
        from data: Data, file: String, name: String, domain: NegotiationDomain
    ) throws(GeniusError) -> HyperRectangleProfile {
        let root = try XMLTree.parse(data, file: file)
        let space = root.name == "utility_space" ? root : root.firstDescendant(named: "utility_space")
        let objective = try rootObjective(root, file: file)
        var indexToIssue: [String: Int] = [:]
        for node in objective.children(named: "issue") {
            let issueName = try attribute(node, "name", file: file)
            guard let i = domain.issueIndex(named: issueName) else {
                throw error(node, file, .unknownIssue("\"\(issueName)\""))
            }
            indexToIssue[try attribute(node, "index", file: file)] = i
        }
        guard let utility = objective.children(named: "utility").first else {
            throw error(objective, file, .missingElement("<utility>"))
        }
        let maxUtility = try number(utility, "maxutility", file: file)
        guard maxUtility > 0 else { throw error(utility, file, .invalid("maxutility \(maxUtility) must be positive")) }
        var boxes: [HyperRectangle] = []
        let ufuns = utility.children(named: "ufun")
        guard !ufuns.isEmpty else { throw error(utility, file, .missingElement("<ufun>")) }
        for ufun in ufuns {
            if let aggregation = ufun.attributes["aggregation"], aggregation.lowercased() != "sum" {
                throw error(ufun, file, .unsupported("aggregation \"\(aggregation)\" (expected sum)"))
            }
            if ufun.attributes["weight"] != nil {
                let w = try number(ufun, "weight", file: file)
                guard w == 1 else { throw error(ufun, file, .unsupported("a <ufun> weight of \(w) (expected 1)")) }
            }
            if let other = ufun.children.first(where: { $0.name != "hyperRectangle" }) {
                throw error(other, file, .unsupported("<\(other.name)> in a <ufun> (expected <hyperRectangle>)"))
            }
            for box in ufun.children(named: "hyperRectangle") {
                let u = try number(box, "utility", file: file)
                guard u >= 0 else { throw error(box, file, .invalid("box utility \(u) is negative")) }
                var conditions: [HyperRectangle.Condition] = []
                for c in box.children {
                    guard c.name == "INCLUDES" else {
                        throw error(c, file, .unsupported("<\(c.name)> in a <hyperRectangle> (expected <INCLUDES>)"))
                    }
                    let index = try attribute(c, "index", file: file)
                    guard let i = indexToIssue[index] else {
                        throw error(c, file, .invalid("no <issue> in this profile has index \(index)"))
                    }
                    guard case .integer = domain.issues[i].kind else {
                        throw error(c, file, .unsupported("a condition on issue \"\(domain.issues[i].name)\", which is not an integer issue"))
                    }
                    let lower = try integer(c, "min", file: file), upper = try integer(c, "max", file: file)
                    conditions.append(.init(issue: i, lower: lower, upper: upper))
                }
                boxes.append(HyperRectangle(utility: u, conditions: conditions))
            }
        }
        var discount = 1.0, reservation = 0.0
        if let node = space?.children(named: "discount_factor").first {
            let d = try number(node, "value", file: file)
            discount = d <= 0 || d > 1 ? 1 : d
        }
        if let node = space?.children(named: "reservation").first {
            reservation = try number(node, "value", file: file)
        }
        return HyperRectangleProfile(name: name, domain: domain, boxes: boxes, maxUtility: maxUtility,
                                     reservationValue: reservation, discountFactor: discount)
    }

    // MARK: Helpers

    private static func rootObjective(_ root: XMLTree, file: String) throws(GeniusError) -> XMLTree {
        guard let space = root.name == "utility_space" ? root : root.firstDescendant(named: "utility_space") else {
            throw error(root, file, .missingElement("<utility_space>"))
        }
        guard let objective = space.children(named: "objective").first else {
            throw error(space, file, .missingElement("<objective>"))
        }
        if let nested = objective.children(named: "objective").first {
            throw error(nested, file, .unsupported("nested objectives (only issues directly under the root objective)"))
        }
        return objective
    }

    private static func error(_ node: XMLTree, _ file: String, _ problem: GeniusError.Problem) -> GeniusError {
        GeniusError(file: file, element: node.tag, line: node.line, problem: problem)
    }

    private static func attribute(_ node: XMLTree, _ name: String, file: String) throws(GeniusError) -> String {
        guard let text = node.attributes[name] else { throw error(node, file, .missingAttribute(name)) }
        return text
    }

    static func number(_ node: XMLTree, _ name: String, file: String) throws(GeniusError) -> Double {
        let text = try attribute(node, name, file: file)
        guard let x = Double(text.trimmingCharacters(in: .whitespaces)), x.isFinite else {
            throw error(node, file, .notANumber(attribute: name, text: text))
        }
        return x
    }

    private static func integer(_ node: XMLTree, _ name: String, file: String) throws(GeniusError) -> Int {
        let text = try attribute(node, name, file: file)
        guard let x = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw error(node, file, .notANumber(attribute: name, text: text))
        }
        return x
    }
}
