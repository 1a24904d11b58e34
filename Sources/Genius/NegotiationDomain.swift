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
/// domain.outcomeCount(realSteps: 21)   // 10.0
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

    /// The number of outcomes, the product of the issues' value counts, as a `Double` because
    /// it easily exceeds `Int.max` (1 for a domain without issues).
    ///
    /// The product is taken exactly and rounded once, so 30 issues of 10 values give exactly
    /// `1e30` (multiplying doubles one issue at a time would drift to `9.999999999999999e+29`).
    ///
    /// - Complexity: O(k²) for k issues (an exact product in base 10⁹).
    public func outcomeCount(realSteps: Int) -> Double {
        exactProduct(issues.map { $0.valueCount(realSteps: realSteps) })
    }
}

/// The product of non-negative integers, computed exactly and rounded once to the nearest `Double`.
func exactProduct(_ factors: [Int]) -> Double {
    let base: UInt64 = 1_000_000_000
    var limbs: [UInt64] = [1]   // little-endian, base 10⁹
    for factor in factors {
        precondition(factor >= 0, "a value count cannot be negative")
        if factor == 0 { return 0 }
        var carry: UInt64 = 0
        let f = UInt64(factor)
        for i in limbs.indices {
            // f · limb < 2⁶⁴ · 10⁹, so the high word is below the base and the division fits.
            let (high, low) = f.multipliedFullWidth(by: limbs[i])
            let (quotient, remainder) = base.dividingFullWidth((high, low))
            let sum = remainder + carry
            limbs[i] = sum % base
            carry = quotient + sum / base
        }
        while carry > 0 {
            limbs.append(carry % base)
            carry /= base
        }
    }
    var text = String(limbs[limbs.count - 1])
    for limb in limbs.dropLast().reversed() {
        let digits = String(limb)
        text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return Double(text)!   // Swift parses decimal text with correct rounding
}
