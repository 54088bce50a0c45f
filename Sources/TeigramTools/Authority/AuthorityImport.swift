import Foundation
import TeigramCore
import TeigramDefaults

/// `teigram authority import`: reconciled identifiers from CSV back into a project's authority files.
///
/// The CSV has an `id` column (the entry's `xml:id`) and any of the columns `wikidata`, `geonames`, `viaf`,
/// `gnd` (a bare id of that scheme or its URI) and `uri` (any identifier URI); other columns are ignored, and
/// a record with no identifier is skipped. Everything is checked before anything is written
/// (``plan(csv:path:project:)``); ``write(_:)`` then replaces each file atomically.
public enum AuthorityImport {
    /// One identifier to add to one entry.
    public struct Addition: Sendable, Equatable {
        /// The entry's `xml:id`.
        public var entryID: String
        /// The identifier.
        public var identifier: AuthorityIdentifier
        /// The file that receives it.
        public var file: String
        /// Whether the entry is copied there from the embedded built-in authority.
        public var copiesEntry: Bool
    }

    /// What an import does: the additions and the new contents of each file, or the errors that stop it.
    public struct Plan: Sendable {
        /// The identifiers added, in CSV order.
        public var additions: [Addition] = []
        /// The files to replace, with their new bytes, sorted by path.
        public var files: [(path: String, bytes: [UInt8])] = []
        /// `FILE.csv:LINE:COL` errors (and errors about the authority files); when not empty nothing is written.
        public var errors: [Diagnostic] = []
    }

