import CostSharing
import Dispatch
import Foundation

/// A computation too long for one request-and-wait (a sampled analysis, a calibration), which the
/// workbench streams as lines of JSON (NDJSON) while it runs:
///
/// ```
/// {"progress": 0.25, "stage": "evaluations 256 of 1011"}
/// {"progress": 0.5, "stage": "evaluations 512 of 1011"}
/// {"report": { … the JSON report … }}
/// ```
///
/// The last line is `{"report": …}` on success or `{"error": {"status": …, "path": …, "message": …}}`.
/// A client that closes the connection cancels the run (``AnalysisProgress/cancel()``): the
/// computation stops at its next check and its slot in the server's queue is freed.
public struct LongRun: Sendable {
    /// What the run computes; it reports to and is stopped through the progress it is given.
    let work: @Sendable (AnalysisProgress) -> Result<Data, WorkbenchError>

    /// How often a progress line is written.
    static let interval: Duration = .milliseconds(200)

    /// Runs the work off the caller's thread under `gate`, calling `emit` with each line (newline
    /// included). When `emit` throws (the client is gone), the run is cancelled and the error
    /// rethrown once the work has stopped.
    func stream(gate: AnalysisGate, emit: (String) async throws -> Void) async throws {
        guard await gate.enter() else {
            try await emit(Self.line(error: WorkbenchError(status: 503, message: "too many analyses are running or waiting; try again shortly")))
            return
        }
        let progress = AnalysisProgress()
        let box = ResultBox()
        let work = self.work
        DispatchQueue.global(qos: .userInitiated).async { box.set(work(progress)) }
        do {
            while box.result == nil {
                try await Task.sleep(for: Self.interval)
                if box.result != nil { break }
                let now = progress.snapshot
                try await emit("{\"progress\": \(now.fraction), \"stage\": \(WorkbenchError.quoted(now.stage))}\n")
            }
        } catch {
            progress.cancel()
            while box.result == nil { try? await Task.sleep(for: .milliseconds(20)) }
            await gate.leave()
            throw error
        }
        await gate.leave()
        switch box.result! {
        case .success(let report):
            // Raw newlines in JSON text are only layout (inside strings they are escaped), so
            // dropping them puts the report on one line.
            let oneLine = String(decoding: report.filter { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
            try await emit("{\"report\": " + oneLine + "}\n")
        case .failure(let error): try await emit(Self.line(error: error))
        }
    }

    static func line(error: WorkbenchError) -> String {
        "{\"error\": {\"status\": \(error.status), \"path\": \(WorkbenchError.quoted(error.path)), \"message\": \(WorkbenchError.quoted(error.message))}}\n"
    }

    /// The work's result, written once by the worker and read by the streaming task.
    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Result<Data, WorkbenchError>?
        var result: Result<Data, WorkbenchError>? { lock.withLock { value } }
        func set(_ r: Result<Data, WorkbenchError>) { lock.withLock { value = r } }
    }
}
