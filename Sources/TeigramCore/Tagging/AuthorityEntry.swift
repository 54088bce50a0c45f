import TeigramDefaults
import TeigramXML

/// One person, place or organisation of the authority files.
public struct AuthorityEntry: Sendable {
    /// Which list the entry belongs to.
    public enum Kind: String, Sendable, CaseIterable {
        /// `person` in `listPerson`, tagged `persName`.
        case person
        /// `place` in `listPlace`, tagged `placeName`.
        case place
        /// `org` in `listOrg`, tagged `orgName`.
        case org

        /// The TEI element for a mention.
        public var nameElement: String {
            switch self {
            case .person: "persName"
            case .place: "placeName"
            case .org: "orgName"
            }
        }
    }

    /// The `xml:id`.
    public var id: String
    /// Person, place or organisation.
    public var kind: Kind
    /// The standard name (first name of type `standard`, else the first name).
    public var standardName: String
    /// Every name with its `@type` (`standard`, `variant`, `historical`, `pseudonym`, `surname`).
    public var names: [(text: String, type: String)]
    /// The entry as written in its file, copied into each document that mentions it (for a row of a person
    /// list, the element the row stands for, made on each call: ``PersonListRow/element``).
    public var element: XML.Element {
        parsedElement ?? personListRow?.element ?? XML.Element(kind.rawValue, attributes: [XML.Attribute("xml:id", id)])
    }
    /// The element as parsed from a TEI file, or `nil` for a row of a person list.
    // Two optionals rather than an enum with two payloads: such an enum keeps its case in the spare bits of
    // the pointer, which hides the reference from LeakSanitizer (the fuzzing run reported the whole list).
    private var parsedElement: XML.Element?
    /// The row of a person list the entry comes from, or `nil` for an entry of a TEI file.
    private var personListRow: PersonListRow?
    /// Where the entry stands.
    public var file: String
    /// 1-based line of the entry.
    public var line: Int
    /// True for entries generated from a reference list rather than curated by an editor: the gazetteer's
    /// places (`gn-`) and the Office of the Historian's persons (`hsg-`); see ``generatedIDPrefixes``.
    public var isGenerated: Bool
    /// The first year a document can name the person in: the year of birth plus eighteen (diplomatic
    /// correspondence names adults: a namesake born later is someone else); `nil` when the birth
    /// is unknown (and for places and organisations, whose `birth` the tagger does not read). No last year:
    /// the dead are named too ("Lenin's teachings").
    public var earliestMentionYear: Int?
    /// The years a reference list speaks of the person (`floruit/@from`, `@to`), `nil` without them. A
    /// generated person's surname alone is linked only in a document of these years.
    public var floruitYears: ClosedRange<Int>?
    /// The year of the person's death (`death/@when`), `nil` when unknown: the dead are named, but no one
    /// writes or receives a letter after it, so a correspondent of a later document is someone else.
    public var deathYear: Int?

    /// The `xml:id` prefixes of generated entries.
    public static let generatedIDPrefixes = ["gn-", "hsg-"]

    /// An entry of a TEI authority file: `element` as parsed, its names read from it.
    init(
        id: String, kind: Kind, standardName: String, names: [(text: String, type: String)], element: XML.Element,
        file: String
    ) {
        let years: (earliestMention: Int?, floruit: ClosedRange<Int>?) =
            kind == .person ? Self.years(ofPerson: element) : (nil, nil)
        self.init(
            id: id, kind: kind, standardName: standardName, names: names, file: file, line: element.line,
            earliestMentionYear: years.earliestMention, floruitYears: years.floruit,
            deathYear: kind == .person ? Self.year(of: element, child: "death", attribute: "when") : nil,
            parsedElement: element, personListRow: nil)
    }

    /// A person of a person list.
    init(row: PersonListRow, file: String) {
        let years = Self.years(
            birth: row.birth.flatMap { Int($0) }, floruitFrom: row.floruit.flatMap { Int($0.from) },
            floruitTo: row.floruit.flatMap { Int($0.to) })
        self.init(
            id: row.id, kind: .person, standardName: row.standardName, names: row.names, file: file, line: row.line,
            earliestMentionYear: years.earliestMention, floruitYears: years.floruit,
            deathYear: row.death.flatMap { Int($0.prefix(4)) }, parsedElement: nil, personListRow: row)
    }

