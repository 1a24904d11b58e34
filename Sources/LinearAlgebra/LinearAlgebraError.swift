/// An error from a linear-algebra operation: a shape mismatch, or a failure LAPACK reported.
public enum LinearAlgebraError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Operand shapes do not fit; the message names both shapes.
    case shapeMismatch(String)
    /// LAPACK returned `info < 0`: argument number `argument` of `routine` was invalid.
    case invalidArgument(routine: String, argument: Int)
    /// The matrix does not have full rank, so the least-squares solution is not unique
    /// (LAPACK `info > 0`: the `index`-th diagonal element of the triangular factor is zero).
    case rankDeficient(routine: String, index: Int)
    /// A dimension is too large for LAPACK's 32-bit integers.
    case tooLarge(String)
    /// An iterative LAPACK routine (the SVD's) did not converge: `info > 0`, the number of
    /// superdiagonals that did not reach zero.
    case notConverged(routine: String, info: Int)

    public var description: String {
        switch self {
        case let .shapeMismatch(message): return "shape mismatch: \(message)"
        case let .invalidArgument(routine, argument): return "\(routine): argument \(argument) had an illegal value"
        case let .rankDeficient(routine, index): return "\(routine): matrix is rank deficient (diagonal element \(index) of the triangular factor is zero)"
        case let .tooLarge(message): return "too large for LAPACK's 32-bit indices: \(message)"
        case let .notConverged(routine, info): return "\(routine): the singular value decomposition did not converge (\(info) superdiagonals left)"
        }
    }
}
