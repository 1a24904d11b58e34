import ArgumentParser

/// Bad input found while a `frontier` subcommand runs: reported as one line on standard error,
/// exit status 2.
///
/// ArgumentParser's own validation exits with status 64 and prints usage; errors found while
/// reading data or interpreting option values (a missing file, a malformed cell, a sense list of
/// the wrong length) are thrown as a `CommandFailure` instead, and printed in one place,
/// ``Frontier/main()``, so scripts can tell "bad data" (2) from "bad command line syntax" (64), and
/// users see a single message with the file, line and column.
///
/// ```swift
/// guard let value = Double(text) else {
///     throw CommandFailure("--weight: \"\(text)\" is not a number")
/// }
/// ```
struct CommandFailure: Error, CustomStringConvertible {
    /// The exit status for data and argument-value errors.
    static let exitStatus: Int32 = 2

    /// What was wrong, naming the file, row, field or option and what was expected.
    let message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}
