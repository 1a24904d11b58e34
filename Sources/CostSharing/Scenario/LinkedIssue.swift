/// An issue negotiated beside the cost-sharing package (Korean purchases of US equipment, an
/// investment pledge, summit diplomacy, …): a list of options, one of which the agreement picks.
///
/// Utilities are additive: a package together with one option of every linked issue is worth the
/// package's utility plus each chosen option's value, to each side. Values are in billions of the
/// scenario's currency **per year of the term** (what the option is worth to that side, as money:
/// a willingness to pay, positive for a gain, negative for a cost), and enter the utilities
/// divided by the previous total, so that they share the model's unit (previous-agreement years
/// per year).
public struct LinkedIssue: Sendable, Hashable {
    /// One option of a linked issue.
    public struct Option: Sendable, Hashable {
        public var name: String
        /// The option's value to each side, billions of the currency per year.
        public var value: PartyPair<Double>
        /// What the recipient could announce as the host's contribution through this option,
        /// billions of the currency per year (0 when it adds nothing to the headline).
        public var headline: Double

        public init(name: String, value: PartyPair<Double>, headline: Double = 0) {
            self.name = name
            self.value = value
            self.headline = headline
        }
    }

    public var name: String
    /// Where the issue and its figures come from, or that they are assumptions.
    public var source: String
    public var options: [Option]

    /// The most options one issue may list.
    public static let maximumOptions = 1_000

    public init(name: String, source: String, options: [Option]) {
        self.name = name
        self.source = source
        self.options = options
    }
}
