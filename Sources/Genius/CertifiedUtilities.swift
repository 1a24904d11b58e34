import Foundation

/// Additive utilities in doubles with a proven bound on their distance from the exact ones: the
/// fast filter of the exact frontier when the exact integer sums do not fit in 64 bits.
///
/// `table[issue][value][party]` holds a double ĉ for each exact contribution c = (wᵢ / Σw)·eᵢ(v):
///
/// - for `discrete`, `relativeDiscrete` and `constant` evaluators, ĉ is computed as
///   ``AdditiveProfile/contribution(issue:value:)`` computes it, `(w / Σw) · e` (with
///   `e = entry / largest` for `relativeDiscrete`). Each number read from the file is the nearest
///   double of its decimal (relative error ≤ u = 2⁻⁵³), the sum Σw of n non-negative weights errs by
///   at most γₙ relatively, and three more roundings follow, so |ĉ − c| ≤ (n + 7)·u·|c| to first
///   order; the bound used is `(2n + 16)·u·|ĉ| + 4·2⁻¹⁰²²` (the last term covers underflow).
/// - for every other evaluator, ĉ is the nearest double of the exact rational contribution, so
///   |ĉ − c| ≤ u·|c|; the bound used is `2u·|ĉ| + 2⁻¹⁰⁷⁴`.
///
/// A sum over the issues in issue order from 0, ((0 + ĉ₀) + ĉ₁) + …, then differs from the
/// exact sum by at most ``error``[p] = Σᵢ maxᵥ δᵢᵥ + m·u·1.01·Σᵢ maxᵥ |ĉᵢᵥ| + m·2⁻¹⁰²²: the
/// contributions' errors plus one rounding of at most u·|partial sum| per addition, every partial
/// sum being below Σᵢ maxᵥ |ĉᵢᵥ|·1.01 in magnitude. The same holds for every partial sum over the
/// first issues. So for two sums (or two partial sums over the same issues) x̂, ŷ of exact x, y:
/// when the computed difference x̂ − ŷ exceeds ``threshold``[p] = 2·error[p]·(1 + 2⁻³⁰), then
/// x − y > 0 (the subtraction's own rounding is covered by the factor). Differences within the
/// threshold are *near ties*, decided in exact arithmetic.
struct CertifiedUtilities: Sendable {
    /// `[issue][value][party]` double contributions.
    let table: [[[Double]]]
    /// Per party: the bound on |computed sum − exact sum| for every (partial) sum.
    let error: [Double]
    /// Per party: computed differences beyond ± this have the exact difference's sign.
    let threshold: [Double]

    init(profiles: [AdditiveProfile], values: [[IssueValue]], realSteps: Int) {
        let d = profiles.count, m = values.count
        var table = values.map { issue in issue.map { _ in [Double](repeating: 0, count: d) } }
        var error = [Double](repeating: 0, count: d)
        let u = 0x1p-53
        for (p, profile) in profiles.enumerated() {
            let n = Double(profile.weights.count)
            var exact: [[ExactRational]]?   // only for evaluators without a double error bound
            var largestError = 0.0, largestMagnitude = 0.0
            for i in 0..<m {
                let direct: Bool
                switch profile.evaluators[i] {
                case .discrete, .relativeDiscrete, .constant: direct = true
                default: direct = false
                }
                if !direct && exact == nil { exact = profile.exactContributions(realSteps: realSteps) }
                var issueError = 0.0, issueMagnitude = 0.0
                for (v, value) in values[i].enumerated() {
                    let c: Double, delta: Double
                    if direct {
                        c = profile.contribution(issue: i, value: value)
                        delta = (2 * n + 16) * u * abs(c) + 4 * Double.leastNormalMagnitude
                    } else {
                        c = exact![i][v].doubleValue
                        delta = 2 * u * abs(c) + Double.leastNonzeroMagnitude
                    }
                    table[i][v][p] = c
                    issueError = max(issueError, delta)
                    issueMagnitude = max(issueMagnitude, abs(c))
                }
                largestError += issueError
                largestMagnitude += issueMagnitude
            }
            error[p] = largestError + Double(m) * u * 1.01 * largestMagnitude + Double(m) * Double.leastNormalMagnitude
        }
        self.table = table
        self.error = error
        threshold = error.map { 2 * $0 * (1 + 0x1p-30) + Double.leastNonzeroMagnitude }
    }
}

/// The exact integer sums behind ``CertifiedUtilities``, built on first use (most problems never
/// need them: the doubles decide) and shared by the entries of a frontier for their
/// ``NegotiationFrontier/Entry/exactUtilities``.
final class LazyExactUtilities: @unchecked Sendable {
    private let make: @Sendable () -> IntegerUtilities
    private var built: IntegerUtilities?
    private let lock = NSLock()

    init(_ make: @escaping @Sendable () -> IntegerUtilities) { self.make = make }

    /// The exact table (built on the first call; thread-safe).
    var table: IntegerUtilities {
        lock.lock(); defer { lock.unlock() }
        if let built { return built }
        let t = make()
        built = t
        return t
    }

    /// The exact integer sums of an outcome, one per party.
    func sums(_ choices: [Int]) -> [BigNatural] {
        let t = table
        var s = [BigNatural](repeating: .zero, count: t.parties)
        for (i, v) in choices.enumerated() { for p in 0..<t.parties { s[p] += t.numerators[i][v][p] } }
        return s
    }

    /// The exact utilities of an outcome.
    func utilities(_ choices: [Int]) -> [ExactRational] {
        let t = table
        return sums(choices).enumerated().map { t.utility(party: $0.offset, sum: $0.element) }
    }
}

/// The sign of `a − b` for natural numbers: −1, 0 or 1.
@inline(__always) func sign(_ a: BigNatural, _ b: BigNatural) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

extension AdditiveProfile {
    /// Whether the profile's numbers are short decimals (at most 9 significant digits each, as in
    /// the competition files), so that the exact integer sums probably fit in 64 bits. Only a
    /// choice of algorithm: the 64-bit path checks that its sums fit and the certified path is
    /// exact for any input.
    var hasShortDecimals: Bool {
        func short(_ x: Double) -> Bool {
            let text = x.description
            if text.contains("e") { return false }
            let digits = text.filter(\.isNumber).drop { $0 == "0" }
            return digits.count <= 9
        }
        guard weights.allSatisfy(short) else { return false }
        return evaluators.allSatisfy { e in
            switch e {
            case let .discrete(t), let .relativeDiscrete(t): return t.values.allSatisfy(short)
            case let .constant(c): return short(c)
            case let .linear(a, b, c): return short(a) && short(b) && short(c)
            case let .triangular(a, b, c): return short(a) && short(b) && short(c)
            case let .interpolated(a, b, c, e): return short(a) && short(b) && short(c) && short(e)
            }
        }
    }
}
