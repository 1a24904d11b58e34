/// One value per side of the negotiation: the recipient (the United States) and the host
/// (South Korea, Japan).
///
/// Every two-sided quantity of the model travels as a `PartyPair` (utilities, gains, the
/// disagreement point, reservation totals, the sides' names), so the order of the two sides
/// cannot be confused.
///
/// ```swift
/// let d = PartyPair(recipient: -0.4, host: -0.2)
/// let u = PartyPair(recipient: 0.1, host: -0.1)
/// u.combined(with: d, -)   // PartyPair(recipient: 0.5, host: 0.1): the gains
/// ```
public struct PartyPair<Value> {
    /// The recipient's value (the side that receives the contribution).
    public var recipient: Value
    /// The host's value (the side that pays it).
    public var host: Value

    /// Creates the pair.
    public init(recipient: Value, host: Value) {
        self.recipient = recipient
        self.host = host
    }

    /// The value for `party`.
    public subscript(party: Party) -> Value {
        get { party == .recipient ? recipient : host }
        set { if party == .recipient { recipient = newValue } else { host = newValue } }
    }

    /// Both values transformed by `transform`.
    public func map<T, E: Error>(_ transform: (Value) throws(E) -> T) throws(E) -> PartyPair<T> {
        PartyPair<T>(recipient: try transform(recipient), host: try transform(host))
    }

    /// The two pairs combined side by side: `(f(a.recipient, b.recipient), f(a.host, b.host))`.
    public func combined<Other, T>(with other: PartyPair<Other>, _ combine: (Value, Other) -> T) -> PartyPair<T> {
        PartyPair<T>(recipient: combine(recipient, other.recipient), host: combine(host, other.host))
    }
}

/// One side of the negotiation.
public enum Party: String, Sendable, Hashable, CaseIterable, Codable {
    /// The side that receives the contribution (the United States).
    case recipient
    /// The side that pays it (South Korea, Japan).
    case host
}

extension PartyPair: Sendable where Value: Sendable {}
extension PartyPair: Equatable where Value: Equatable {}
extension PartyPair: Hashable where Value: Hashable {}
