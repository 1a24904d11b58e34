import ArgumentParser
import Foundation
import Genius
import Pareto

/// `frontier genius DOMAIN PROFILE_A PROFILE_B [PROFILE_C …]`: the Pareto frontier and the
/// bargaining solutions of a GENIUS or GeniusWeb negotiation domain.
struct GeniusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "genius",
        abstract: "Pareto frontier and bargaining solutions of a GENIUS / GeniusWeb negotiation domain.",
        discussion: """
            Reads a domain (GENIUS XML or GeniusWeb JSON) and one profile per party (either \
            format, detected from the extension or the first character; additive profiles and \
            GENIUS nonlinear hyperRectangle profiles), and prints the outcomes on the Pareto \
            frontier with each party's undiscounted utility, then the Nash, Kalai-Smorodinsky, \
            egalitarian and utilitarian solutions among frontier outcomes that give every party \
            at least its reservation value. The listed frontier is the whole frontier, \
            reservation values do not prune it. Dominance, ties, counts and the solutions are \
            decided exactly, with every number of the files at its decimal value; utilities are \
            printed as the nearest doubles. Outcomes with equal utilities are listed once, with \
            an exact integer count and the first of them in enumeration order.
            --method automatic (the default) merges issues one at a time (separable) and \
            switches to visiting every outcome when that is cheaper; --method separable never \
            enumerates, so domains of 10^30 outcomes work; --method enumerate visits every \
            outcome (at most 20 million). All print the same result. Nonlinear profiles are \
            enumerated over value classes (at most 100 million combinations); beyond that the \
            tool refuses, naming the profiles and the size.
            Errors are reported on one line naming the file and element; the exit status is 2.
            """
    )

    @Argument(help: "The domain file (GENIUS XML or GeniusWeb JSON).")
    var domain: String

    @Argument(help: "Two or more profile files, one per party.")
    var profiles: [String]

    @Option(help: "Output format: text or json.")
    var format: GeniusOutputFormat = .text

    @Option(name: .customLong("real-steps"), help: "Evenly spaced values taken of each real issue, bounds included.")
    var realSteps: Int = AdditiveProfile.defaultRealSteps

    @Option(help: "Frontier method: automatic (the faster), separable (additive profiles, any domain size) or enumerate (every outcome, at most 20 million).")
    var method: GeniusMethod = .automatic

    @Flag(help: "Print one line 'timing read_ms=… frontier_ms=… outcomes=… frontier=… method=…' on standard error.")
    var timing = false

    func validate() throws {
        guard profiles.count >= 2 else { throw ValidationError("Give at least two profile files.") }
        guard realSteps >= 2 else { throw ValidationError("--real-steps must be at least 2.") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let space: NegotiationDomain
        var parties: [NegotiationProfile] = []
        do {
            space = try NegotiationDomain(contentsOf: URL(fileURLWithPath: domain))
            for path in profiles {
                parties.append(try NegotiationProfile(contentsOf: URL(fileURLWithPath: path), domain: space))
            }
        } catch {
            throw CommandFailure(error.description)
        }
        let read = clock.now
        let frontier: NegotiationFrontier
        let solutions: [(name: String, key: String, index: Int?)]
        do {
            frontier = try negotiationFrontier(profiles: parties, realSteps: realSteps, method: method.frontierMethod)
        } catch {
            throw CommandFailure(error.description)
        }
        let exact = frontier.exactSolutions()
        solutions = [
            ("Nash", "nash", exact.nash),
            ("Kalai-Smorodinsky", "kalaiSmorodinsky", exact.kalaiSmorodinsky),
            ("Egalitarian", "egalitarian", exact.egalitarian),
            ("Utilitarian", "utilitarian", exact.utilitarian),
        ]
        let done = clock.now

        var out = StandardOutput()
        switch format {
        case .json: out.write(jsonReport(frontier, solutions: solutions) + "\n")
        case .text: out.write(textReport(frontier, domainName: space.name, solutions: solutions))
        }
        out.flush()
        if timing {
            writeStandardError("timing read_ms=\(milliseconds(read - start)) frontier_ms=\(milliseconds(done - read)) "
                + "outcomes=\(frontier.outcomeCount) frontier=\(frontier.entries.count) method=\(frontier.method.rawValue)\n")
        }
    }

    // MARK: JSON

    private func jsonReport(
        _ frontier: NegotiationFrontier, solutions: [(name: String, key: String, index: Int?)]
    ) -> String {
        // Each issue name and value label is escaped once, then reused by every entry.
        let names = frontier.profiles[0].domain.issues.map { jsonString($0.name) + ": " }
        let labels = frontier.values.map { $0.map { jsonString($0.label) } }
        func entry(_ e: NegotiationFrontier.Entry) -> String {
            var text = "{\"outcome\": {"
            for (issue, choice) in e.choices.enumerated() {
                if issue > 0 { text += ", " }
                text += names[issue]
                text += labels[issue][choice]
            }
            text += "}, \"utilities\": ["
            for (p, u) in e.utilities.enumerated() {
                if p > 0 { text += ", " }
                text += u.description
            }
            return text + "], \"count\": " + e.multiplicity.description + "}"
        }
        var out = "{\"outcomes\": \(frontier.outcomeCount), "
        out += "\"reservation\": [\(frontier.reservationValues.map(\.description).joined(separator: ", "))],\n"
        out += " \"frontier\": [\n  " + frontier.entries.map(entry).joined(separator: ",\n  ") + "\n ]"
        for (_, key, index) in solutions {
            out += ",\n \"\(key)\": " + (index.map { entry(frontier.entries[$0]) } ?? "null")
        }
        return out + "\n}"
    }

    // MARK: Text

    private func textReport(
        _ frontier: NegotiationFrontier, domainName: String,
        solutions: [(name: String, key: String, index: Int?)]
    ) -> String {
        let issues = frontier.profiles[0].domain.issues
        let names = frontier.profiles.map(\.name)
        var out = "Domain \(domainName): \(issues.count) issue\(issues.count == 1 ? "" : "s"), \(frontier.outcomeCount) outcomes\n"
        out += "Parties (reservation value): "
            + zip(names, frontier.reservationValues).map { "\($0) (\(fixed($1)))" }.joined(separator: ", ") + "\n\n"
        out += "Pareto frontier: \(frontier.entries.count) utility vectors, \(frontier.frontierOutcomeCount) outcomes\n"

        let header = [""] + issues.map(\.name) + names + ["count"]
        var rows: [[String]] = frontier.entries.enumerated().map { i, e in
            ["\(i + 1)"] + frontier.outcome(e).map(\.label) + e.utilities.map(fixed) + [e.multiplicity.description]
        }
        rows.append([])
        for (name, _, index) in solutions {
            if let index {
                let e = frontier.entries[index]
                rows.append([name] + frontier.outcome(e).map(\.label) + e.utilities.map(fixed) + [e.multiplicity.description])
            } else {
                rows.append([name, "none: no frontier outcome gives every party its reservation value"])
            }
        }
        var widths = header.map(\.count)
        for row in rows {
            if let first = row.first { widths[0] = max(widths[0], first.count) }
            guard row.count == header.count else { continue }
            for (j, cell) in row.enumerated() { widths[j] = max(widths[j], cell.count) }
        }
        let numeric = Set((1 + issues.count)..<header.count)
        func line(_ cells: [String]) -> String {
            guard cells.count == header.count else {
                return cells.enumerated().map { j, c in j == 0 ? c.padding(toLength: widths[0], withPad: " ", startingAt: 0) : c }
                    .joined(separator: "  ")
            }
            return cells.enumerated().map { j, c in
                let pad = String(repeating: " ", count: widths[j] - c.count)
                return numeric.contains(j) ? pad + c : c + pad
            }.joined(separator: "  ")
        }
        out += line(header) + "\n"
        for row in rows { out += (row.isEmpty ? "" : line(row)) + "\n" }
        return out
    }
}

/// `--format` of `frontier genius`.
enum GeniusOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--method` of `frontier genius`.
enum GeniusMethod: String, ExpressibleByArgument, CaseIterable {
    case automatic, separable, enumerate

    var frontierMethod: NegotiationFrontier.Method {
        switch self {
        case .automatic: return .automatic
        case .separable: return .separable
        case .enumerate: return .enumerate
        }
    }
}

/// A utility with six decimals, for tables.
private func fixed(_ x: Double) -> String { String(format: "%.6f", x) }

