extension CostSharingAnalysis {
    /// A readable report: the scenario, the no-deal point, the zone of agreement and each
    /// side's reservation total, the four bargaining solutions and the actual agreement, each
    /// package in domain terms, then a sample of the frontier as a table.
    ///
    /// - Parameter frontierRows: Most frontier rows to list (evenly spaced).
    /// - Returns: Plain text, lines of at most about 120 characters.
    public func textReport(frontierRows: Int = 15) -> String {
        let s = scenario
        let code = s.currency.code
        let names = s.partyNames
        func amount(_ x: Double) -> String { Format.amount(x, code) }
        var out: [String] = []
        out.append(s.title)
        out.append(String(repeating: "=", count: min(100, s.title.count)))
        out.append("Scenario \(s.name). Amounts in billions of \(code) (\(Format.number(s.currency.perUSD, 0)) \(code) per US dollar); "
                   + "utilities in previous-agreement years per year of the term (1 = one year of the previous total at par).")
        out.append("Previous agreement: \(amount(s.previousTotal)) (\(usd(s.previousTotal))) a year.")
        for note in s.notes { out.append("  · " + note) }
        out.append("")
        var candidatesLine = "Candidates: \(Format.count(gridSize, "package")) in the grid, "
            + "\(Format.number(Double(candidateCount), 0)) evaluated after hard constraints"
        if admissibleCount < candidateCount {
            candidatesLine += " (\(Format.number(Double(admissibleCount), 0)) inside the Assembly's win-set)"
        }
        out.append(candidatesLine + "; \(Format.count(frontier.count, "package")) on the Pareto frontier.")
        if let w = gridWidening {
            out.append("Grid: grid.totals widened from \(Format.number(w.given.from))–\(Format.number(w.given.through)) to "
                       + "\(Format.number(w.analysed.from))–\(Format.amount(w.analysed.through, code)) so that it spans both sides' reservation totals.")
        }
        out.append("No deal: \(s.noDeal.description)")
        out.append("  expected impasse \(Format.number(s.noDeal.impasseYears, 2)) years; per year of it: \(names.recipient) "
                   + "\(Format.utility(disagreement.recipient)), \(names.host) \(Format.utility(disagreement.host))"
                   + (s.noDeal.hostIndifferentTo != nil ? " (\(names.host) anchored to a package it is indifferent to)" : "")
                   + (s.noDeal.recipientIndifferentTo != nil ? " (\(names.recipient) anchored to a package)" : ""))
        for c in s.noDeal.consequences {
            out.append("  - \(c.label): \(names.recipient) \(Format.signed(-c.recipientCostPerYear)), \(names.host) "
                       + "\(Format.signed(-c.hostCostPerYear)) a year"
                       + (c.years.map { " for \(Format.number($0, 2)) years" } ?? "")
                       + (c.probability < 1 ? ", probability \(Format.share(c.probability, 0))" : "") + ". Source: \(c.source)")
        }
        out.append("")
        if zone.count > 0, let lo = zone.minimumTotal, let hi = zone.maximumTotal {
            out.append("Zone of possible agreement: \(Format.count(zone.count, "package")) both sides prefer to no deal "
                       + "(\(Format.number(Double(zone.frontierCount), 0)) on the frontier); first-year totals \(Format.number(lo))–\(amount(hi)) "
                       + "(\(Format.percent(lo / s.previousTotal - 1)) to \(Format.percent(hi / s.previousTotal - 1)))"
                       + (zone.atGridEdge ? " [at the edge of the grid]" : "") + ".")
        } else {
            out.append("Zone of possible agreement: EMPTY. No candidate package is better than no deal for both sides"
                       + (zone.atGridEdge ? ", but the reservation totals suggest packages beyond the grid's edge that are." : "."))
        }
        if let h = zone.reservationTotals.host {
            out.append("  \(Format.possessive(names.host)) reservation: at most \(amount(h.total)) (\(Format.percent(h.firstYearIncrease))) "
                       + "in its best package of that total (\(h.package.duration == 1 ? "one year" : "\(h.package.duration) years, \(h.package.escalation)"))"
                       + (h.atSearchLimit ? " [held by a hard constraint or the search range (ten times the previous total): the true figure is at least this]" : "") + ".")
        } else {
            out.append("  \(names.host) accepts no package of any total the search covers.")
        }
        if let r = zone.reservationTotals.recipient {
            out.append("  \(Format.possessive(names.recipient)) reservation: at least \(amount(r.total)) (\(Format.percent(r.firstYearIncrease))) "
                       + "in its best package of that total (\(r.package.duration == 1 ? "one year" : "\(r.package.duration) years, \(r.package.escalation)"))"
                       + (r.atSearchLimit ? " [held by a hard constraint or the search range (a tenth of the previous total): the true figure is at most this]" : "") + ".")
        } else {
            out.append("  \(names.recipient) accepts no package of any total the search covers.")
        }
        out.append("")
        out.append("Bargaining solutions over the frontier")
        for (_, title, o) in solutions.all {
            out.append("- " + title)
            if let o { out += describe(o).map { "    " + $0 } } else { out.append("    none: the zone of agreement is empty") }
        }
        if solutions.egalitarian != nil || solutions.utilitarian != nil {
            out.append("  Note: " + BargainingSolutions.interpersonalComparisonCaveat)
        }
        if let a = actual {
            out.append("")
            out.append("Actual agreement: \(a.label)")
            out += describe(a.outcome).map { "    " + $0 }
            for party in Party.allCases where a.belowNoDeal[party] {
                out.append("    Under this model the agreement gives \(names[party]) less than no deal "
                           + "(\(Format.utility(a.outcome.utilities[party])) against \(Format.utility(disagreement[party])) a year): "
                           + "\(names[party]) signed a deal the model says it should have refused.")
            }
            if a.dominatedBy == 0 {
                out.append("    No frontier package dominates it.")
            } else if let best = a.bestImprovement, let g = a.bestImprovementGains {
                out.append("    Dominated by \(Format.count(a.dominatedBy, "frontier package")). The one best for the worse-off side gains "
                           + "\(names.recipient) \(Format.signed(g.recipient)) and \(names.host) \(Format.signed(g.host)):")
                out += describe(best).map { "      " + $0 }
            }
            if let d = a.utilityDistanceToNash, let gap = a.totalGapToNash {
                out.append("    Distance to Nash: \(Format.utility(d)) in utility; Nash's first-year total is "
                           + "\(amount(abs(gap))) \(gap >= 0 ? "higher" : "lower").")
            }
            if let d = a.utilityDistanceToKalaiSmorodinsky, let gap = a.totalGapToKalaiSmorodinsky {
                out.append("    Distance to Kalai–Smorodinsky: \(Format.utility(d)) in utility; its first-year total is "
                           + "\(amount(abs(gap))) \(gap >= 0 ? "higher" : "lower").")
            }
        }
        out.append("")
        let shown = frontier.count > frontierRows ? ", \(frontierRows) evenly spaced shown" : ""
        out.append("Frontier (\(Format.count(frontier.count, "package"))\(shown), by increasing \(names.recipient) utility)")
        out.append(pad("1st year", 10) + pad("USD bn", 8) + pad("1st yr", 8) + pad("term", 8) + pad("in kind", 8) + pad("extra", 7)
                   + pad("years", 6) + "  " + "escalation".padding(toLength: 24, withPad: " ", startingAt: 0)
                   + pad("PV", 9) + pad("U " + short(names.recipient), 9) + pad("U " + short(names.host), 9))
        out.append(pad("bn " + code, 10) + pad("", 8) + pad("change", 8) + pad("change", 8) + pad("share", 8) + pad("share", 7)
                   + pad("", 6) + "  " + "".padding(toLength: 24, withPad: " ", startingAt: 0) + pad("bn " + code, 9))
        for o in evenlySpaced(frontier, frontierRows) {
            out.append(pad(Format.number(o.package.firstYearTotal), 10) + pad(Format.number(o.firstYearTotalUSD, 2), 8)
                       + pad(Format.percent(o.firstYearIncrease), 8) + pad(Format.percent(o.termIncrease), 8)
                       + pad(Format.share(o.package.inKindShare), 8)
                       + pad(Format.share(o.package.extraShare, 0), 7) + pad("\(o.package.duration)", 6) + "  "
                       + o.package.escalation.description.padding(toLength: 24, withPad: " ", startingAt: 0)
                       + pad(Format.number(o.presentValue, 0), 9)
                       + pad(Format.utility(o.utilities.recipient), 9) + pad(Format.utility(o.utilities.host), 9))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A package in domain terms, a few lines.
    func describe(_ o: PackageOutcome) -> [String] {
        let s = scenario
        let code = s.currency.code
        let p = o.package
        var lines: [String] = []
        lines.append("first year \(Format.amount(p.firstYearTotal, code)) (\(usd(p.firstYearTotal))), "
                     + "\(Format.percent(o.firstYearIncrease)) over the previous agreement; in kind \(Format.share(p.inKindShare)), "
                     + "extra items \(Format.share(p.extraShare))"
                     + (o.atGridEdge ? " [at the edge of grid.totals: a wider grid may move it]" : ""))
        let parts = o.amounts.filter { $0.cash + $0.inKind > 1e-9 }.map { a -> String in
            var f: [String] = []
            if a.cash > 1e-9 { f.append("\(Format.number(a.cash)) cash") }
            if a.inKind > 1e-9 { f.append("\(Format.number(a.inKind)) in kind") }
            return "\(a.category) " + f.joined(separator: " + ")
        }
        lines.append(parts.joined(separator: "; "))
        var term = Format.count(p.duration, "year")
        if p.duration > 1 {
            let same = o.equivalentEscalations.isEmpty ? ""
                : " (pays the same as " + o.equivalentEscalations.map(\.description).joined(separator: "; ") + " under this forecast)"
            term += ", escalation \(p.escalation)\(same); average \(Format.amount(o.averageAnnualTotal, code)) a year "
                + "(\(Format.percent(o.termIncrease))), last year \(Format.amount(o.annualTotals.last!, code))"
        }
        lines.append(term + "; present value \(Format.amount(o.presentValue, code)) (\(usd(o.presentValue)))")
        lines.append("utilities \(s.partyNames.recipient) \(Format.utility(o.utilities.recipient)) (gain \(Format.signed(o.gains.recipient))), "
                     + "\(s.partyNames.host) \(Format.utility(o.utilities.host)) (gain \(Format.signed(o.gains.host))); "
                     + "ratification probability \(Format.share(o.ratificationProbability, 0))")
        return lines
    }

    private func usd(_ amount: Double) -> String {
        "$" + Format.number(scenario.currency.usd(billions: amount), 2) + "B"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? " " + s : String(repeating: " ", count: width - s.count) + s
    }

    private func short(_ name: String) -> String {
        switch name {
        case "United States": return "US"
        case "South Korea": return "KR"
        default: return String(name.prefix(5))
        }
    }
}

/// Up to `limit` elements, evenly spaced, always including the first and last.
func evenlySpaced<T>(_ items: [T], _ limit: Int) -> [T] {
    guard items.count > limit, limit > 1 else { return items }
    return (0..<limit).map { items[Int((Double($0) * Double(items.count - 1) / Double(limit - 1)).rounded())] }
}
