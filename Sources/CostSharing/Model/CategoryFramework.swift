/// Whether a cost category is inside the legal framework the host already accepts
/// (for Korea: SOFA Article V and the SMA exception to it) or an extra item the recipient asks for.
public enum CategoryFramework: String, Sendable, Hashable, CaseIterable {
    /// Inside the existing framework (Korea: labor, construction, logistics).
    case core
    /// Outside it (Korea: US personnel and family support, rotational deployments,
    /// strategic assets and off-peninsula operations, exercises and readiness).
    case extra
}

extension CategoryFramework: Codable {
    public init(from decoder: any Decoder) throws { self = try decoder.singleValueContainer().decodeEnum(Self.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
