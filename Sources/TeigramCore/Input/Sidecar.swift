/// An editor's corrections to the header heuristics, kept in a sidecar file beside the telegram
/// (`Corpus/<name>.meta`), so the source text is never edited.
///
/// Format: UTF-8 lines `key: value`; `#` starts a comment line. Keys: `title`, `date` (ISO 8601),
/// `sender`, `sender-ref`, `recipient`, `recipient-ref`, `origin`, `origin-ref` (authority ids, without
/// `#`), `classification` (terms separated by `;`), `translator` (names separated by `;`), and the
/// provenance an editor records for a page that does not state it: `source-url` (the address of the online
/// copy), `source` (its publisher or archive), `archival-citation` (the original's archival reference, as
/// text) and `language` (the language of the original, an English name or a BCP 47 tag).
public struct Sidecar: Sendable, Equatable {
    /// Key-value pairs in file order.
    public private(set) var values: [String: String] = [:]

    /// Keys the sidecar may set.
    public static let knownKeys: Set<String> = [
        "title", "date", "sender", "sender-ref", "recipient", "recipient-ref", "origin", "origin-ref",
        "classification", "translator", "source-url", "source", "archival-citation", "language",
    ]

    /// No overrides.
    public init() {}

    /// Parses a sidecar.
    /// - Throws: ``Diagnostic`` with the line of an unknown key, a line without `:`, or a bad date.
    public init(text: String, path: String) throws(Diagnostic) {
        for setting in try KeyValueLines.parse(text, path: path, knownKeys: Self.knownKeys) {
            let (key, value) = (setting.key, setting.value)
            if key == "date", !ISODate.isValid(value) {
                throw Diagnostic(
                    .error, .input, path: path, line: setting.line,
                    "date '\(value)' is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
            if key == "language", LanguageName.tag(for: value) == nil {
                throw Diagnostic(
                    .error, .input, path: path, line: setting.line,
                    "language '\(value)' is neither a known language name nor a BCP 47 tag of one")
            }
            values[key] = value
        }
    }

    /// Applies the overrides to `metadata`.
    public func apply(to metadata: inout TelegramMetadata) {
        if let title = values["title"] { metadata.title = title }
        if let date = values["date"], let year = Int(date.prefix(4)) {
            metadata.date = RecognizedDate(range: 0..<0, iso: date, certainty: nil, year: year)
            metadata.dateText = nil
        }
        if let sender = values["sender"] {
            metadata.sender = sender
            MetadataReader.readSenders(sender, into: &metadata)
        }
        if let recipient = values["recipient"] {
            metadata.recipient = recipient
            metadata.recipientParts = [CorrespondentReader.read(recipient)]
        }
        if let origin = values["origin"] { metadata.origin = origin }
        metadata.senderRef = values["sender-ref"] ?? metadata.senderRef
        metadata.recipientRef = values["recipient-ref"] ?? metadata.recipientRef
        metadata.originRef = values["origin-ref"] ?? metadata.originRef
        if let terms = values["classification"] {
            metadata.classification = terms.split(separator: ";").map { $0.trimmedText }.filter { !$0.isEmpty }
        }
        if let url = values["source-url"] { metadata.sourceURL = url }
        if let source = values["source"] { metadata.sourcePublisher = source }
        if let citation = values["archival-citation"] { metadata.archivalCitation = citation }
        if let language = values["language"] { metadata.originalLanguage = LanguageName.tag(for: language) }
        if let names = values["translator"] {
            metadata.translators = names.split(separator: ";").map { $0.trimmedText }.filter { !$0.isEmpty }
        }
    }
}
