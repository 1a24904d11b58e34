extension Scenario {
    /// Whether a parameter path names a strategy input (under `bargaining` or `linkedIssues`),
    /// which the strategy section reads and a single analysis does not.
    public static func isStrategyPath(_ path: String) -> Bool {
        path == "bargaining" || path.hasPrefix("bargaining.") || path.hasPrefix("bargaining[")
            || path == "linkedIssues" || path.hasPrefix("linkedIssues[") || path.hasPrefix("linkedIssues.")
    }

    /// The most linked issues a scenario may list.
    public static let maximumLinkedIssues = 64

    /// Checks the `bargaining` and `linkedIssues` sections (part of ``validate()``).
    func validateStrategyInputs(_ v: ScenarioValidator) throws(ScenarioError) {
        if let b = bargaining {
            try v.within(b.delayCostPerYear.recipient, 1e-6...20, "bargaining.delayCostPerYear.recipient", what: "a discount rate per year")
            try v.within(b.delayCostPerYear.host, 1e-6...20, "bargaining.delayCostPerYear.host", what: "a discount rate per year")
            try v.within(b.periodMonths, 1e-3...120, "bargaining.periodMonths", what: "a length in months")
            try v.within(b.breakdownPerPeriod, 0...0.999, "bargaining.breakdownPerPeriod", what: "a probability below 1")
            try v.within(b.reopenProbabilityPerYear, 0...1, "bargaining.reopenProbabilityPerYear", what: "a probability")
            guard (1...50).contains(b.horizonYears) else {
                throw v.fail("bargaining.horizonYears", "must be a number of years between 1 and 50, found \(b.horizonYears)")
            }
            guard b.winSetProbabilities.count <= 20 else {
                throw v.fail("bargaining.winSetProbabilities", "must list at most 20 probabilities, found \(b.winSetProbabilities.count)")
            }
            for (i, p) in b.winSetProbabilities.enumerated() {
                guard p.isFinite, p > 0, p < 1 else {
                    throw v.fail("bargaining.winSetProbabilities[\(i)]", "must be a probability strictly between 0 and 1, found \(p)")
                }
            }
            try v.within(b.electionYearMidpointShift, -1...1, "bargaining.electionYearMidpointShift", what: "a shift of the term increase")
            if let w = b.waiting {
                guard !w.later.isEmpty else { throw v.fail("bargaining.waiting.later", "must name a preset") }
                guard w.later != name else { throw v.fail("bargaining.waiting.later", "names this scenario itself; the later state must be another") }
                try v.within(w.probability, 0...1, "bargaining.waiting.probability", what: "a probability")
                try v.within(w.months, 0.01...120, "bargaining.waiting.months", what: "a number of months")
                guard !w.source.isEmpty else { throw v.fail("bargaining.waiting.source", "must say where the figures come from, or that they are assumptions") }
            }
        }
        guard linkedIssues.count <= Self.maximumLinkedIssues else {
            throw v.fail("linkedIssues", "must list at most \(Self.maximumLinkedIssues) issues, found \(linkedIssues.count)")
        }
        var names = Set<String>()
        for (i, issue) in linkedIssues.enumerated() {
            let p = "linkedIssues[\(i)]"
            guard !issue.name.isEmpty else { throw v.fail("\(p).name", "must not be empty") }
            guard names.insert(issue.name).inserted else { throw v.fail("\(p).name", "duplicate issue name \"\(issue.name)\"") }
            guard !issue.source.isEmpty else { throw v.fail("\(p).source", "must say where the figures come from, or that they are assumptions") }
            guard (1...LinkedIssue.maximumOptions).contains(issue.options.count) else {
                throw v.fail("\(p).options", "must list 1 to \(LinkedIssue.maximumOptions) options, found \(issue.options.count)")
            }
            var optionNames = Set<String>()
            for (j, o) in issue.options.enumerated() {
                let q = "\(p).options[\(j)]"
                guard !o.name.isEmpty else { throw v.fail("\(q).name", "must not be empty") }
                guard optionNames.insert(o.name).inserted else { throw v.fail("\(q).name", "duplicate option name \"\(o.name)\"") }
                // A year of linked value may be many times the previous total ($25B of purchases
                // against a 1.5T won SMA), but not beyond any sense.
                let bound = 1_000 * previousTotal
                try v.within(o.value.recipient, -bound...bound, "\(q).value.recipient", what: "a value in billions per year (at most 1,000 previous totals)")
                try v.within(o.value.host, -bound...bound, "\(q).value.host", what: "a value in billions per year (at most 1,000 previous totals)")
                try v.within(o.headline, 0...bound, "\(q).headline", what: "an amount in billions per year (at most 1,000 previous totals)")
            }
        }
    }
}
