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
    /// The entry as written in its file, copied into each document that mentions it.
    public var element: XML.Element
    /// Where the entry stands.
    public var file: String
    /// 1-based line of the entry.
    public var line: Int
    /// True for entries generated from a gazetteer (not curated by an editor).
    public var isGenerated: Bool
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
