extension CostSharingAnalysis {
    /// The frontier as CSV, one package per row (the `--format csv` output).
    ///
    /// Columns: `role` (`frontier`, or `actual` for the concluded agreement, last), `solution`
    /// (`nash`, `kalai-smorodinsky`, `egalitarian`, `utilitarian`, joined by `+` when several
    /// coincide; empty otherwise), first-year total in the currency and in USD, first-year and
    /// term increase, average annual total, in-kind share, extra share, duration, escalation,
    /// present value, then each category's first-year cash and in-kind amounts, both utilities,
    /// both gains, the ratification probability and whether the total is at the grid's edge.
    public func csvReport() -> String {
        let cats = scenario.categories.map(\.name)
        var header = ["role", "solution", "firstYearTotal", "firstYearTotalUSD", "firstYearIncrease", "termIncrease",
                      "averageAnnualTotal", "inKindShare", "extraShare", "duration", "escalation", "presentValue"]
        for c in cats { header += ["\(c).cash", "\(c).inKind"] }
        header += ["utility.recipient", "utility.host", "gain.recipient", "gain.host", "ratificationProbability", "atGridEdge"]
        var lines = [header.joined(separator: ",")]
        func row(_ role: String, _ o: PackageOutcome) -> String {
            let solution = solutions.all.filter { $0.outcome != nil && $0.outcome?.candidate == o.candidate && o.candidate != nil }
                .map(\.id).joined(separator: "+")
            var f = [role, solution, num(o.package.firstYearTotal), num(o.firstYearTotalUSD), num(o.firstYearIncrease),
                     num(o.termIncrease), num(o.averageAnnualTotal), num(o.package.inKindShare), num(o.package.extraShare),
                     "\(o.package.duration)", "\"\(o.package.escalation)\"", num(o.presentValue)]
            for a in o.amounts { f += [num(a.cash), num(a.inKind)] }
            f += [num(o.utilities.recipient), num(o.utilities.host), num(o.gains.recipient), num(o.gains.host),
                  num(o.ratificationProbability), o.atGridEdge ? "true" : "false"]
            return f.joined(separator: ",")
        }
        for o in frontier { lines.append(row("frontier", o)) }
        if let a = actual { lines.append(row("actual", a.outcome)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func num(_ x: Double) -> String {
        let r = (x * 1e6).rounded() / 1e6
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : "\(r)"
    }
}
