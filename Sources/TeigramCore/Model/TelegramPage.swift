/// A block of a telegram's body.
public indirect enum BodyBlock: Sendable, Equatable {
    /// A paragraph.
    case paragraph(TextUnit)
    /// Numbered points; each item holds one or more paragraphs and its number.
    case list([ListItem])
    /// An omission standing alone ("[...]").
    case gap(TextUnit)
    /// A message quoted inside the telegram, with its own body and closer.
    case embedded(EmbeddedMessage)
}

/// A raw telegram page read into its parts. Produced by ``PageReader``, consumed by ``TEIWriter``.
public struct TelegramPage: Sendable, Equatable {
    /// The file path (for diagnostics).
    public var path: String
    /// Text before the title that belongs to no part below (another document's summary, an introduction).
    public var preface: [TextUnit] = []
    /// A page heading above the document headings (a bulletin article's title).
    public var pageHeading: TextUnit?
    /// The date line ("May 15, 1949").
    public var dateLine: TextUnit?
    /// The title line ("Telegram, Shtykov to Vyshinsky").
    public var titleLine: TextUnit?
    /// The date ``PageReader`` read from `dateLine` (its first full date) and the text it read it from, so
    /// that ``MetadataReader`` need not search the line again (it does when the line's text differs).
    var recognizedDateLine: (text: String, date: RecognizedDate)?
    /// A CIA reading-room record's "Publication Date:" value ("February 7, 1974", among the record's fields
    /// in `preface`) and the date ``PageReader`` read from it: the document's date when nothing else dates it.
    var recordPublicationDate: (text: String, date: RecognizedDate)?
    /// Name from "This document was made possible with support from …".
    public var funder: TextUnit?
    /// The documents on the page.
    public var parts: [TelegramPart] = []
    /// The editorial summary.
    public var summary: [TextUnit] = []
    /// The archival citation(s).
    public var citation: [TextUnit] = []
    /// The rights statement.
    public var rights: [TextUnit] = []
    /// Footer fields with a value ("Original Classification" → "Strictly Secret").
    public var footerFields: [(label: String, value: TextUnit)] = []
    /// Lines dropped as site chrome, for the record.
    public var chrome: [TextUnit] = []
    /// Whether the page is cut off: it has no rights text or footer, and its last document ends inside a
    /// sentence (a stored copy cut at a size limit). See ``PageReader/isCutOff(_:)``.
    public var isTruncated = false
    /// Whether the page's text is exactly ``PageReader/excerptLimit`` bytes long and reaches no footer: a
    /// stored copy cut at that size, whatever its last line (``PageReader/isCutOff(_:)``).
    var endsAtExcerptLimit = false

    public static func == (lhs: TelegramPage, rhs: TelegramPage) -> Bool {
        lhs.path == rhs.path && lhs.preface == rhs.preface && lhs.pageHeading == rhs.pageHeading
            && lhs.dateLine == rhs.dateLine && lhs.titleLine == rhs.titleLine && lhs.funder == rhs.funder
            && lhs.parts == rhs.parts && lhs.summary == rhs.summary && lhs.citation == rhs.citation
            && lhs.rights == rhs.rights && lhs.chrome == rhs.chrome
            && lhs.footerFields.map(\.label) == rhs.footerFields.map(\.label)
            && lhs.footerFields.map(\.value) == rhs.footerFields.map(\.value)
    }

    /// Creates an empty page.
    public init(path: String) { self.path = path }
}

extension BodyBlock {
    /// The block's source units, in order (a paragraph's, a list's paragraphs, an embedded message's).
    public var units: [TextUnit] {
        switch self {
        case .paragraph(let unit), .gap(let unit): [unit]
        case .list(let items): items.flatMap(\.paragraphs)
        case .embedded(let message): message.blocks.units + message.closer.map(\.unit)
        }
    }
}

extension Array where Element == BodyBlock {
    /// The source units of these blocks, in order (paragraphs, list paragraphs, embedded messages).
    public var units: [TextUnit] { flatMap(\.units) }

    /// `Array(units.prefix(count))`, made from as many blocks as it needs: the readers look at the first
    /// paragraphs of every document, and making the whole body's units for them cost 0.01 M instructions a
    /// telegram.
    public func leadingUnits(_ count: Int) -> [TextUnit] {
        var result: [TextUnit] = []
        for block in self {
            guard result.count < count else { break }
            result += block.units.prefix(count - result.count)
        }
        return result
    }
}

extension TelegramPage {
    /// The units the encoder puts into the TEI `text` element, in source order.
    public var textUnits: [TextUnit] {
        var units: [TextUnit] = preface
        units += [pageHeading, dateLine, titleLine].compactMap { $0 }
        for part in parts {
            units += [part.heading, part.citation].compactMap { $0 }
            units += part.opener.map(\.unit) + part.closer.map(\.unit)
            units += part.body.units
        }
        return units.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
