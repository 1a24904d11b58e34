/// Whether larger or smaller values of an objective are better.
///
/// Every API in `Pareto` that compares points takes one sense per objective (column). Passing
/// `nil` where a sense list is optional means "maximize every objective".
public enum ObjectiveSense: String, Sendable, Hashable, Codable, CaseIterable {
    /// Larger values are better.
    case maximize = "max"
    /// Smaller values are better.
    case minimize = "min"

    /// `+1` for `.maximize`, `-1` for `.minimize`: multiplying a value by this sign turns every
    /// objective into one to maximize.
    @inlinable
    public var sign: Double { self == .maximize ? 1 : -1 }
}

extension Array where Element == ObjectiveSense {
    /// `count` copies of `.maximize`.
    @inlinable
    public static func maximizeAll(_ count: Int) -> [ObjectiveSense] {
        Array(repeating: .maximize, count: count)
    }
}
