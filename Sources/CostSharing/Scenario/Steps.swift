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

    /// Number of values; 0 when `through < from`, `step` is not positive or a bound is not
    /// finite; `Int.max` when the count would not fit an `Int` (a step of 1e-300, say), so
    /// that a size check refuses it instead of trapping.
    public var count: Int {
        guard step > 0, from.isFinite, through.isFinite, step.isFinite, through >= from else { return 0 }
        let n = ((through - from) / step + 0.5).rounded(.down)
        guard n.isFinite, n < 1e15 else { return Int.max }
        return Int(n) + 1
    }

    /// The value at `index`, `from + index·step` (no accumulated rounding).
    public subscript(index: Int) -> Double { from + Double(index) * step }

    /// The values, computed as `from + i·step`. Check ``count`` against a limit first.
    public var values: [Double] { (0..<count).map { self[$0] } }

    /// The last value, `from + (count − 1)·step`; `nil` when there is none.
    public var last: Double? { count > 0 && count < Int.max ? self[count - 1] : nil }
}
