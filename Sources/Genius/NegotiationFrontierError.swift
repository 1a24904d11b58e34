/// Why ``negotiationFrontier(profiles:realSteps:method:lowerBounds:)`` cannot compute a frontier.
public enum NegotiationFrontierError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Enumeration was asked for a domain with more outcomes than it visits.
    case tooManyOutcomes(outcomes: BigNatural, limit: Int)
    /// A nonlinear profile's frontier needs its value classes enumerated and there are too many
    /// combinations. `profiles` names the nonlinear profiles; `combinations` is the number of
    /// value-class combinations, `outcomes` the number of outcomes.
    case tooManyValueClasses(profiles: [String], combinations: BigNatural, outcomes: BigNatural, limit: Int)
    /// The separable method was asked for a profile that is not additive.
    case notSeparable(profile: String)
    /// The profiles are not all on the same domain, or there are none.
    case profilesMismatch(String)
    /// `lowerBounds` does not have one finite entry per party.
    case invalidLowerBounds(String)

    public var description: String {
        switch self {
        case let .tooManyOutcomes(outcomes, limit):
            return "the domain has \(outcomes) outcomes, more than the \(limit) that can be enumerated; use the separable method"
        case let .tooManyValueClasses(profiles, combinations, outcomes, limit):
            let names = profiles.map { "\"\($0)\"" }.joined(separator: ", ")
            return "nonlinear profile\(profiles.count == 1 ? "" : "s") \(names): no exact method finishes within the limit; "
                + "the domain has \(outcomes) outcomes in \(combinations) combinations of value classes, more than the \(limit) that can be enumerated"
        case let .notSeparable(profile):
            return "profile \"\(profile)\" is nonlinear, so the separable method does not apply; use --method enumerate or automatic"
        case let .profilesMismatch(why):
            return why
        case let .invalidLowerBounds(why):
            return "lowerBounds: \(why)"
        }
    }
}
