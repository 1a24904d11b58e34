/// The index paths a scenario expects over the longest term it considers, and the discount
/// rate for present values.
///
/// Entry `t − 1` of each path is the increase that applies in contract year `t` (year 0 pays
/// the first-year total). For a CPI rule "CPI of two years earlier", enter the lagged CPI: the
/// path holds whatever figure the rule would apply in that year.
///
/// ```swift
/// let f = Forecast(discountRate: 0.03, cpi: [0.005, 0.025], defenseBudgetGrowth: [0.054, 0.034])
/// f.presentValueFactor(duration: 3, rule: .cpi(cap: 0.04))
/// // 1 + 1.005/1.03 + 1.005·1.025/1.03²
/// ```
public struct Forecast: Sendable, Hashable {
    /// Annual discount rate r used for present values.
    public var discountRate: Double
    /// CPI increase per contract year 1, 2, …
    public var cpi: [Double]
    /// Host defense-budget growth per contract year 1, 2, …
    public var defenseBudgetGrowth: [Double]

    /// Creates a forecast.
    public init(discountRate: Double, cpi: [Double], defenseBudgetGrowth: [Double]) {
        self.discountRate = discountRate
        self.cpi = cpi
        self.defenseBudgetGrowth = defenseBudgetGrowth
    }

    /// The longest term the paths cover: one more than the shorter path.
    public var longestTerm: Int { min(cpi.count, defenseBudgetGrowth.count) + 1 }

    /// Present value of a payment stream that starts at 1, per unit of first-year total:
    /// φ = Σ_{t<D} Π_{1≤k≤t}(1 + min(g_k, c)) / (1 + r)^t.
    ///
    /// The package's present value is `T · φ`.
    /// - Parameters:
    ///   - duration: Term D in years, `1...longestTerm`.
    ///   - rule: The escalation rule.
    /// - Returns: φ (1 for a one-year term).
    /// - Complexity: O(D).
    public func presentValueFactor(duration: Int, rule: EscalationRule) -> Double {
        precondition(duration >= 1 && duration <= longestTerm,
                     "duration \(duration) outside 1...\(longestTerm)")
        var level = 1.0, discount = 1.0, sum = 1.0
        for t in stride(from: 1, to: duration, by: 1) {
            level *= 1 + rule.rate(year: t, forecast: self)
            discount *= 1 + discountRate
            sum += level / discount
        }
        return sum
    }

    /// The annual totals, per unit of first-year total, over `duration` years (undiscounted).
    public func path(duration: Int, rule: EscalationRule) -> [Double] {
        var level = 1.0
        var out = [1.0]
        for t in stride(from: 1, to: duration, by: 1) {
            level *= 1 + rule.rate(year: t, forecast: self)
            out.append(level)
        }
        return out
    }

    /// The mean annual total over the term, per unit of first-year total (undiscounted):
    /// `path(duration:rule:)` averaged. A package's average annual amount is `T` times this; the
    /// host's Assembly and the recipient's headline judge a package by it (see the analyst guide).
    /// - Complexity: O(D).
    public func meanLevel(duration: Int, rule: EscalationRule) -> Double {
        let p = path(duration: duration, rule: rule)
        return p.reduce(0, +) / Double(p.count)
    }
}
