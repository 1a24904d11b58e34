import ArgumentParser

/// How every `frontier` subcommand reports bad input: one line on standard error, exit status 2.
///
/// ArgumentParser's own validation exits with status 64 and prints usage; errors found while
/// reading data or interpreting option values (a missing file, a malformed cell, a sense list of
/// the wrong length) go through here instead, so scripts can tell "bad data" (2) from "bad
/// command line syntax" (64), and users see a single message with the file, line and column.
///
/// ```swift
/// guard let value = Double(text) else {
///     throw CommandFailure.report("--weight: \"\(text)\" is not a number")
/// }
/// ```
enum CommandFailure {
    /// The exit status for data and argument-value errors.
    static let exitStatus: Int32 = 2

    /// Prints `frontier: error: <message>` on standard error and returns the exit code to throw.
    static func report(_ message: String) -> ExitCode {
        writeStandardError("frontier: error: \(message)\n")
        return ExitCode(exitStatus)
    }
}
