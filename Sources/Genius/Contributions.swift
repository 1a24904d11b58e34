/// Each issue value's weighted evaluation wᵢ·eᵢ(value) for each party: the input of a
/// separable (additive) frontier algorithm.
///
/// `contributions(profiles:)[i][v][p]` is what value `v` of issue `i` adds to party `p`'s
/// utility, with values in the order of ``NegotiationDomain/values(realSteps:)``. A party's
/// utility for an outcome is the sum over issues, taken in issue order from 0, exactly as
/// ``AdditiveProfile/utility(of:)`` and GENIUS compute it.
///
/// ```swift
/// let c = contributions(profiles: [buyer, seller])
/// c[0][2]   // [w_buyer·e_buyer(HP), w_seller·e_seller(HP)] for issue 0, value 2
/// ```
///
/// - Parameters:
///   - profiles: One profile per party, all on the same domain (same issues and values).
///   - realSteps: Samples taken of each real issue; at least 2.
/// - Returns: An array indexed `[issue][value][party]`.
/// - Complexity: O(k·v·p) for k issues, v values per issue and p parties.
public func contributions(profiles: [AdditiveProfile], realSteps: Int = AdditiveProfile.defaultRealSteps) -> [[[Double]]] {
    precondition(!profiles.isEmpty, "at least one profile is required")
    let domain = profiles[0].domain
    precondition(profiles.allSatisfy { $0.domain.issues == domain.issues }, "all profiles must be on the same domain")
    return domain.values(realSteps: realSteps).enumerated().map { issue, values in
        values.map { value in profiles.map { $0.contribution(issue: issue, value: value) } }
    }
}

extension AdditiveProfile {
    /// How many evenly spaced values of a real issue enumeration visits unless told otherwise:
    /// 21, GENIUS's default number of discretisation steps for real issues.
    public static let defaultRealSteps = 21
}
