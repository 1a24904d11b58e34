import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `frontier serve`: runs the workbench server, the separate executable `frontier-workbench`
/// found next to this one, with the same arguments.
///
/// The server is a program of its own so that `frontier` does not link the web libraries: every
/// short command (`frontier presets`, `frontier pareto FILE`) then starts faster. This command
/// replaces the `frontier` process with `frontier-workbench` (`execv`), so the server's address,
/// exit status and signals are its own.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the analyst's workbench (page and JSON API) on a local port.",
        discussion: """
            Runs `frontier-workbench` from the folder this executable is in, with the same \
            arguments: --port (8080; 0 for any free port), --host (127.0.0.1), --max-body BYTES, \
            --concurrent, --queue. See `frontier-workbench --help` for the page and the JSON API. \
            `swift build` builds both executables; `swift build --product frontier` builds this \
            one alone.
            """
    )

    @Argument(parsing: .captureForPassthrough, help: "Arguments for frontier-workbench (--port, --host, --max-body, --concurrent, --queue).")
    var arguments: [String] = []

    func run() throws {
        let server = Self.workbenchExecutable()
        guard let server, FileManager.default.isExecutableFile(atPath: server.path) else {
            let expected = server?.path ?? "frontier-workbench next to frontier"
            throw CommandFailure(
                "serve: the workbench server \(expected) is not there; build it with `swift build --product frontier-workbench` (or `make serve`)")
        }
        let argv = [server.path] + arguments
        // execv returns only on failure; the C strings live until then.
        var cStrings = argv.map { strdup($0) }
        cStrings.append(nil)
        defer { cStrings.forEach { free($0) } }
        execv(server.path, cStrings)
        throw CommandFailure("serve: cannot run \(server.path): \(String(cString: strerror(errno)))")
    }

    /// `frontier-workbench` in the folder of the running executable (symbolic links resolved).
    static func workbenchExecutable() -> URL? {
        guard let me = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return me.deletingLastPathComponent().appendingPathComponent("frontier-workbench")
    }
}
