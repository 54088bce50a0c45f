import TeigramXML

/// A telegram encoded as TEI.
public struct EncodedTelegram: Sendable {
    /// The TEI document as it was built, its indentation left to the writer (``XML.Document/indentation``).
    public var tree: XML.Document
    /// The TEI document as a tree, as a parser reads ``bytes`` (with the indentation text).
    public var document: XML.Document { tree.laidOut() }
    /// The serialised document (UTF-8).
    public var bytes: [UInt8]
    /// Warnings and tagging figures.
    public var report: EncodingReport
    /// The validation of the written tree, when the encoder was given a validator.
    public var validation: ValidationResult?
}
