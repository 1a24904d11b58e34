extension NegotiationFrontier {
    /// The four bargaining solutions decided in exact arithmetic: indices into ``entries``, or
    /// `nil` when no entry gives every party at least its disagreement value.
    public struct ExactSolutions: Sendable, Equatable {
        /// Largest product of gains ∏ (uᵢ − dᵢ).
        public let nash: Int?
        /// Largest smallest relative gain (uᵢ − dᵢ)/(aᵢ − dᵢ), a the ideal point; parties whose
        /// ideal equals their disagreement value are left out (all left out: score 0).
        public let kalaiSmorodinsky: Int?
        /// Largest smallest gain.
        public let egalitarian: Int?
        /// Largest sum of gains.
        public let utilitarian: Int?
    }

    /// The Nash, Kalai–Smorodinsky, egalitarian and utilitarian solutions among the entries that
    /// give every party at least its disagreement value, with the definitions and tie-break of
    /// `Pareto.BargainingProblem` (equal scores: the larger total gain, then the lower index), but
    /// with scores computed and compared exactly, so exact ties stay ties.
    ///
    /// - Parameter disagreement: One value per party, each taken at its decimal value; `nil` uses
    ///   ``reservationValues``. Must have one entry per party.
    /// - Complexity: O(n·p) rational operations for n entries and p parties.
    public func exactSolutions(disagreement: [Double]? = nil) -> ExactSolutions {
        let disagreement = disagreement ?? reservationValues
        precondition(disagreement.count == profiles.count, "one disagreement value per party is required")
        if entries.contains(where: { !$0.holdsExactUtilities }) { return certifiedSolutions(disagreement: disagreement) }
        let d = disagreement.map(ExactRational.init(shortestDecimalOf:))
        let gains: [[ExactRational]?] = entries.map { e in
            let g = zip(e.exactUtilities, d).map { $0 - $1 }
            return g.allSatisfy { $0 >= .zero } ? g : nil
        }
        let rational = gains.indices.filter { gains[$0] != nil }
        var ideal = d
        for i in rational { for (j, g) in gains[i]!.enumerated() { ideal[j] = max(ideal[j], d[j] + g) } }
        let range = zip(ideal, d).map { $0 - $1 }

        func best(_ score: ([ExactRational]) -> ExactRational) -> Int? {
            var bestIndex: Int?, bestScore = ExactRational.zero, bestSum = ExactRational.zero
            for i in rational {
                let g = gains[i]!
                let s = score(g), sum = g.reduce(.zero, +)
                if bestIndex == nil || s > bestScore || (s == bestScore && sum > bestSum) {
                    bestIndex = i; bestScore = s; bestSum = sum
                }
            }
            return bestIndex
        }
        return ExactSolutions(
            nash: best { $0.reduce(.one, *) },
            kalaiSmorodinsky: best { g in
                let relative = zip(g, range).filter { $0.1 > .zero }.map { $0.0 / $0.1 }
                return relative.min() ?? .zero
            },
            egalitarian: best { $0.min() ?? .zero },
            utilitarian: best { $0.reduce(.zero, +) })
    }
}

/// A closed interval of reals known to contain an exact value, with outward rounding (each
/// operation's result widened by one unit in the last place each way, which covers the
/// rounding of correctly rounded operations).
struct CertifiedInterval {
    var lo: Double, hi: Double
    init(_ lo: Double, _ hi: Double) { self.lo = lo; self.hi = hi }
    static func + (a: Self, b: Self) -> Self { .init((a.lo + b.lo).nextDown, (a.hi + b.hi).nextUp) }
    static func - (a: Self, b: Self) -> Self { .init((a.lo - b.hi).nextDown, (a.hi - b.lo).nextUp) }
    static func * (a: Self, b: Self) -> Self {
        let (p, q, r, t) = (a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi)
        return .init(min(min(p, q), min(r, t)).nextDown, max(max(p, q), max(r, t)).nextUp)
    }
    /// `nil` unless `b` is certainly positive.
    static func / (a: Self, b: Self) -> Self? {
        guard b.lo > 0 else { return nil }
        let (p, q, r, t) = (a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi)
        return .init(min(min(p, q), min(r, t)).nextDown, max(max(p, q), max(r, t)).nextUp)
    }
}

