import Foundation
import TeigramCore

/// `teigram authority migrate`: rewrites the legacy bare ids of authority files
/// (`<idno type="wikidata">Q15180</idno>`, `type="geonames"|"viaf"|"gnd"`) to canonical URIs
/// (`<idno type="URI">http://www.wikidata.org/entity/Q15180</idno>`), as a textual rewrite of those `idno`
/// elements only: every other byte of the file, other attributes of the `idno` included, is kept.
public enum AuthorityMigration {
    /// One rewritten `idno`, or one left alone because its value is not a well-formed id of its type.
    public struct Change: Sendable, Equatable {
        /// The file.
        public var path: String
        /// 1-based line of the `idno`.
        public var line: Int
        /// The legacy type (`wikidata`, …).
        public var scheme: String
        /// The bare value as written.
        public var bareID: String
        /// The URI written in its place; `nil` when the value is malformed and was kept.
        public var uri: String?
    }

    /// `<idno` + attributes before `type` + `type="wikidata|geonames|viaf|gnd"` + the rest of the start tag, the
    /// text, `</idno>`.
    private static let legacyIdno: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"<idno(\s[^>]*?)?(\s)type(\s*=\s*)(["'])(wikidata|geonames|viaf|gnd)\4([^>]*)>([^<]*)</idno>"#)

    /// `text` with each legacy `idno` whose value is well-formed rewritten to `type="URI"` and the canonical
    /// URI, and the changes (also the malformed values kept), in document order. Text without legacy ids is
    /// returned unchanged.
    public static func migrate(_ text: String, path: String) -> (text: String, changes: [Change]) {
        guard let legacyIdno, text.contains("<idno") else { return (text, []) }
        let source = text as NSString
        var result = ""
        var changes: [Change] = []
        var copied = 0
        var line = 1
        var lineCountedTo = 0
        for match in legacyIdno.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let group = { (index: Int) -> String in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : source.substring(with: range)
            }
            line += source.substring(
                with: NSRange(location: lineCountedTo, length: match.range.location - lineCountedTo)
            )
            .utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            lineCountedTo = match.range.location
            let schemeName = group(5)
            let bareID = group(7).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let scheme = AuthorityIdentifier.Scheme(rawValue: schemeName),
                let identifier = AuthorityIdentifier(scheme: scheme, bareID: bareID)
            else {
                changes.append(Change(path: path, line: line, scheme: schemeName, bareID: bareID, uri: nil))
                continue
            }
            let quote = group(4)
            let rewritten =
                "<idno" + group(1) + group(2) + "type" + group(3) + quote + "URI" + quote + group(6) + ">"
                + AuthorityFileText.escaped(identifier.uri) + "</idno>"
            result += source.substring(with: NSRange(location: copied, length: match.range.location - copied))
            result += rewritten
            copied = match.range.location + match.range.length
            changes.append(Change(path: path, line: line, scheme: schemeName, bareID: bareID, uri: identifier.uri))
        }
        guard changes.contains(where: { $0.uri != nil }) else { return (text, changes) }
        result += source.substring(from: copied)
        return (result, changes)
    }

    /// Migrates `paths`: all files are read and decoded first, and nothing is written when one of them cannot
    /// be; then each file with a change is replaced atomically (``FileIO/writeAtomically(_:to:)``).
    /// - Parameter dryRun: report the changes without writing.
    /// - Returns: the changes, file by file in the given order.
    /// - Throws: ``Diagnostic`` naming the first file that cannot be read, is not UTF-8, or cannot be written.
    public static func migrateFiles(_ paths: [String], dryRun: Bool = false) throws(Diagnostic) -> [Change] {
        var texts: [(path: String, text: String)] = []
        for path in paths {
            let bytes = try FileIO.read(path)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw Diagnostic(.error, .input, path: path, "not UTF-8 text")
            }
            texts.append((path, text))
        }
        var changes: [Change] = []
        for (path, text) in texts {
            let migrated = migrate(text, path: path)
            changes += migrated.changes
            if !dryRun && migrated.text != text { try FileIO.writeAtomically(Array(migrated.text.utf8), to: path) }
        }
        return changes
    }
}
