import Foundation
import TeigramCore

/// Textual edits of an authority file: every byte outside the edit is kept (no re-serialisation), so an
/// editor's layout, comments and attribute order survive `teigram authority migrate` and `import`.
///
/// The edits rely on what a loadable authority file guarantees (``Authority/init(layers:)``): an entry is a
/// `person`, `place` or `org` element with an `xml:id`, unique in its file, holding its names; the schema
/// puts `idno` after the names and the `location` of an entry.
public enum AuthorityFileText {
    /// The range of the entry `id` of `kind` in `text`: from its `<person`/`<place`/`<org` to the end of its
    /// end tag; `nil` when there is none.
    public static func entryRange(id: String, kind: AuthorityEntry.Kind, in text: String) -> Range<String.Index>? {
        for quote in ["\"", "'"] {
            var searchStart = text.startIndex
            while let idRange = text.range(of: "xml:id=" + quote + id + quote, range: searchStart..<text.endIndex) {
                searchStart = idRange.upperBound
                guard let open = text[..<idRange.lowerBound].lastIndex(of: "<") else { continue }
                let tag = text[text.index(after: open)...].prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
                guard tag == kind.rawValue,
                    let close = text.range(of: "</" + kind.rawValue + ">", range: idRange.upperBound..<text.endIndex)
                else { continue }
                return open..<close.upperBound
            }
        }
        return nil
    }

    /// `text` with one `<idno type="URI">` line per identifier added to the entry `id`, after the last of its
    /// names, `location` and `idno` elements, indented like the line that element ends on. Dated identifiers
    /// carry `@notBefore`/`@notAfter`. `nil` when the entry is not in `text`.
    public static func addingIdentifiers(
        _ identifiers: [AuthorityIdentifier], toEntry id: String, kind: AuthorityEntry.Kind, in text: String
    ) -> String? {
        guard let entry = entryRange(id: id, kind: kind, in: text) else { return nil }
        var insertion: String.Index?
        for endTag in ["</" + kind.nameElement + ">", "</location>", "</idno>"] {
            if let found = text.range(of: endTag, options: .backwards, range: entry),
                found.upperBound > (insertion ?? entry.lowerBound)
            {
                insertion = found.upperBound
            }
        }
        guard let insertion else { return nil }
        let lineStart = text[..<insertion].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let indentation = text[lineStart..<insertion].prefix { $0 == " " || $0 == "\t" }
        let lines = identifiers.map { "\n" + indentation + idnoElement($0) }.joined()
        return String(text[..<insertion]) + lines + String(text[insertion...])
    }

    /// `<idno type="URI" notBefore="…" notAfter="…">URI</idno>`, escaped.
    public static func idnoElement(_ identifier: AuthorityIdentifier) -> String {
        var attributes = #"type="URI""#
        if let notBefore = identifier.notBefore { attributes += #" notBefore=""# + escaped(notBefore) + #"""# }
        if let notAfter = identifier.notAfter { attributes += #" notAfter=""# + escaped(notAfter) + #"""# }
        return "<idno " + attributes + ">" + escaped(identifier.uri) + "</idno>"
    }

    /// `text` with `&`, `<`, `>` and `"` escaped for element content and attribute values.
    static func escaped(_ text: String) -> String {
        guard text.contains(where: { "&<>\"".contains($0) }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
