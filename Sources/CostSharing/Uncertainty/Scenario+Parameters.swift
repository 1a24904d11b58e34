import Foundation

extension Scenario {
    /// The number at a JSON path of the scenario, e.g. `recipient.headlineWeight` or
    /// `noDeal.consequences[0].hostCostPerYear`.
    ///
    /// - Throws: ``ScenarioError`` at `path` when it names no field, or a field that is not a
    ///   single number (an object, an array, a string, a switch).
    /// - Complexity: O(size of the scenario): the scenario is read as its JSON document.
    public func number(at path: String) throws(ScenarioError) -> Double {
        try Self.number(in: try jsonObject(), at: path)
    }

    /// The scenario with the number at `path` replaced by `value`, read back and validated.
    ///
    /// ```swift
    /// let s = try Preset.sma2020.scenario.setting("recipient.headlineWeight", to: 0.5)
    /// s.recipient.headlineWeight   // 0.5
    /// ```
    /// - Throws: ``ScenarioError`` at `path` when it names no numeric field, or the validation
    ///   error of the edited scenario (e.g. a value outside the parameter's range).
    public func setting(_ path: String, to value: Double) throws(ScenarioError) -> Scenario {
        try setting([(path: path, value: value)])
    }

    /// The scenario with several numbers replaced at once (one read-back and validation).
    /// - Throws: ``ScenarioError`` as ``setting(_:to:)``.
    public func setting(_ values: [(path: String, value: Double)]) throws(ScenarioError) -> Scenario {
        var document = try jsonObject()
        for (path, value) in values {
            guard value.isFinite else { throw ScenarioError(path: path, message: "must be a finite number, found \(value)") }
            _ = try Self.number(in: document, at: path)
            document = ParameterPathStep.replace(in: document, steps: try ParameterPathStep.parse(path)[...], with: NSNumber(value: value))
        }
        let data: Data
        do { data = try JSONSerialization.data(withJSONObject: document) } catch {
            throw ScenarioError(path: values.first?.path ?? "", message: "cannot be written: \(error)")
        }
        return try Scenario.decode(from: data)
    }

    /// The number at `path` in a scenario's JSON document.
    private static func number(in document: Any, at path: String) throws(ScenarioError) -> Double {
        let steps = try ParameterPathStep.parse(path)
        var node: Any = document
        for (i, step) in steps.enumerated() {
            guard let next = step.child(of: node) else { throw noField(path, upTo: steps, i) }
            node = next
        }
        // (Scenario files hold no true/false fields, so every JSON number here is a parameter.)
        guard let number = node as? NSNumber else {
            throw ScenarioError(path: path, message: "is not a number parameter; a sweep or draw needs a numeric field")
        }
        return number.doubleValue
    }

    private func jsonObject() throws(ScenarioError) -> Any {
        do { return try JSONSerialization.jsonObject(with: try encodedJSON()) } catch let error as ScenarioError {
            throw error
        } catch {
            throw ScenarioError(path: "", message: "cannot be read back: \(error)")
        }
    }

    private static func noField(_ path: String, upTo steps: [ParameterPathStep], _ i: Int) -> ScenarioError {
        let prefix = ParameterPathStep.render(Array(steps[...i]))
        return ScenarioError(path: path, message: "no such field in this scenario (\(prefix) does not exist)")
    }
}

/// One step of a JSON path: an object key or an array index.
enum ParameterPathStep: Equatable {
    case key(String)
    case index(Int)

    /// Parses `a.b[2].c` into steps.
    static func parse(_ path: String) throws(ScenarioError) -> [ParameterPathStep] {
        var steps: [ParameterPathStep] = []
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let keyEnd = rest.firstIndex(of: "[") ?? rest.endIndex
            let key = rest[..<keyEnd]
            guard !key.isEmpty else { throw ScenarioError(path: path, message: "is not a JSON path (e.g. recipient.headlineWeight)") }
            steps.append(.key(String(key)))
            rest = rest[keyEnd...]
            while rest.first == "[" {
                guard let close = rest.firstIndex(of: "]"), let i = Int(rest[rest.index(after: rest.startIndex)..<close]), i >= 0 else {
                    throw ScenarioError(path: path, message: "is not a JSON path: bad array index")
                }
                steps.append(.index(i))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { throw ScenarioError(path: path, message: "is not a JSON path (e.g. noDeal.consequences[0].years)") }
        }
        guard !steps.isEmpty else { throw ScenarioError(path: path, message: "is not a JSON path (e.g. recipient.headlineWeight)") }
        return steps
    }