    /// Checks the CSV `text` (read from `path`) against the effective authority of `project` and works out
    /// the files to write: an entry loaded from an on-disk file (``AuthoritySourceFiles/onDiskFile(of:)``)
    /// gets its new `<idno type="URI">` lines there, after its last name, `location` or `idno`; an entry of
    /// the embedded built-in authority only is copied with them into `Corpus/authority/imported.xml`.
    ///
    /// Errors (each `path:line:column`, the column being the field's number): a malformed CSV, no `id` column
    /// or no identifier column, an empty or unknown id, a value that is not a well-formed id of its column's
    /// scheme, a URI given to two entries or already carried by another entry, an entry given a second id of
    /// a scheme it already has one of. An identifier the entry already carries is skipped, so importing the
    /// same CSV twice changes nothing the second time.
    /// - Throws: ``Diagnostic`` when the authority files cannot be read or loaded.
    public static func plan(csv text: String, path: String, project: Project) throws(Diagnostic) -> Plan {
        var plan = Plan()
        let table: CSVTable
        do throws(Diagnostic) { table = try CSVTable(text: text, path: path) } catch {
            plan.errors = [error]
            return plan
        }
        var layers = try project.authorityLayers()
        if !FileIO.isDirectory(project.authorityDirectory) { layers.insert([], at: min(1, layers.count)) }
        let authority = try Authority(layers: layers)
        let additions = collectAdditions(table: table, path: path, authority: authority, errors: &plan.errors)
        guard plan.errors.isEmpty else { return plan }

        let sources = AuthoritySourceFiles(project: project)
        var texts: [String: String] = [:]
        func currentText(of file: String) throws(Diagnostic) -> String {
            if let text = texts[file] { return text }
            let bytes = FileIO.exists(file) ? try FileIO.read(file) : Array(importedFileSkeleton.utf8)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw Diagnostic(.error, .input, path: file, "not UTF-8 text")
            }
            return text
        }
        for (entryID, identifiers) in additions {
            guard let entry = authority.entries[entryID] else { continue }
            if let file = sources.onDiskFile(of: entry) {
                guard
                    let edited = AuthorityFileText.addingIdentifiers(
                        identifiers, toEntry: entryID, kind: entry.kind, in: try currentText(of: file))
                else {
                    plan.errors.append(
                        Diagnostic(.error, .input, path: file, "entry '\(entryID)' not found in the file"))
                    continue
                }
                texts[file] = edited
                plan.additions += identifiers.map {
                    Addition(entryID: entryID, identifier: $0, file: file, copiesEntry: false)
                }
            } else {
                let file = sources.importedFile
                guard let copy = builtInEntryText(entry),
                    let withIdentifiers = AuthorityFileText.addingIdentifiers(
                        identifiers, toEntry: entryID, kind: entry.kind, in: copy),
                    let edited = appending(entry: withIdentifiers, kind: entry.kind, to: try currentText(of: file))
                else {
                    plan.errors.append(
                        Diagnostic(.error, .input, path: entry.file, line: entry.line, "cannot copy entry '\(entryID)'")
                    )
                    continue
                }
                texts[file] = edited
                plan.additions += identifiers.map {
                    Addition(entryID: entryID, identifier: $0, file: file, copiesEntry: true)
                }
            }
        }
        plan.files = texts.keys.sorted().compactMap { file in texts[file].map { (file, Array($0.utf8)) } }
        if plan.errors.isEmpty { plan.errors = verify(plan, layers: layers, project: project) }
        return plan
    }

    /// Replaces each file of `plan` atomically (``FileIO/writeAtomically(_:to:)``); writes nothing when the
    /// plan has errors.
    /// - Throws: ``Diagnostic`` naming a file that cannot be written.
    public static func write(_ plan: Plan) throws(Diagnostic) {
        guard plan.errors.isEmpty else { return }
        for file in plan.files { try FileIO.writeAtomically(file.bytes, to: file.path) }
    }

    /// The identifiers per entry (in CSV order) that the CSV adds, with errors appended to `errors`.
    private static func collectAdditions(
        table: CSVTable, path: String, authority: Authority, errors: inout [Diagnostic]
    ) -> [(entryID: String, identifiers: [AuthorityIdentifier])] {
        func error(_ line: Int, _ column: Int, _ message: String) {
            errors.append(Diagnostic(.error, .input, path: path, line: line, column: column + 1, message))
        }
        guard let idColumn = table.column(named: "id") else {
            error(1, 0, "no 'id' column in the header")
            return []
        }
        var identifierColumns: [(column: Int, scheme: AuthorityIdentifier.Scheme?)] = AuthorityIdentifier.Scheme.named
            .compactMap { scheme in table.column(named: scheme.rawValue).map { ($0, scheme) } }
        if let uriColumn = table.column(named: "uri") { identifierColumns.append((uriColumn, nil)) }
        guard !identifierColumns.isEmpty else {
            error(1, 0, "no identifier column in the header (wikidata, geonames, viaf, gnd or uri)")
            return []
        }
        var carriedBy: [String: String] = [:]
        for entry in authority.entries.values {
            for identifier in entry.identifiers { carriedBy[identifier.uri] = entry.id }
        }
        var givenAt: [String: (entryID: String, line: Int)] = [:]
        var additions: [(entryID: String, identifiers: [AuthorityIdentifier])] = []
        var additionIndex: [String: Int] = [:]
        for record in table.records {
            let id = record[idColumn].trimmingCharacters(in: .whitespaces)
            let values = identifierColumns.map { ($0, record[$0.column].trimmingCharacters(in: .whitespaces)) }
                .filter { !$0.1.isEmpty }
            guard !id.isEmpty else {
                if !values.isEmpty { error(record.line, idColumn, "empty id") }
                continue
            }
            guard let entry = authority.entries[id] else {
                error(record.line, idColumn, "no authority entry has the id '\(id)'")
                continue
            }
            for ((column, scheme), value) in values {
                guard let identifier = parse(value, scheme: scheme) else {
                    error(record.line, column, malformedMessage(value, scheme: scheme))
                    continue
                }
                let uri = identifier.uri
                if entry.identifiers.contains(where: { $0.uri == uri }) { continue }
                if let other = carriedBy[uri], other != id {
                    error(record.line, column, "\(uri) already identifies the entry '\(other)'")
                    continue
                }
                if let given = givenAt[uri] {
                    if given.entryID != id {
                        error(record.line, column, "\(uri) is also given to '\(given.entryID)' on line \(given.line)")
                    }
                    continue
                }
                let pending = additionIndex[id].map { additions[$0].identifiers } ?? []
                if identifier.scheme != .other,
                    let held = (entry.identifiers + pending).first(where: { $0.scheme == identifier.scheme })
                {
                    error(
                        record.line, column,
                        "'\(id)' already has the \(identifier.scheme.rawValue) id \(held.uri); edit the authority file to change it"
                    )
                    continue
                }
                givenAt[uri] = (id, record.line)
                if let index = additionIndex[id] {
                    additions[index].identifiers.append(identifier)
                } else {
                    additionIndex[id] = additions.count
                    additions.append((id, [identifier]))
                }
            }
        }
        return additions
    }

    /// A CSV value as an identifier: a URI, or a bare id of the column's scheme; `nil` when malformed or
    /// (for a named column) a URI of another scheme.
    static func parse(_ value: String, scheme: AuthorityIdentifier.Scheme?) -> AuthorityIdentifier? {
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || scheme == nil {
            guard let identifier = AuthorityIdentifier(uri: value) else { return nil }
            return scheme == nil || identifier.scheme == scheme ? identifier : nil
        }
        return scheme.flatMap { AuthorityIdentifier(scheme: $0, bareID: value) }
    }

    private static func malformedMessage(_ value: String, scheme: AuthorityIdentifier.Scheme?) -> String {
        switch scheme {
        case .wikidata: "'\(value)' is not a Wikidata id (Q and digits, or http://www.wikidata.org/entity/Q…)"
        case .geonames: "'\(value)' is not a GeoNames id (digits, or https://www.geonames.org/…)"
        case .viaf: "'\(value)' is not a VIAF id (digits, or https://viaf.org/viaf/…)"
        case .gnd: "'\(value)' is not a GND id (a GND number, or https://d-nb.info/gnd/…)"
        case .other, nil: "'\(value)' is not an identifier URI (http or https, no spaces)"
        }
    }

    /// The text of a built-in entry as the embedded file holds it, from the start of its line.
    private static func builtInEntryText(_ entry: AuthorityEntry) -> String? {
        guard entry.file.hasPrefix("built-in:"),
            let file = TeigramDefaults.authority.first(where: { "built-in:" + $0.name == entry.file }),
            let text = String(validating: file.bytes, as: UTF8.self),
            let range = AuthorityFileText.entryRange(id: entry.id, kind: entry.kind, in: text)
        else { return nil }
        let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? range.lowerBound
        return String(text[lineStart..<range.upperBound])
    }

    /// `file` with `entry` (whole lines) added at the end of its last list of `kind`, or in a new list at the
    /// end of its `standOff`; `nil` when it has no `standOff`.
    private static func appending(entry: String, kind: AuthorityEntry.Kind, to file: String) -> String? {
        let list = ["person": "listPerson", "place": "listPlace", "org": "listOrg"][kind.rawValue] ?? "listPlace"
        func lineStart(of index: String.Index) -> String.Index {
            file[..<index].lastIndex(of: "\n").map { file.index(after: $0) } ?? file.startIndex
        }
        if let end = file.range(of: "</" + list + ">", options: .backwards) {
            let start = lineStart(of: end.lowerBound)
            return String(file[..<start]) + entry + "\n" + String(file[start...])
        }
        guard let end = file.range(of: "</standOff>", options: .backwards) else { return nil }
        let start = lineStart(of: end.lowerBound)
        return String(file[..<start]) + "    <" + list + ">\n" + entry + "\n    </" + list + ">\n"
            + String(file[start...])
    }

    /// Loads the authority as it will be after the import and checks that each addition is there.
    private static func verify(_ plan: Plan, layers: [[(path: String, bytes: [UInt8])]], project: Project)
        -> [Diagnostic]
    {
        var layers = layers
        let sources = AuthoritySourceFiles(project: project)
        for file in plan.files {
            var placed = false
            for layer in layers.indices {
                for index in layers[layer].indices {
                    let path = layers[layer][index].path
                    let onDisk =
                        path.hasPrefix("built-in:Authority/")
                        ? sources.builtInSourceDirectory.map { $0 + "/" + path.dropFirst("built-in:Authority/".count) }
                        : path
                    if onDisk == file.path {
                        layers[layer][index].bytes = file.bytes
                        placed = true
                    }
                }
            }
            if !placed && file.path == sources.importedFile && layers.count > 1 {
                layers[1].append((file.path, file.bytes))
            }
        }
        let authority: Authority
        do { authority = try Authority(layers: layers) } catch {
            return [
                Diagnostic(
                    .error, .input, path: error.path, line: error.line, "the import would give: \(error.message)")
            ]
        }
        return plan.additions.compactMap { addition in
            let carried = authority.entries[addition.entryID]?.identifiers.contains {
                $0.uri == addition.identifier.uri
            }
            return carried == true
                ? nil
                : Diagnostic(
                    .error, .input, path: addition.file,
                    "'\(addition.entryID)' would not carry \(addition.identifier.uri) after the import")
        }
    }

    /// A new `Corpus/authority/imported.xml`.
    static let importedFileSkeleton = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
          <teiHeader>
            <fileDesc>
              <titleStmt>
                <title>Teigram authority file: built-in entries with imported identifiers</title>
              </titleStmt>
              <publicationStmt>
                <p>Written by teigram authority import. Each entry is a copy of a built-in entry with the identifiers an editor reconciled; it replaces the built-in entry with its xml:id.</p>
              </publicationStmt>
              <sourceDesc>
                <p>The built-in authority of Teigram and the editor's reconciliation.</p>
              </sourceDesc>
            </fileDesc>
          </teiHeader>
          <standOff>
          </standOff>
        </TEI>

        """
}
