import TeigramXML

/// A finding about an input or output file, printed `path:line:col: severity: message`.
public struct Diagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Equatable, Codable {
        /// The file could not be converted or is invalid.
        case error
        /// The output stands but needs an editor's look (undated, unknown correspondent, guessed date).
        case warning
    }

    /// Severity.
    public var severity: Severity
    /// File path as the user gave it.
    public var path: String
    /// 1-based line, 0 if unknown.
    public var line: Int
    /// 1-based column, 0 if unknown.
    public var column: Int
    /// One-line message.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, path: String, line: Int = 0, column: Int = 0, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// Converts a libxml2-level diagnostic.
    public init(_ xml: XMLDiagnostic) {
        self.init(xml.severity == .error ? .error : .warning, path: xml.path, line: xml.line, column: xml.column, xml.message)
    }

    /// `path:line:col: severity: message`.
    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }
}
