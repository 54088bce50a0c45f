import Foundation
import TeigramCore
import TeigramXML

/// The stages of the pipeline as `teigram bench` times them, one document at a time on one thread.
public enum BenchmarkStage: String, Sendable, CaseIterable {
    /// Read the file and decode it (``FileIO``, ``SourceText``).
    case decode = "read + decode text (SourceText)"
    /// Read the layout and the metadata (``PageReader``, ``MetadataReader``).
    case layout = "parse layout (PageReader + MetadataReader)"
    /// Tag names and build the TEI tree (``TEIWriter``).
    case tei = "tag + build TEI (TEIWriter)"
    /// Serialise the tree and validate the bytes with libxml2, as `teigram build` does: parse, teigram.rng,
    /// integrity rules (``TEIValidator/serializeValidated(_:path:)``).
    case serialiseValidated =
        "serialise + validate the written bytes (libxml2 parse + teigram.rng + integrity, as build does)"
    /// Reference: serialising alone (`XMLSerializer`, libxml2).
    case serialise = "reference: serialise only (XMLSerializer)"
    /// Reference: a TEI file validated as `teigram validate` does it: parse, schema, integrity rules
    /// (``TEIValidator``).
    case validate = "validate a TEI file (TEIValidator: parse + teigram.rng + integrity)"
    /// Plain text out of the TEI, streamed (``PlainTextExtractor``).
    case extract = "extract text (PlainTextExtractor)"
    /// Reference: parsing the TEI with libxml2 and nothing else (`XMLParsedDocument`).
    case parse = "reference: libxml2 parse only (XMLParsedDocument)"

    /// Whether the stage's MB/s are of the raw input (else of the TEI).
    public var measuresInput: Bool { self == .decode || self == .layout || self == .tei }
}
