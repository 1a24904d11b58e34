extension Package: CustomStringConvertible {
    /// The package in words, amounts in billions of the scenario's currency:
    /// `"1,183.3 first year, 55.8% in kind, no extra items, 5 years, defense budget, no cap"`.
    public var description: String {
        var parts = ["\(Format.number(firstYearTotal)) first year", "\(Format.share(inKindShare)) in kind",
                     extraShare > 0 ? "\(Format.share(extraShare)) extra items" : "no extra items"]
        if !coreShares.isEmpty { parts.append("core split " + coreShares.map { Format.share($0, 0) }.joined(separator: "/")) }
        parts.append(Format.count(duration, "year"))
        if escalation.canBind(duration: duration) { parts.append(escalation.description) }
        return parts.joined(separator: ", ")
    }
}
