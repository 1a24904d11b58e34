/// One point of an exact frontier before it becomes a ``NegotiationFrontier/Entry``: the
/// first outcome reaching it, its integer utility sums (see ``IntegerUtilities``) and how many
/// outcomes reach it.
struct ExactFrontierPoint: Sendable, Equatable {
    /// The first outcome in enumeration order (issue 0 most significant) with these sums.
    let choices: [Int]
    /// One integer sum per party.
    let sums: [BigNatural]
    /// The number of outcomes with these sums, at least 1.
    let count: BigNatural
}
