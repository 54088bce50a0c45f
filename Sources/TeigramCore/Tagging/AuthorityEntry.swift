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
