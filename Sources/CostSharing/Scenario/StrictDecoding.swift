import Foundation

/// A coding key for any string, used to see every key an object holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

/// Decodes `T` from JSON text, first checking its size and structure (``JSONInputLimits``,
/// duplicated keys), and translates every failure into a ``ScenarioError`` with the JSON path.
func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data, limits: JSONInputLimits = JSONInputLimits()) throws(ScenarioError) -> T {
    guard data.count <= limits.maximumBytes else { throw limits.tooLarge(data.count) }
    if let problem = checkJSONStructure(data, maximumDepth: limits.maximumDepth, maximumCount: limits.maximumCount) {
        throw ScenarioError(path: problem.path, message: problem.message)
    }
    do {
        return try JSONDecoder().decode(T.self, from: data)
    } catch let error as DecodingError {
        throw ScenarioError(error)
    } catch {
        throw ScenarioError(path: "", message: "not valid JSON: \(error)")
    }
}

extension Decoder {
    /// A keyed container that first rejects any key not among `K`'s cases, so a misspelled
    /// field (`"lossAversoin"`) is an error instead of being silently ignored.
    func strictContainer<K: CodingKey & CaseIterable>(keyedBy type: K.Type) throws -> KeyedDecodingContainer<K> {
        let all = try container(keyedBy: AnyCodingKey.self)
        let known = Set(K.allCases.map(\.stringValue))
        for key in all.allKeys where !known.contains(key.stringValue) {
            let expected = K.allCases.map(\.stringValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [key],
                debugDescription: "unknown key; expected one of: \(expected)"))
        }
        return try container(keyedBy: K.self)
    }
}

/// Renders a coding path as a JSON path: `parties[1].inKind`, `uncertainty["recipient.headlineWeight"].uniform`.
func jsonPath(_ path: [any CodingKey]) -> String {
    var out = ""
    for key in path {
        if let i = key.intValue {
            out += "[\(i)]"
        } else if key.stringValue.contains(where: { $0 == "." || $0 == "[" || $0 == "]" }) {
            // A key that is itself a path (the uncertainty section's keys): `uncertainty["a.b"]`.
            out += "[\"\(key.stringValue)\"]"
        } else {
            out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
    }
    return out
}

extension ScenarioError {
    /// Translates a `DecodingError` into a path and an expectation.
    init(_ error: DecodingError) {
        switch error {
        case let .keyNotFound(key, context):
            self.init(path: jsonPath(context.codingPath + [key]), message: "required field is missing")
        case let .typeMismatch(type, context):
            self.init(path: jsonPath(context.codingPath), message: "expected \(Self.describe(type))")
        case let .valueNotFound(type, context):
            self.init(path: jsonPath(context.codingPath), message: "expected \(Self.describe(type)), found null")
        case let .dataCorrupted(context):
            var message = context.debugDescription
            if let underlying = context.underlyingError as NSError?,
               let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                message += " (\(detail))"
            }
            self.init(path: jsonPath(context.codingPath),
                      message: context.codingPath.isEmpty && message.contains("JSON") ? "not valid JSON: \(message)" : message)
        @unknown default:
            self.init(path: "", message: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type: return "an integer"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object (\(name))"
        }
    }
}

extension SingleValueDecodingContainer {
    /// Decodes a string-valued enum, naming the valid values when the string is not one of
    /// them: `unknown value "CPI"; expected one of: none, fixed, cpi, defenseBudget`.
    func decodeEnum<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let raw = try decode(String.self)
        guard let value = E(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(in: self, debugDescription: "unknown value \"\(raw)\"; expected one of: "
                + E.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }
}

extension KeyedDecodingContainer {
    /// Decodes a string-valued enum at `key`, naming the valid values when it is not one of them.
    func decodeEnum<E: RawRepresentable & CaseIterable>(_ type: E.Type, forKey key: Key) throws -> E where E.RawValue == String {
        let raw = try decode(String.self, forKey: key)
        guard let value = E(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "unknown value \"\(raw)\"; expected one of: "
                + E.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    /// An error at `key` with `message`.
    func failure(_ key: Key, _ message: String) -> DecodingError {
        DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: message)
    }
}
