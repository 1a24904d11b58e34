/// How ``Matrix/multiplied(by:method:)`` computes a product.
public enum MatrixProductMethod: String, Sendable, Hashable, CaseIterable {
    /// Chooses by shape: ``smallInnerLoop`` when the output has at most
    /// ``Matrix/smallProductLimit`` columns and the inner dimension is at most four times that,
    /// ``blas`` otherwise.
    case automatic
    /// BLAS `dgemm` from the system library.
    case blas
    /// A row-blocked Swift loop for tall-skinny products (few columns in both operands).
    case smallInnerLoop
}