extension NegotiationFrontier {
    /// ``exactSolutions(disagreement:)`` for entries held as doubles within
    /// ``utilityErrorBounds``: every score is an interval certain to contain the exact score;
    /// the entry with the largest lower end wins when no other interval reaches that end, and
    /// otherwise the entries whose intervals do (the near ties) are compared in exact
    /// arithmetic. Membership in the individually rational set and the ideal point are decided
    /// the same way. The result is the exact one.
    func certifiedSolutions(disagreement: [Double]) -> ExactSolutions {
        let k = profiles.count
        let dExact = disagreement.map(ExactRational.init(shortestDecimalOf:))
        let dI = disagreement.map { CertifiedInterval($0.nextDown, $0.nextUp) }
        // Flat interval tables, entry i party j at i·k + j (no array per entry).
        var u: [CertifiedInterval] = [], g: [CertifiedInterval] = []
        u.reserveCapacity(entries.count * k); g.reserveCapacity(entries.count * k)
        for e in entries {
            for j in 0..<k {
                let x = CertifiedInterval((e.utilities[j] - utilityErrorBounds[j]).nextDown,
                                          (e.utilities[j] + utilityErrorBounds[j]).nextUp)
                u.append(x); g.append(x - dI[j])
            }
        }
        var exactCache: [Int: [ExactRational]] = [:]
        func exactGains(_ i: Int) -> [ExactRational] {
            if let x = exactCache[i] { return x }
            let x = zip(entries[i].exactUtilities, dExact).map { $0 - $1 }
            exactCache[i] = x
            return x
        }
        let rational = entries.indices.filter { i in
            let row = g[i * k ..< (i + 1) * k]
            if row.allSatisfy({ $0.lo >= 0 }) { return true }
            if row.contains(where: { $0.hi < 0 }) { return false }
            return exactGains(i).allSatisfy { $0 >= .zero }
        }
        // Ideal point: interval, and exactly on demand.
        var ideal = dI
        for i in rational {
            for j in 0..<k { ideal[j] = CertifiedInterval(max(ideal[j].lo, u[i * k + j].lo), max(ideal[j].hi, u[i * k + j].hi)) }
        }
        let range = (0..<k).map { ideal[$0] - dI[$0] }
        var exactRange: [ExactRational]?
        func exactRanges() -> [ExactRational] {
            if let exactRange { return exactRange }
            let r = (0..<k).map { j -> ExactRational in
                var best = ExactRational.zero
                for i in rational where u[i * k + j].hi >= ideal[j].lo { best = max(best, exactGains(i)[j]) }
                return best
            }
            exactRange = r
            return r
        }
        func best(_ score: (Int) -> CertifiedInterval?, _ exactScore: ([ExactRational]) -> ExactRational) -> Int? {
            guard !rational.isEmpty else { return nil }
            let scores = rational.map(score)
            if !scores.contains(where: { $0 == nil }) {
                let top = scores.map { $0!.lo }.max()!
                let contenders = rational.indices.filter { scores[$0]!.hi >= top }
                if contenders.count == 1 { return rational[contenders[0]] }
                return exactBest(contenders.map { rational[$0] }, exactScore)
            }
            return exactBest(rational, exactScore)
        }
        func exactBest(_ candidates: [Int], _ exactScore: ([ExactRational]) -> ExactRational) -> Int? {
            var bestIndex: Int?, bestScore = ExactRational.zero, bestSum = ExactRational.zero
            for i in candidates {
                let gi = exactGains(i)
                let s = exactScore(gi), sum = gi.reduce(.zero, +)
                if bestIndex == nil || s > bestScore || (s == bestScore && sum > bestSum) {
                    bestIndex = i; bestScore = s; bestSum = sum
                }
            }
            return bestIndex
        }
        /// The interval whose ends are the smallest lower and the smallest upper end.
        func minimum(_ i: Int) -> CertifiedInterval {
            var m = g[i * k]
            for j in 1..<k { m = CertifiedInterval(min(m.lo, g[i * k + j].lo), min(m.hi, g[i * k + j].hi)) }
            return m
        }
        return ExactSolutions(
            nash: best({ i in
                var x = g[i * k]
                for j in 1..<k { x = x * g[i * k + j] }
                return x
            }, { $0.reduce(.one, *) }),
            kalaiSmorodinsky: best({ i -> CertifiedInterval? in
                // Parties left out (zero range) must be certain, else decide exactly.
                var m: CertifiedInterval?
                for j in 0..<k {
                    if range[j].hi <= 0 { continue }   // the exact range is ≥ 0, so it is 0
                    guard let r = g[i * k + j] / range[j] else { return nil }
                    m = m.map { CertifiedInterval(min($0.lo, r.lo), min($0.hi, r.hi)) } ?? r
                }
                return m ?? CertifiedInterval(0, 0)
            }, { gains in
                let relative = zip(gains, exactRanges()).filter { $0.1 > .zero }.map { $0.0 / $0.1 }
                return relative.min() ?? .zero
            }),
            egalitarian: best({ i in minimum(i) }, { $0.min() ?? .zero }),
            utilitarian: best({ i in
                var x = g[i * k]
                for j in 1..<k { x = x + g[i * k + j] }
                return x
            }, { $0.reduce(.zero, +) }))
    }
}
