import Foundation

extension Scenario {
    /// Checks every field and throws the first problem found, with its JSON path.
    ///
    /// Beyond types and shapes, every number must be finite and **plausible** for what it
    /// measures: rates are yearly fractions (a cap of 5 is refused with "did you mean 0.05?"),
    /// amounts are billions of the scenario's currency and lie within a factor of ten of the
    /// previous total (grid totals of 0.95–1.8 against a previous total of 1,038.9 are refused
    /// with both figures), weights and costs lie in ranges that keep every utility finite. The
    /// grid is checked for size (``CandidateGrid/maximumSize``) and for the memory its features
    /// need (``CandidateGrid/maximumBytes``) before anything is allocated.
    ///
    /// - Throws: ``ScenarioError``, e.g. `host.retainedValue.labor.cash: must be between 0 and 1 (a fraction), found 1.5`.
    /// - Complexity: O(size of the scenario), not of the grid.
    public func validate() throws(ScenarioError) {
        let s = previousTotal
        let v = ScenarioValidator()
        guard !name.isEmpty else { throw v.fail("name", "must not be empty") }
        guard !currency.code.isEmpty else { throw v.fail("currency.code", "must not be empty") }
        try v.within(currency.perUSD, 1e-6...1e7, "currency.perUSD", what: "units per US dollar")
        try v.within(previousTotal, 1e-6...1e9, "previousTotal", what: "an amount in billions")
        for party in Party.allCases where partyNames[party].isEmpty {
            throw v.fail("partyNames.\(party.rawValue)", "must not be empty")
        }

        // Categories.
        guard !categories.isEmpty else { throw v.fail("categories", "must list at least one category") }
        var names = Set<String>()
        var coreSum = 0.0
        for (i, c) in categories.enumerated() {
            let p = "categories[\(i)]"
            guard !c.name.isEmpty else { throw v.fail("\(p).name", "must not be empty") }
            guard names.insert(c.name).inserted else { throw v.fail("\(p).name", "duplicate category name \"\(c.name)\"") }
            try v.unit(c.inKindRange.lowerBound, "\(p).inKind.min")
            try v.unit(c.inKindRange.upperBound, "\(p).inKind.max")
            if c.framework == .core {
                try v.unit(c.baseShare, "\(p).baseShare")
                coreSum += c.baseShare
            }
        }
        let coreCount = coreCategories.count, extraCount = extraCategories.count
        guard coreCount > 0 else { throw v.fail("categories", "must include at least one core category") }
        guard abs(coreSum - 1) <= 1e-6 else {
            throw v.fail("categories", "base shares of the core categories must sum to 1, found \(coreSum)")
        }

        // Forecast.
        try v.rate(forecast.discountRate, -0.05...0.25, "forecast.discountRate")
        for (path, count) in [("forecast.cpi", forecast.cpi.count), ("forecast.defenseBudgetGrowth", forecast.defenseBudgetGrowth.count)]
        where count > Scenario.longestForecast {
            throw v.fail(path, "has \(count) years; at most \(Scenario.longestForecast) are accepted (terms of up to "
                         + "\(Scenario.longestForecast + 1) years)")
        }
        for (i, g) in forecast.cpi.enumerated() { try v.rate(g, -0.5...0.5, "forecast.cpi[\(i)]") }
        for (i, g) in forecast.defenseBudgetGrowth.enumerated() { try v.rate(g, -0.5...0.5, "forecast.defenseBudgetGrowth[\(i)]") }
        let longest = forecast.longestTerm

        func checkRule(_ rule: EscalationRule, _ p: String) throws(ScenarioError) {
            switch rule {
            case .none: break
            case .fixed(let r): try v.rate(r, -0.2...0.3, "\(p).rate")
            case .cpi(let cap), .defenseBudget(let cap): if let cap { try v.rate(cap, 0...0.3, "\(p).cap") }
            }
        }
        func checkSplit(_ split: [Double], count: Int, _ what: String, _ p: String) throws(ScenarioError) {
            guard split.count == count else {
                throw v.fail(p, "must have one share per \(what) category (\(count)), found \(split.count)")
            }
            for (k, x) in split.enumerated() { try v.unit(x, "\(p)[\(k)]") }
            let sum = split.reduce(0, +)
            guard abs(sum - 1) <= 1e-6 else { throw v.fail(p, "must sum to 1, found \(sum)") }
        }
        func checkTotal(_ t: Double, _ p: String) throws(ScenarioError) {
            guard t.isFinite, t > 0 else { throw v.fail(p, "must be a positive amount in billions, found \(t)") }
            guard t >= s / 10, t <= s * 10 else {
                let hint: String
                if t < s / 10, t * 1000 >= s / 10, t * 1000 <= s * 10 {
                    hint = "; amounts are in billions of \(currency.code): did you mean \(Format.plain(t * 1000))?"
                } else if t > s * 10, t / 1000 >= s / 10, t / 1000 <= s * 10 {
                    hint = "; amounts are in billions of \(currency.code): did you mean \(Format.plain(t / 1000))?"
                } else { hint = "" }
                throw v.fail(p, "\(Format.plain(t)) is implausible against previousTotal \(Format.plain(s)) "
                             + "(expected within a tenth to ten times of it)" + hint)
            }
        }
        func checkPackage(_ pkg: Package, _ p: String) throws(ScenarioError) {
            try checkTotal(pkg.firstYearTotal, "\(p).firstYearTotal")
            try v.unit(pkg.inKindShare, "\(p).inKindShare")
            try v.unit(pkg.extraShare, "\(p).extraShare")
            if pkg.extraShare > 0 {
                guard extraCount > 0 else { throw v.fail("\(p).extraShare", "must be 0: the scenario has no extra categories") }
                try checkSplit(pkg.extraSplit, count: extraCount, "extra", "\(p).extraSplit")
            }
            if !pkg.coreShares.isEmpty { try checkSplit(pkg.coreShares, count: coreCount, "core", "\(p).coreShares") }
            guard pkg.duration >= 1, pkg.duration <= longest else {
                throw v.fail("\(p).duration", "must be between 1 and \(longest) (the forecast paths' length + 1), found \(pkg.duration)")
            }
            try checkRule(pkg.escalation, "\(p).escalation")
            guard pkg.unitAllocation(over: categories) != nil else {
                throw v.fail("\(p).inKindShare", "\(pkg.inKindShare) cannot be reached within the categories' in-kind ranges")
            }
        }

        // Grid: values first, then its size and memory before anything is allocated.
        let g = grid
        try checkTotal(g.totals.from, "grid.totals.from")
        try checkTotal(g.totals.through, "grid.totals.through")
        guard g.totals.step.isFinite, g.totals.step > 0 else {
            throw v.fail("grid.totals.step", "must be a positive amount in billions, found \(g.totals.step)")
        }
        guard g.totals.through >= g.totals.from else {
            throw v.fail("grid.totals.through", "must be at least from (\(Format.plain(g.totals.from))), found \(Format.plain(g.totals.through))")
        }
        for (i, split) in g.coreSplits.enumerated() { try checkSplit(split, count: coreCount, "core", "grid.coreSplits[\(i)]") }
        guard !g.inKindShares.isEmpty else { throw v.fail("grid.inKindShares", "must list at least one share") }
        for (i, x) in g.inKindShares.enumerated() { try v.unit(x, "grid.inKindShares[\(i)]") }
        guard !g.extraShares.isEmpty else { throw v.fail("grid.extraShares", "must list at least one share (0 for core only)") }
        for (i, x) in g.extraShares.enumerated() {
            try v.unit(x, "grid.extraShares[\(i)]")
            if x > 0 && extraCount == 0 {
                throw v.fail("grid.extraShares[\(i)]", "must be 0: the scenario has no extra categories")
            }
        }
        if g.extraShares.contains(where: { $0 > 0 }) && g.extraSplits.isEmpty {
            throw v.fail("grid.extraSplits", "must list at least one split when an extra share is positive")
        }
        for (i, split) in g.extraSplits.enumerated() { try checkSplit(split, count: extraCount, "extra", "grid.extraSplits[\(i)]") }
        guard !g.durations.isEmpty else { throw v.fail("grid.durations", "must list at least one term") }
        for (i, d) in g.durations.enumerated() where d < 1 || d > longest {
            throw v.fail("grid.durations[\(i)]", "must be between 1 and \(longest) (the forecast paths' length + 1), found \(d)")
        }
        guard !g.escalations.isEmpty else { throw v.fail("grid.escalations", "must list at least one rule") }
        guard g.escalations.count <= 100 else {
            throw v.fail("grid.escalations", "lists \(g.escalations.count) rules; at most 100 are accepted")
        }
        guard g.durations.count <= 100 else { throw v.fail("grid.durations", "lists \(g.durations.count) terms; at most 100 are accepted") }
        for (i, r) in g.escalations.enumerated() { try checkRule(r, "grid.escalations[\(i)]") }
        guard g.maximumSize > 0 else { throw v.fail("grid.maximumSize", "must be positive, found \(g.maximumSize)") }
        guard g.maximumBytes > 0 else { throw v.fail("grid.maximumBytes", "must be positive, found \(g.maximumBytes)") }
        let size = g.size
        guard size <= g.maximumSize else {
            let n = size == Int.max ? "more than 10^18" : Format.number(Double(size), 0)
            throw v.fail("grid", "has \(n) candidate packages, more than grid.maximumSize (\(Format.number(Double(g.maximumSize), 0))) allows: "
                + "\(g.totals.count == Int.max ? "too many" : Format.number(Double(g.totals.count), 0)) totals × "
                + "\(Format.number(Double(g.compositionCount), 0)) compositions × \(g.terms.count) terms; shrink it with a larger "
                + "grid.totals.step or fewer coreSplits, inKindShares, extraShares, extraSplits, durations or escalations, "
                + "or raise grid.maximumSize")
        }
        let bytes = CandidateSet.estimatedBytes(rows: size, categories: categories.count)
        guard bytes <= g.maximumBytes else {
            throw v.fail("grid", "needs about \(Format.bytes(bytes)) for the features and utilities of "
                + "\(Format.number(Double(size), 0)) candidate packages, more than grid.maximumBytes "
                + "(\(Format.bytes(g.maximumBytes))) allows; shrink the grid or raise grid.maximumBytes")
        }
        guard size > 0 else { throw v.fail("grid", "has no candidate packages") }

        // Constraints.
        if let lo = constraints.minimumIncrease { try v.rate(lo, -0.9...10, "constraints.minimumIncrease") }
        if let hi = constraints.maximumIncrease { try v.rate(hi, -0.9...10, "constraints.maximumIncrease") }
        if let lo = constraints.minimumIncrease, let hi = constraints.maximumIncrease, lo > hi {
            throw v.fail("constraints.minimumIncrease", "must not exceed maximumIncrease (\(hi)), found \(lo)")
        }

        // Preferences: every category valued, no unknown category.
        let categoryNames = categories.map(\.name)
        func checkValues(_ values: [String: FormValues], _ p: String, range: ClosedRange<Double>, requireAll: Bool,
                         what: String) throws(ScenarioError) {
            for key in values.keys.sorted() where !names.contains(key) {
                throw v.fail("\(p).\(key)", "not a category of this scenario; expected one of: \(categoryNames.joined(separator: ", "))")
            }
            if requireAll {
                for n in categoryNames where values[n] == nil { throw v.fail("\(p).\(n)", "required: every category needs a value") }
            }
            for key in values.keys.sorted() {
                let x = values[key]!
                try v.within(x.cash, range, "\(p).\(key).cash", what: what)
                try v.within(x.inKind, range, "\(p).\(key).inKind", what: what)
            }
        }
        let r = recipient
        try checkValues(r.moneyValue, "recipient.moneyValue", range: 0...10, requireAll: true, what: "a value per unit of money")
        try v.within(r.diminishingValue, 0...10, "recipient.diminishingValue", what: "a curvature")
        try v.rate(r.demandIncrease, -0.9...10, "recipient.demandIncrease")
        try v.within(r.headlineWeight, 0...100, "recipient.headlineWeight", what: "a weight")
        try v.within(r.lossAversion, 1...10, "recipient.lossAversion", what: "a loss-aversion factor")
        try v.within(r.renegotiationCost, -10...10, "recipient.renegotiationCost", what: "a cost in previous-agreement years")
        try v.within(r.boundedEscalationPreference, -10...10, "recipient.boundedEscalationPreference",
                     what: "a utility in previous-agreement years")
        let h = host
        try checkValues(h.retainedValue, "host.retainedValue", range: 0...1, requireAll: true, what: "a fraction")
        try v.within(h.risingCost, 0...10, "host.risingCost", what: "a curvature")
        try v.rate(h.firstYearBenchmark, -0.5...0.5, "host.firstYearBenchmark")
        try v.within(h.growthPenalty, 0...10_000, "host.growthPenalty", what: "a penalty weight")
        try v.within(h.extraCategoryPenalty, 0...100, "host.extraCategoryPenalty", what: "a penalty per unit of money")
        try v.rate(h.ratification.midpointIncrease, -0.9...10, "host.ratification.midpointIncrease")
        try v.within(h.ratification.slope, 1e-6...1000, "host.ratification.slope", what: "a slope per unit of increase")
        if case .winSet(let p) = h.ratification.form {
            guard p.isFinite, p >= 0, p < 1 else {
                throw v.fail("host.ratification.minimumProbability", "must be a probability in [0, 1), found \(p)")
            }
        }
        try v.within(h.renegotiationCost, -10...10, "host.renegotiationCost", what: "a cost in previous-agreement years")
        try v.within(h.boundedEscalationPreference, -10...10, "host.boundedEscalationPreference",
                     what: "a utility in previous-agreement years")

        // No deal and actual agreement.
        try v.within(noDeal.impasseYears, 0.01...20, "noDeal.impasseYears", what: "a length in years (14 months is 1.17)")
        try checkValues(noDeal.payments, "noDeal.payments", range: 0...(10 * s), requireAll: false,
                        what: "an amount per year in billions")
        for (i, c) in noDeal.consequences.enumerated() {
            let p = "noDeal.consequences[\(i)]"
            guard !c.label.isEmpty else { throw v.fail("\(p).label", "must not be empty") }
            guard !c.source.isEmpty else { throw v.fail("\(p).source", "must name a source, or say \"assumption: …\"") }
            try v.within(c.recipientCostPerYear, -100...100, "\(p).recipientCostPerYear", what: "a cost in previous-agreement years per year")
            try v.within(c.hostCostPerYear, -100...100, "\(p).hostCostPerYear", what: "a cost in previous-agreement years per year")
            if let y = c.years { try v.within(y, 0.01...20, "\(p).years", what: "a length in years") }
            try v.within(c.probability, 0...1, "\(p).probability", what: "a probability")
        }
        if let a = noDeal.hostIndifferentTo { try checkPackage(a, "noDeal.hostIndifferentTo") }
        if let a = noDeal.recipientIndifferentTo { try checkPackage(a, "noDeal.recipientIndifferentTo") }
        if let a = actual { try checkPackage(a.package, "actual.package") }

        try validateStrategyInputs(v)

        // Uncertainty: each path a numeric parameter, each distribution inside its valid range.
        if !uncertainty.isEmpty {
            var certain = self
            certain.uncertainty = [:]
            for path in uncertainty.keys.sorted() {
                let p = "uncertainty[\"\(path)\"]"
                let d = uncertainty[path]!
                let numbers: [Double]
                switch d {
                case .uniform(let a, let b): numbers = [a, b]
                case .triangular(let a, let m, let b): numbers = [a, m, b]
                case .normal(let mean, let sd, let lo, let hi): numbers = [mean, sd, lo, hi]
                }
                guard numbers.allSatisfy(\.isFinite) else { throw v.fail(p, "must hold finite numbers") }
                do { _ = try certain.number(at: path) } catch {
                    throw v.fail(p, "\(error.message) (the key is the JSON path of a numeric parameter)")
                }
                for end in [d.support.lowerBound, d.support.upperBound] {
                    do { _ = try certain.setting(path, to: end) } catch {
                        throw v.fail(p, "reaches \(Format.plain(end)), outside the parameter's valid range: \(error.description)")
                    }
                }
            }
        }
    }
}

