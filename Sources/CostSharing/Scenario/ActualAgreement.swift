/// The agreement that was actually concluded, for comparison with the model's solutions.
public struct ActualAgreement: Sendable, Hashable {
    /// A label, e.g. `"11th SMA (signed March 2021)"`.
    public var label: String
    /// The agreement as a package.
    public var package: Package

    /// Creates the record.
    public init(label: String, package: Package) {
        self.label = label
        self.package = package
    }
}
