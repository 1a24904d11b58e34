/// What happens if the talks fail, and what it is worth to each side per year of the impasse.
///
/// Failure is an **impasse** of expected length L years (`impasseYears`; the 2020 one ran about
/// 14 months, from the 10th SMA's lapse to the 11th's signing). During it the host pays some
/// costs anyway (`payments`, per year, valued with the same θ and σ as a package's money), and
/// each documented **consequence** (``NoDealConsequence``: a furlough, frozen construction,
/// damage to the alliance, a threat to cut troops) costs each side its yearly cost for as long as
/// it lasts within the impasse, weighted by its probability. The disagreement utility is the
/// impasse's average per year, the same unit as a package's utility:
///
/// d = Σ θ_{c,f}·p_{c,f}/S − Σ_k π_k·cost_k·min(years_k, L)/L          (recipient; the host with −(1 − σ))
///
/// Alternatively a side's disagreement utility can be **anchored** to a package it is known to
/// be indifferent to (`hostIndifferentTo`, `recipientIndifferentTo`): its utility for that
/// package (before ratification risk) replaces the computed value, and that side's costs above
/// have no effect (the analysis says so in its warnings).
public struct NoDealOutcome: Sendable, Hashable {
    /// What no deal means, in words (for the report).
    public var description: String
    /// L > 0: the expected length of the impasse, in years.
    public var impasseYears: Double
    /// Amounts the host pays per year of the impasse without an agreement, by category and form.
    public var payments: [String: FormValues]
    /// The consequences of the impasse beyond the money.
    public var consequences: [NoDealConsequence]
    /// If set, the host's disagreement utility is its utility for this package.
    public var hostIndifferentTo: Package?
    /// If set, the recipient's disagreement utility is its utility for this package.
    public var recipientIndifferentTo: Package?

    /// Creates the outcome.
    public init(description: String, impasseYears: Double, payments: [String: FormValues],
                consequences: [NoDealConsequence], hostIndifferentTo: Package? = nil,
                recipientIndifferentTo: Package? = nil) {
        self.description = description
        self.impasseYears = impasseYears
        self.payments = payments
        self.consequences = consequences
        self.hostIndifferentTo = hostIndifferentTo
        self.recipientIndifferentTo = recipientIndifferentTo
    }

    /// Each side's cost of the consequences per year of the impasse:
    /// Σ_k π_k·cost_k·min(years_k, L)/L.
    public var costPerYear: PartyPair<Double> {
        var total = PartyPair(recipient: 0.0, host: 0.0)
        for c in consequences {
            let share = min(c.years ?? impasseYears, impasseYears) / impasseYears
            total.recipient += c.probability * c.recipientCostPerYear * share
            total.host += c.probability * c.hostCostPerYear * share
        }
        return total
    }
}

/// One consequence of an impasse, with what it costs each side while it lasts.
///
/// Costs are in previous-agreement years **per year while the consequence lasts** (a cost of
/// 0.6 lasting 2.5 months costs 0.125 in all); a one-off shock is a large cost over a short
/// time. `source` says where the consequence and its size come from, or that it is an assumption.
public struct NoDealConsequence: Sendable, Hashable {
    /// What happens, e.g. "4,000 Korean employees furloughed".
    public var label: String
    /// Where the figure comes from: a source, or "assumption: …".
    public var source: String
    /// The recipient's cost per year while it lasts (negative: a benefit).
    public var recipientCostPerYear: Double
    /// The host's cost per year while it lasts.
    public var hostCostPerYear: Double
    /// How long it lasts within the impasse, in years; `nil` for the whole impasse.
    public var years: Double?
    /// Its probability, `0...1` (1 for what surely happens; less for a threat).
    public var probability: Double

    /// Default for ``probability``: the consequence surely happens.
    public static let defaultProbability = 1.0

    /// Creates a consequence.
    public init(label: String, source: String, recipientCostPerYear: Double, hostCostPerYear: Double,
                years: Double? = nil, probability: Double = NoDealConsequence.defaultProbability) {
        self.label = label
        self.source = source
        self.recipientCostPerYear = recipientCostPerYear
        self.hostCostPerYear = hostCostPerYear
        self.years = years
        self.probability = probability
    }
}
