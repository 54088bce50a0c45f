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
    /// The names as written in this document, in order of first use (``standardName`` picks one).
    public var names: [String]
    /// The folded words of the longest name, for matching later mentions.
    public var keyWords: [String]

    /// Adds a spelling (a longer one becomes the key).
    mutating func add(_ name: String, keyWords words: [String]) {
        if !names.contains(name) { names.append(name) }
        if words.count > keyWords.count { keyWords = words }
    }

    /// The standard name: the longest spelling met without a digit (a scan's "3" for "З" in "Я. 3. Сурицу"
    /// is no spelling of the name), else the longest.
    public var standardName: String {
        // Nearly every name has one spelling, and nearly no spelling a digit: the common case asks nothing.
        guard names.count > 1 else { return names.first ?? "" }
        let spellings =
            names.contains(where: \.containsDecimalDigit) ? names.filter { !$0.containsDecimalDigit } : names
        return (spellings.isEmpty ? names : spellings).max { $0.count < $1.count } ?? ""
    }

    /// The TEI entry (`person` or `org`) with the standard name first and the other spellings as variants.
    public var element: XML.Element {
        let nameElement = kind.nameElement
        var children: [XML.Node] = [
            .element(
                XML.Element(
                    nameElement, attributes: [XML.Attribute("type", "standard")], children: [.text(standardName)]))
        ]
        for name in names where name != standardName {
            children.append(
                .element(
                    XML.Element(nameElement, attributes: [XML.Attribute("type", "variant")], children: [.text(name)])))
        }
        return XML.Element(
            kind == .person ? "person" : "org", attributes: [XML.Attribute("xml:id", id)], children: children)
    }

    /// The `xml:id` for a name's folded words: `prov.` and the words in Latin letters (Cyrillic
    /// transliterated letter by letter), joined by hyphens; a name with no letter of either script gets a
    /// hash of its words (`prov.n1a2b3c4d`). Ids are ASCII, as `teigram.localPointer` requires.
    static func id(for words: [String]) -> String {
        let latin = words.map { word in
            // A word in ASCII is its own transliteration (most names; the scalar walk cost 0.04 M a telegram).
            word.utf8.allSatisfy({ $0 < 0x80 })
                ? word
                : word.unicodeScalars.map { scalar -> String in
                    if let latin = cyrillicToLatin[scalar] { return latin }
                    return String(scalar)
                }.joined()
        }
        let joined = latin.joined(separator: "-")
        if joined.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) {
            return "prov." + TEIWriter.ncName(joined)
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in words.joined(separator: " ").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return "prov.n" + String(hash >> 32, radix: 16)
    }

    /// Russian Cyrillic letters (folded: no "й" or "ё") in a plain Latin transliteration.
    static let cyrillicToLatin: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u",
    ]

}
