/// Each party's exact utility as an integer over a per-party scale:
///
///     u_p(outcome) = (Σᵢ numerators[i][valueᵢ][p] + offsets[p]) / scales[p]
///
/// with every numerator a natural number. Scaling by a positive constant and shifting by a
/// constant do not change which outcome dominates which, so the frontier algorithms compare the
/// integer sums; ``utility(party:sum:)`` turns a sum back into the exact rational utility.
///
/// Built from exact rational contributions: `scales[p]` is the least common denominator of
/// party p's contributions, and each issue's smallest numerator is moved into the offset so
/// that every numerator is ≥ 0.
struct IntegerUtilities: Sendable {
    /// `numerators[issue][value][party]`, natural numbers.
    let numerators: [[[BigNatural]]]
    /// Per party: Σᵢ (smallest numerator of issue i before shifting), an integer.
    let offsets: [ExactRational]
    /// Per party: the common denominator, at least 1.
    let scales: [BigNatural]
    /// Per party: the largest possible sum, Σᵢ maxᵥ numerators[i][v][p].
    let largestSums: [BigNatural]

    var parties: Int { scales.count }

    /// - Parameter contributions: `[issue][value][party]` exact contributions.
    /// - Complexity: O(total values × parties) rational operations.
    init(contributions: [[[ExactRational]]], parties: Int) {
        var offsets: [ExactRational] = [], scales: [BigNatural] = [], largest: [BigNatural] = []
        var table = contributions.map { $0.map { _ in [BigNatural](repeating: .zero, count: parties) } }
        for p in 0..<parties {
            var scale = BigNatural(1)
            for issue in contributions {
                for c in issue {
                    let d = c[p].denominator
                    scale = scale.quotientAndRemainder(dividingBy: BigNatural.gcd(scale, d)).quotient * d
                }
            }
            let s = ExactRational(numerator: scale)
            var offset = ExactRational.zero, top = BigNatural.zero
            for (i, issue) in contributions.enumerated() {
                let scaled = issue.map { $0[p] * s }   // integers
                guard let low = scaled.min() else { continue }
                offset = offset + low
                var high = BigNatural.zero
                for (v, x) in scaled.enumerated() {
                    let n = (x - low).numerator   // x − low ≥ 0 and an integer
                    table[i][v][p] = n
                    high = max(high, n)
                }
                top = top + high
            }
            offsets.append(offset); scales.append(scale); largest.append(top)
        }
        numerators = table
        self.offsets = offsets
        self.scales = scales
        largestSums = largest
    }

    /// Party `party`'s exact utility for an outcome whose numerators sum to `sum`.
    func utility(party: Int, sum: BigNatural) -> ExactRational {
        (ExactRational(numerator: sum) + offsets[party]) / ExactRational(numerator: scales[party])
    }

    /// Whether every sum fits in a `UInt64`, so the fast word-sized algorithms apply.
    var fitsInWord: Bool { largestSums.allSatisfy { $0.uint64 != nil } }

    /// Whether every sum is below 2⁵³, so it converts to `Double` exactly.
    var fitsInDouble: Bool { largestSums.allSatisfy { $0.uint64.map { $0 < 1 << 53 } ?? false } }
}
