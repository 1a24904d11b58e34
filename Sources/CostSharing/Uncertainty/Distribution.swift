import Foundation

/// The uncertainty about one numeric parameter of a scenario: a probability distribution over
/// its value.
///
/// Written in a scenario's `uncertainty` section as
/// `{"uniform": [0.3, 1.0]}`, `{"triangular": [0.2, 0.5, 1.0]}` (low, mode, high) or
/// `{"normal": {"mean": 0.2, "sd": 0.05, "min": 0, "max": 1}}` (a normal truncated to
/// `min...max`; both bounds are required so that every draw stays in the parameter's range).
///
/// ```swift
/// Distribution.triangular(low: 0.2, mode: 0.5, high: 1).quantile(0.5)   // ≈ 0.5528
/// ```
public enum Distribution: Sendable, Hashable {
    /// Every value in `low...high` equally likely.
    case uniform(low: Double, high: Double)
    /// Density rising linearly from `low` to `mode` and falling to `high`.
    case triangular(low: Double, mode: Double, high: Double)
    /// A normal distribution with `mean` and standard deviation `sd`, truncated to `minimum...maximum`.
    case normal(mean: Double, sd: Double, minimum: Double, maximum: Double)

    /// The smallest and largest value the distribution can take.
    public var support: ClosedRange<Double> {
        switch self {
        case .uniform(let a, let b): return a...b
        case .triangular(let a, _, let b): return a...b
        case .normal(_, _, let lo, let hi): return lo...hi
        }
    }

    /// The value below which a fraction `p` of the probability lies (the inverse distribution
    /// function), for `p` in `0...1`; `quantile(0)` and `quantile(1)` are the support's ends.
    /// - Complexity: O(1), or O(log(1/ε)) bisection steps for the truncated normal.
    public func quantile(_ p: Double) -> Double {
        let p = min(1, max(0, p))
        switch self {
        case .uniform(let a, let b):
            return a + p * (b - a)
        case .triangular(let a, let m, let b):
            guard b > a else { return a }
            let f = (m - a) / (b - a)
            return p < f ? a + ((b - a) * (m - a) * p).squareRoot() : b - ((b - a) * (b - m) * (1 - p)).squareRoot()
        case .normal(let mean, let sd, let lo, let hi):
            guard sd > 0, hi > lo else { return min(hi, max(lo, mean)) }
            func cdf(_ x: Double) -> Double { 0.5 * erfc(-(x - mean) / (sd * 2.0.squareRoot())) }
            let cLo = cdf(lo), cHi = cdf(hi)
            let target = cLo + p * (cHi - cLo)
            var a = lo, b = hi
            for _ in 0..<200 where b - a > 1e-15 * max(1, abs(a) + abs(b)) {
                let mid = 0.5 * (a + b)
                if cdf(mid) < target { a = mid } else { b = mid }
            }
            return 0.5 * (a + b)
        }
    }

    /// The median, `quantile(0.5)`.
    public var median: Double { quantile(0.5) }
}
