/// A request the workbench refuses: the HTTP status and, for a scenario, the JSON path of the
/// field at fault, sent as `{"path": …, "message": …}`.
public struct WorkbenchError: Error, Sendable, Hashable {
    /// 400 (bad scenario), 404 (no such preset), 413 (body too large), 503 (too many analyses waiting).
    public var status: Int
    /// The JSON path inside the scenario (`""` for the document or the request as a whole).
    public var path: String
    public var message: String

    public init(status: Int, path: String = "", message: String) {
        self.status = status
        self.path = path
        self.message = message
    }

    /// The error as the API's JSON body.
    public var json: String {
        "{\"path\": \(Self.quoted(path)), \"message\": \(Self.quoted(message))}"
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
