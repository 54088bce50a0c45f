/// A name in a correspondence action or in the text: what it names, as written, and the register entry it
/// links to.
public struct PublishedName: Sendable, Equatable, Hashable {
    /// What the name names.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable {
        /// `persName`, `rs type="person"`.
        case person
        /// `orgName`, `rs type="org"`.
        case org
        /// `placeName`, `rs type="place"`.
        case place
        /// `rs` or `name` of another or no type.
        case other

        /// The kind of a TEI name element (`persName`, `rs type="place"`), `nil` for other elements.
        init?(element: String, type: String?) {
            switch element {
            case "persName": self = .person
            case "orgName": self = .org
            case "placeName", "settlement", "country", "region", "geogName": self = .place
            case "rs", "name":
                switch type {
                case "person": self = .person
                case "org", "organisation", "organization": self = .org
                case "place": self = .place
                default: self = .other
                }
            default: return nil
            }
        }
    }

    /// Person, organisation, place or other.
    public var kind: Kind
    /// The name as the TEI writes it (flattened).
    public var text: String
    /// The `xml:id` of the entry the name links to (`@ref` without its `#`), `nil` when unlinked.
    public var entryID: String?

    /// Creates a name.
    public init(kind: Kind, text: String, entryID: String?) {
        self.kind = kind
        self.text = text
        self.entryID = entryID
    }

    /// The entry id of a TEI `@ref`: the first pointer, local (`#id`) or to a file of the edition
    /// (`persons.xml#id`).
    static func entryID(ofReference reference: String?) -> String? {
        guard let reference, let first = reference.split(separator: " ").first,
            let hash = first.lastIndex(of: "#")
        else { return nil }
        let id = first[first.index(after: hash)...]
        return id.isEmpty ? nil : String(id)
    }
}
