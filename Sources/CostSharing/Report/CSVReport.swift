extension CostSharingAnalysis {
    /// The frontier as CSV, one package per row (the `--format csv` output).
    ///
    /// Columns: `role` (`frontier`, or `actual` for the concluded agreement, last), `solution`
    /// (`nash`, `kalai-smorodinsky`, `egalitarian`, `utilitarian`, joined by `+` when several
    /// coincide; empty otherwise), first-year total in the currency and in USD, increase, in-kind
    /// share, extra share, duration, escalation, present value, then each category's cash and
    /// in-kind amounts, both utilities, both gains and the ratification probability.
    public func csvReport() -> String {
        let cats = scenario.categories.map(\.name)
        var header = ["role", "solution", "firstYearTotal", "firstYearTotalUSD", "increase", "inKindShare", "extraShare",
                      "duration", "escalation", "presentValue"]
        for c in cats { header += ["\(c).cash", "\(c).inKind"] }
        header += ["utility.recipient", "utility.host", "gain.recipient", "gain.host", "ratificationProbability"]
        var lines = [header.joined(separator: ",")]
        let marks: [(String, PackageOutcome?)] = [("nash", nash), ("kalai-smorodinsky", kalaiSmorodinsky),
                                                  ("egalitarian", egalitarian), ("utilitarian", utilitarian)]
        func row(_ role: String, _ o: PackageOutcome) -> String {
            let solution = marks.filter { $0.1 != nil && $0.1?.candidate == o.candidate && o.candidate != nil }
                .map(\.0).joined(separator: "+")
            var f = [role, solution, num(o.package.firstYearTotal), num(o.firstYearTotalUSD), num(o.increase),
                     num(o.package.inKindShare), num(o.package.extraShare), "\(o.package.duration)",
                     "\"\(o.package.escalation.summary)\"", num(o.presentValue)]
            for a in o.amounts { f += [num(a.cash), num(a.inKind)] }
            f += [num(o.utilities[0]), num(o.utilities[1]), num(o.gains[0]), num(o.gains[1]), num(o.ratificationProbability)]
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
