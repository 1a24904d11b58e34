import Foundation

/// The two file formats the `Genius` module reads.
public enum GeniusFileFormat: String, Sendable, Hashable, CaseIterable {
    /// GENIUS XML (`<negotiation_template>` domains, `<utility_space>` profiles).
    case geniusXML = "xml"
    /// GeniusWeb JSON (domains with `issuesValues`, `LinearAdditiveUtilitySpace` profiles).
    case geniusWebJSON = "json"

    /// Guesses the format: a `.json` or `.xml` extension decides; otherwise the first
    /// non-blank character (`{` means JSON, anything else XML).
    ///
    /// ```swift
    /// GeniusFileFormat.detect(data: Data("{}".utf8), file: "profile.txt")   // .geniusWebJSON
    /// ```
    public static func detect(data: Data, file: String) -> GeniusFileFormat {
        switch (file as NSString).pathExtension.lowercased() {
        case "json": return .geniusWebJSON
        case "xml": return .geniusXML
        default:
            let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            return first == UInt8(ascii: "{") ? .geniusWebJSON : .geniusXML
        }
    }
}

/// Reads a whole file, turning a failure into a ``GeniusError``.
func readGeniusFile(_ url: URL) throws(GeniusError) -> Data {
    do {
        return try Data(contentsOf: url)
    } catch {
        throw GeniusError(file: url.lastPathComponent, element: "file", problem: .unreadable(error.localizedDescription))
    }
}

/// The file name without its extension, used as a default domain or profile name.
func baseName(_ file: String) -> String {
    ((file as NSString).lastPathComponent as NSString).deletingPathExtension
}

extension NegotiationDomain {
    /// Reads a domain from a GENIUS XML or GeniusWeb JSON file (format from
    /// ``GeniusFileFormat/detect(data:file:)``). A GeniusWeb profile works too: its embedded
    /// domain is read.
    ///
    /// ```swift
    /// let domain = try NegotiationDomain(contentsOf: URL(fileURLWithPath: "laptop_domain.xml"))
    /// domain.issues.map(\.name)   // ["Laptop", "Harddisk", "External Monitor"]
    /// ```
    /// - Throws: ``GeniusError`` naming the file, element and line.
    public init(contentsOf url: URL) throws(GeniusError) {
        try self.init(data: try readGeniusFile(url), file: url.lastPathComponent)
    }

    /// Reads a domain from file contents; `file` names it in errors and gives the default name.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The file's name, for errors, format detection and the domain's default name.
    ///   - format: The format, or `nil` to detect it.
    /// - Throws: ``GeniusError``.
    /// - Complexity: O(size of the file).
    public init(data: Data, file: String, format: GeniusFileFormat? = nil) throws(GeniusError) {
        switch format ?? .detect(data: data, file: file) {
        case .geniusXML: self = try GeniusXMLReader.domain(from: data, file: file, name: baseName(file))
        case .geniusWebJSON: self = try GeniusWebJSONReader.domain(from: data, file: file, fallbackName: baseName(file))
        }
    }
}

extension AdditiveProfile {
    /// Reads a profile of `domain` from a GENIUS XML or GeniusWeb JSON file.
    ///
    /// ```swift
    /// let buyer = try AdditiveProfile(contentsOf: URL(fileURLWithPath: "laptop_buyer_utility.xml"), domain: domain)
    /// buyer.reservationValue   // 0.0
    /// ```
    /// - Throws: ``GeniusError`` naming the file, element and line, also when the profile does
    ///   not match `domain` (an unknown issue or value, a missing evaluation or weight).
    public init(contentsOf url: URL, domain: NegotiationDomain) throws(GeniusError) {
        try self.init(data: try readGeniusFile(url), file: url.lastPathComponent, domain: domain)
    }

    /// Reads a profile of `domain` from file contents.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The file's name, for errors, format detection and the profile's default name.
    ///   - domain: The domain the profile must match.
    ///   - format: The format, or `nil` to detect it.
    /// - Throws: ``GeniusError``.
    /// - Complexity: O(size of the file + number of values in the domain).
    public init(data: Data, file: String, domain: NegotiationDomain, format: GeniusFileFormat? = nil) throws(GeniusError) {
        switch format ?? .detect(data: data, file: file) {
        case .geniusXML:
            self = try GeniusXMLReader.profile(from: data, file: file, name: baseName(file), domain: domain)
        case .geniusWebJSON:
            self = try GeniusWebJSONReader.profile(from: data, file: file, fallbackName: baseName(file), domain: domain)
        }
    }
}

extension NegotiationProfile {
    /// Reads a profile of `domain` from a GENIUS XML or GeniusWeb JSON file: additive, or
    /// nonlinear (`<utility_space type="nonlinear">` with `hyperRectangle` boxes).
    ///
    /// - Throws: ``GeniusError`` naming the file, element and line.
    public init(contentsOf url: URL, domain: NegotiationDomain) throws(GeniusError) {
        try self.init(data: try readGeniusFile(url), file: url.lastPathComponent, domain: domain)
    }

    /// Reads a profile of `domain` from file contents; see ``init(contentsOf:domain:)``.
    ///
    /// - Complexity: O(size of the file + number of values in the domain).
    public init(data: Data, file: String, domain: NegotiationDomain, format: GeniusFileFormat? = nil) throws(GeniusError) {
        let format = format ?? .detect(data: data, file: file)
        if format == .geniusXML, try GeniusXMLReader.isNonlinear(data, file: file) {
            self = .hyperRectangles(try GeniusXMLReader.hyperRectangleProfile(from: data, file: file, name: baseName(file), domain: domain))
        } else {
            self = .additive(try AdditiveProfile(data: data, file: file, domain: domain, format: format))
        }
    }
}
