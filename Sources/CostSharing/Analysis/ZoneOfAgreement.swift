/// The zone of possible agreement: the candidates both sides strictly prefer to no deal, and
/// each side's reservation total.
public struct ZoneOfAgreement: Sendable, Hashable, Codable {
    /// Number of candidate packages in the zone.
    public var count: Int
    /// Number of frontier packages in the zone.
    public var frontierCount: Int
    /// Smallest first-year total in the zone (billions), `nil` when the zone is empty.
    public var minimumTotal: Double?
    /// Largest first-year total in the zone (billions), `nil` when the zone is empty.
    public var maximumTotal: Double?
    /// Whether ``minimumTotal`` or ``maximumTotal`` is at an edge of the analysed grid (the grid
    /// could not be widened to cover the zone).
    public var atGridEdge: Bool
    /// Each side's reservation total, found by searching the total (not the grid): the highest
    /// first-year total the host accepts and the lowest the recipient accepts, over every
    /// composition and term of the grid. `nil` when the side accepts no total in the search range.
    public var reservationTotals: PartyPair<ReservationTotal?>
}

/// A side's reservation total: the first-year total at which it is indifferent between the
/// best package of that total (for it) and no deal.
public struct ReservationTotal: Sendable, Hashable, Codable {
    /// The total, in billions.
    public var total: Double
    /// Its first-year increase over the previous total.
    public var firstYearIncrease: Double
    /// The package (composition and term) that reaches it.
    public var package: Package
    /// Whether the search stopped at its limit (a tenth or ten times the previous total, or a
    /// hard constraint's bound), so the true reservation lies at or beyond it.
    public var atSearchLimit: Bool
}
