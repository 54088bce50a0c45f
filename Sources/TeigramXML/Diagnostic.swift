/// A finding about a file: where it is, how bad it is, and what kind of problem it is.
///
/// Printed `path:line:col: severity: message` (gcc's form, which editors and CI annotate). The ``kind`` is
/// what callers decide on (exit statuses, JSON output, which findings a build may skip); the message is for
/// people and is never parsed.
public struct Diagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Equatable, Codable {
        /// The file could not be read, converted or is invalid.
        case error
        /// The result stands but needs an editor's look.
        case warning
    }

    /// What kind of problem it is.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// The file could not be read or written (missing, a directory, no permission, a full disk).
        case io
        /// The file was read but is not usable input: empty, not UTF-8, binary, too large, a malformed sidecar
        /// or authority entry.
        case input
        /// The XML is not well-formed, or declares a DTD (refused).
        case notWellFormed = "not-well-formed"
        /// libxml2 found the document invalid against the RELAX NG schema, or the schema itself is unusable.
        case schema
        /// A rule the schema cannot express: unique ids, resolvable pointers, ISO dates, ordered ranges.
        case integrity
        /// What the encoder could not decide from the text (undated, unknown correspondent, a dropped
        /// character): always a warning.
        case heuristic
    }

    /// The severity.
    public var severity: Severity
    /// The kind of problem.
    public var kind: Kind
    /// The file path as the user gave it.
    public var path: String
    /// 1-based line, 0 if unknown.
    public var line: Int
    /// 1-based column, 0 if unknown (libxml2 gives none for RELAX NG errors).
    public var column: Int
    /// One line for a person.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ kind: Kind, path: String, line: Int = 0, column: Int = 0, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: severity: message`.
    public var description: String { "\(path):\(line):\(column): \(severity.rawValue): \(message)" }
}
