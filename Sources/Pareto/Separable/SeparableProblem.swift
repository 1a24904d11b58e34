/// A multi-objective choice problem whose outcomes are one option per issue and whose objectives
/// are sums of per-issue, per-option contributions (an additive, or separable, space).
///
/// Additive utility profiles of negotiation domains (GENIUS/ANAC "linear additive" profiles) have
/// this shape: objective `j` of the outcome that picks option `o[i]` on issue `i` is
/// `contributions[0][o[0]][j] + contributions[1][o[1]][j] + …`. The number of outcomes is the
/// product of the option counts and is often far too large to enumerate; ``separableFrontier(_:lowerBounds:constraints:)``
/// finds the exact frontier without enumerating.
///
/// ```swift
/// // Two issues; each option contributes (utility to A, utility to B).
/// let problem = try SeparableProblem(contributions: [
///     [[0.5, 0], [0.25, 0.25], [0, 0.5]],   // issue 0: three options
///     [[0.5, 0], [0, 0.75]],                // issue 1: two options
/// ], objectives: 2)
/// problem.outcomeCount          // 6.0
/// problem.value(of: [1, 1])     // [0.25, 1.0]
/// ```
public struct SeparableProblem: Sendable {
    /// Number of objectives.
    public let objectives: Int
    /// One sense per objective (all `.maximize` unless given).
    public let senses: [ObjectiveSense]
    /// Number of options of each issue.
    public let optionCounts: [Int]
    /// Per issue, the raw contributions row-major: option `o`, objective `j` at `o * objectives + j`.
    let table: [[Double]]

    /// Creates a separable problem, checking the shape and that every contribution is finite.
    ///
    /// - Parameters:
    ///   - contributions: `contributions[issue][option][objective]`, in the objectives' own units.
    ///   - objectives: Number of objectives; every option must list exactly this many values.
    ///   - senses: One sense per objective; `nil` maximizes every objective.
    /// - Throws: ``ParetoError/noObjectives`` for `objectives < 1`;
    ///   ``ParetoError/wrongLength(what:expected:found:)`` for a wrong number of senses;
    ///   ``ParetoError/invalidArgument(_:)`` naming the issue (and option, objective) when there are
    ///   no issues, an issue has no options, an option has the wrong number of values, or a value is
    ///   NaN or infinite.
    /// - Complexity: O(total number of contributions).
    public init(contributions: [[[Double]]], objectives: Int, senses: [ObjectiveSense]? = nil) throws(ParetoError) {
        guard objectives >= 1 else { throw .noObjectives }
        if let senses, senses.count != objectives {
            throw .wrongLength(what: "senses", expected: objectives, found: senses.count)
        }
        guard !contributions.isEmpty else {
            throw .invalidArgument("a separable problem needs at least one issue; found none")
        }
        var table: [[Double]] = []
        table.reserveCapacity(contributions.count)
        for (issue, options) in contributions.enumerated() {
            guard !options.isEmpty else {
                throw .invalidArgument("issue \(issue): has no options; every issue needs at least one")
            }
            var flat: [Double] = []
            flat.reserveCapacity(options.count * objectives)
            for (option, values) in options.enumerated() {
                guard values.count == objectives else {
                    throw .invalidArgument(
                        "issue \(issue), option \(option): expected \(objectives) contributions (one per objective), found \(values.count)")
                }
                for (j, v) in values.enumerated() where !v.isFinite {
                    throw .invalidArgument(
                        "issue \(issue), option \(option), objective \(j): contribution \(v) is not finite")
                }
                flat.append(contentsOf: values)
            }
            table.append(flat)
        }
        self.objectives = objectives
        self.senses = senses ?? .maximizeAll(objectives)
        self.optionCounts = contributions.map(\.count)
        self.table = table
    }

    /// Number of issues.
    public var issueCount: Int { optionCounts.count }

    /// Number of outcomes: the product of the option counts, as a `Double` because it can be
    /// astronomically large (10 options on 30 issues give 1e30). Exact up to 2^53.
    public var outcomeCount: Double { optionCounts.reduce(1.0) { $0 * Double($1) } }

    /// The contribution of `option` on `issue` to `objective`, in the objective's own units.
    public func contribution(issue: Int, option: Int, objective: Int) -> Double {
        precondition(issue >= 0 && issue < issueCount, "issue \(issue) out of range 0..<\(issueCount)")
        precondition(option >= 0 && option < optionCounts[issue], "option \(option) out of range 0..<\(optionCounts[issue])")
        precondition(objective >= 0 && objective < objectives, "objective \(objective) out of range 0..<\(objectives)")
        return table[issue][option * objectives + objective]
    }

    /// The objective values of the outcome that picks `choices[i]` on issue `i`, summed in issue
    /// order starting from zero (`((0 + c₀) + c₁) + …`), the order every function here uses, so
    /// results are bit-for-bit reproducible.
    ///
    /// - Complexity: O(issues × objectives).
    public func value(of choices: [Int]) -> [Double] {
        precondition(choices.count == issueCount, "one choice per issue is required (\(issueCount)), found \(choices.count)")
        var sums = [Double](repeating: 0, count: objectives)
        for (issue, option) in choices.enumerated() {
            precondition(option >= 0 && option < optionCounts[issue], "issue \(issue): option \(option) out of range 0..<\(optionCounts[issue])")
            for j in 0..<objectives { sums[j] = sums[j] + table[issue][option * objectives + j] }
        }
        return sums
    }
}
