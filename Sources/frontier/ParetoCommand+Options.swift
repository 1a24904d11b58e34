import ArgumentParser
import Pareto

extension ParetoCommand {
    /// `--format`: how the result is written.
    enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
        case csv, json

        init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    }

    /// `--sense`: `max` or `min` for every column, or a comma-separated list with one entry per
    /// column (`maximize`/`maximise` and `minimize`/`minimise` are accepted too, in any case).
    ///
    /// ArgumentParser accepts every text here, so that a bad entry is reported by the command
    /// like every other bad value (one line on standard error, exit status 2) rather than as a
    /// usage error; ``senses(dimensions:file:)`` names the bad entry. The count is checked
    /// against the file's columns only once the file is read.
    struct SenseList: ExpressibleByArgument {
        /// The parsed entries, or the first entry that is neither `max` nor `min`.
        let entries: Result<[ObjectiveSense], InvalidEntry>

        struct InvalidEntry: Error {
            /// 1-based position in the list.
            let position: Int
            let word: String
        }

        static let maximizeAll = SenseList(argument: "max")!

        init?(argument: String) {
            var senses: [ObjectiveSense] = []
            for (position, word) in argument.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
                let trimmed = word.trimmingSpaces().lowercased()
                switch trimmed {
                case "max", "maximize", "maximise": senses.append(.maximize)
                case "min", "minimize", "minimise": senses.append(.minimize)
                default:
                    entries = .failure(InvalidEntry(position: position + 1, word: trimmed))
                    return
                }
            }
            entries = .success(senses)
        }

        var defaultValueDescription: String { "max" }

        /// One sense per column of a file with `dimensions` columns.
        func senses(dimensions: Int, file: String) throws -> [ObjectiveSense] {
            switch entries {
            case .failure(let bad):
                throw CommandFailure("--sense: entry \(bad.position) is '\(bad.word)'; expected 'max' or 'min'")
            case .success(let senses):
                if senses.count == 1 { return Array(repeating: senses[0], count: dimensions) }
                guard senses.count == dimensions else {
                    throw CommandFailure(
                        "--sense: \(senses.count) senses given, but \(file) has \(dimensions) columns (give one sense, or one per column)")
                }
                return senses
            }
        }
    }

    /// An option value that ArgumentParser always accepts, so that the command reports a value
    /// outside `Value`'s choices itself (one line on standard error, exit status 2, naming the
    /// option and the choices) instead of ArgumentParser's usage error.
    struct Choice<Value: ExpressibleByArgument & CaseIterable & RawRepresentable<String>>: ExpressibleByArgument {
        /// The text given.
        let text: String
        /// The value, or `nil` when the text names none.
        let value: Value?

        init(_ value: Value) {
            text = value.rawValue
            self.value = value
        }

        init?(argument: String) {
            text = argument
            value = Value(argument: argument)
        }

        static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }
        var defaultValueDescription: String { text }

        /// The value, or a failure naming `option`, what it chooses (`kind`) and the choices.
        func resolved(option: String, kind: String) throws -> Value {
            guard let value else {
                let choices = Value.allCases.map(\.rawValue).joined(separator: " or ")
                throw CommandFailure("\(option): unknown \(kind) '\(text)' (expected \(choices))")
            }
            return value
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
