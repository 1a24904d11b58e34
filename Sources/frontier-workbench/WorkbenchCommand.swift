import ArgumentParser
import FrontierServer
import Foundation

/// `frontier-workbench` (also run as `frontier serve`): the analyst's workbench in a browser.
///
/// The web server is its own executable so that `frontier`, which every script calls for short
/// commands, does not carry the server's libraries: their type metadata and protocol conformances
/// made each start of the tool a few milliseconds slower. `frontier serve ARGS` runs this program
/// with the same arguments.
@main
struct FrontierWorkbench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier-workbench",
        abstract: "Serve the analyst's workbench (page and JSON API) on a local port; `frontier serve` runs it.",
        discussion: """
            Open the printed address in a browser: choose a preset or upload a scenario, change any \
            parameter and the frontier, the zone and the solutions are redrawn. The JSON API serves \
            scripts too: GET /api/presets, GET /api/presets/NAME (the scenario), POST /api/analyze \
            (a scenario in, the report of `frontier analyze --format json` out; ?strategy=0 leaves \
            the strategy section out); errors are JSON {"path": …, "message": …} with status 400, \
            404 (no such preset), 413 (a body over --max-body bytes) or 503 (more than --queue \
            analyses waiting). The long runs stream lines of JSON (NDJSON: progress, then \
            {"report": …} or {"error": …}) and stop when the client disconnects: POST \
            /api/samples?count=K&seed=S (a scenario with an uncertainty section in; at most 20,000 \
            draws) and POST /api/calibrate (a calibration plan of presets in, or an empty body for \
            the default plan). Every analysis, sampled or not, waits for one of the --concurrent \
            slots; a waiting request holds only its body, so memory stays bounded by --queue × \
            --max-body plus the running analyses. Binds to 127.0.0.1 unless --host says otherwise.
            """
    )

    @Option(name: .long, help: "The port (0: any free port).")
    var port = 8080

    @Option(name: .long, help: "The address to bind (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The largest request body accepted, in bytes.")
    var maxBody = 1 << 20

    @Option(name: .long, help: "Analyses run at once.")
    var concurrent = 2

    @Option(name: .long, help: "Analyses that may wait for a free slot before requests are refused (503).")
    var queue = 64

    func run() async throws {
        guard (0...65_535).contains(port) else { throw failure("--port: \(port) is not a port number (0–65535)") }
        guard maxBody >= 1 else { throw failure("--max-body: \(maxBody) is not a positive size") }
        guard concurrent >= 1, queue >= 0 else { throw failure("--concurrent must be at least 1 and --queue at least 0") }
        let service = WorkbenchService(maximumBodyBytes: maxBody, concurrentAnalyses: concurrent, queuedAnalyses: queue)
        let host = self.host
        let app = WorkbenchServer.application(host: host, port: port, service: service) { bound in
            // Unbuffered, so that a script reading the address sees it at once.
            FileHandle.standardOutput.write(Data("Frontier workbench: http://\(host):\(bound)/\n".utf8))
        }
        do { try await app.runService() } catch {
            throw failure("cannot serve on \(host):\(port): \(error)")
        }
    }
}

/// Prints `frontier-workbench: error: MESSAGE` on standard error and returns the exit status 2,
/// as `frontier` does for bad option values (ArgumentParser's usage errors keep their 64).
private func failure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("frontier-workbench: error: \(message)\n".utf8))
    return ExitCode(2)
}
