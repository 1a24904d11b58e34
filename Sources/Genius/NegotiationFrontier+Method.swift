extension NegotiationFrontier {
    /// How ``negotiationFrontier(profiles:realSteps:method:lowerBounds:)`` finds the frontier.
    ///
    /// Both methods give the same frontier, bit for bit: the same utility vectors (sums taken in
    /// issue order from 0, as GENIUS does), the same multiplicities, and the same representative
    /// outcome (the first in enumeration order). They differ only in cost.
    ///
    /// ```swift
    /// let fast = try negotiationFrontier(profiles: parties)                          // .automatic
    /// let check = try negotiationFrontier(profiles: parties, method: .enumerate)
    /// fast.entries == check.entries   // true
    /// ```
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// The best method for the profiles; every GENIUS profile is additive, so this is
        /// ``separable``.
        case automatic
        /// The exact separable frontier (`Pareto.separableFrontier(_:lowerBounds:constraints:)`): issues
        /// are merged one at a time keeping only partial sums that can still end on the frontier.
        /// No limit on the number of outcomes (10³⁰ is fine); the cost grows with the frontier's
        /// size, not with the number of outcomes.
        case separable
        /// Every outcome is enumerated and the non-dominated ones kept. Refused above
        /// ``negotiationFrontierEnumerationLimit`` outcomes; useful as an independent check.
        case enumerate
    }
}
