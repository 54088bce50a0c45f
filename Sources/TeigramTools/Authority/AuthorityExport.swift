import Foundation
import TeigramCore
import TeigramXML

/// `teigram authority export`: the persons, places and organisations of an authority that carry no external
/// identifier, as CSV for reconciliation (OpenRefine), with the identifier columns left empty for the editor.
public enum AuthorityExport {
    /// The columns, in order. The last four are empty in an export; `teigram authority import` reads them back.
    public static let columns =
        [
            "id", "type", "name", "variants", "birth", "death", "role", "note", "mentions",
        ] + AuthorityIdentifier.Scheme.named.map(\.rawValue)

    /// How many documents of `outputDirectory` (`*.xml`) carry each authority entry in their `standOff` (the
    /// `xml:id`s of its `person`, `place` and `org` elements, provisional lists left out). An absent directory
    /// gives no counts.
    /// - Throws: ``Diagnostic`` naming a document that cannot be read or is not well-formed.
    public static func mentionCounts(outputDirectory: String) throws(Diagnostic) -> [String: Int] {
        var counts: [String: Int] = [:]
        for path in FileIO.files(in: outputDirectory, suffix: ".xml") {
            let bytes = try FileIO.read(path)
            let document: XML.Document
            do {
                document = try XMLParsedDocument(bytes: bytes, path: path).tree()
            } catch {
                throw error.diagnostics.first ?? Diagnostic(.error, .notWellFormed, path: path, "not well-formed XML")
            }
            var ids: Set<String> = []
            for standOff in document.root.children("standOff") {
                for list in standOff.childElements where list[attribute: "type"] != "provisional" {
                    for entry in list.childElements where AuthorityEntry.Kind(rawValue: entry.name) != nil {
                        if let id = entry[attribute: "xml:id"] { ids.insert(id) }
                    }
                }
            }
            for id in ids { counts[id, default: 0] += 1 }
        }
        return counts
    }

    /// The rows (without header) for the entries of `authority` without any identifier
    /// (``AuthorityEntry/identifiers`` empty), persons first, then places, then organisations, each by
    /// `xml:id`; with `usedOnly`, only entries that `mentions` counts at least once.
    /// Columns as ``columns``: `variants` and `note` join several values with ` | `, `role` is a person's
    /// occupations (`; `) or a place's or organisation's `@type`, `birth`/`death` the `@when` (else the text).
    public static func rows(authority: Authority, mentions: [String: Int], usedOnly: Bool) -> [[String]] {
        let kinds = AuthorityEntry.Kind.allCases
        let entries = authority.entries.values.filter { entry in
            entry.identifiers.isEmpty && (!usedOnly || mentions[entry.id, default: 0] > 0)
        }.sorted { left, right in
            let leftKind = kinds.firstIndex(of: left.kind) ?? 0
            let rightKind = kinds.firstIndex(of: right.kind) ?? 0
            return leftKind != rightKind ? leftKind < rightKind : left.id < right.id
        }
        return entries.map { entry in
            let element = entry.element
            var variants: [String] = []
            for name in entry.names where name.text != entry.standardName && !variants.contains(name.text) {
                variants.append(name.text)
            }
            let event = { (name: String) -> String in
                guard let event = element.firstChild(name) else { return "" }
                return event[attribute: "when"] ?? collapseWhitespace(event.textContent)
            }
            let role =
                entry.kind == .person
                ? element.children("occupation").map { collapseWhitespace($0.textContent) }.joined(separator: "; ")
                : element[attribute: "type"] ?? ""
            let note = element.children("note").map { collapseWhitespace($0.textContent) }.joined(separator: " | ")
            return [
                entry.id, entry.kind.rawValue, entry.standardName, variants.joined(separator: " | "), event("birth"),
                event("death"), role, note, String(mentions[entry.id, default: 0]),
            ] + AuthorityIdentifier.Scheme.named.map { _ in "" }
        }
    }

    /// The CSV (RFC 4180, header first) of ``rows(authority:mentions:usedOnly:)``.
    public static func csv(authority: Authority, mentions: [String: Int], usedOnly: Bool) -> String {
        CSVWriter.table(header: columns, rows: rows(authority: authority, mentions: mentions, usedOnly: usedOnly))
    }
}
