/// The zone of possible agreement: the candidates both sides strictly prefer to no deal.
public struct ZoneOfAgreement: Sendable, Hashable, Codable {
    /// Number of candidate packages in the zone.
    public var count: Int
    /// Number of frontier packages in the zone.
    public var frontierCount: Int
    /// Smallest first-year total in the zone (billions), `nil` when the zone is empty.
    public var minimumTotal: Double?
    /// Largest first-year total in the zone (billions), `nil` when the zone is empty.
    public var maximumTotal: Double?
    /// The highest first-year total among packages the host weakly prefers to no deal: its
    /// reservation total (over every composition, term and escalation in the grid).
    public var hostReservationTotal: Double?
    /// The lowest first-year total among packages the recipient weakly prefers to no deal.
    public var recipientReservationTotal: Double?
}
