import TeigramXML

/// The result of validating one file.
public struct ValidationResult: Sendable {
    /// The file.
    public var path: String
    /// Errors and warnings, in line order.
    public var diagnostics: [Diagnostic]
    /// True when there is no error.
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
}
