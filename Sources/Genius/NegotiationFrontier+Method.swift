extension NegotiationFrontier {
    /// How ``negotiationFrontier(profiles:realSteps:method:lowerBounds:)`` finds the frontier.
    ///
    /// Every method gives the same frontier, exactly and entry for entry: the same utility
    /// vectors (compared in exact arithmetic), the same multiplicities and the same representative
    /// outcome (the first in enumeration order). They differ only in cost.
    ///
    /// ```swift
    /// let fast = try negotiationFrontier(profiles: parties)                          // .automatic
    /// let check = try negotiationFrontier(profiles: parties, method: .enumerate)
    /// fast.entries == check.entries   // true
    /// ```
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// The faster of the two for the problem at hand. For additive profiles: the separable
        /// merge, unless the domain can be enumerated (at most
        /// ``negotiationFrontierEnumerationLimit`` outcomes) and the merge has formed more than
        /// ``NegotiationFrontier/separableBudgetPerOutcome`` candidate partial sums per outcome;
        /// then it stops and enumerates instead. So it never costs much more than the better of
        /// the two. A nonlinear profile is not separable: its frontier is always enumerated.
        case automatic
        /// The exact separable merge: issues are merged one at a time keeping only partial sums
        /// that can still end on the frontier. No limit on the number of outcomes (10³⁰ is fine);
        /// the cost grows with the frontier's size, not with the number of outcomes. Additive
        /// profiles only.
        case separable
        /// Every outcome is visited and the non-dominated ones kept. Refused above
        /// ``negotiationFrontierEnumerationLimit`` outcomes (for nonlinear profiles: value
        /// classes, see ``negotiationFrontier(profiles:realSteps:method:lowerBounds:)``).
        case enumerate
    }

    /// The automatic method's switch point: the separable merge gives way to enumeration after
    /// forming this many candidate partial sums per outcome of the domain (the candidates of one
    /// issue are its kept partial sums times its values).
    ///
    /// Not yet measured: the value rests on the reasoning that a separable candidate costs about
    /// as much as an enumerated outcome and that enumeration also pays for its outcome table, so
    /// the merge is allowed a little more than one candidate per outcome. Either method gives the
    /// same entries, so the choice affects only the time.
    public static let separableBudgetPerOutcome = 2
}
