import Foundation
import Pareto

/// The agreement of Rubinstein's alternating-offers game over a scenario's frontier: each side in
/// turn proposes a package, the other accepts or waits to propose its own, and waiting costs each
/// side its delay cost and risks a breakdown of the talks (``BargainingProtocol``).
///
/// The equilibrium is computed by ``Pareto/BargainingProblem/alternatingOffers(continuation:firstProposer:)``
/// over the frontier packages in the zone of agreement, with lotteries between neighbouring
/// packages (equivalently, totals between grid steps) so that it is unique: each side proposes
/// the point that leaves the other exactly indifferent between accepting and waiting one period,
/// and the first proposer's offer is accepted at once. ``package`` is the frontier package nearer
/// to that point; ``exactGains`` is the point itself.
///
/// Continuation factor per period: qᵢ = (1 − p)·exp(−rᵢ·Δ) for delay cost rᵢ per year, period Δ
/// years and breakdown chance p. As Δ → 0 the agreement tends to the asymmetric Nash solution
/// with the recipient's power α = ρ_host / (ρ_recipient + ρ_host), ρᵢ = rᵢ + λ, λ = −ln(1 − p)/Δ
/// (Binmore, Rubinstein & Wolinsky 1986): the more patient side gets more.
public struct AlternatingOffersAgreement: Sendable, Hashable {
    /// The agreement: the frontier package nearer to the first proposer's offer.
    public var package: PackageOutcome
    /// The equilibrium point's gains (per year, previous-agreement years), a lottery between two
    /// neighbouring frontier packages.
    public var exactGains: PartyPair<Double>
    /// What each side proposes when it is its turn (the nearer frontier packages).
    public var offers: PartyPair<PackageOutcome>
    public var firstProposer: Party
    /// Each side's continuation factor per period, (1 − p)·exp(−r·Δ).
    public var continuation: PartyPair<Double>
    /// The recipient's bargaining power in the limit of short periods, ρ_host / (ρ_recipient + ρ_host).
    public var limitPower: Double

    /// The equilibrium for `analysis` under `protocol`; `nil` when the zone of agreement is empty.
    public init?(analysis: CostSharingAnalysis, protocol b: BargainingProtocol) {
        guard let (packages, problem) = analysis.zoneProblem() else { return nil }
        let years = b.periodMonths / 12
        let factors = b.periodFactors
        let keep = 1 - b.breakdownPerPeriod
        let q = PartyPair(recipient: keep * factors.recipient, host: keep * factors.host)
        guard let s = try? problem.alternatingOffers(continuation: [q.recipient, q.host],
                                                     firstProposer: b.firstProposer == .recipient ? 0 : 1) else { return nil }
        package = packages[s.agreement.nearest]
        exactGains = PartyPair(recipient: s.agreement.gains[0], host: s.agreement.gains[1])
        offers = PartyPair(recipient: packages[s.offers[0].nearest], host: packages[s.offers[1].nearest])
        firstProposer = b.firstProposer
        continuation = q
        let hazard = -log(keep) / years
        let rho = PartyPair(recipient: b.delayCostPerYear.recipient + hazard, host: b.delayCostPerYear.host + hazard)
        limitPower = rho.host / (rho.recipient + rho.host)
    }
}
