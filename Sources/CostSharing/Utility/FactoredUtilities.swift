import LinearAlgebra

/// Both sides' utilities of every candidate row in factored form, the way the analysis and the
/// many-draw engine evaluate them.
///
/// A row is a composition c and a (total, term) pair p (``CandidateLattice``). Its money
/// features are the composition's unit allocation times `scale(p)` = total × the term's
/// annualized present-value factor, so each side's **base utility** is
///
///     base(c, p) = scale(p) · value(c) + offset(p)
///
/// with `value(c)` the composition's money coefficients summed over its unit allocation (one
/// product, units (compositions × 2C) · money weights (2C × 2), or × 2K for K draws at once) and
/// `offset(p)` everything that depends only on the total and the term: the renegotiation cost
/// per year, the bounded-escalation preference, the curvature, the headline value and the
/// growth penalty. In the expected-utility form of ratification the utility is
/// `d + P(p) · (base − d)`, else the base utility.
///
/// Each side's utility is then non-decreasing in `value(c)` at every pair, in floating point
/// too (`scale > 0`, `P ≥ 0`, and rounding is monotone): the fact the many-draw engine's exact
/// frontier and zone rest on.
struct FactoredUtilities: Sendable {
    /// Each side's value per unit of scale, per composition.
    let value: PartyPair<[Double]>
    /// Total × annualized factor, per pair.
    let scale: [Double]
    /// Each side's pair-only terms, per pair.
    let offset: PartyPair<[Double]>
    /// The term increase r̄, per pair.
    let increase: [Double]
    /// The ratification probability per pair in the expected-utility form; `nil` in the win-set form.
    let probability: [Double]?
    /// Whether the Assembly's win-set admits each pair; `nil` when it admits all.
    let admissible: [Bool]?
    /// The no-deal utilities.
    let disagreement: PartyPair<Double>

    var compositionCount: Int { value.recipient.count }
    var pairCount: Int { scale.count }

    /// The factors of `lattice`'s rows under `model`.
    /// - Parameter values: Each side's value per composition, when the caller computed them in a
    ///   batch for many draws; by default `model.compositionValues(of:)`.
    init(model: UtilityModel, lattice: CandidateLattice, values: PartyPair<[Double]>? = nil) {
        self.value = values ?? model.compositionValues(of: lattice.compositions.map(\.unit))
        let totals = lattice.totals, terms = lattice.terms
        let pairs = totals.count * terms.count
        var scale = [Double](repeating: 0, count: pairs)
        var us = scale, kr = scale, increase = scale
        for (k, t) in totals.enumerated() {
            for (j, term) in terms.enumerated() {
                let p = k * terms.count + j
                let f = model.pairTerms(total: t, term: term)
                scale[p] = f.scale; us[p] = f.offset.recipient; kr[p] = f.offset.host; increase[p] = f.increase
            }
        }
        self.scale = scale
        offset = PartyPair(recipient: us, host: kr)
        self.increase = increase
        let ratification = model.scenario.host.ratification
        if case .expectedUtility = ratification.form {
            probability = increase.map { ratification.probability(termIncrease: $0) }
        } else {
            probability = nil
        }
        admissible = ratification.largestAdmissibleIncrease.map { limit in increase.map { $0 <= limit } }
        disagreement = model.disagreement
    }

    /// A side's base utility of composition `c` at pair `p`.
    @inline(__always) func base(_ party: Party, _ c: Int, _ p: Int) -> Double {
        party == .recipient ? scale[p] * value.recipient[c] + offset.recipient[p] : scale[p] * value.host[c] + offset.host[p]
    }

    /// A side's utility (ratification applied) of composition `c` at pair `p`.
    @inline(__always) func utility(_ party: Party, _ c: Int, _ p: Int) -> Double {
        let b = base(party, c, p)
        guard let probability else { return b }
        let d = disagreement[party]
        return d + probability[p] * (b - d)
    }

    /// Both utilities of a row.
    @inline(__always) func utilities(ofRow row: Int) -> PartyPair<Double> {
        let c = row / pairCount, p = row % pairCount
        return PartyPair(recipient: utility(.recipient, c, p), host: utility(.host, c, p))
    }

    /// Whether pair `p` is admissible.
    @inline(__always) func admits(_ p: Int) -> Bool { admissible?[p] ?? true }

    /// Base utilities and utilities of every row, in row order.
    /// - Complexity: O(compositions · pairs).
    func rowUtilities() -> (base: PartyPair<[Double]>, utilities: PartyPair<[Double]>) {
        let n = compositionCount * pairCount
        func fill(_ party: Party, ratified: Bool) -> [Double] {
            [Double](unsafeUninitializedCapacity: n) { out, initialized in
                var i = 0
                for c in 0..<compositionCount {
                    for p in 0..<pairCount {
                        out[i] = ratified ? utility(party, c, p) : base(party, c, p)
                        i += 1
                    }
                }
                initialized = n
            }
        }
        let unratified = PartyPair(recipient: fill(.recipient, ratified: false), host: fill(.host, ratified: false))
        let ratified = probability == nil ? unratified : PartyPair(recipient: fill(.recipient, ratified: true), host: fill(.host, ratified: true))
        return (unratified, ratified)
    }
}
