/// The unary quality indicators that compare an approximation set with a reference set: how far
/// a front an optimizer found is from the best known one. Lower values are better for all four.
///
/// ```swift
/// let found = try PointSet(rows: [[3.5, 5.5], [3.6, 4.1], [4.1, 3.2], [5.5, 1.5]])
/// let best = try PointSet(rows: [[1, 6], [2, 5], [3, 4], [4, 3], [5, 2], [6, 1]])
/// let senses: [ObjectiveSense] = [.minimize, .minimize]
/// try QualityIndicator.additiveEpsilon.value(of: found, referenceSet: best, senses: senses)  // 2.5
/// try QualityIndicator.multiplicativeEpsilon.value(of: found, referenceSet: best, senses: senses)  // 3.5
/// ```
///
/// The values match moocore 0.3.2's `igd`, `igd_plus`, `epsilon_additive` and `epsilon_mult` under
/// the same senses (moocore minimizes unless told `maximise=True`; here `nil` senses maximize,
/// as everywhere in this module).
public enum QualityIndicator: String, Sendable, Hashable, CaseIterable {
    /// Inverted generational distance, see ``invertedGenerationalDistance(_:referenceSet:senses:)``.
    case igd = "igd"
    /// IGD⁺, see ``invertedGenerationalDistancePlus(_:referenceSet:senses:)``.
    case igdPlus = "igd+"
    /// Additive ε, see ``additiveEpsilon(_:referenceSet:senses:)``.
    case additiveEpsilon = "epsilon-additive"
    /// Multiplicative ε, see ``multiplicativeEpsilon(_:referenceSet:senses:)``.
    case multiplicativeEpsilon = "epsilon-multiplicative"

    /// The indicator's value for `approximation` against `referenceSet`.
    ///
    /// - Throws: what the indicator's function throws.
    /// - Complexity: O(|A|·|R|·d).
    public func value(
        of approximation: PointSet, referenceSet: PointSet, senses: [ObjectiveSense]? = nil
    ) throws(ParetoError) -> Double {
        switch self {
        case .igd: return try invertedGenerationalDistance(approximation, referenceSet: referenceSet, senses: senses)
        case .igdPlus: return try invertedGenerationalDistancePlus(approximation, referenceSet: referenceSet, senses: senses)
        case .additiveEpsilon: return try Pareto.additiveEpsilon(approximation, referenceSet: referenceSet, senses: senses)
        case .multiplicativeEpsilon: return try Pareto.multiplicativeEpsilon(approximation, referenceSet: referenceSet, senses: senses)
        }
    }
}

