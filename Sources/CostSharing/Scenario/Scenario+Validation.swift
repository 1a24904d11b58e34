extension Scenario {
    /// Checks every field and throws the first problem found, with its JSON path.
    ///
    /// Checked: positive totals and exchange rate; unique category names, in-kind ranges in
    /// `0...1`, core base shares summing to 1; forecast paths long enough for every duration;
    /// grid values in range, extra splits matching the extra categories and summing to 1, and
    /// the grid no larger than `grid.maximumSize`; every category given a value by both sides
    /// (and no unknown category); preference parameters in range; the no-deal payments, anchors
    /// and actual agreement well formed and meeting the payment forms.
    ///
    /// - Throws: ``ScenarioError``, e.g. `host.retainedValue.labor.cash: must be between 0 and 1, found 1.5`.
    /// - Complexity: O(size of the scenario), not of the grid.
    public func validate() throws(ScenarioError) {
        func fail(_ path: String, _ message: String) -> ScenarioError { ScenarioError(path: path, message: message) }
        func unit(_ x: Double, _ path: String) throws(ScenarioError) {
            guard x.isFinite, x >= 0, x <= 1 else { throw fail(path, "must be between 0 and 1, found \(x)") }
        }
        func nonNegative(_ x: Double, _ path: String) throws(ScenarioError) {
            guard x.isFinite, x >= 0 else { throw fail(path, "must be zero or positive, found \(x)") }
        }
        func positive(_ x: Double, _ path: String) throws(ScenarioError) {
            guard x.isFinite, x > 0 else { throw fail(path, "must be positive, found \(x)") }
        }
        func growthRate(_ x: Double, _ path: String) throws(ScenarioError) {
            guard x.isFinite, x > -1, x < 10 else { throw fail(path, "must be a yearly rate above -1 (e.g. 0.04 for 4%), found \(x)") }
        }

        guard !name.isEmpty else { throw fail("name", "must not be empty") }
        guard !currency.code.isEmpty else { throw fail("currency.code", "must not be empty") }
        try positive(currency.perUSD, "currency.perUSD")
        try positive(previousTotal, "previousTotal")
        guard partyNames.count == 2 else {
            throw fail("partyNames", "must name exactly two sides, recipient first, found \(partyNames.count)")
        }

        // Categories.
        guard !categories.isEmpty else { throw fail("categories", "must list at least one category") }
        var seen = Set<String>()
        var coreSum = 0.0
        for (i, c) in categories.enumerated() {
            let p = "categories[\(i)]"
            guard !c.name.isEmpty else { throw fail("\(p).name", "must not be empty") }
            guard seen.insert(c.name).inserted else { throw fail("\(p).name", "duplicate category name \"\(c.name)\"") }
            try unit(c.inKindRange.lowerBound, "\(p).inKind.min")
            try unit(c.inKindRange.upperBound, "\(p).inKind.max")
            if c.framework == .core {
                try unit(c.baseShare, "\(p).baseShare")
                coreSum += c.baseShare
            }
        }
        guard categories.contains(where: { $0.framework == .core }) else {
            throw fail("categories", "must include at least one core category")
        }
        guard abs(coreSum - 1) <= 1e-6 else {
            throw fail("categories", "base shares of the core categories must sum to 1, found \(coreSum)")
        }
        let extraCount = extraCategories.count

        // Forecast.
        guard forecast.discountRate.isFinite, forecast.discountRate > -1, forecast.discountRate < 1 else {
            throw fail("forecast.discountRate", "must be between -1 and 1 (e.g. 0.03), found \(forecast.discountRate)")
        }
        for (i, g) in forecast.cpi.enumerated() { try growthRate(g, "forecast.cpi[\(i)]") }
        for (i, g) in forecast.defenseBudgetGrowth.enumerated() { try growthRate(g, "forecast.defenseBudgetGrowth[\(i)]") }
        let longest = forecast.longestTerm

        func checkRule(_ rule: EscalationRule, _ p: String) throws(ScenarioError) {
            switch rule.index {
            case .fixed:
                guard let r = rule.rate else { throw fail("\(p).rate", "required for a fixed rule") }
                try growthRate(r, "\(p).rate")
            case .cpi, .defenseBudget:
                guard rule.rate == nil else { throw fail("\(p).rate", "only a fixed rule takes a rate; use cap to bound an index") }
            }
            if let cap = rule.cap { try growthRate(cap, "\(p).cap") }
        }
        func checkSplit(_ split: [Double], _ p: String) throws(ScenarioError) {
            guard split.count == extraCount else {
                throw fail(p, "must have one share per extra category (\(extraCount)), found \(split.count)")
            }
            for (k, s) in split.enumerated() { try unit(s, "\(p)[\(k)]") }
            let sum = split.reduce(0, +)
            guard abs(sum - 1) <= 1e-6 else { throw fail(p, "must sum to 1, found \(sum)") }
        }
        func checkPackage(_ pkg: Package, _ p: String) throws(ScenarioError) {
            try positive(pkg.firstYearTotal, "\(p).firstYearTotal")
            try unit(pkg.inKindShare, "\(p).inKindShare")
            try unit(pkg.extraShare, "\(p).extraShare")
            if pkg.extraShare > 0 {
                guard extraCount > 0 else { throw fail("\(p).extraShare", "must be 0: the scenario has no extra categories") }
                try checkSplit(pkg.extraSplit, "\(p).extraSplit")
            }
            guard pkg.duration >= 1, pkg.duration <= longest else {
                throw fail("\(p).duration", "must be between 1 and \(longest) (the forecast paths' length + 1), found \(pkg.duration)")
            }
            try checkRule(pkg.escalation, "\(p).escalation")
            guard pkg.unitAllocation(over: categories) != nil else {
                throw fail("\(p).inKindShare", "\(pkg.inKindShare) cannot be reached within the categories' in-kind ranges")
            }
        }

        // Grid.
        let g = grid
        try positive(g.totals.from, "grid.totals.from")
        try positive(g.totals.step, "grid.totals.step")
        guard g.totals.through >= g.totals.from else {
            throw fail("grid.totals.through", "must be at least from (\(g.totals.from)), found \(g.totals.through)")
        }
        guard !g.inKindShares.isEmpty else { throw fail("grid.inKindShares", "must list at least one share") }
        for (i, x) in g.inKindShares.enumerated() { try unit(x, "grid.inKindShares[\(i)]") }
        guard !g.extraShares.isEmpty else { throw fail("grid.extraShares", "must list at least one share (0 for core only)") }
        for (i, x) in g.extraShares.enumerated() {
            try unit(x, "grid.extraShares[\(i)]")
            if x > 0 && extraCount == 0 {
                throw fail("grid.extraShares[\(i)]", "must be 0: the scenario has no extra categories")
            }
        }
        if g.extraShares.contains(where: { $0 > 0 }) && g.extraSplits.isEmpty {
            throw fail("grid.extraSplits", "must list at least one split when an extra share is positive")
        }
        for (i, s) in g.extraSplits.enumerated() { try checkSplit(s, "grid.extraSplits[\(i)]") }
        guard !g.durations.isEmpty else { throw fail("grid.durations", "must list at least one term") }
        for (i, d) in g.durations.enumerated() where d < 1 || d > longest {
            throw fail("grid.durations[\(i)]", "must be between 1 and \(longest) (the forecast paths' length + 1), found \(d)")
        }
        guard !g.escalations.isEmpty else { throw fail("grid.escalations", "must list at least one rule") }
        for (i, r) in g.escalations.enumerated() { try checkRule(r, "grid.escalations[\(i)]") }
        guard g.maximumSize > 0 else { throw fail("grid.maximumSize", "must be positive, found \(g.maximumSize)") }
        let size = g.size
        guard size <= g.maximumSize else {
            throw fail("grid", "has \(size) candidate packages, more than grid.maximumSize (\(g.maximumSize)) allows: "
                + "\(g.totals.count) totals × \(g.compositionCount) compositions × \(g.durations.count) durations × "
                + "\(g.escalations.count) escalation rules; shrink it with a larger grid.totals.step or fewer "
                + "inKindShares, extraShares, extraSplits, durations or escalations, or raise grid.maximumSize")
        }
        guard size > 0 else { throw fail("grid", "has no candidate packages") }

        // Constraints.
        if let lo = constraints.minimumIncrease, let hi = constraints.maximumIncrease, lo > hi {
            throw fail("constraints.minimumIncrease", "must not exceed maximumIncrease (\(hi)), found \(lo)")
        }

        // Preferences: every category valued, no unknown category.
        let names = categories.map(\.name)
        func checkValues(_ values: [String: FormValues], _ p: String, unitRange: Bool, requireAll: Bool) throws(ScenarioError) {
            for key in values.keys.sorted() where !seen.contains(key) {
                throw fail("\(p).\(key)", "not a category of this scenario; expected one of: \(names.joined(separator: ", "))")
            }
            if requireAll {
                for n in names where values[n] == nil { throw fail("\(p).\(n)", "required: every category needs a value") }
            }
            for key in values.keys.sorted() {
                let v = values[key]!
                if unitRange {
                    try unit(v.cash, "\(p).\(key).cash"); try unit(v.inKind, "\(p).\(key).inKind")
                } else {
                    try nonNegative(v.cash, "\(p).\(key).cash"); try nonNegative(v.inKind, "\(p).\(key).inKind")
                }
            }
        }
        try checkValues(recipient.moneyValue, "recipient.moneyValue", unitRange: false, requireAll: true)
        try nonNegative(recipient.diminishingValue, "recipient.diminishingValue")
        try growthRate(recipient.demandIncrease, "recipient.demandIncrease")
        try nonNegative(recipient.headlineWeight, "recipient.headlineWeight")
        guard recipient.lossAversion.isFinite, recipient.lossAversion >= 1 else {
            throw fail("recipient.lossAversion", "must be at least 1, found \(recipient.lossAversion)")
        }
        try checkValues(host.retainedValue, "host.retainedValue", unitRange: true, requireAll: true)
        try nonNegative(host.risingCost, "host.risingCost")
        guard host.growthBenchmark != .fixed else {
            throw fail("host.growthBenchmark", "must be \"cpi\" or \"defenseBudget\", found \"fixed\"")
        }
        try growthRate(host.firstYearBenchmark, "host.firstYearBenchmark")
        try nonNegative(host.growthPenalty, "host.growthPenalty")
        try nonNegative(host.extraCategoryPenalty, "host.extraCategoryPenalty")
        try growthRate(host.ratification.midpointIncrease, "host.ratification.midpointIncrease")
        try positive(host.ratification.slope, "host.ratification.slope")
        try nonNegative(host.ratification.weight, "host.ratification.weight")

        // No deal and actual agreement.
        try checkValues(noDeal.payments, "noDeal.payments", unitRange: false, requireAll: false)
        for (v, p) in [(noDeal.recipientFriction, "noDeal.recipientFriction"), (noDeal.hostFriction, "noDeal.hostFriction")] {
            guard v.isFinite else { throw fail(p, "must be a finite number") }
        }
        if let a = noDeal.hostIndifferentTo { try checkPackage(a, "noDeal.hostIndifferentTo") }
        if let a = noDeal.recipientIndifferentTo { try checkPackage(a, "noDeal.recipientIndifferentTo") }
        if let a = actual { try checkPackage(a.package, "actual.package") }
    }
}
