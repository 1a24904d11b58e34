/// The index a host judges a package's growth against: the path of increases it can justify
/// to its legislature and public.
public enum GrowthBenchmark: String, Sendable, Hashable, CaseIterable {
    /// The consumer-price index path of the forecast (the 9th and 12th SMA's index).
    case cpi
    /// The host's own defense-budget growth (the 11th SMA's index).
    case defenseBudget

    /// The benchmark's increase in contract year `year` (1 is the second year).
    public func rate(year: Int, forecast: Forecast) -> Double {
        self == .cpi ? forecast.cpi[year - 1] : forecast.defenseBudgetGrowth[year - 1]
    }
}