    private init(
        id: String, kind: Kind, standardName: String, names: [(text: String, type: String)], file: String, line: Int,
        earliestMentionYear: Int?, floruitYears: ClosedRange<Int>?, deathYear: Int?, parsedElement: XML.Element?,
        personListRow: PersonListRow?
    ) {
        self.deathYear = deathYear
        self.id = id
        self.kind = kind
        self.standardName = standardName
        self.names = names
        self.file = file
        self.line = line
        self.isGenerated = Self.generatedIDPrefixes.contains { id.hasPrefix($0) }
        self.earliestMentionYear = earliestMentionYear
        self.floruitYears = floruitYears
        self.parsedElement = parsedElement
        self.personListRow = personListRow
        var languages: Set<String> = []
        for child in parsedElement?.childElements ?? [] where child[attribute: "type"] == "variant" {
            if let language = child[attribute: "xml:lang"] { languages.insert(language) }
        }
        self.variantLanguages = languages
        self.elementWithoutLanguageVariants =
            languages.isEmpty ? nil : parsedElement.map { Self.keepingVariants(of: $0, in: nil) }
    }

    /// The languages (`xml:lang`) of the entry's variant names.
    public let variantLanguages: Set<String>
    /// ``element`` without its variant names in a language, made once; `nil` when it has none.
    private let elementWithoutLanguageVariants: XML.Element?

    /// The entry as a document in `language` copies it: ``element`` without its variant names in other
    /// languages (the authority keeps them).
    public func element(forTextIn language: String) -> XML.Element {
        if variantLanguages.isEmpty { return element }
        if !variantLanguages.contains(language), let element = elementWithoutLanguageVariants { return element }
        return Self.keepingVariants(of: element, in: language)
    }

    /// `element` without the variant names whose `xml:lang` is another than `language` (every one with an
    /// `xml:lang` when `language` is `nil`).
    static func keepingVariants(of element: XML.Element, in language: String?) -> XML.Element {
        var result = element
        result.children.removeAll { node in
            guard case .element(let child) = node, child[attribute: "type"] == "variant",
                let childLanguage = child[attribute: "xml:lang"]
            else { return false }
            return childLanguage != language
        }
        return result
    }
}

extension AuthorityEntry {
    /// ``AuthorityEntry/earliestMentionYear`` and ``AuthorityEntry/floruitYears`` of a `person` element, from
    /// the leading four-digit years of `birth/@when`, `floruit/@from` and `floruit/@to` (a reversed floruit
    /// is read as unknown).
    static func years(ofPerson element: XML.Element) -> (earliestMention: Int?, floruit: ClosedRange<Int>?) {
        years(
            birth: year(of: element, child: "birth", attribute: "when"),
            floruitFrom: year(of: element, child: "floruit", attribute: "from"),
            floruitTo: year(of: element, child: "floruit", attribute: "to"))
    }

    /// The leading four-digit year of `attribute` on the first `child` of `element`, or `nil`.
    static func year(of element: XML.Element, child: String, attribute: String) -> Int? {
        guard let value = element.childElements.first(where: { $0.name == child })?[attribute: attribute],
            value.utf8.count >= 4, let year = Int(value.prefix(4))
        else { return nil }
        return year
    }

    /// The one rule for both forms of an entry: the first year a document can name the person is the year of
    /// birth plus eighteen; the floruit is the range from–to, unknown when either end is missing or they are
    /// reversed.
    static func years(birth: Int?, floruitFrom: Int?, floruitTo: Int?) -> (
        earliestMention: Int?, floruit: ClosedRange<Int>?
    ) {
        var floruit: ClosedRange<Int>?
        if let from = floruitFrom, let to = floruitTo, from <= to { floruit = from...to }
        return (birth.map { $0 + 18 }, floruit)
    }
}
extension AuthorityEntry {
    /// The external identifiers of the entry: every well-formed `idno` child of ``element``
    /// (``AuthorityIdentifier/init(idno:)``: `type="URI"` or the legacy bare types), in document order, with
    /// their dating. An `idno` of another type or with a malformed value is not among them.
    public var identifiers: [AuthorityIdentifier] {
        element.childElements.compactMap(AuthorityIdentifier.init(idno:))
    }

    /// The identifiers that apply on `date` (ISO 8601 `YYYY[-MM[-DD]]`; see
    /// ``AuthorityIdentifier/applies(on:)``), in document order. Without a date: the undated identifiers only.
    public func identifiers(on date: String?) -> [AuthorityIdentifier] {
        identifiers.filter { $0.applies(on: date) }
    }

    /// The identifier of `scheme` that applies on `date`: the first dated one whose period holds the date,
    /// else the first undated one; `nil` when none applies (for example a date between two dated identifiers).
    /// Publishing code (CMIF, registers) asks for `.wikidata` or `.geonames` on the document's date.
    public func identifier(_ scheme: AuthorityIdentifier.Scheme, on date: String?) -> AuthorityIdentifier? {
        let applying = identifiers(on: date).filter { $0.scheme == scheme }
        return applying.first(where: \.isDated) ?? applying.first
    }
}
