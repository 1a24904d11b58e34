/// What happens if the talks fail, and what it is worth to each side.
///
/// Each side's disagreement utility is computed from the outcome it describes: the money the
/// host pays anyway for the year (`payments`, valued with the same θ and σ as a package's
/// money, for one year), minus a friction cost each side bears (furloughs, frozen construction,
/// strain on the alliance), in previous-agreement years:
///
/// d_US = Σ θ_{c,f}·p_{c,f}/S − recipientFriction,  d_KR = −Σ (1 − σ_{c,f})·p_{c,f}/S − hostFriction.
///
/// Alternatively a side's disagreement utility can be anchored to a package the side is known
/// to be indifferent to (its publicly stated last offer): set `hostIndifferentTo` or
/// `recipientIndifferentTo`, and the friction for that side is ignored. The reservation
/// value is then the utility of that package.
public struct NoDealOutcome: Sendable, Hashable {
    /// What no deal means, in words (for the report).
    public var description: String
    /// First-year amounts the host pays without an agreement, by category name and form.
    public var payments: [String: FormValues]
    /// Recipient's cost of no deal beyond the money, in previous-agreement years.
    public var recipientFriction: Double
    /// Host's cost of no deal beyond the money, in previous-agreement years.
    public var hostFriction: Double
    /// If set, the host's disagreement utility is its utility for this package.
    public var hostIndifferentTo: Package?
    /// If set, the recipient's disagreement utility is its utility for this package.
    public var recipientIndifferentTo: Package?

    /// Creates the outcome.
    public init(description: String, payments: [String: FormValues], recipientFriction: Double,
                hostFriction: Double, hostIndifferentTo: Package? = nil, recipientIndifferentTo: Package? = nil) {
        self.description = description
        self.payments = payments
        self.recipientFriction = recipientFriction
        self.hostFriction = hostFriction
        self.hostIndifferentTo = hostIndifferentTo
        self.recipientIndifferentTo = recipientIndifferentTo
    }
}
