import TeigramXML
import Foundation

/// A person or organisation named in a document that the authority does not know. It is written into
/// the document's `standOff` in a list of `type="provisional"`, so every name has a `@ref`, and grouped
/// across the corpus in the review report, from where an editor promotes it into the authority.
public struct ProvisionalEntry: Sendable, Equatable {
    /// The `xml:id` (`prov.` and the folded name).
    public var id: String
    /// Person or organisation.
    public var kind: AuthorityEntry.Kind
    /// The names as written in this document, in order of first use; the longest is the standard name.
    public var names: [String]
    /// The folded words of the longest name, for matching later mentions.
    public var keyWords: [String]

    /// Adds a spelling (a longer one becomes the key).
    mutating func add(_ name: String, keyWords words: [String]) {
        if !names.contains(name) { names.append(name) }
        if words.count > keyWords.count { keyWords = words }
    }

    /// The standard name: the longest spelling met.
    public var standardName: String { names.max { $0.count < $1.count } ?? "" }

    /// The TEI entry (`person` or `org`) with the standard name first and the other spellings as variants.
    public var element: XML.Element {
        let nameElement = kind.nameElement
        var children: [XML.Node] = [
            .element(XML.Element(nameElement, attributes: [XML.Attribute("type", "standard")], children: [.text(standardName)]))
        ]
        for name in names where name != standardName {
            children.append(
                .element(XML.Element(nameElement, attributes: [XML.Attribute("type", "variant")], children: [.text(name)])))
        }
        return XML.Element(kind == .person ? "person" : "org", attributes: [XML.Attribute("xml:id", id)], children: children)
    }

    /// A word folded for matching: lower case, diacritics, possessive and surrounding punctuation removed.
    static func key(_ word: String) -> String {
        var folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if folded.hasSuffix("’s") || folded.hasSuffix("'s") { folded.removeLast(2) }
        return folded.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()[]"))
    }
}
