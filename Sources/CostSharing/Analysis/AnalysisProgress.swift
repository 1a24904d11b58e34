import Foundation

/// How far a long computation (a sampled analysis, a calibration) has come, and a way to stop it.
///
/// The computation updates it as it goes; another thread (a web server streaming progress to a
/// page, say) reads ``snapshot`` and may call ``cancel()``. A cancelled computation throws
/// ``ScenarioError`` with the message ``cancelledMessage`` at its next check: between blocks of
/// draws for ``SampledAnalysis``, between iterations for ``CalibrationStudy``. Nothing else about
/// the result depends on whether progress is watched.
///
/// ```swift
/// let progress = AnalysisProgress()
/// Task.detached { try SampledAnalysis(scenario: s, count: 2_000, seed: 1, progress: progress) }
/// progress.snapshot.fraction   // 0.0 … 1.0, rising
/// progress.cancel()            // the run throws at its next check
/// ```
public final class AnalysisProgress: @unchecked Sendable {
    /// What a reader sees at one moment.
    public struct Snapshot: Sendable, Hashable {
        /// The share done, from 0 to 1; it never decreases.
        public var fraction: Double
        /// What is being done, e.g. "draws 512 of 2000" or "fit 2 of 6, iteration 14".
        public var stage: String
        /// Whether ``AnalysisProgress/cancel()`` was called.
        public var cancelled: Bool
    }

    /// The message of the ``ScenarioError`` a cancelled computation throws.
    public static let cancelledMessage = "cancelled"

    private let lock = NSLock()
    private var current = Snapshot(fraction: 0, stage: "starting", cancelled: false)

    public init() {}

    /// The progress now; safe to call from any thread.
    public var snapshot: Snapshot { lock.withLock { current } }

    /// Asks the computation to stop at its next check.
    public func cancel() { lock.withLock { current.cancelled = true } }

    /// Records progress (the fraction is clamped to 0…1 and never goes back).
    public func update(fraction: Double, stage: String) {
        lock.withLock {
            current.fraction = max(current.fraction, min(1, max(0, fraction)))
            current.stage = stage
        }
    }

    /// Throws the cancellation error when ``cancel()`` has been called.
    public func check() throws(ScenarioError) {
        if lock.withLock({ current.cancelled }) { throw ScenarioError(path: "", message: Self.cancelledMessage) }
    }
}
