/// One value an issue can take in an outcome: a discrete label, an integer, or a number.
///
/// `label` is how the value is written in files and output (`"Dell"`, `"-5"`, `"2.5"`);
/// `number` is its numeric value for integer, real and GeniusWeb number issues and `nil` for
/// discrete ones. Discrete evaluators look values up by `label`; numeric evaluators use `number`.
///
/// ```swift
/// let v = IssueValue(integer: -5)
/// v.label    // "-5"
/// v.number   // -5.0
/// ```
public struct IssueValue: Sendable, Hashable, CustomStringConvertible {
    /// The value as text.
    public let label: String
    /// The numeric value, or `nil` for a discrete value.
    public let number: Double?

    /// A discrete value.
    public init(label: String) {
        self.label = label
        self.number = nil
    }

    /// An integer value.
    public init(integer: Int) {
        self.label = String(integer)
        self.number = Double(integer)
    }

    /// A number with its own label (GeniusWeb numbers keep their decimal spelling).
    public init(number: Double, label: String? = nil) {
        self.label = label ?? number.description
        self.number = number
    }

    public var description: String { label }
}
