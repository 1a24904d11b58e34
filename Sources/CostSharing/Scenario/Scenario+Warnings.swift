extension Scenario {
    /// Fields that are valid but have no effect on this scenario's analysis, each with why.
    ///
    /// Checked: no-deal costs and payments of a side whose no-deal utility is anchored to a
    /// package; the extra-category penalty and splits when extra items are forbidden or absent;
    /// preferences about escalation caps when every term is one year; loss aversion without a
    /// headline weight; the recipient's demand when its headline weight is 0; the growth benchmarks
    /// without a growth penalty; a win-set that admits everything. (`noDeal.impasseYears` matters
    /// only through consequences that last part of the impasse; the guide says so.)
    public func ineffectiveFields() -> [ScenarioWarning] {
        var out: [ScenarioWarning] = []
        func warn(_ path: String, _ message: String) { out.append(ScenarioWarning(path: path, message: message)) }
        if noDeal.hostIndifferentTo != nil {
            for (i, c) in noDeal.consequences.enumerated() where c.hostCostPerYear != 0 {
                warn("noDeal.consequences[\(i)].hostCostPerYear", "has no effect: the host's no-deal utility is anchored to noDeal.hostIndifferentTo")
            }
            if noDeal.payments.values.contains(where: { $0.cash != 0 || $0.inKind != 0 }) && noDeal.recipientIndifferentTo != nil {
                warn("noDeal.payments", "has no effect: both sides' no-deal utilities are anchored to packages")
            }
        }
        if noDeal.recipientIndifferentTo != nil {
            for (i, c) in noDeal.consequences.enumerated() where c.recipientCostPerYear != 0 {
                warn("noDeal.consequences[\(i)].recipientCostPerYear", "has no effect: the recipient's no-deal utility is anchored to noDeal.recipientIndifferentTo")
            }
        }
        let extrasPossible = constraints.extraCategories == .penalized && !extraCategories.isEmpty
            && grid.extraShares.contains(where: { $0 > 0 })
        if !extrasPossible {
            if host.extraCategoryPenalty != 0 {
                warn("host.extraCategoryPenalty", "has no effect: no candidate package has extra items "
                     + "(constraints.extraCategories is \"\(constraints.extraCategories.rawValue)\" or every grid.extraShares is 0)")
            }
            if !grid.extraSplits.isEmpty && constraints.extraCategories == .forbidden {
                warn("grid.extraSplits", "has no effect: constraints.extraCategories is \"forbidden\"")
            }
        }
        if grid.durations.allSatisfy({ $0 == 1 }) {
            if host.boundedEscalationPreference != 0 {
                warn("host.boundedEscalationPreference", "has no effect: every term is one year, where no escalation rule can bind")
            }
            if recipient.boundedEscalationPreference != 0 {
                warn("recipient.boundedEscalationPreference", "has no effect: every term is one year, where no escalation rule can bind")
            }
        }
        if host.growthPenalty == 0 {
            if host.firstYearBenchmark != HostPreferences.Defaults.firstYearBenchmark {
                warn("host.firstYearBenchmark", "has no effect: host.growthPenalty is 0")
            }
            if host.growthBenchmark != HostPreferences.Defaults.growthBenchmark {
                warn("host.growthBenchmark", "has no effect: host.growthPenalty is 0")
            }
        }
        if case .winSet(let p) = host.ratification.form, p == 0 {
            warn("host.ratification.minimumProbability", "has no effect: 0 admits every package, and the win-set form "
                 + "leaves the probability out of the utilities")
        }
        let bindable = grid.durations.contains { $0 > 1 } && grid.escalations.contains { $0.isBounded && $0 != .none }
        if !bindable && !grid.durations.allSatisfy({ $0 == 1 }) {
            for (side, value) in [("host", host.boundedEscalationPreference), ("recipient", recipient.boundedEscalationPreference)]
            where value != 0 {
                warn("\(side).boundedEscalationPreference", "has no effect: no rule in grid.escalations bounds the increase")
            }
        }
        if recipient.headlineWeight == 0 {
            if recipient.lossAversion != RecipientPreferences.Defaults.lossAversion {
                warn("recipient.lossAversion", "has no effect: recipient.headlineWeight is 0")
            }
            if recipient.demandIncrease != RecipientPreferences.Defaults.demandIncrease {
                warn("recipient.demandIncrease", "has no effect: recipient.headlineWeight is 0")
            }
        }
        return out
    }
}
