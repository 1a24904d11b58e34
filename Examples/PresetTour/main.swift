// Every built-in preset against what was actually agreed: the zone of possible agreement,
// the Nash and Kalai–Smorodinsky first-year totals, and where the real agreement sits.
//
//     swift run -c release PresetTour
import CostSharing

func money(_ x: Double?, _ code: String) -> String {
    guard let x else { return "—" }
    return String(format: "%.1f %@", x, code)
}

func pct(_ x: Double) -> String { String(format: "%+.1f%%", x * 100) }

for preset in Preset.all {
    let s = preset.scenario
    let code = s.currency.code
    do {
        let a = try CostSharingAnalysis(scenario: s)
        print("\(preset.name): \(s.title)")
        print("  \(a.candidateCount) packages evaluated, \(a.frontier.count) on the frontier; previous total \(money(s.previousTotal, code))")
        if let lo = a.zone.minimumTotal, let hi = a.zone.maximumTotal {
            print("  zone of agreement: \(a.zone.count) packages, first-year totals \(money(lo, code)) to \(money(hi, code))")
        } else {
            print("  zone of agreement: empty (host accepts at most \(money(a.zone.hostReservationTotal, code)), "
                  + "recipient needs at least \(money(a.zone.recipientReservationTotal, code)))")
        }
        for (label, o) in [("Nash", a.nash), ("Kalai–Smorodinsky", a.kalaiSmorodinsky)] {
            if let o {
                print("  \(label): \(money(o.package.firstYearTotal, code)) (\(pct(o.increase))), \(o.package.duration) years, "
                      + "\(o.package.escalation.summary), in kind \(String(format: "%.0f%%", o.package.inKindShare * 100)), "
                      + "extra \(String(format: "%.0f%%", o.package.extraShare * 100))")
            } else {
                print("  \(label): none (empty zone)")
            }
        }
        if let actual = a.actual {
            let o = actual.outcome
            print("  actual, \(actual.label): \(money(o.package.firstYearTotal, code)) (\(pct(o.increase))), "
                  + "\(o.package.duration) years, \(o.package.escalation.summary)")
            print("    gains over no deal: recipient \(String(format: "%+.3f", o.gains[0])), host \(String(format: "%+.3f", o.gains[1])); "
                  + "dominated by \(actual.dominatedBy) frontier packages")
        }
        print()
    } catch {
        print("\(preset.name): error: \(error)")
    }
}
