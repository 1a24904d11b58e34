// Every built-in preset against what was actually agreed: the zone of possible agreement,
// each side's reservation total, the Nash and Kalai–Smorodinsky packages, and where the real
// agreement sits.
//
//     swift run -c release PresetTour
import CostSharing
import Foundation

/// `x` with `decimals` digits and thousands separators: 1038.9 → "1,038.9".
func grouped(_ x: Double, _ decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", abs(x))
    let parts = text.split(separator: ".", maxSplits: 1)
    var digits = Array(parts[0]), out = ""
    while digits.count > 3 { out = "," + String(digits.suffix(3)) + out; digits.removeLast(3) }
    out = String(digits) + out
    return (x < 0 ? "-" : "") + out + (parts.count > 1 ? "." + parts[1] : "")
}

/// "1,038.9 bn KRW", or "—" for none.
func money(_ x: Double?, _ code: String) -> String {
    guard let x else { return "—" }
    return grouped(x, 1) + " bn " + code
}

func pct(_ x: Double) -> String { String(format: "%+.1f%%", x * 100) }

/// "1 package", "22,725 packages".
func plural(_ n: Int, _ noun: String) -> String { grouped(Double(n), 0) + " " + noun + (n == 1 ? "" : "s") }

for preset in Preset.all {
    let s = preset.scenario
    let code = s.currency.code
    do {
        let a = try CostSharingAnalysis(scenario: s)
        let names = s.partyNames
        print("\(preset.name): \(s.title)")
        print("  \(plural(a.candidateCount, "package")) evaluated, \(plural(a.frontier.count, "package")) on the frontier; "
              + "previous total \(money(s.previousTotal, code))")
        if let w = a.gridWidening {
            print("  grid widened to \(grouped(w.analysed.from, 1))–\(money(w.analysed.through, code)) to span both reservation totals")
        }
        let host = a.zone.reservationTotals.host?.total, recipient = a.zone.reservationTotals.recipient?.total
        if let lo = a.zone.minimumTotal, let hi = a.zone.maximumTotal {
            print("  zone of agreement: \(plural(a.zone.count, "package")), first-year totals \(grouped(lo, 1))–\(money(hi, code))")
        } else {
            print("  zone of agreement: empty")
        }
        print("  reservations: \(names.host) at most \(money(host, code)), \(names.recipient) at least \(money(recipient, code))")
        for (label, o) in [("Nash", a.solutions.nash), ("Kalai–Smorodinsky", a.solutions.kalaiSmorodinsky)] {
            if let o {
                print("  \(label): \(money(o.package.firstYearTotal, code)) (\(pct(o.firstYearIncrease)) first year, "
                      + "\(pct(o.termIncrease)) over the term), \(plural(o.package.duration, "year")), \(o.package.escalation)")
            } else {
                print("  \(label): none (empty zone)")
            }
        }
        if let actual = a.actual {
            let o = actual.outcome
            print("  actual, \(actual.label): \(money(o.package.firstYearTotal, code)) (\(pct(o.firstYearIncrease)) first year, "
                  + "\(pct(o.termIncrease)) over the term), \(plural(o.package.duration, "year")), \(o.package.escalation)")
            print("    gains over no deal: \(names.recipient) \(String(format: "%+.3f", o.gains.recipient)), "
                  + "\(names.host) \(String(format: "%+.3f", o.gains.host)); dominated by \(plural(actual.dominatedBy, "frontier package"))")
            for party in Party.allCases where actual.belowNoDeal[party] {
                print("    under this model \(names[party]) was better off with no deal")
            }
        }
        print()
    } catch {
        print("\(preset.name): error: \(error)")
    }
}
