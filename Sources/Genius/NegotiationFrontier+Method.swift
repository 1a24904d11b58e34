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
    /// Measured (issue 15): on 17 shapes, 2–5 parties and 10³–10⁷ outcomes (3–7 issues of 10
    /// values, random long-decimal profiles from `Benchmarks/scripts/make_genius_domain.py`), the
    /// separable merge was never slower than enumeration beyond noise: from a tie at 10³ outcomes
    /// with two parties (0.43 against 0.39 ms) to 0.42 against 606 ms at 10⁶; with five parties and
    /// 240,000 outcomes 234 against 407 ms (medians of 5 runs, 3 at 10⁷, of `frontier genius … --format json
    /// --timing --method separable|enumerate`, release build, busy 2-core machine), and with
    /// this budget the automatic method took the merge on every one of them. So the budget stays
    /// at 2, which the merge cannot reach when every issue keeps two or more value classes: issue i contributes
    /// at most (kept partial sums) × kᵢ ≤ k₀·k₁·…·kᵢ candidates (kᵢ its kept value classes), so
    /// with every kᵢ ≥ 2 the total stays below 2 × outcomes; only issues left with a single class
    /// (each repeating the previous level's candidates) can push it over, a case not measured.
    /// Either method gives the same entries, so the choice affects only the time.
    public static let separableBudgetPerOutcome = 2
}
