/// How ``Matrix/multiplied(by:method:)`` computes a product.
public enum MatrixProductMethod: String, Sendable, Hashable, CaseIterable {
    /// Chooses by shape: ``smallInnerLoop`` when the inner and output-column dimensions are
    /// both at most ``Matrix/smallProductLimit``, ``blas`` otherwise.
    case automatic
    /// BLAS `dgemm` from the system library.
    case blas
    /// A row-blocked Swift loop for tall-skinny products (few columns in both operands).
    case smallInnerLoop
}
