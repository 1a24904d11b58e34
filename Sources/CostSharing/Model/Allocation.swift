/// The first-year amounts of a package by category and payment form.
///
/// Produced by ``Package/allocation(over:)``; `cash[c] + inKind[c]` is category `c`'s amount.
public struct Allocation: Sendable, Hashable {
    /// Cash amount per category, in the scenario's category order (billions).
    public var cash: [Double]
    /// In-kind amount per category (billions).
    public var inKind: [Double]

    /// Total over all categories and forms.
    public var total: Double { cash.reduce(0, +) + inKind.reduce(0, +) }
}

extension Package {
    /// Fractions of the total per category and form, or `nil` when the in-kind share cannot be
    /// reached within the categories' allowed in-kind ranges.
    ///
    /// Each category's in-kind fraction is `lo + λ·(hi − lo)` with one λ ∈ [0, 1] for all
    /// categories, chosen so that the in-kind amounts add up to `inKindShare`: the shift to
    /// (or from) in-kind delivery is spread in proportion to each category's room to move.
    /// A tolerance of 1e-9 absorbs rounding at the ends of the range.
    ///
    /// - Parameter categories: The scenario's categories; `extraSplit` follows the order of
    ///   the extra ones, `coreShares` (when not empty) the order of the core ones.
    /// - Returns: Cash and in-kind fractions per category (summing to 1), or `nil`.
    /// - Complexity: O(C) for C categories.
    public func unitAllocation(over categories: [CostCategory]) -> Allocation? {
        var amount = [Double](repeating: 0, count: categories.count)
        var e = 0, k = 0
        for (c, category) in categories.enumerated() {
            switch category.framework {
            case .core:
                amount[c] = (1 - extraShare) * (coreShares.isEmpty ? category.baseShare : (k < coreShares.count ? coreShares[k] : 0))
                k += 1
            case .extra:
                amount[c] = extraShare * (e < extraSplit.count ? extraSplit[e] : 0)
                e += 1
            }
        }
        var low = 0.0, room = 0.0
        for (c, category) in categories.enumerated() {
            low += amount[c] * category.inKindRange.lowerBound
            room += amount[c] * (category.inKindRange.upperBound - category.inKindRange.lowerBound)
        }
        let tolerance = 1e-9
        let needed = inKindShare - low
        let lambda: Double
        if room <= tolerance {
            guard abs(needed) <= tolerance else { return nil }
            lambda = 0
        } else {
            let l = needed / room
            guard l >= -tolerance, l <= 1 + tolerance else { return nil }
            lambda = min(1, max(0, l))
        }
        var cash = amount, inKind = amount
        for (c, category) in categories.enumerated() {
            let r = category.inKindRange
            let f = r.lowerBound + lambda * (r.upperBound - r.lowerBound)
            inKind[c] = amount[c] * f
            cash[c] = amount[c] - inKind[c]
        }
        return Allocation(cash: cash, inKind: inKind)
    }

    /// First-year amounts per category and form, or `nil` when the payment forms cannot be met
    /// (see ``unitAllocation(over:)``).
    public func allocation(over categories: [CostCategory]) -> Allocation? {
        guard let unit = unitAllocation(over: categories) else { return nil }
        return Allocation(cash: unit.cash.map { $0 * firstYearTotal },
                          inKind: unit.inKind.map { $0 * firstYearTotal })
    }
}
