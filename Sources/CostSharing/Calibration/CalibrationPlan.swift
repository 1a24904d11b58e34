/// What one calibration fits, as a value (and, through ``decode(from:)``, as a file): the rounds,
/// each with its era and series, which parameters are free and which of those are fitted once per
/// era instead of shared, the solution predicted, and the objective's settings.
///
/// ```json
/// {
///   "rounds": ["sma-2009", "sma-2014", {"preset": "sma-2019", "era": "trump"},
///              {"scenario": "my-2026-round.json", "era": "trump"}],
///   "free": ["host.growthPenalty", "recipient.headlineWeight"],
///   "perEra": ["recipient.headlineWeight"],
///   "solution": "asymmetric-nash",
///   "leaveOneOut": true
/// }
/// ```
///
/// **Shared or per era.** A path in ``free`` is one unknown shared by every round (structural:
/// what a won kept in Korea is worth stays the same across administrations). A path also in
/// ``perEra`` becomes one unknown per era (`PATH@ERA`: frictions under one US administration),
/// each fitted to that era's rounds only. A round's era is its own ``Round/era``, else
/// ``defaultEras`` (the US administration that concluded each preset's round).
///
/// **Series.** A round's ``Round/series`` (default: its currency's code) groups the rounds the
/// regression baseline is fitted on, so Japan's yen rounds and Korea's won rounds are separate
/// series. The model's fit pools every round.
public struct CalibrationPlan: Sendable, Hashable {
    /// One round of the fit.
    public struct Round: Sendable, Hashable {
        /// Where the round's scenario comes from.
        public enum Source: Sendable, Hashable {
            /// A built-in preset, by name.
            case preset(String)
            /// A scenario file; a relative path is read relative to the plan file's folder.
            case scenario(String)
        }
        public var source: Source
        /// The round's era (default: ``CalibrationPlan/defaultEras`` by scenario name).
        public var era: String?
        /// The round's series (default: its currency's code).
        public var series: String?

        public init(_ source: Source, era: String? = nil, series: String? = nil) {
            self.source = source
            self.era = era
            self.series = series
        }
    }

    /// The bargaining solution whose smoothed form predicts each round.
    public enum Solution: String, Sendable, Hashable, CaseIterable {
        /// Nash's solution, or the asymmetric one with ``CalibrationPlan/power`` ≠ ½.
        case nash
        /// The asymmetric Nash solution with the bargaining power fitted as a free parameter.
        case asymmetricNash = "asymmetric-nash"
        /// The Kalai–Smorodinsky solution.
        case kalaiSmorodinsky = "kalai-smorodinsky"
    }

    public var rounds: [Round]
    /// The free parameters' paths; `nil`: every path that all rounds give a distribution in their
    /// `uncertainty` sections.
    public var free: [String]?
    /// The free paths fitted once per era.
    public var perEra: [String]
    public var solution: Solution
    /// The smoothing temperature τ (units of the log score; see ``SmoothedAgreement``).
    public var temperature: Double
    /// The recipient's bargaining power α in (0, 1) for ``Solution/nash`` (½ is Nash's solution);
    /// with ``Solution/asymmetricNash`` it is only the fit's stated starting value.
    public var power: Double
    public var weights: Calibration.Weights
    /// Also predict each round from a fit to the other rounds.
    public var leaveOneOut: Bool
    public var maximumIterations: Int

    /// The rounds `frontier calibrate` fits by default: every SMA preset with an actual agreement
    /// concluded at the end of its round (not `sma-2020`, the 2020 stand-off, which restates 2019's).
    public static let defaultPresets = ["sma-2009", "sma-2014", "sma-2019", "sma-2021", "sma-2024"]

    /// The US administration under which each preset's round was concluded: the 8th SMA (signed
    /// January 2009) under Bush, the 9th (January 2014) under Obama, the 10th (February 2019) and
    /// the 2020 stand-off under Trump, the 11th (March 2021) and 12th (November 2024) under Biden,
    /// and Japan's 2022 agreement (January 2022) under Biden (SMA-BRIEF.md, the rounds' dates).
    public static let defaultEras = ["sma-2009": "bush", "sma-2014": "obama", "sma-2019": "trump", "sma-2020": "trump",
                                     "sma-2021": "biden", "sma-2024": "biden", "japan-2022": "biden"]

    /// The largest number of iterations a plan may ask for.
    public static let maximumIterationsLimit = 1_000

    /// A plan with the defaults of `frontier calibrate`.
    public init(rounds: [Round] = defaultPresets.map { Round(.preset($0)) }, free: [String]? = nil, perEra: [String] = [],
                solution: Solution = .nash, temperature: Double = 0.02, power: Double = 0.5,
                weights: Calibration.Weights = Calibration.Weights(), leaveOneOut: Bool = false, maximumIterations: Int = 50) {
        self.rounds = rounds
        self.free = free
        self.perEra = perEra
        self.solution = solution
        self.temperature = temperature
        self.power = power
        self.weights = weights
        self.leaveOneOut = leaveOneOut
        self.maximumIterations = maximumIterations
    }

    /// The smoothed solution the plan's settings name.
    public var smoothedSolution: SmoothedAgreement.Solution {
        solution == .kalaiSmorodinsky ? .kalaiSmorodinsky : .nash(power: power)
    }

