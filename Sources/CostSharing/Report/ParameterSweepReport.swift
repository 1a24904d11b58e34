import Foundation

extension ParameterSweep {
    /// The sweep as a table: one line per value with the zone, both reservation totals and the
    /// Nash and Kalai–Smorodinsky packages (first-year total, term, rule).
    public func textReport(scenario: Scenario) -> String {
        let code = scenario.currency.code
        var out = ["Sweep of \(path) over \(Format.count(rows.count, "value")) (the scenario has \(Format.plain(baseline))); "
                   + "\(scenario.name), amounts in bn \(code)."]
        func pad(_ s: String, _ w: Int) -> String { s.count >= w ? " " + s : String(repeating: " ", count: w - s.count) + s }
        out.append(pad("value", 10) + pad("zone", 9) + pad("zone totals", 20) + pad("host res.", 11) + pad("recip. res.", 12)
                   + "   " + "Nash".padding(toLength: 42, withPad: " ", startingAt: 0) + "Kalai–Smorodinsky")
        func solution(_ p: Package?) -> String {
            guard let p else { return "—" }
            return Format.number(p.firstYearTotal) + ", " + Format.count(p.duration, "year")
                + (p.escalation.canBind(duration: p.duration) ? ", " + p.escalation.description : "")
        }
        for r in rows {
            let totals = r.zoneTotals.map { Format.number($0.minimum) + "–" + Format.number($0.maximum) } ?? "empty"
            out.append(pad(Format.plain(r.value), 10) + pad(Format.number(Double(r.zoneCount), 0), 9) + pad(totals, 20)
                       + pad(r.reservationTotals.host.map { Format.number($0) } ?? "—", 11)
                       + pad(r.reservationTotals.recipient.map { Format.number($0) } ?? "—", 12) + "   "
                       + solution(r.nash).padding(toLength: max(42, solution(r.nash).count + 1), withPad: " ", startingAt: 0)
                       + solution(r.kalaiSmorodinsky)
                       + (r.atGridEdge ? "  [grid edge]" : ""))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The sweep as CSV: `value,zoneCount,zoneMinimum,zoneMaximum,hostReservation,recipientReservation,`
    /// `nashTotal,nashDuration,nashEscalation,ksTotal,ksDuration,ksEscalation,atGridEdge`
    /// (empty cells where there is no value).
    public func csvReport() -> String {
        var lines = ["value,zoneCount,zoneMinimum,zoneMaximum,hostReservation,recipientReservation,"
                     + "nashTotal,nashDuration,nashEscalation,ksTotal,ksDuration,ksEscalation,atGridEdge"]
        func n(_ x: Double?) -> String { x.map { Format.plain($0) } ?? "" }
        func p(_ x: Package?) -> [String] {
            guard let x else { return ["", "", ""] }
            return [n(x.firstYearTotal), "\(x.duration)", "\"\(x.escalation)\""]
        }
        for r in rows {
            lines.append(([n(r.value), "\(r.zoneCount)", n(r.zoneTotals?.minimum), n(r.zoneTotals?.maximum),
                           n(r.reservationTotals.host), n(r.reservationTotals.recipient)] + p(r.nash) + p(r.kalaiSmorodinsky)
                          + [r.atGridEdge ? "true" : "false"]).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sweep as JSON: `kind` ("frontier-sweep"), `version`, `path`, `baseline`, `scenario`
    /// (the whole scenario as given) and `sweep`, one object per value (`value`, `zoneEmpty`,
    /// `zoneCount`, `zoneTotals`, `reservationTotals`, `nash`, `kalaiSmorodinsky`, `atGridEdge`).
    /// - Throws: ``ScenarioError`` when a number cannot be written.
    public func jsonReport(scenario: Scenario) throws(ScenarioError) -> Data {
        struct Document: Encodable {
            var kind = "frontier-sweep"
            var version = FrontierVersion.current
            var path: String
            var baseline: Double
            var scenario: Scenario
            var sweep: [Row]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(Document(path: path, baseline: baseline, scenario: scenario, sweep: rows)) } catch {
            throw ScenarioError(path: "", message: "the sweep cannot be written as JSON: \(error)")
        }
    }
}
