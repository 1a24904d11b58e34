extension CostSharingAnalysis {
    /// A readable report: the scenario, the no-deal point, the zone of agreement, the four
    /// bargaining solutions and the actual agreement, each package in domain terms, then a
    /// sample of the frontier as a table.
    ///
    /// - Parameter frontierRows: Most frontier rows to list (evenly spaced).
    /// - Returns: Plain text, lines of at most about 110 characters.
    public func textReport(frontierRows: Int = 15) -> String {
        let s = scenario
        let code = "bn " + s.currency.code
        let names = s.partyNames
        var out: [String] = []
        out.append(s.title)
        out.append(String(repeating: "=", count: min(100, s.title.count)))
        out.append("Scenario \(s.name). Amounts in billions of \(s.currency.code) (\(Format.number(s.currency.perUSD, 0)) \(s.currency.code)/USD); "
                   + "utilities in previous-agreement years (1 = one year of the previous total at par).")
        out.append("Previous agreement: \(Format.number(s.previousTotal)) \(code) (\(usd(s.previousTotal))).")
        for note in s.notes { out.append("  · " + note) }
        out.append("")
        out.append("Candidates: \(Format.number(Double(gridSize), 0)) in the grid, "
                   + "\(Format.number(Double(candidateCount), 0)) evaluated after hard constraints; "
                   + "\(frontier.count) on the Pareto frontier.")
        out.append("No deal: \(s.noDeal.description)")
        out.append("  utilities (each side's reservation value): \(names[0]) \(Format.utility(disagreement[0])), \(names[1]) \(Format.utility(disagreement[1]))"
                   + (s.noDeal.hostIndifferentTo != nil ? " (\(names[1]) anchored to its last offer)" : "")
                   + (s.noDeal.recipientIndifferentTo != nil ? " (\(names[0]) anchored to its last offer)" : ""))
        out.append("")
        if zone.count > 0, let lo = zone.minimumTotal, let hi = zone.maximumTotal {
            out.append("Zone of possible agreement: \(Format.number(Double(zone.count), 0)) packages both sides prefer to no deal "
                       + "(\(zone.frontierCount) on the frontier); first-year totals \(Format.number(lo))–\(Format.number(hi)) \(code) "
                       + "(\(Format.percent(lo / s.previousTotal - 1)) to \(Format.percent(hi / s.previousTotal - 1))).")
        } else {
            out.append("Zone of possible agreement: EMPTY — no candidate package is better than no deal for both sides.")
        }
        if let h = zone.hostReservationTotal {
            out.append("  \(names[1])'s reservation: at most \(Format.number(h)) \(code) (\(Format.percent(h / s.previousTotal - 1))) in any package it accepts.")
        } else {
            out.append("  \(names[1]) accepts no candidate package.")
        }
        if let r = zone.recipientReservationTotal {
            out.append("  \(names[0])'s reservation: at least \(Format.number(r)) \(code) (\(Format.percent(r / s.previousTotal - 1))) in any package it accepts.")
        } else {
            out.append("  \(names[0]) accepts no candidate package.")
        }
        out.append("")
        out.append("Bargaining solutions over the frontier")
        for (title, o) in [("Nash (largest product of gains)", nash),
                           ("Kalai–Smorodinsky (gains proportional to each side's best)", kalaiSmorodinsky),
                           ("Egalitarian (largest smallest gain)", egalitarian),
                           ("Utilitarian (largest sum of utilities)", utilitarian)] {
            out.append("- " + title)
            if let o { out += describe(o).map { "    " + $0 } } else { out.append("    none: the zone of agreement is empty") }
        }
        if let a = actual {
            out.append("")
            out.append("Actual agreement: \(a.label)")
            out += describe(a.outcome).map { "    " + $0 }
            if a.dominatedBy == 0 {
                out.append("    No frontier package dominates it.")
            } else if let best = a.bestImprovement, let g = a.bestImprovementGains {
                out.append("    Dominated by \(a.dominatedBy) frontier packages. The one best for the worse-off side gains "
                           + "\(names[0]) \(Format.signed(g[0])) and \(names[1]) \(Format.signed(g[1])):")
                out += describe(best).map { "      " + $0 }
            }
            if let d = a.utilityDistanceToNash, let gap = a.totalGapToNash {
                out.append("    Distance to Nash: \(Format.utility(d)) in utility; Nash's first-year total is "
                           + "\(Format.number(abs(gap))) \(code) \(gap >= 0 ? "higher" : "lower").")
            }
            if let d = a.utilityDistanceToKalaiSmorodinsky, let gap = a.totalGapToKalaiSmorodinsky {
                out.append("    Distance to Kalai–Smorodinsky: \(Format.utility(d)) in utility; its first-year total is "
                           + "\(Format.number(abs(gap))) \(code) \(gap >= 0 ? "higher" : "lower").")
            }
        }
        out.append("")
        out.append("Frontier (\(frontier.count) packages\(frontier.count > frontierRows ? ", \(frontierRows) evenly spaced shown" : ""), by increasing \(names[0]) utility)")
        out.append(pad("total", 9) + pad("USD bn", 8) + pad("change", 8) + pad("in kind", 8) + pad("extra", 7)
                   + pad("years", 6) + "  " + "escalation".padding(toLength: 22, withPad: " ", startingAt: 0)
                   + pad("PV", 9) + pad("U " + short(names[0]), 9) + pad("U " + short(names[1]), 9))
        for o in evenlySpaced(frontier, frontierRows) {
            out.append(pad(Format.number(o.package.firstYearTotal), 9) + pad(Format.number(o.firstYearTotalUSD, 2), 8)
                       + pad(Format.percent(o.increase), 8) + pad(Format.share(o.package.inKindShare), 8)
                       + pad(Format.share(o.package.extraShare, 0), 7) + pad("\(o.package.duration)", 6) + "  "
                       + o.package.escalation.summary.padding(toLength: 22, withPad: " ", startingAt: 0)
                       + pad(Format.number(o.presentValue, 0), 9)
                       + pad(Format.utility(o.utilities[0]), 9) + pad(Format.utility(o.utilities[1]), 9))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A package in domain terms, a few lines.
    func describe(_ o: PackageOutcome) -> [String] {
        let s = scenario
        let code = "bn " + s.currency.code
        let p = o.package
        var lines: [String] = []
        lines.append("first year \(Format.number(p.firstYearTotal)) \(code) (\(usd(p.firstYearTotal))), "
                     + "\(Format.percent(o.increase)) over the previous agreement; in kind \(Format.share(p.inKindShare)), "
                     + "extra items \(Format.share(p.extraShare))"
                     + (o.candidate != nil && (p.firstYearTotal <= s.grid.totals.from + 1e-9
                                               || p.firstYearTotal >= s.grid.totals.values.last! - 1e-9)
                        ? " [at the edge of grid.totals: widen it to see beyond]" : ""))
        let parts = o.amounts.filter { $0.cash + $0.inKind > 1e-9 }.map { a -> String in
            var f: [String] = []
            if a.cash > 1e-9 { f.append("\(Format.number(a.cash)) cash") }
            if a.inKind > 1e-9 { f.append("\(Format.number(a.inKind)) in kind") }
            return "\(a.category) " + f.joined(separator: " + ")
        }
        lines.append(parts.joined(separator: "; "))
        lines.append("\(p.duration) year\(p.duration == 1 ? "" : "s"), \(p.escalation.summary); present value "
                     + "\(Format.number(o.presentValue)) \(code) (\(usd(o.presentValue)))"
                     + (p.duration > 1 ? "; last year \(Format.number(o.annualTotals.last!)) \(code)" : ""))
        lines.append("utilities \(s.partyNames[0]) \(Format.utility(o.utilities[0])) (gain \(Format.signed(o.gains[0]))), "
                     + "\(s.partyNames[1]) \(Format.utility(o.utilities[1])) (gain \(Format.signed(o.gains[1]))); "
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
