/// One line of `telegrams.jsonl`: a telegram as a JSON object for data pipelines. The fields and their
/// meaning are documented in `docs/JSONL.md`; this type and that page change together.
///
/// Character offsets (`mentions[].start`, `end`) count Unicode code points of `text`, as Python's `str`
/// and JavaScript's `Array.from(text)` do; `text` is exactly what `teigram text` gives for the TEI.
struct TelegramRecordWriter {
    /// The edition's settings.
    var settings: EditionSettings

    /// The record, without its line end.
    func record(_ telegram: PublishedTelegram) -> String {
        let entries = Dictionary(telegram.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let day = telegram.date?.day
        let offsets = telegram.normalised.scalarOffsets()
        let letter = telegram.mainLetter
        let mentions: [JSONValue] = telegram.mentions.map { mention in
            let entry = mention.name.entryID.flatMap { entries[$0] }
            return .object([
                ("type", .string((entry?.kind ?? mention.name.kind).rawValue)),
                ("id", .optional(mention.name.entryID)),
                ("uri", .optional(entry.flatMap { $0.identifier(on: day)?.uri })),
                ("provisional", .bool(entry?.isProvisional ?? false)),
                ("text", .string(mention.name.text)),
                ("start", .int(offsets[mention.span.utf8Range.lowerBound])),
                ("end", .int(offsets[mention.span.utf8Range.upperBound])),
            ])
        }
        let object: JSONValue = .object([
            ("id", .string(telegram.id)),
            ("title", .string(telegram.title)),
            ("date", Self.date(telegram.date)),
            ("sender", .array(letter.senders.map { Self.name($0, entries, day) })),
            ("recipient", .array(letter.recipients.map { Self.name($0, entries, day) })),
            ("origin", .array(letter.origins.map { Self.name($0, entries, day) })),
            ("destination", .array(letter.destinations.map { Self.name($0, entries, day) })),
            ("received", Self.date(letter.received)),
            ("number", .optional(letter.number)),
            ("letters", .array(telegram.letters.map { Self.letter($0, entries) })),
            ("documentType", .optional(telegram.documentType)),
            ("classification", .array(telegram.classification.map(JSONValue.string))),
            (
                "languages",
                .array(telegram.languages.map { .object([("ident", .string($0.ident)), ("text", .string($0.text))]) })
            ),
            (
                "source",
                .array(
                    telegram.sources.map { source in
                        .object([
                            ("type", .string(source.type)), ("text", .string(source.text)),
                            ("url", .optional(source.url)),
                        ])
                    })
            ),
            ("rights", .string(telegram.rights)),
            ("summary", .optional(telegram.summary)),
            ("text", .string(telegram.normalised.text)),
            ("mentions", .array(mentions)),
            ("tei", .string(settings.address(of: "tei/\(HTML.urlComponent(telegram.id)).xml"))),
            ("page", .string(settings.address(of: "telegrams/\(HTML.urlComponent(telegram.id)).html"))),
        ])
        return object.serialized
    }

    private static func letter(_ letter: PublishedLetter, _ entries: [String: PublishedEntry]) -> JSONValue {
        let day = (letter.sent ?? letter.received)?.day
        return .object([
            ("sender", .array(letter.senders.map { name($0, entries, day) })),
            ("recipient", .array(letter.recipients.map { name($0, entries, day) })),
            ("origin", .array(letter.origins.map { name($0, entries, day) })),
            ("destination", .array(letter.destinations.map { name($0, entries, day) })),
            ("via", .array(letter.transmitters.map { name($0, entries, day) })),
            ("sent", date(letter.sent)),
            ("received", date(letter.received)),
            ("number", .optional(letter.number)),
        ])
    }

    /// A correspondent or place: the name as the TEI gives it, the entry id and its URI on the day.
    private static func name(_ name: PublishedName, _ entries: [String: PublishedEntry], _ day: String?) -> JSONValue {
        let entry = name.entryID.flatMap { entries[$0] }
        return .object([
            ("name", .string(name.text)),
            ("type", .string((entry?.kind ?? name.kind).rawValue)),
            ("id", .optional(name.entryID)),
            ("uri", .optional(entry.flatMap { $0.identifier(on: day)?.uri })),
        ])
    }

    /// A date with its certainty, `null` when absent.
    static func date(_ date: PublishedDate?) -> JSONValue {
        guard let date else { return .null }
        return .object([
            ("when", .optional(date.when)), ("notBefore", .optional(date.notBefore)),
            ("notAfter", .optional(date.notAfter)), ("from", .optional(date.from)), ("to", .optional(date.to)),
            ("cert", .optional(date.cert)), ("known", .bool(!date.isUnknown)), ("text", .string(date.text)),
        ])
    }
}
