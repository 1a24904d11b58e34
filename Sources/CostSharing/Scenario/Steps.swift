/// An arithmetic sequence `from, from + step, …` up to `through` (inclusive, within half a step).
///
/// ```swift
/// Steps(from: 1000, through: 1020, step: 10).values   // [1000, 1010, 1020]
/// ```
public struct Steps: Sendable, Hashable {
    /// First value.
    public var from: Double
    /// Last value (included when the steps land on it, within half a step).
    public var through: Double
    /// Positive increment.
    public var step: Double

    /// Creates the sequence.
    public init(from: Double, through: Double, step: Double) {
        self.from = from
        self.through = through
        self.step = step
    }

    /// Number of values; 0 when `through < from` or `step` is not positive.
    public var count: Int {
        guard step > 0, through >= from else { return 0 }
        return Int(((through - from) / step + 0.5).rounded(.down)) + 1
    }

    /// The values, computed as `from + i·step` (no accumulated rounding).
    public var values: [Double] { (0..<count).map { from + Double($0) * step } }
}
