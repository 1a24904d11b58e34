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
    /// results in range order.
    static func map<T>(rows count: Int, workers: Int, _ part: (Range<Int>) -> T) -> [T] {
        if workers <= 1 { return [part(0..<count)] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: workers)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        withoutActuallyEscaping(part) { part in
            let box = UncheckedBox(part: part, results: results)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let range = (count * w / workers) ..< (count * (w + 1) / workers)
                box.results[w] = box.part(range)
            }
        }
        return results.map { $0! }
    }

    /// Carries the non-Sendable closure and output buffer into `concurrentPerform`; each worker
    /// writes only its own slot, and the closure only reads shared data.
    private struct UncheckedBox<T>: @unchecked Sendable {
        let part: (Range<Int>) -> T
        let results: UnsafeMutableBufferPointer<T?>
    }
}
