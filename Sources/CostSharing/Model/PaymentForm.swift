/// How a share of the contribution is delivered: as money handed to the recipient, or as
/// goods and services the host procures for it.
///
/// Under the SMA, Korean employees' wages are paid in cash, most construction is delivered in
/// kind (Korea contracts the work), and logistics support is in kind through Korean contractors.
public enum PaymentForm: String, Sendable, Hashable, CaseIterable, Codable {
    /// Money transferred to the recipient, which spends it.
    case cash
    /// Work, goods or services the host contracts and delivers.
    case inKind
}
