import Foundation
import TeigramXML

/// The plain text of one TEI file, with what could not be rendered.
public struct TextExtraction: Sendable, Equatable {
    /// Why no text could be given.
    public enum Failure: Sendable, Equatable {
        /// The file is missing or unreadable (an I/O problem: exit status 2).
        case unreadable
        /// The file is not well-formed XML, declares a DTD, or is not TEI (exit status 1).
        case invalid
    }

    /// The path as given.
    public var path: String
    /// The text, ending with a newline; empty on failure.
    public var text: String
    /// Errors (on failure) and warnings (elements that have no text, elements not in the TEI namespace).
    public var diagnostics: [Diagnostic]
    /// Set when no text could be given.
    public var failure: Failure?
}
