/// Bounds the analyses a server runs: at most `running` at once and `waiting` queued behind
/// them; a request beyond that is refused at once (503) instead of queuing without end, so
/// concurrent requests cannot exhaust memory (each analysis's own grid and memory limits apply).
actor AnalysisGate {
    let running: Int, waiting: Int
    private var active = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    init(running: Int, waiting: Int) {
        precondition(running >= 1 && waiting >= 0)
        self.running = running
        self.waiting = waiting
    }

    /// Requests waiting for a slot.
    var queued: Int { queue.count }

    /// Waits for a slot; `false` when the queue is full.
    func enter() async -> Bool {
        if active < running { active += 1; return true }
        guard queue.count < waiting else { return false }
        await withCheckedContinuation { queue.append($0) }
        return true   // the slot was handed over by `leave()`
    }

    func leave() {
        if queue.isEmpty { active -= 1 } else { queue.removeFirst().resume() }
    }
}
