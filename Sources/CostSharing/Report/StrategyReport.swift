import Foundation

extension StrategyAnalysis {
    /// The strategy section of the text report, for `scenario` (the analysed one).
    public func textSection(scenario s: Scenario, analysis: CostSharingAnalysis) -> String {
        let names = s.partyNames, code = s.currency.code
        func amount(_ x: Double) -> String { Format.amount(x, code) }
        func short(_ o: PackageOutcome?) -> String {
            guard let o else { return "none (no zone of agreement)" }
            let p = o.package
            return "\(amount(p.firstYearTotal)) (\(Format.percent(o.firstYearIncrease))), "
                + (p.duration == 1 ? "one year" : "\(p.duration) years, \(p.escalation)")
                + "; gains \(Format.signed(o.gains.recipient)) / \(Format.signed(o.gains.host))"
        }
        var out: [String] = ["", "Strategy"]
        if let b = s.bargaining {
            out.append("Alternating offers (Rubinstein; Binmore, Rubinstein & Wolinsky 1986): one offer every "
                       + "\(Format.number(b.periodMonths, 2)) months, delay costs \(names.recipient) \(Format.number(b.delayCostPerYear.recipient, 2)) "
                       + "and \(names.host) \(Format.number(b.delayCostPerYear.host, 2)) a year, breakdown \(Format.share(b.breakdownPerPeriod)) "
                       + "per rejected offer, \(names[b.firstProposer]) proposes first.")
            if let a = alternatingOffers {
                out.append("- Agreement: " + short(a.package))
                out.append("    each side's offer: \(names.recipient) \(short(a.offers.recipient)); \(names.host) \(short(a.offers.host))")
                out.append("    exact equilibrium gains \(Format.signed(a.exactGains.recipient)) / \(Format.signed(a.exactGains.host)) "
                           + "(a lottery between neighbouring frontier packages); in the limit of short periods the asymmetric Nash "
                           + "solution with \(Format.possessive(names.recipient)) power α = \(Format.number(a.limitPower, 3))")
            } else {
                out.append("- No agreement: the zone of agreement is empty.")
            }
            if let p = patience {
                out.append("- Patience: the agreement as one side's delay cost is scaled (first-year total; gains \(names.recipient) / \(names.host)):")
                for party in Party.allCases {
                    let rows = p.rows.filter { $0.party == party }
                    out.append("    \(names[party]) ×" + rows.map { r in
                        "\(Format.number(r.factor, 2)): " + (r.agreement.map { "\(amount($0.package.package.firstYearTotal)) "
                            + "(\(Format.signed($0.exactGains.recipient, 2))/\(Format.signed($0.exactGains.host, 2)))" } ?? "none")
                    }.joined(separator: ", ×"))
                }
                if let v = p.valueOfUSImpatience, let e = p.equalPatience {
                    out.append("    Were \(names.recipient) as patient as \(names.host), the agreement would be \(short(e.package)); "
                               + "\(Format.possessive(names.recipient)) impatience is worth \(Format.signed(v)) a year to \(names.host).")
                }
            }
            if let w = waiting {
                out.append("- Waiting \(Format.number(w.inputs.months, 0)) months for \(w.inputs.later) (probability \(Format.share(w.inputs.probability, 0)); \(w.inputs.source)):")
                out.append("    now: \(short(w.now)); later: \(short(w.later)) (valued with today's preferences); "
                           + "waiting is \(Format.share(w.waitingShare, 0)) of the current term")
                for party in Party.allCases {
                    let x = w.sides[party]
                    out.append("    \(names[party]): agree now \(Format.utility(x.agreeNow)), wait \(Format.utility(x.wait)) → "
                               + (x.waitingPays ? "waiting pays" : "agree now") + "; break-even probability "
                               + (x.breakEvenProbability.map { Format.share($0, 0) } ?? "none (waiting never pays)"))
                }
            }
            if waiting == nil, let w = b.waiting {
                out.append("- Waiting for \(w.later): no comparison, since the zone of agreement is empty now or in the later state.")
            }
            if let t = terms {
                out.append("- Terms over \(t.horizonYears) years (\(names.recipient) reopens early with probability "
                           + "\(Format.share(t.reopenProbabilityPerYear, 0)) a year): gains per year at each term's Nash agreement")
                for r in t.rows {
                    out.append("    \(Format.count(r.duration, "year")): " + (r.gains.map { g in
                        "\(amount(r.agreement!.package.firstYearTotal)), \(Format.number(r.rounds, 1)) rounds; gains "
                            + "\(Format.signed(g.recipient)) / \(Format.signed(g.host)), joint \(Format.signed(g.recipient + g.host))"
                    } ?? "no zone"))
                }
                func term(_ d: Int?) -> String { d.map { Format.count($0, "year") } ?? "none" }
                out.append("    \(names.recipient) would choose \(term(t.preferred.recipient)), \(names.host) \(term(t.preferred.host)); "
                           + "the joint gain is largest at \(term(t.jointBest)) (renegotiation costs a round: \(names.recipient) "
                           + "\(Format.signed(s.recipient.renegotiationCost, 2)), \(names.host) \(Format.signed(s.host.renegotiationCost, 2)))")
            }
            if let ws = winSets {
                out.append("- Win-sets (Putnam 1988): the Assembly's consent as a hard constraint")
                for r in ws.rows {
                    let label = (r.minimumProbability.map { "P ≥ \(Format.share($0, 0))" } ?? "as stated") + (r.electionYear ? ", election year" : "")
                    out.append("    \(label)" + (r.largestIncrease.map { " (term increase at most \(Format.percent($0)))" } ?? "")
                               + ": Nash \(r.nash.map { amount($0.package.firstYearTotal) } ?? "none"), alternating offers "
                               + (r.alternatingOffers.map { amount($0.package.package.firstYearTotal) } ?? "none"))
                }
            }
        }
        if let l = linkage {
            for (i, line) in l.textLines(partyNames: names, currency: code).enumerated() { out.append((i == 0 ? "- " : "  ") + line) }
            if let n = l.nash, l.package(of: n).ratificationProbability < 0.01 {
                out.append("    (the Assembly would reject that package: the SMA in force stays, and the linked items carry the deal)")
            }
        }
        let bw = bothWin
        out.append("- Packages both sides can call a win (\(names.recipient) announces at least its reference "
                   + "\(Format.percent(s.recipient.demandIncrease))\(linkage == nil ? "" : ", linked items included"); \(names.host) stays within "
                   + "its justifiable path every year; packages the Assembly would likely reject left out): \(bw.count)")
        for c in bw.winners.prefix(3) {
            out.append("    " + short(c.package) + (c.linkedOptions.isEmpty ? "" : "; " + c.linkedOptions.joined(separator: ", ")))
        }
        if let c = bw.closest {
            out.append("    none; the closest misses by \(Format.share(c.miss)) (\(names.recipient) headline \(Format.percent(c.headlineIncrease)) "
                       + "against \(Format.percent(s.recipient.demandIncrease)); \(names.host) \(Format.share(max(0, -c.hostMargin))) above its path): "
                       + short(c.package))
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// The strategy section of the JSON report: `"strategy": {"alternatingOffers": …, "patience": …,
/// "waiting": …, "terms": …, "linkage": …, "winSet": …, "bothWin": …}`. An agreement anywhere has
/// the shape of the report's solutions (`package`, `utilities`, `gains`, …).
struct StrategyDocument: Encodable {
    struct Offers: Encodable {
        var agreement: PackageOutcome
        var extra: [String: Double]
        var firstProposer: Party?
        var offers: PartyPair<PackageOutcome>?
        func encode(to encoder: any Encoder) throws {
            try agreement.encode(to: encoder)
            var c = encoder.container(keyedBy: AnyCodingKey.self)
            for (k, v) in extra { try c.encode(v, forKey: AnyCodingKey(stringValue: k)) }
            if let firstProposer { try c.encode(firstProposer, forKey: AnyCodingKey(stringValue: "firstProposer")) }
            if let offers { try c.encode(offers, forKey: AnyCodingKey(stringValue: "offers")) }
        }
        init(_ a: AlternatingOffersAgreement) {
            agreement = a.package
            extra = ["exactGainRecipient": a.exactGains.recipient, "exactGainHost": a.exactGains.host, "limitPower": a.limitPower,
                     "continuationRecipient": a.continuation.recipient, "continuationHost": a.continuation.host]
            firstProposer = a.firstProposer
            offers = a.offers
        }
    }
    struct PatienceRow: Encodable { var party: Party; var factor: Double; var delayCostPerYear: PartyPair<Double>; var agreement: Offers? }
    struct Patience: Encodable { var rows: [PatienceRow]; var valueOfUSImpatience: Double?; var equalPatience: Offers? }
    struct WaitingSide: Codable { var agreeNow: Double; var wait: Double; var later: Double; var breakEvenProbability: Double?; var waitingPays: Bool }
    /// Without an agreement now or later (an empty zone), only the inputs are given.
    struct Waiting: Encodable {
        var later: String; var probability: Double; var months: Double; var source: String
        var now: PackageOutcome?; var laterAgreement: PackageOutcome?; var waitingShare: Double?
        var sides: PartyPair<WaitingSide>?
        /// The host's break-even probability (the one the seeds ask about); `null` when waiting
        /// never pays or there is no comparison.
        var breakEvenProbability: Double?
        enum CodingKeys: String, CodingKey { case later, probability, months, source, now, laterAgreement, waitingShare, sides, breakEvenProbability }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(later, forKey: .later); try c.encode(probability, forKey: .probability)
            try c.encode(months, forKey: .months); try c.encode(source, forKey: .source)
            try c.encodeIfPresent(now, forKey: .now); try c.encodeIfPresent(laterAgreement, forKey: .laterAgreement)
            try c.encodeIfPresent(waitingShare, forKey: .waitingShare); try c.encodeIfPresent(sides, forKey: .sides)
            try c.encode(breakEvenProbability, forKey: .breakEvenProbability)   // null when there is none
        }
    }
    struct TermRow: Encodable { var duration: Int; var agreement: PackageOutcome?; var rounds: Double; var gains: PartyPair<Double>?; var jointGain: Double? }
    struct Terms: Encodable { var horizonYears: Int; var reopenProbabilityPerYear: Double; var rows: [TermRow]; var preferred: PartyPair<Int?>; var jointBest: Int? }
    struct WinSetRow: Encodable {
        var minimumProbability: Double?; var electionYear: Bool; var largestIncrease: Double?
        var nash: PackageOutcome?; var alternatingOffers: Offers?
    }
    struct BothWinCandidate: Encodable {
        var agreement: PackageOutcome; var linkedOptions: [String]; var headlineIncrease: Double; var recipientMargin: Double; var hostMargin: Double
        func encode(to encoder: any Encoder) throws {
            try agreement.encode(to: encoder)
            var c = encoder.container(keyedBy: AnyCodingKey.self)
            try c.encode(linkedOptions, forKey: AnyCodingKey(stringValue: "linkedOptions"))
            try c.encode(headlineIncrease, forKey: AnyCodingKey(stringValue: "headlineIncrease"))
            try c.encode(recipientMargin, forKey: AnyCodingKey(stringValue: "recipientMargin"))
            try c.encode(hostMargin, forKey: AnyCodingKey(stringValue: "hostMargin"))
        }
        init(_ c: BothWinAnalysis.Candidate) {
            agreement = c.package; linkedOptions = c.linkedOptions; headlineIncrease = c.headlineIncrease
            recipientMargin = c.recipientMargin; hostMargin = c.hostMargin
        }
    }
    struct BothWin: Encodable { var count: Int; var packages: [BothWinCandidate]; var closest: BothWinCandidate? }

    var alternatingOffers: Offers?
    var patience: Patience?
    var waiting: Waiting?
    var terms: Terms?
    var winSet: [WinSetRow]?
    var linkage: LinkageSummary?
    var bothWin: BothWin

    init(_ s: StrategyAnalysis, scenario: Scenario) {
        alternatingOffers = s.alternatingOffers.map(Offers.init)
        patience = s.patience.map { p in
            Patience(rows: p.rows.map { PatienceRow(party: $0.party, factor: $0.factor, delayCostPerYear: $0.delayCostPerYear,
                                                    agreement: $0.agreement.map(Offers.init)) },
                     valueOfUSImpatience: p.valueOfUSImpatience, equalPatience: p.equalPatience.map(Offers.init))
        }
        waiting = s.waiting.map { w in
            func side(_ x: WaitingAnalysis.Side) -> WaitingSide {
                WaitingSide(agreeNow: x.agreeNow, wait: x.wait, later: x.later, breakEvenProbability: x.breakEvenProbability, waitingPays: x.waitingPays)
            }
            return Waiting(later: w.inputs.later, probability: w.inputs.probability, months: w.inputs.months, source: w.inputs.source,
                           now: w.now, laterAgreement: w.later, waitingShare: w.waitingShare,
                           sides: PartyPair(recipient: side(w.sides.recipient), host: side(w.sides.host)),
                           breakEvenProbability: w.sides.host.breakEvenProbability)
        } ?? scenario.bargaining?.waiting.map { w in
            Waiting(later: w.later, probability: w.probability, months: w.months, source: w.source,
                    now: nil, laterAgreement: nil, waitingShare: nil, sides: nil, breakEvenProbability: nil)
        }
        terms = s.terms.map { t in
            Terms(horizonYears: t.horizonYears, reopenProbabilityPerYear: t.reopenProbabilityPerYear,
                  rows: t.rows.map { TermRow(duration: $0.duration, agreement: $0.agreement, rounds: $0.rounds, gains: $0.gains, jointGain: $0.jointGain) },
                  preferred: t.preferred, jointBest: t.jointBest)
        }
        winSet = s.winSets.map { w in
            w.rows.map { WinSetRow(minimumProbability: $0.minimumProbability, electionYear: $0.electionYear, largestIncrease: $0.largestIncrease,
                                   nash: $0.nash, alternatingOffers: $0.alternatingOffers.map(Offers.init)) }
        }
        linkage = s.linkage?.summary
        bothWin = BothWin(count: s.bothWin.count, packages: s.bothWin.winners.map(BothWinCandidate.init),
                          closest: s.bothWin.closest.map(BothWinCandidate.init))
    }
}
