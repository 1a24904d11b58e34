/// A negotiation domain: a name and an ordered list of issues. An outcome picks one value per
/// issue.
///
/// Read one from a GENIUS XML domain file or a GeniusWeb JSON domain with
/// ``init(contentsOf:)``, or build one in code.
///
/// ```swift
/// let domain = NegotiationDomain(name: "laptop", issues: [
///     NegotiationIssue(name: "brand", kind: .discrete(["Dell", "HP"])),
///     NegotiationIssue(name: "memory", kind: .integer(lower: 4, upper: 8)),
/// ])
/// domain.outcomeCount(realSteps: 21)   // 10
/// ```
public struct NegotiationDomain: Sendable, Hashable {
    /// The domain's name (GENIUS files have none; the reader uses the file name).
    public var name: String
    /// The issues, in file order. Utilities add issue contributions in this order.
    public var issues: [NegotiationIssue]

    /// Creates a domain. Issue names must be unique.
    public init(name: String, issues: [NegotiationIssue]) {
        precondition(Set(issues.map(\.name)).count == issues.count, "issue names must be unique")
        self.name = name
        self.issues = issues
    }

    /// The position of the issue called `name`, if any.
    public func issueIndex(named name: String) -> Int? {
        issues.firstIndex { $0.name == name }
    }

    /// The values enumeration visits, one list per issue.
    ///
    /// - Parameter realSteps: Samples taken of each real issue; at least 2.
    /// - Complexity: O(total number of values).
    public func values(realSteps: Int) -> [[IssueValue]] {
        issues.map { $0.values(realSteps: realSteps) }
    }

    /// The number of outcomes, the product of the issues' value counts, exact at any size
    /// (1 for a domain without issues): 30 issues of 10 values give exactly 10³⁰.
    ///
    /// - Complexity: O(k·w) for k issues and a product of w words.
    public func outcomeCount(realSteps: Int) -> BigNatural {
        issues.reduce(BigNatural(1)) { $0 * BigNatural($1.valueCount(realSteps: realSteps)) }
    }
}