/// Inverted generational distance (IGD): the mean, over the reference points, of the Euclidean
/// distance to the nearest approximation point,
///
///     IGD(A, R) = (1/|R|) · Σ_{r ∈ R} min_{a ∈ A} ‖a − r‖₂
///
/// (Coello Coello & Reyes-Sierra 2004; the p = 1 form moocore computes). The distance ignores the
/// senses, which are only checked for length. IGD is not Pareto-compliant: an approximation set
/// can get a better IGD than one that dominates it; ``invertedGenerationalDistancePlus(_:referenceSet:senses:)``
/// fixes that.
///
/// ```swift
/// let found = try PointSet(rows: [[3.5, 5.5], [3.6, 4.1], [4.1, 3.2], [5.5, 1.5]])
/// let best = try PointSet(rows: [[1, 6], [2, 5], [3, 4], [4, 3], [5, 2], [6, 1]])
/// try invertedGenerationalDistance(found, referenceSet: best)   // 1.0627908666722465
/// ```
///
/// - Parameters:
///   - approximation: The set to assess, A.
///   - referenceSet: The reference set R (often the best known front), with A's number of objectives.
///   - senses: One sense per objective; `nil` maximizes every objective.
/// - Returns: IGD(A, R) ≥ 0; 0 when every reference point is also in A.
/// - Throws: ``ParetoError/mismatchedDimensions(approximation:referenceSet:)`` when the sets have
///   different numbers of objectives; ``ParetoError/emptySet(what:)`` when either set is empty;
///   ``ParetoError/wrongLength(what:expected:found:)`` for a sense list of the wrong length.
/// - Complexity: O(|A|·|R|·d).
public func invertedGenerationalDistance(
    _ approximation: PointSet, referenceSet: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> Double {
    _ = try checkIndicatorInputs(approximation, referenceSet, senses)
    return generationalDistance(approximation, referenceSet, signs: nil)
}

/// IGD⁺ (Ishibuchi, Masuda, Tanigaki & Nojima 2015): IGD with the distance measured only in the
/// objectives where the approximation point is worse than the reference point,
///
///     IGD⁺(A, R) = (1/|R|) · Σ_{r ∈ R} min_{a ∈ A} √( Σ_j max(r_j − a_j, 0)² )
///
/// with every objective oriented to be maximized (for a minimized objective the term is
/// `max(a_j − r_j, 0)`). An approximation point that weakly dominates `r` is at distance 0 from it.
/// IGD⁺ is weakly Pareto-compliant.
///
/// ```swift
/// let found = try PointSet(rows: [[3.5, 5.5], [3.6, 4.1], [4.1, 3.2], [5.5, 1.5]])
/// let best = try PointSet(rows: [[1, 6], [2, 5], [3, 4], [4, 3], [5, 2], [6, 1]])
/// try invertedGenerationalDistancePlus(found, referenceSet: best, senses: [.minimize, .minimize])
/// // 0.9855036468106652
/// ```
///
/// - Parameters, Throws: as ``invertedGenerationalDistance(_:referenceSet:senses:)``.
/// - Returns: IGD⁺(A, R) ≥ 0; 0 when every reference point is weakly dominated by a point of A.
/// - Complexity: O(|A|·|R|·d).
public func invertedGenerationalDistancePlus(
    _ approximation: PointSet, referenceSet: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> Double {
    let senses = try checkIndicatorInputs(approximation, referenceSet, senses)
    return generationalDistance(approximation, referenceSet, signs: senses.map(\.sign))
}

/// The additive ε indicator (Zitzler, Thiele, Laumanns, Fonseca & Grunert da Fonseca 2003): the
/// smallest ε such that every reference point is weakly dominated by some approximation point
/// improved by ε in every objective,
///
///     ε⁺(A, R) = max_{r ∈ R} min_{a ∈ A} max_j (r_j − a_j)
///
/// with every objective oriented to be maximized (for a minimized objective the term is
/// `a_j − r_j`, as moocore writes it). Negative when A strictly dominates every reference point.
///
/// ```swift
/// let found = try PointSet(rows: [[3.5, 5.5], [3.6, 4.1], [4.1, 3.2], [5.5, 1.5]])
/// let best = try PointSet(rows: [[1, 6], [2, 5], [3, 4], [4, 3], [5, 2], [6, 1]])
/// try additiveEpsilon(found, referenceSet: best, senses: [.minimize, .minimize])   // 2.5
/// ```
///
/// - Parameters, Throws: as ``invertedGenerationalDistance(_:referenceSet:senses:)``.
/// - Returns: ε⁺(A, R), any real number; ≤ 0 exactly when A weakly dominates R.
/// - Complexity: O(|A|·|R|·d).
public func additiveEpsilon(
    _ approximation: PointSet, referenceSet: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> Double {
    let senses = try checkIndicatorInputs(approximation, referenceSet, senses)
    let signs = senses.map(\.sign)
    return epsilon(approximation, referenceSet) { j, a, r in signs[j] * r - signs[j] * a }
}

/// The multiplicative ε indicator (Zitzler et al. 2003): the smallest factor ε such that every
/// reference point is weakly dominated by some approximation point scaled by ε,
///
///     ε×(A, R) = max_{r ∈ R} min_{a ∈ A} max_j q_j(a, r),   q_j = a_j / r_j  (minimized objective)
///                                                          q_j = r_j / a_j  (maximized objective)
///
/// so a value of 3 means that dividing A's minimized values by 3 and multiplying its maximized
/// values by 3 makes it weakly dominate R (moocore's convention for mixed senses). Defined for
/// positive values only.
///
/// ```swift
/// let found = try PointSet(rows: [[3.5, 5.5], [3.6, 4.1], [4.1, 3.2], [5.5, 1.5]])
/// let best = try PointSet(rows: [[1, 6], [2, 5], [3, 4], [4, 3], [5, 2], [6, 1]])
/// try multiplicativeEpsilon(found, referenceSet: best, senses: [.minimize, .minimize])   // 3.5
/// ```
///
/// - Parameters: as ``invertedGenerationalDistance(_:referenceSet:senses:)``.
/// - Returns: ε×(A, R) > 0; ≤ 1 exactly when A weakly dominates R.
/// - Throws: as ``invertedGenerationalDistance(_:referenceSet:senses:)``, and
///   ``ParetoError/nonPositive(set:row:column:value:)`` for the first value ≤ 0, naming the set
///   ("approximation set" or "reference set"), its row and column.
/// - Complexity: O(|A|·|R|·d).
public func multiplicativeEpsilon(
    _ approximation: PointSet, referenceSet: PointSet, senses: [ObjectiveSense]? = nil
) throws(ParetoError) -> Double {
    let senses = try checkIndicatorInputs(approximation, referenceSet, senses)
    for (set, name) in [(approximation, "approximation set"), (referenceSet, "reference set")] {
        if let bad = set.values.firstIndex(where: { !($0 > 0) }) {
            throw .nonPositive(set: name, row: bad / set.dimensions, column: bad % set.dimensions,
                               value: set.values[bad])
        }
    }
    let maximized = senses.map { $0 == .maximize }
    return epsilon(approximation, referenceSet) { j, a, r in maximized[j] ? r / a : a / r }
}

/// Checks that the sets share their objectives and are not empty; resolves the senses.
private func checkIndicatorInputs(
    _ approximation: PointSet, _ referenceSet: PointSet, _ senses: [ObjectiveSense]?
) throws(ParetoError) -> [ObjectiveSense] {
    guard approximation.dimensions == referenceSet.dimensions else {
        throw .mismatchedDimensions(approximation: approximation.dimensions, referenceSet: referenceSet.dimensions)
    }
    let senses = try approximation.resolvedSenses(senses)
    if approximation.isEmpty { throw .emptySet(what: "approximation set") }
    if referenceSet.isEmpty { throw .emptySet(what: "reference set") }
    return senses
}

/// IGD (`signs == nil`, plain differences) or IGD⁺ (oriented differences clipped at 0), summed
/// over the reference points in order and divided by their number, as moocore does.
private func generationalDistance(_ a: PointSet, _ r: PointSet, signs: [Double]?) -> Double {
    let d = a.dimensions
    return a.values.withUnsafeBufferPointer { av in
        r.values.withUnsafeBufferPointer { rv in
            var total = 0.0
            for k in 0..<r.count {
                let rp = rv.baseAddress! + k * d
                var nearest = Double.infinity
                for i in 0..<a.count {
                    let ap = av.baseAddress! + i * d
                    var squared = 0.0
                    if let signs {
                        for j in 0..<d {
                            let gap = max(signs[j] * rp[j] - signs[j] * ap[j], 0)
                            squared += gap * gap
                        }
                    } else {
                        for j in 0..<d {
                            let gap = ap[j] - rp[j]
                            squared += gap * gap
                        }
                    }
                    nearest = min(nearest, squared)
                }
                total += nearest.squareRoot()
            }
            return total / Double(r.count)
        }
    }
}

/// max over reference points of min over approximation points of max over objectives of `term`.
private func epsilon(_ a: PointSet, _ r: PointSet, term: (Int, Double, Double) -> Double) -> Double {
    let d = a.dimensions
    return a.values.withUnsafeBufferPointer { av in
        r.values.withUnsafeBufferPointer { rv in
            var worst = -Double.infinity
            for k in 0..<r.count {
                let rp = rv.baseAddress! + k * d
                var best = Double.infinity
                for i in 0..<a.count {
                    let ap = av.baseAddress! + i * d
                    var needed = -Double.infinity
                    for j in 0..<d {
                        needed = max(needed, term(j, ap[j], rp[j]))
                        if needed >= best { break }   // cannot improve this reference point's minimum
                    }
                    best = min(best, needed)
                }
                worst = max(worst, best)
            }
            return worst
        }
    }
}
