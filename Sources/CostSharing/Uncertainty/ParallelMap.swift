import Foundation

/// `body(i)` for i in 0..<count on `threads` workers (worker w takes i = w, w + threads, …),
/// results in index order; the first error by index is thrown.
func parallelMap<T: Sendable>(_ count: Int, threads: Int, _ body: @Sendable (Int) throws(ScenarioError) -> T) throws(ScenarioError) -> [T] {
    let slots = Slots<Result<T, ScenarioError>>(count: count)
    let workers = min(threads, count)
    if workers <= 1 {
        for i in 0..<count { slots.set(i, Result { () throws(ScenarioError) in try body(i) }) }
    } else {
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < count {
                slots.set(i, Result { () throws(ScenarioError) in try body(i) })
                i += workers
            }
        }
    }
    var out: [T] = []
    out.reserveCapacity(count)
    for r in slots.values() {
        switch r {
        case .success(let v): out.append(v)
        case .failure(let e): throw e
        }
    }
    return out
}

/// One result slot per index, written by one worker each (never two writers to one slot).
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        storage[i] = value
    }

    func values() -> [T] { storage.map { $0! } }
}
