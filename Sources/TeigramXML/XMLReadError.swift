import CLibXML2

/// Why a file could not be read as XML at all.
public enum XMLReadError: Error, Sendable, Equatable {
    /// The file is empty or holds only white space.
    case empty(path: String)
    /// The file is larger than the reader accepts.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The document declares a DTD (internal or external subset): refused, since DTDs carry entity attacks.
    case doctypeRefused(path: String)
    /// The document is not well-formed; the diagnostics say where.
    case notWellFormed([Diagnostic])

    /// The findings, each naming the file: at least one, all errors.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .empty(let path): [Diagnostic(.error, .input, path: path, "empty file")]
        case .tooLarge(let path, let bytes, let limit):
            [Diagnostic(.error, .input, path: path, "file is \(bytes) bytes, more than the \(limit)-byte limit")]
        case .doctypeRefused(let path):
            [
                Diagnostic(
                    .error, .notWellFormed, path: path, line: 1,
                    "document declares a DTD (<!DOCTYPE>); refused: DTDs and entities are not loaded from untrusted input"
                )
            ]
        case .notWellFormed(let diagnostics): diagnostics
        }
    }

    /// The one "not well-formed" finding used when libxml2 gave no message of its own.
    static func notWellFormed(path: String, _ message: String) -> XMLReadError {
        .notWellFormed([Diagnostic(.error, .notWellFormed, path: path, message)])
    }
}