extension Scenario {
    /// The longest forecast path accepted: terms of up to 41 years.
    public static let longestForecast = 40
}

/// The checks `validate()` applies to single values, each throwing a ``ScenarioError`` at its path.
struct ScenarioValidator {
    func fail(_ path: String, _ message: String) -> ScenarioError { ScenarioError(path: path, message: message) }

    func unit(_ x: Double, _ path: String) throws(ScenarioError) {
        guard x.isFinite, x >= 0, x <= 1 else { throw fail(path, "must be between 0 and 1, found \(x)") }
    }

    /// A finite value in `range`, described as `what` in the message.
    func within(_ x: Double, _ range: ClosedRange<Double>, _ path: String, what: String) throws(ScenarioError) {
        guard x.isFinite else { throw fail(path, "must be a finite number (\(what)), found \(x)") }
        guard range.contains(x) else {
            throw fail(path, "must be between \(Format.plain(range.lowerBound)) and \(Format.plain(range.upperBound)) (\(what)), found \(Format.plain(x))")
        }
    }

    /// A yearly rate as a fraction in `range`; a value that looks like a percentage gets a hint.
    func rate(_ x: Double, _ range: ClosedRange<Double>, _ path: String) throws(ScenarioError) {
        guard x.isFinite else { throw fail(path, "must be a finite yearly rate, found \(x)") }
        guard range.contains(x) else {
            let hint = abs(x) >= 1 && range.contains(x / 100) ? "; rates are fractions: did you mean \(Format.plain(x / 100))?" : ""
            throw fail(path, "must be a yearly rate between \(Format.plain(range.lowerBound)) and \(Format.plain(range.upperBound)) "
                       + "(0.04 is 4%), found \(Format.plain(x))" + hint)
        }
    }
}
