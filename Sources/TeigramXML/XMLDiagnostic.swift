/// A problem found while parsing, compiling a schema or validating, with its place in the file.
public struct XMLDiagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Equatable {
        /// The document is not well-formed or not valid.
        case error
        /// Worth a look, but the document stands.
        case warning
    }

    /// The severity.
    public var severity: Severity
    /// The file path as given by the caller.
    public var path: String
    /// 1-based line, 0 when libxml2 gives none.
    public var line: Int
    /// 1-based column, 0 when libxml2 gives none (it never does for RELAX NG errors).
    public var column: Int
    /// The message, one line, without trailing punctuation noise.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity = .error, path: String, line: Int, column: Int, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message`, the form editors and CI annotate.
    public var description: String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }
}
