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
        let d = (disagreement ?? reservationValues).map(ExactRational.init(shortestDecimalOf:))
        precondition(d.count == profiles.count, "one disagreement value per party is required")
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