    /// Checks the settings that do not depend on the rounds' scenarios.
    /// - Throws: ``ScenarioError`` with the field's JSON path.
    public func validate() throws(ScenarioError) {
        guard !rounds.isEmpty else { throw ScenarioError(path: "rounds", message: "must list at least one round") }
        for (i, r) in rounds.enumerated() {
            switch r.source {
            case .preset(let name) where name.isEmpty, .scenario(let name) where name.isEmpty:
                throw ScenarioError(path: "rounds[\(i)]", message: "the preset name or scenario file must not be empty")
            default: break
            }
            if let era = r.era, era.isEmpty || era.contains("@") {
                throw ScenarioError(path: "rounds[\(i)].era", message: "must be a non-empty name without \"@\", found \"\(era)\"")
            }
            if let s = r.series, s.isEmpty {
                throw ScenarioError(path: "rounds[\(i)].series", message: "must be a non-empty name")
            }
        }
        if let free {
            guard !free.isEmpty, free.count <= Calibration.maximumParameters else {
                throw ScenarioError(path: "free", message: "must list 1 to \(Calibration.maximumParameters) paths, found \(free.count)")
            }
            for (i, p) in free.enumerated() {
                if p.isEmpty || p.contains("@") {
                    throw ScenarioError(path: "free[\(i)]", message: "must be a parameter path without \"@\" (list it in perEra to fit it per era), found \"\(p)\"")
                }
                if free[..<i].contains(p) { throw ScenarioError(path: "free[\(i)]", message: "\(p) is listed twice") }
            }
        }
        for (i, p) in perEra.enumerated() {
            if let free, !free.contains(p) {
                throw ScenarioError(path: "perEra[\(i)]", message: "\(p) is not among the free parameters")
            }
            if perEra[..<i].contains(p) { throw ScenarioError(path: "perEra[\(i)]", message: "\(p) is listed twice") }
        }
        guard temperature.isFinite, temperature > 0 else {
            throw ScenarioError(path: "temperature", message: "must be a positive number, found \(temperature)")
        }
        guard power.isFinite, power > 0, power < 1 else {
            throw ScenarioError(path: "power", message: "must be between 0 and 1 (exclusive), found \(power)")
        }
        for (key, w) in [("term", weights.term), ("rule", weights.rule), ("prior", weights.prior), ("emptyZone", weights.emptyZone)]
            where !(w.isFinite && w >= 0) {
            throw ScenarioError(path: "weights.\(key)", message: "must be a finite number ≥ 0, found \(w)")
        }
        guard (1...Self.maximumIterationsLimit).contains(maximumIterations) else {
            throw ScenarioError(path: "maximumIterations", message: "must be between 1 and \(Self.maximumIterationsLimit), found \(maximumIterations)")
        }
        if solution == .kalaiSmorodinsky, (free ?? []).contains(Calibration.bargainingPowerPath) {
            throw ScenarioError(path: "free", message: "\(Calibration.bargainingPowerPath) is fitted only with the asymmetric Nash solution")
        }
    }

    /// The fit's free-parameter names (`PATH`, or `PATH@ERA` for each era of a per-era path, in
    /// the order the eras first appear) and each round's era and series, for the rounds'
    /// scenarios `scenarios` (in the plan's order).
    /// - Throws: ``ScenarioError``: a per-era path while a round has no era, a per-era or default
    ///   free path no round gives a distribution, or ``Calibration/bargainingPowerPath`` free
    ///   with ``Solution/nash``.
    public func parameters(for scenarios: [Scenario]) throws(ScenarioError)
        -> (paths: [String], eras: [String: String], series: [String: String]) {
        precondition(scenarios.count == rounds.count, "one scenario per round")
        var paths: [String]
        if let free {
            paths = free
        } else {
            paths = (scenarios.first?.uncertainty.keys.sorted() ?? []).filter { p in scenarios.allSatisfy { $0.uncertainty[p] != nil } }
            guard !paths.isEmpty else {
                throw ScenarioError(path: "free", message: "no parameter has a distribution in every round's uncertainty section; name the free parameters")
            }
        }
        switch solution {
        case .asymmetricNash where !paths.contains(Calibration.bargainingPowerPath): paths.append(Calibration.bargainingPowerPath)
        case .nash where paths.contains(Calibration.bargainingPowerPath):
            throw ScenarioError(path: "free", message: "\(Calibration.bargainingPowerPath) is fitted only with the asymmetric-nash solution")
        default: break
        }
        for (i, p) in perEra.enumerated() where !paths.contains(p) {
            throw ScenarioError(path: "perEra[\(i)]", message: "\(p) is not among the free parameters")
        }
        var eras: [String: String] = [:], series: [String: String] = [:], order: [String] = []
        for (i, (round, s)) in zip(rounds, scenarios).enumerated() {
            if scenarios[..<i].contains(where: { $0.name == s.name }) {
                throw ScenarioError(path: "rounds[\(i)]", message: "a second round named \(s.name); each round's scenario needs its own name")
            }
            let era = round.era ?? Self.defaultEras[s.name]
            if let era {
                eras[s.name] = era
                if !order.contains(era) { order.append(era) }
            } else if !perEra.isEmpty {
                throw ScenarioError(path: "rounds[\(i)].era", message: "\(s.name) needs an era for the per-era parameters (no default era for it)")
            }
            series[s.name] = round.series ?? s.currency.code
        }
        var expanded: [String] = []
        for p in paths {
            if perEra.contains(p) { expanded += order.map { "\(p)@\($0)" } } else { expanded.append(p) }
        }
        guard expanded.count <= Calibration.maximumParameters else {
            throw ScenarioError(path: "perEra", message: "\(expanded.count) free parameters after splitting by era; at most \(Calibration.maximumParameters)")
        }
        return (expanded, eras, series)
    }
}
