/// One party's preferences over a domain: additive (linear) or a sum of boxes (nonlinear).
///
/// ``init(contentsOf:domain:)`` reads either kind from a file; the frontier accepts any mix.
public enum NegotiationProfile: Sendable, Hashable {
    /// Σᵢ (wᵢ / Σw)·eᵢ(valueᵢ): GENIUS `AdditiveUtilitySpace`, GeniusWeb `LinearAdditiveUtilitySpace`.
    case additive(AdditiveProfile)
    /// A sum of boxes over integer issues: GENIUS `<utility_space type="nonlinear">`.
    case hyperRectangles(HyperRectangleProfile)

    /// The profile's name.
    public var name: String {
        switch self {
        case let .additive(p): return p.name
        case let .hyperRectangles(p): return p.name
        }
    }

    /// The domain the profile is defined on.
    public var domain: NegotiationDomain {
        switch self {
        case let .additive(p): return p.domain
        case let .hyperRectangles(p): return p.domain
        }
    }

    /// The utility of no agreement.
    public var reservationValue: Double {
        switch self {
        case let .additive(p): return p.reservationValue
        case let .hyperRectangles(p): return p.reservationValue
        }
    }

    /// The discount factor d in (0, 1].
    public var discountFactor: Double {
        switch self {
        case let .additive(p): return p.discountFactor
        case let .hyperRectangles(p): return p.discountFactor
        }
    }

    /// The undiscounted utility of an outcome, in doubles.
    public func utility(of outcome: [IssueValue]) -> Double {
        switch self {
        case let .additive(p): return p.utility(of: outcome)
        case let .hyperRectangles(p): return p.utility(of: outcome)
        }
    }

    /// The additive profile, or `nil` for a nonlinear one.
    public var additive: AdditiveProfile? {
        if case let .additive(p) = self { return p }
        return nil
    }
}
