/// A problem found while reading or writing a GENIUS XML or GeniusWeb JSON file.
///
/// Every error names the file, the element (an XML start tag such as `<issue index="2">`, or a
/// JSON path such as `LinearAdditiveUtilitySpace.issueWeights`) and, when the parser knows it,
/// the line. Its ``description`` is one line, ready to print:
///
/// ```
/// laptop_buyer.xml, line 7, <item value="Dell">: attribute "evaluation" is "twelve", not a number
/// ```
public struct GeniusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Sendable, Equatable {
        /// The file could not be read at all; the text is the system's reason.
        case unreadable(String)
        /// A file could not be written; the text is the system's reason.
        case unwritable(String)
        /// The XML or JSON is not well formed; the text is the parser's reason.
        case malformed(String)
        /// A required child element or JSON key is absent.
        case missingElement(String)
        /// A required attribute is absent.
        case missingAttribute(String)
        /// An attribute or JSON value that must be a finite number is not one.
        case notANumber(attribute: String, text: String)
        /// The profile names an issue the domain does not have.
        case unknownIssue(String)
        /// The profile names a value the domain's issue does not have.
        case unknownValue(issue: String, value: String)
        /// The profile gives no evaluation for a value of the domain's issue.
        case missingEvaluation(issue: String, value: String)
        /// The profile gives no weight for an issue of the domain.
        case missingWeight(issue: String)
        /// An `<evaluator ftype=…>` or GeniusWeb value-set utility type that is not supported;
        /// `expected` lists the supported ones.
        case unknownEvaluator(type: String, expected: String)
        /// A value is present and numeric but not allowed (for example `lowerbound > upperbound`).
        case invalid(String)
        /// A construct this reader or writer does not handle (for example nested objectives).
        case unsupported(String)
    }

    /// The file's name as given to the reader (usually its last path component).
    public let file: String
    /// The element: an XML start tag, or a dotted JSON path.
    public let element: String
    /// The 1-based line, when known.
    public let line: Int?
    /// What went wrong.
    public let problem: Problem

    /// Creates an error.
    public init(file: String, element: String, line: Int? = nil, problem: Problem) {
        self.file = file
        self.element = element
        self.line = line
        self.problem = problem
    }

    public var description: String {
        let place = line.map { "\(file), line \($0)" } ?? file
        return "\(place), \(element): \(problem.reason)"
    }
}

extension GeniusError.Problem {
    /// The problem in words, without the location.
    public var reason: String {
        switch self {
        case let .unreadable(why): return "cannot read the file (\(why))"
        case let .unwritable(why): return "cannot write the file (\(why))"
        case let .malformed(why): return "not well formed: \(why)"
        case let .missingElement(name): return "missing \(name)"
        case let .missingAttribute(name): return "attribute \"\(name)\" is missing"
        case let .notANumber(attribute, text): return "\"\(attribute)\" is \"\(text)\", not a finite number"
        case let .unknownIssue(name): return "issue \(name) is not in the domain"
        case let .unknownValue(issue, value): return "value \"\(value)\" is not a value of issue \"\(issue)\" in the domain"
        case let .missingEvaluation(issue, value): return "no evaluation for value \"\(value)\" of issue \"\(issue)\""
        case let .missingWeight(issue): return "no weight for issue \"\(issue)\""
        case let .unknownEvaluator(type, expected): return "unknown evaluator type \"\(type)\" (expected \(expected))"
        case let .invalid(why): return why
        case let .unsupported(why): return "not supported: \(why)"
        }
    }
}
