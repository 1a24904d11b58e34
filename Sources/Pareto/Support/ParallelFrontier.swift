import Foundation

/// Splits a non-dominated filter across cores and merges the parts.
///
/// The rows are cut into one contiguous range per worker; each worker computes its range's
/// frontier, and the frontier of the whole is the frontier of the union of the parts' frontiers
/// (a row dominated within its part is dominated overall, and a row non-dominated overall is
/// non-dominated within its part). The merge runs the same exact algorithm on that union, so the
/// result is the same set of rows as on one core.
enum ParallelFrontier {
    /// Number of workers to use for `count` rows: one per active processor, each with at least
    /// `minimumRowsPerWorker` rows.
    static func workerCount(rows count: Int, minimumRowsPerWorker: Int = 1 << 17) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / minimumRowsPerWorker))
    }

    /// Runs `part` on `workers` contiguous ranges of `0..<count` concurrently and returns the
    /// results in range order. With one worker, `part` runs on the calling thread.
    ///
    /// `part` is `@Sendable`: the compiler checks that it only captures values that threads may
    /// share (immutable values, or a ``SharedPointer`` used by its rule). Each worker's result
    /// goes to its own slot of a buffer that lives for this call only; the workers are joined
    /// before the slots are read.
    static func map<T: Sendable>(rows count: Int, workers: Int, _ part: @Sendable (Range<Int>) -> T) -> [T] {
        if workers <= 1 { return [part(0..<count)] }
        let slots = UnsafeMutablePointer<T?>.allocate(capacity: workers)
        slots.initialize(repeating: nil, count: workers)
        defer { slots.deinitialize(count: workers); slots.deallocate() }
        let results = SharedPointer(slots)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            results[w] = part((count * w / workers) ..< (count * (w + 1) / workers))
        }
        return (0..<workers).map { slots[$0]! }
    }
}