    static func render(_ steps: [ParameterPathStep]) -> String {
        var out = ""
        for s in steps {
            switch s {
            case .key(let k): out += out.isEmpty ? k : "." + k
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }

    func child(of node: Any) -> Any? {
        switch self {
        case .key(let k): return (node as? [String: Any])?[k]
        case .index(let i):
            guard let a = node as? [Any], i < a.count else { return nil }
            return a[i]
        }
    }

    static func replace(in node: Any, steps: ArraySlice<ParameterPathStep>, with value: Any) -> Any {
        guard let step = steps.first else { return value }
        switch step {
        case .key(let k):
            var d = node as? [String: Any] ?? [:]
            d[k] = replace(in: d[k] as Any, steps: steps.dropFirst(), with: value)
            return d
        case .index(let i):
            var a = node as? [Any] ?? []
            if i < a.count { a[i] = replace(in: a[i], steps: steps.dropFirst(), with: value) }
            return a
        }
    }
}

/// A scenario's JSON text with the numbers at some paths left open, so that many versions of
/// the scenario (the draws of a sample) are written by pasting numbers in, not by reading and
/// writing the whole document each time. Each version is then decoded and validated as
/// ``Scenario/setting(_:)`` does, and gives the same scenario.
struct ParameterTemplate: Sendable {
    /// The text around the open numbers: `pieces.count == slots.count + 1`.
    private let pieces: [String]
    /// For each open number in text order, the index of its path.
    private let slots: [Int]
    private let paths: [String]

    /// The template of `scenario` with `paths` open, or `nil` when the scenario's own text
    /// happens to hold the marker used to find them (then ``Scenario/setting(_:)`` serves).
    init?(scenario: Scenario, paths: [String]) throws(ScenarioError) {
        let marker = "@@frontier-parameter-"
        var document: Any
        do { document = try JSONSerialization.jsonObject(with: try scenario.encodedJSON()) } catch let error as ScenarioError {
            throw error
        } catch {
            throw ScenarioError(path: "", message: "cannot be read back: \(error)")
        }
        for (i, path) in paths.enumerated() {
            _ = try scenario.number(at: path)
            document = ParameterPathStep.replace(in: document, steps: try ParameterPathStep.parse(path)[...], with: "\(marker)\(i)@@")
        }
        let text: String
        do { text = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self) } catch {
            throw ScenarioError(path: paths.first ?? "", message: "cannot be written: \(error)")
        }
        var pieces: [String] = [], slots: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\"\(marker)") {
            guard let end = rest[start.upperBound...].range(of: "@@\""),
                  let i = Int(rest[start.upperBound..<end.lowerBound]), i < paths.count else { return nil }
            pieces.append(String(rest[..<start.lowerBound]))
            slots.append(i)
            rest = rest[end.upperBound...]
        }
        pieces.append(String(rest))
        guard slots.sorted() == Array(paths.indices) else { return nil }
        self.pieces = pieces
        self.slots = slots
        self.paths = paths
    }

    /// The scenario with each path's number set to `values[i]`, decoded and validated.
    /// - Throws: ``ScenarioError`` at the path of a non-finite value, or the validation error.
    func scenario(_ values: [Double]) throws(ScenarioError) -> Scenario {
        precondition(values.count == paths.count, "one value per path")
        for (path, v) in zip(paths, values) where !v.isFinite {
            throw ScenarioError(path: path, message: "must be a finite number, found \(v)")
        }
        var text = pieces[0]
        for (k, slot) in slots.enumerated() {
            text += "\(values[slot])"
            text += pieces[k + 1]
        }
        return try Scenario.decode(from: Data(text.utf8))
    }
}
